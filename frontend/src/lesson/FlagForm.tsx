import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import type { FlagReason } from "../graphql/graphql";
import { FLAG_REASONS } from "../review/labels";
import { FLAG_LESSON } from "../review/operations";

const MAX_DETAILS = 1000;

/** Report a problem with a lesson: mentors review lessons many learners report, and such a
 * lesson is no longer given to others until they do. */
export function FlagForm({ contentId, flagged, onDone }: { contentId: string; flagged: boolean; onDone: () => void }) {
  const toasts = useToasts();
  const id = useId();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [details, setDetails] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FLAG_LESSON, {
    update(cache) {
      cache.modify({ id: cache.identify({ __typename: "LessonContent", id: contentId }), fields: { viewerFlagged: () => true } });
    },
  });

  if (flagged) return <p className="muted">You reported a problem with this lesson. Thank you: mentors will look at it.</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return setError("Choose what is wrong.");
    if (reason === "OTHER" && !details.trim()) return setError("Tell us what is wrong in the details.");
    setError(null);
    try {
      await flag({ variables: { contentId, reason, details: details.trim() } });
      toasts.show({ tone: "success", message: "Thanks for the report. Mentors will review this lesson." });
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-label="Report a problem with this lesson">
      {error && (
        <p className="alert alert-error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
      <fieldset className="field" aria-describedby={error ? `${id}-error` : undefined}>
        <legend>What is wrong with this lesson?</legend>
        {FLAG_REASONS.map((option) => (
          <div key={option.value} className={`choice ${reason === option.value ? "choice-checked" : ""}`}>
            <input type="radio" id={`${id}-${option.value}`} name={`${id}-reason`} checked={reason === option.value} onChange={() => setReason(option.value)} />
            <label htmlFor={`${id}-${option.value}`}>
              <strong>{option.label}</strong> <span className="muted">— {option.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-details`}>Details {reason === "OTHER" ? "" : "(optional)"}</label>
        <textarea id={`${id}-details`} rows={3} maxLength={MAX_DETAILS} value={details} onChange={(e) => setDetails(e.target.value)} />
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {loading ? "Sending…" : "Send report"}
        </button>
        <button type="button" className="btn" onClick={onDone} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}
