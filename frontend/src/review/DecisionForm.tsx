import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import type { CurationProfileQuery, ReviewDecision } from "../graphql/graphql";
import { DECISION_LABEL } from "./labels";
import { REVIEW_LESSON } from "./operations";

const MAX_COMMENTS = 2000;
const MAX_CHANGES = 500;
type Profile = CurationProfileQuery["curationProfile"];

/** The decisions this reviewer may take: contributors advise (any decision, recorded but not
 * binding), mentors decide, senior mentors can also verify. */
function decisionsFor(profile: Profile): ReviewDecision[] {
  const base: ReviewDecision[] = ["APPROVE", "REQUEST_CHANGES", "REJECT"];
  return profile.canVerify ? [...base, "VERIFY"] : base;
}

export function DecisionForm({ contentId, profile }: { contentId: string; profile: Profile }) {
  const toasts = useToasts();
  const id = useId();
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [comments, setComments] = useState("");
  const [changes, setChanges] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [review, { loading }] = useMutation(REVIEW_LESSON);
  const advisory = !profile.canDecide;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) return setError("Choose a decision.");
    if (!comments.trim()) return setError("Say why, for the learners and the other reviewers.");
    if (decision === "REQUEST_CHANGES" && !changes.trim()) return setError("Say which changes the new version needs.");
    setError(null);
    try {
      await review({
        variables: {
          contentId,
          decision,
          comments: comments.trim(),
          requestedChanges: decision === "REQUEST_CHANGES" ? changes.trim() : null,
        },
      });
      toasts.show({ tone: "success", message: advisory ? "Your advice is recorded." : `Decision recorded: ${DECISION_LABEL[decision]}.` });
      setDecision(null);
      setComments("");
      setChanges("");
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{advisory ? "Your advice" : "Your decision"}</h2>
      {advisory && <p className="muted">As a contributor your review is advice: mentors see it, and your reputation grows when they agree.</p>}
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="field">
        <legend>Decision</legend>
        {decisionsFor(profile).map((value) => (
          <div key={value} className={`choice ${decision === value ? "choice-checked" : ""}`}>
            <input type="radio" id={`${id}-${value}`} name={`${id}-decision`} checked={decision === value} onChange={() => setDecision(value)} />
            <label htmlFor={`${id}-${value}`}>{DECISION_LABEL[value]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comments`}>Comments</label>
        <textarea id={`${id}-comments`} rows={4} maxLength={MAX_COMMENTS} value={comments} onChange={(e) => setComments(e.target.value)} />
      </div>
      {decision === "REQUEST_CHANGES" && (
        <div className="field">
          <label htmlFor={`${id}-changes`}>Changes the new version needs</label>
          <textarea id={`${id}-changes`} rows={3} maxLength={MAX_CHANGES} value={changes} onChange={(e) => setChanges(e.target.value)} aria-describedby={`${id}-changes-help`} />
          <small id={`${id}-changes-help`} className="muted">
            A new version is written with these changes and replaces this one for every learner who has it.
          </small>
        </div>
      )}
      <button type="submit" className="btn btn-primary" disabled={loading}>
        {loading ? "Recording…" : advisory ? "Send advice" : "Record decision"}
      </button>
    </form>
  );
}
