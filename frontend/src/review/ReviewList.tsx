import { useMutation } from "@apollo/client/react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import type { ReviewFieldsFragment } from "../graphql/graphql";
import { DECISION_LABEL, TIER_LABEL } from "./labels";
import { VOTE_REVIEW } from "./operations";

/** The reviews written so far; others' reviews can be marked helpful or not (their authors'
 * reputation follows). */
export function ReviewList({ reviews, canVote }: { reviews: ReviewFieldsFragment[]; canVote: boolean }) {
  const toasts = useToasts();
  const [vote, { loading }] = useMutation(VOTE_REVIEW);
  if (reviews.length === 0) return <p className="muted">No reviews yet.</p>;

  async function cast(review: ReviewFieldsFragment, value: 1 | -1) {
    try {
      await vote({ variables: { reviewId: review.id, value: review.viewerVote === value ? 0 : value } });
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    }
  }

  return (
    <ol className="stack review-list">
      {reviews.map((review) => (
        <li key={review.id} className="card stack">
          <p className="row">
            <strong>{DECISION_LABEL[review.decision]}</strong>
            <span className="badge">{review.binding ? "Decision" : "Advice"}</span>
            {review.reviewerTier && <span className="muted">by a {TIER_LABEL[review.reviewerTier].toLowerCase()}</span>}
            {review.mine && <span className="muted">(yours)</span>}
            <time className="muted" dateTime={review.createdAt}>
              {new Date(review.createdAt).toLocaleString()}
            </time>
          </p>
          <p className="pre-wrap">{review.comments}</p>
          {review.requestedChanges && (
            <p className="pre-wrap">
              <strong>Changes asked for: </strong>
              {review.requestedChanges}
            </p>
          )}
          {canVote && !review.mine && (
            <div className="row" role="group" aria-label="Was this review helpful?">
              <button type="button" className="btn btn-small" aria-pressed={review.viewerVote === 1} disabled={loading} onClick={() => void cast(review, 1)}>
                Helpful <span className="count">{review.helpful}</span>
              </button>
              <button type="button" className="btn btn-small" aria-pressed={review.viewerVote === -1} disabled={loading} onClick={() => void cast(review, -1)}>
                Not helpful <span className="count">{review.unhelpful}</span>
              </button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
