import { TableScroll } from "../components/TableScroll";
import type { ReactNode } from "react";

/** A chart with its figures as a table for screen readers and for reading exact values. */
export function ChartCard({ title, description, chart, columns, rows }: {
  title: string;
  description?: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
}) {
  const id = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <section className="card stack chart-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {description && <p className="muted">{description}</p>}
      <div className="chart" aria-hidden="true">
        {chart}
      </div>
      <details>
        <summary>Figures</summary>
        <TableScroll label={`${title} (figures)`}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
