import { TableScroll } from "../components/TableScroll";
import { useQuery } from "@apollo/client/react";

import { ErrorMessage } from "../components/ErrorMessage";
import { count, when } from "./format";
import { QUOTA_FORECAST } from "./operations";

const TONE: Record<string, string> = { ok: "badge-ready", warning: "badge-working", exhausted: "badge-failed", unlimited: "" };

/** Each provider's and research API's daily quota: used so far, and when it runs out at the
 * current rate (before it resets, or not). */
export function QuotaTable() {
  const { data, error, refetch } = useQuery(QUOTA_FORECAST, { fetchPolicy: "cache-and-network", pollInterval: 60_000 });
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const rows = data?.quotaForecast ?? [];
  return (
    <section className="card stack" aria-labelledby="quota-title">
      <h2 id="quota-title">Daily quotas</h2>
      <TableScroll label="Daily quotas (table)">
        <table>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Limit</th>
              <th scope="col">Used today</th>
              <th scope="col">Left</th>
              <th scope="col">Rate (per hour)</th>
              <th scope="col">Runs out</th>
              <th scope="col">Resets</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.name}-${row.limit}`} data-quota={row.name}>
                <th scope="row">
                  {row.name} <span className="muted">({row.kind})</span>
                </th>
                <td>{row.limit}</td>
                <td>
                  {count(row.usedToday)}
                  {row.dailyLimit !== null && row.dailyLimit !== undefined && <> of {count(row.dailyLimit)}</>}
                </td>
                <td>{count(row.remainingToday)}</td>
                <td>{row.ratePerHour.toFixed(1)}</td>
                <td>{row.exhaustsAt ? when(row.exhaustsAt) : "not today"}</td>
                <td>{when(row.resetsAt)}</td>
                <td>
                  <span className={`badge ${TONE[row.status] ?? ""}`}>{row.status}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
