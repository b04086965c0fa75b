import { useQuery } from "@apollo/client/react";
import { useState } from "react";

import { ErrorMessage } from "../components/ErrorMessage";
import { DUE_REVIEWS } from "./operations";
import { ReviewSession } from "./ReviewSession";

const SESSION = 10;

/** Quiz questions due again (spaced repetition): a short round from the dashboard. */
export function DueReviewsPanel() {
  const [reviewing, setReviewing] = useState(false);
  const { data, error, refetch } = useQuery(DUE_REVIEWS, { variables: { first: SESSION }, fetchPolicy: "cache-and-network" });
  const due = data?.dueReviews;

  if (error && !due) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (!due) return null;
  return (
    <section className="card stack" aria-labelledby="reviews-due-title">
      <h2 id="reviews-due-title">Reviews</h2>
      {reviewing && due.cards.length > 0 ? (
        <ReviewSession
          cards={due.cards}
          onFinished={() => {
            setReviewing(false);
            void refetch();
          }}
        />
      ) : due.totalDue > 0 ? (
        <>
          <p>
            <strong>{due.totalDue}</strong> {due.totalDue === 1 ? "question is" : "questions are"} due for review. Answering them at the
            right time is what makes them stick.
          </p>
          <button type="button" className="btn btn-primary" onClick={() => setReviewing(true)}>
            Review {Math.min(due.totalDue, SESSION)} now
          </button>
        </>
      ) : (
        <p className="muted">
          Nothing to review right now.
          {due.nextDueAt && <> Next review: {new Date(due.nextDueAt).toLocaleDateString()}.</>} Quiz questions come back here on a schedule.
        </p>
      )}
    </section>
  );
}
