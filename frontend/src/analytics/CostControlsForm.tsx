import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";

import { describeError } from "../api/errors";
import { ErrorMessage } from "../components/ErrorMessage";
import { useToasts } from "../components/Toasts";
import { usd, when } from "./format";
import { COST_CONTROLS, SET_COST_CONTROLS } from "./operations";

const parse = (text: string): number | null => (text.trim() === "" ? null : Number(text));

/** The daily cost cap and the per-lesson budget: shown with today's spend, editable by admins
 * (an empty cap field means the deployment's default cap; an empty budget, no per-lesson
 * budget). */
export function CostControlsForm() {
  const id = useId();
  const toasts = useToasts();
  const { data, error, refetch } = useQuery(COST_CONTROLS);
  const [save, { loading }] = useMutation(SET_COST_CONTROLS);
  const [cap, setCap] = useState<string | null>(null);
  const [budget, setBudget] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const controls = data?.costControls;
  if (!controls) return null;
  const capText = cap ?? (controls.dailyCostCapUsd === null || controls.dailyCostCapUsd === undefined ? "" : String(controls.dailyCostCapUsd));
  const budgetText = budget ?? (controls.perLessonBudgetUsd === null || controls.perLessonBudgetUsd === undefined ? "" : String(controls.perLessonBudgetUsd));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const capValue = parse(capText);
    const budgetValue = parse(budgetText);
    if ([capValue, budgetValue].some((v) => v !== null && (Number.isNaN(v) || v < 0))) {
      return setProblem("Amounts are dollars, 0 or more (leave empty for no limit).");
    }
    setProblem(null);
    try {
      await save({
        variables: {
          dailyCostCapUsd: capValue,
          perLessonBudgetUsd: budgetValue,
          clearDailyCostCap: capValue === null,
          clearPerLessonBudget: budgetValue === null,
        },
        // The controls are one object without an id: put what was saved where the page reads it.
        update(cache, { data: saved }) {
          if (saved) cache.writeQuery({ query: COST_CONTROLS, data: { costControls: saved.setCostControls } });
        },
      });
      setCap(null);
      setBudget(null);
      toasts.show({ tone: "success", message: "Cost controls saved." });
    } catch (caught) {
      setProblem(describeError(caught));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Cost controls</h2>
      <p>
        Spent today: <strong>{usd(controls.spentTodayUsd)}</strong> of the daily cap {usd(controls.effectiveDailyCostCapUsd)}
        {(controls.dailyCostCapUsd === null || controls.dailyCostCapUsd === undefined) && " (the deployment's default)"}.
        {controls.updatedAt && (
          <span className="muted">
            {" "}
            Last changed {when(controls.updatedAt)}
            {controls.updatedBy && <> by {controls.updatedBy}</>}.
          </span>
        )}
      </p>
      {problem && (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-cap`}>Daily cost cap (USD)</label>
          <input id={`${id}-cap`} type="number" min={0} step="0.01" inputMode="decimal" value={capText} onChange={(e) => setCap(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-budget`}>Budget per lesson (USD)</label>
          <input id={`${id}-budget`} type="number" min={0} step="0.001" inputMode="decimal" value={budgetText} onChange={(e) => setBudget(e.target.value)} />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={loading}>
        {loading ? "Saving…" : "Save cost controls"}
      </button>
    </form>
  );
}
