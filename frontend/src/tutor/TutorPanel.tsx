// Ask the tutor about this lesson: answers grounded in the lesson and its sources, written
// live. The conversation is the learner's own and is kept.
import { NetworkStatus } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";

import { describeError } from "../api/errors";
import { ErrorMessage } from "../components/ErrorMessage";
import { Spinner } from "../components/Spinner";
import { ASK_TUTOR, TUTOR_CONVERSATION } from "./operations";
import { TutorMessageView } from "./TutorMessageView";
import { useTutorStream } from "./useTutorStream";

const PAGE = 20;
const MAX_QUESTION = 1000;

export function TutorPanel({ lessonId }: { lessonId: string }) {
  const id = useId();
  const [question, setQuestion] = useState("");
  const [error, setError] = useState<string | null>(null);
  const conversation = useQuery(TUTOR_CONVERSATION, {
    variables: { lessonId, last: PAGE, before: null },
    notifyOnNetworkStatusChange: true,
  });
  const [ask, asking] = useMutation(ASK_TUTOR);
  const page = conversation.data?.tutorConversation;
  const messages = page?.nodes ?? [];
  const pending = messages.find((m) => m.role === "TUTOR" && (m.status === "PENDING" || m.status === "STREAMING")) ?? null;
  const streamed = useTutorStream(pending?.id ?? null, () => void conversation.refetch());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = question.trim();
    if (!text) return setError("Type a question first.");
    setError(null);
    try {
      await ask({ variables: { lessonId, message: text } });
      setQuestion("");
      await conversation.refetch();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <section className="card stack tutor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Ask the tutor</h2>
      <p className="muted">Questions about this lesson are answered from the lesson and its sources, with references.</p>
      {conversation.error && !page && <ErrorMessage error={conversation.error} retry={() => void conversation.refetch()} />}
      {conversation.loading && !page && <Spinner inline label="Loading your conversation" />}
      {page?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="btn btn-small"
          disabled={conversation.networkStatus === NetworkStatus.fetchMore}
          onClick={() =>
            conversation
              .fetchMore({
                variables: { before: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  tutorConversation: {
                    ...fetchMoreResult.tutorConversation,
                    nodes: [...fetchMoreResult.tutorConversation.nodes, ...previous.tutorConversation.nodes],
                  },
                }),
              })
              .catch((caught: unknown) => setError(describeError(caught)))
          }
        >
          Show earlier messages
        </button>
      )}
      <ol className="tutor-messages" aria-live="polite">
        {messages.map((message) => (
          <TutorMessageView key={message.id} message={message} streamed={message.id === pending?.id ? streamed : undefined} />
        ))}
      </ol>
      <form onSubmit={submit} className="stack">
        {error && (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-question`}>Your question</label>
          <textarea id={`${id}-question`} rows={2} maxLength={MAX_QUESTION} value={question} onChange={(e) => setQuestion(e.target.value)} />
        </div>
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={asking.loading || pending !== null}>
            {pending ? "The tutor is answering…" : asking.loading ? "Sending…" : "Ask"}
          </button>
        </div>
      </form>
    </section>
  );
}
