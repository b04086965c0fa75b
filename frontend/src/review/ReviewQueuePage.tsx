import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";

import { describeError } from "../api/errors";
import { ApprovalBadge } from "../components/ApprovalBadge";
import { queryGate } from "../components/QueryGate";
import { useToasts } from "../components/Toasts";
import { useDocumentTitle } from "../components/useDocumentTitle";
import type { ReviewQueueFilter } from "../graphql/graphql";
import { FLAG_LABEL, styleLabel } from "./labels";
import { CURATION_PROFILE, REVIEW_QUEUE } from "./operations";

const PAGE = 20;
const FILTERS: { value: ReviewQueueFilter; label: string }[] = [
  { value: "ALL", label: "All" },
  { value: "PENDING", label: "Awaiting review" },
  { value: "FLAGGED", label: "Reported" },
];

export function ReviewQueuePage() {
  useDocumentTitle("Review queue");
  const toasts = useToasts();
  const [filter, setFilter] = useState<ReviewQueueFilter>("ALL");
  const profile = useQuery(CURATION_PROFILE);
  const canReview = profile.data?.curationProfile.canReview ?? false;
  const queue = useQuery(REVIEW_QUEUE, {
    variables: { first: PAGE, after: null, filter },
    skip: !canReview,
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });

  const gate = queryGate({ loading: profile.loading, error: profile.error, hasData: Boolean(profile.data), refetch: profile.refetch, what: "review queue" });
  if (gate) return gate;
  if (!canReview) {
    return (
      <section className="card stack" aria-labelledby="queue-title">
        <h1 id="queue-title">Review queue</h1>
        <p>The review queue is for contributors and mentors. Complete lessons and help others to become a contributor.</p>
      </section>
    );
  }
  const page = queue.data?.reviewQueue;
  return (
    <div className="stack">
      <h1>Review queue</h1>
      <p className="muted">Lessons awaiting review or reported by learners, the most used first.</p>
      <div className="row" role="group" aria-label="Show">
        {FILTERS.map((option) => (
          <button key={option.value} type="button" className="btn btn-small" aria-pressed={filter === option.value} onClick={() => setFilter(option.value)}>
            {option.label}
          </button>
        ))}
      </div>
      {queryGate({ loading: queue.loading, error: queue.error, hasData: Boolean(page), refetch: queue.refetch, what: "review queue" })}
      {page && page.nodes.length === 0 && <p>Nothing to review here. Thank you!</p>}
      {page && page.nodes.length > 0 && (
        <>
          <p className="muted">{page.totalCount} lessons</p>
          <ol className="stack review-queue">
            {page.nodes.map((item) => (
              <li key={item.content.id} className="card stack">
                <h2 className="queue-item-title">
                  <Link to={`/review/${item.content.id}`}>{item.content.topic}</Link>
                </h2>
                <p className="row">
                  <ApprovalBadge status={item.content.approvalStatus} />
                  <span>{styleLabel(item.content.learningStyle)}</span>·<span>{item.content.difficulty.toLowerCase()}</span>·
                  <span>{item.content.language.toUpperCase()}</span>·
                  <span>
                    used by <strong>{item.impact}</strong> {item.impact === 1 ? "learner" : "learners"}
                  </span>
                  · <span>▲ {item.content.upvotes} ▼ {item.content.downvotes}</span>
                </p>
                {item.openFlags > 0 && (
                  <p className="alert alert-error">
                    Reported {item.openFlags} {item.openFlags === 1 ? "time" : "times"}: {item.flagReasons.map((r) => FLAG_LABEL[r]).join(", ")}
                    {item.hiddenFromReuse && " — not given to other learners until reviewed"}
                  </p>
                )}
                {item.blockedReason && <p className="muted">{item.blockedReason}</p>}
              </li>
            ))}
          </ol>
          {page.pageInfo.hasNextPage && (
            <button
              type="button"
              className="btn"
              disabled={queue.networkStatus === NetworkStatus.fetchMore}
              onClick={() =>
                queue
                  .fetchMore({
                    variables: { after: page.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      reviewQueue: { ...fetchMoreResult.reviewQueue, nodes: [...previous.reviewQueue.nodes, ...fetchMoreResult.reviewQueue.nodes] },
                    }),
                  })
                  .catch((caught: unknown) => toasts.show({ tone: "error", message: describeError(caught) }))
              }
            >
              Show more
            </button>
          )}
        </>
      )}
    </div>
  );
}
