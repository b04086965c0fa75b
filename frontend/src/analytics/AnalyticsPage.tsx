// What SkillSync costs and how well it works, for admins: spend, tokens, reuse, latency,
// failures, prompt variants, learning styles, learners; quotas and cost controls.
import { TableScroll } from "../components/TableScroll";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";

import { useAuth } from "../auth/AuthProvider";
import { queryGate } from "../components/QueryGate";
import { useDocumentTitle } from "../components/useDocumentTitle";
import type { AnalyticsQuery } from "../graphql/graphql";
import { STYLE_GUIDE } from "../learningStyles";
import { ChartCard } from "./ChartCard";
import { Lines, StackedBars } from "./charts";
import { CostControlsForm } from "./CostControlsForm";
import { count, ms, percent, usd } from "./format";
import { ANALYTICS } from "./operations";
import { QuotaTable } from "./QuotaTable";

const PERIODS = [7, 30, 90];
type Data = AnalyticsQuery["analytics"];

/** Cost per day, one series per provider/model. */
function costSeries(daily: Data["daily"]) {
  const keys = [...new Set(daily.flatMap((d) => d.byProvider.map((p) => `${p.provider} / ${p.model}`)))];
  const rows = daily.map((d) => ({
    day: d.day,
    ...Object.fromEntries(keys.map((k) => [k, 0])),
    ...Object.fromEntries(d.byProvider.map((p) => [`${p.provider} / ${p.model}`, Number(p.costUsd.toFixed(4))])),
  }));
  return { keys, rows };
}

function Summary({ data }: { data: Data }) {
  const figures: [string, string][] = [
    ["Spent", usd(data.costUsd)],
    ["Reuse hit rate", percent(data.reuse.hitRate)],
    ["Generation p50 / p95", `${ms(data.generationLatencyP50Ms)} / ${ms(data.generationLatencyP95Ms)}`],
    ["Failed generations", count(data.generationFailures)],
    ["Dead letters", count(data.deadLetters)],
    ["Active learners today / 7 d / 30 d", `${data.activeLearners.today} / ${data.activeLearners.last7Days} / ${data.activeLearners.last30Days}`],
  ];
  return (
    <dl className="figures">
      {figures.map(([label, value]) => (
        <div key={label} className="card">
          <dt className="muted">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AnalyticsPage() {
  useDocumentTitle("Analytics");
  const { user } = useAuth();
  const [days, setDays] = useState(30);
  const admin = user?.role === "ADMIN";
  const { data, loading, error, refetch } = useQuery(ANALYTICS, { variables: { days }, skip: !admin, fetchPolicy: "cache-and-network" });

  if (!admin) {
    return (
      <section className="card">
        <h1>Analytics</h1>
        <p>Analytics are for administrators.</p>
      </section>
    );
  }
  const gate = queryGate({ loading, error, hasData: Boolean(data), refetch, what: "analytics" });
  if (gate || !data) return gate;
  const a = data.analytics;
  const cost = costSeries(a.daily);
  // Chart rows: the daily figures without their nested per-provider lists.
  const rows = a.daily.map(({ byProvider: _byProvider, __typename: _type, ...figures }) => figures);
  return (
    <div className="stack analytics">
      <div className="row">
        <h1>Analytics</h1>
        <div className="row" role="group" aria-label="Period">
          {PERIODS.map((period) => (
            <button key={period} type="button" className="btn btn-small" aria-pressed={days === period} onClick={() => setDays(period)}>
              {period} days
            </button>
          ))}
        </div>
      </div>
      <p className="muted">
        {a.since} to {a.until} (UTC)
      </p>
      <Summary data={a} />
      <QuotaTable />
      <CostControlsForm />
      <div className="chart-grid">
        <ChartCard
          title="Cost per day"
          description="By provider and model."
          chart={<StackedBars data={cost.rows} series={cost.keys.map((k) => ({ key: k, label: k }))} unit="$" />}
          columns={["Day", "Cost", "Calls", "Provider errors"]}
          rows={a.daily.map((d) => [d.day, usd(d.costUsd, 4), d.calls, d.providerErrors])}
        />
        <ChartCard
          title="Tokens per day"
          chart={<StackedBars data={rows} series={[{ key: "tokensIn", label: "In" }, { key: "tokensOut", label: "Out" }]} />}
          columns={["Day", "Tokens in", "Tokens out"]}
          rows={a.daily.map((d) => [d.day, count(d.tokensIn), count(d.tokensOut)])}
        />
        <ChartCard
          title="Lessons generated and reused"
          description="Reused lessons cost nothing to serve."
          chart={<StackedBars data={rows} series={[{ key: "lessonsGenerated", label: "Generated" }, { key: "lessonsReused", label: "Reused" }]} />}
          columns={["Day", "Generated", "Reused", "Lookups", "Failed"]}
          rows={a.daily.map((d) => [d.day, d.lessonsGenerated, d.lessonsReused, d.reuseLookups, d.generationFailures])}
        />
        <ChartCard
          title="Generation latency"
          chart={<Lines data={rows} series={[{ key: "latencyP50Ms", label: "p50" }, { key: "latencyP95Ms", label: "p95" }]} unit=" ms" />}
          columns={["Day", "p50", "p95"]}
          rows={a.daily.map((d) => [d.day, ms(d.latencyP50Ms), ms(d.latencyP95Ms)])}
        />
        <ChartCard
          title="Active learners"
          chart={<Lines data={rows} series={[{ key: "activeLearners", label: "Learners" }]} />}
          columns={["Day", "Active learners"]}
          rows={a.daily.map((d) => [d.day, d.activeLearners])}
        />
      </div>
      <section className="card stack" aria-labelledby="models-title">
        <h2 id="models-title">Providers and models</h2>
        <TableScroll label="Providers and models (table)">
          <table>
            <thead>
              <tr>
                {["Provider / model", "Calls", "Errors", "Tokens in", "Tokens out", "Cost", "p50", "p95"].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.byModel.map((m) => (
                <tr key={`${m.provider}-${m.model}`}>
                  <th scope="row">
                    {m.provider} / {m.model}
                  </th>
                  <td>{count(m.calls)}</td>
                  <td>{count(m.errors)}</td>
                  <td>{count(m.tokensIn)}</td>
                  <td>{count(m.tokensOut)}</td>
                  <td>{usd(m.costUsd, 4)}</td>
                  <td>{ms(m.latencyP50Ms)}</td>
                  <td>{ms(m.latencyP95Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="card stack" aria-labelledby="variants-title">
        <h2 id="variants-title">Prompt variants (A/B)</h2>
        <TableScroll label="Prompt variants (table)">
          <table>
            <thead>
              <tr>
                {["Variant", "Active", "Lessons", "Started", "Completed", "Completion", "Mean quiz", "▲ / ▼", "Regenerations"].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.variants.map((v) => (
                <tr key={v.name}>
                  <th scope="row">{v.name}</th>
                  <td>{v.active ? "yes" : "retired"}</td>
                  <td>{v.lessonsGenerated}</td>
                  <td>{v.lessonsStarted}</td>
                  <td>{v.lessonsCompleted}</td>
                  <td>{percent(v.completionRate)}</td>
                  <td>{v.meanQuizScore === null || v.meanQuizScore === undefined ? "—" : Math.round(v.meanQuizScore)}</td>
                  <td>
                    {v.upvotes} / {v.downvotes}
                  </td>
                  <td>{v.regenerations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="card stack" aria-labelledby="styles-title">
        <h2 id="styles-title">Learning styles</h2>
        <TableScroll label="Learning styles (table)">
          <table>
            <thead>
              <tr>
                {["Style", "Started", "Completed", "Completion", "Quizzes", "Mean quiz score"].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.styles.map((s) => (
                <tr key={s.style}>
                  <th scope="row">{STYLE_GUIDE[s.style].label}</th>
                  <td>{s.lessonsStarted}</td>
                  <td>{s.lessonsCompleted}</td>
                  <td>{percent(s.completionRate, 1)}</td>
                  <td>{s.quizzes}</td>
                  <td>{s.meanQuizScore === null || s.meanQuizScore === undefined ? "—" : Math.round(s.meanQuizScore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
