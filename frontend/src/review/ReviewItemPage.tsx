import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";

import { ApprovalBadge } from "../components/ApprovalBadge";
import { queryGate } from "../components/QueryGate";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { LessonContentView } from "../lesson/content/LessonContentView";
import { DecisionForm } from "./DecisionForm";
import { FLAG_LABEL, styleLabel } from "./labels";
import { scoreLocally } from "./localQuiz";
import { CURATION_PROFILE, REVIEW_ITEM } from "./operations";
import { ReviewList } from "./ReviewList";

export function ReviewItemPage() {
  const { contentId = "" } = useParams();
  const profile = useQuery(CURATION_PROFILE);
  const item = useQuery(REVIEW_ITEM, { variables: { contentId }, fetchPolicy: "cache-and-network" });
  const data = item.data?.reviewItem;
  useDocumentTitle(data ? `Review: ${data.content.topic}` : "Review");

  const gate =
    queryGate({ loading: profile.loading, error: profile.error, hasData: Boolean(profile.data), refetch: profile.refetch, what: "review" }) ??
    queryGate({ loading: item.loading, error: item.error, hasData: Boolean(data), refetch: item.refetch, what: "lesson to review" });
  if (gate || !data || !profile.data) return gate;
  const { content } = data;
  const curation = profile.data.curationProfile;

  return (
    <article className="stack" aria-labelledby="review-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/review">Review queue</Link> <span aria-hidden="true">›</span> <span aria-current="page">{content.topic}</span>
      </nav>
      <header className="stack">
        <h1 id="review-title">{content.topic}</h1>
        <p className="row">
          <ApprovalBadge status={content.approvalStatus} />
          <span>{styleLabel(content.learningStyle)}</span>·<span>{content.difficulty.toLowerCase()}</span>·<span>{content.language.toUpperCase()}</span>·
          <span>used by {data.impact} learners</span>·<span>▲ {content.upvotes} ▼ {content.downvotes}</span>
        </p>
        {data.openFlags > 0 && (
          <p className="alert alert-error">
            Reported {data.openFlags} times: {data.flagReasons.map((r) => FLAG_LABEL[r]).join(", ")}
            {data.hiddenFromReuse && " — not given to other learners until reviewed."}
          </p>
        )}
      </header>
      <section aria-labelledby="reviews-title" className="stack">
        <h2 id="reviews-title">Reviews</h2>
        <ReviewList reviews={data.reviews} canVote={curation.canReview} />
      </section>
      {data.blockedReason ? (
        <p className="alert alert-info">{data.blockedReason}</p>
      ) : (
        curation.canReview && <DecisionForm contentId={content.id} profile={curation} />
      )}
      <section aria-labelledby="lesson-under-review" className="stack">
        <h2 id="lesson-under-review">The lesson</h2>
        <p className="muted">As learners see it; its quiz is scored here from the stored answers.</p>
        <LessonContentView content={data.fullContent} sourceAttribution={content.sourceAttribution} onSubmitQuiz={async (answers) => scoreLocally(data.fullContent, answers)} />
      </section>
    </article>
  );
}
