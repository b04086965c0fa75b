import { useMutation } from "@apollo/client/react";

import { describeError } from "../api/errors";
import { useToasts } from "../components/Toasts";
import { graphql } from "../graphql";

const VOTE = graphql(`
  mutation VoteLesson($contentId: ID!, $value: Int!) {
    voteLesson(contentId: $contentId, value: $value) {
      id
      upvotes
      downvotes
      viewerVote
    }
  }
`);

type Props = { contentId: string; upvotes: number; downvotes: number; viewerVote: number };

/** Up or down; pressing the pressed one again withdraws the vote. */
export function VoteButtons({ contentId, upvotes, downvotes, viewerVote }: Props) {
  const toasts = useToasts();
  const [vote, { loading }] = useMutation(VOTE);

  async function cast(value: 1 | -1) {
    try {
      await vote({ variables: { contentId, value: viewerVote === value ? 0 : value } });
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    }
  }

  return (
    <div className="row" role="group" aria-label="Was this lesson helpful?">
      <span className="muted">Helpful?</span>
      <button type="button" className="btn btn-small" aria-pressed={viewerVote === 1} disabled={loading} onClick={() => void cast(1)}>
        <span aria-hidden="true">▲</span> Yes <span className="count">{upvotes}</span>
      </button>
      <button type="button" className="btn btn-small" aria-pressed={viewerVote === -1} disabled={loading} onClick={() => void cast(-1)}>
        <span aria-hidden="true">▼</span> No <span className="count">{downvotes}</span>
      </button>
    </div>
  );
}
