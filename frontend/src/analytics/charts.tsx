// The analytics charts (recharts: SVG, no eval, works under the CSP). Colours are chosen to be
// told apart in light and dark schemes and by most colour-blind readers.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];
const HEIGHT = 260;

type Row = Record<string, string | number | null>;
type Series = { key: string; label: string };

function axisDay(day: string): string {
  return day.slice(5); // MM-DD
}

/** The grid, axes (days across), tooltip and legend every chart of days has. */
function dayAxes(unit?: string) {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="day" tickFormatter={axisDay} />,
    <YAxis key="y" unit={unit} width={56} />,
    <Tooltip key="tooltip" />,
    <Legend key="legend" />,
  ];
}

export function StackedBars({ data, series, unit }: { data: Row[]; series: Series[]; unit?: string }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
        {dayAxes(unit)}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="one" fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function Lines({ data, series, unit }: { data: Row[]; series: Series[]; unit?: string }) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
        {dayAxes(unit)}
        {series.map((s, i) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={PALETTE[i % PALETTE.length]} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
