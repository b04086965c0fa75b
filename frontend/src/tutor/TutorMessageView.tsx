import type { TutorMessageFieldsFragment } from "../graphql/graphql";
import { Markdown } from "../lesson/content/Markdown";
import { EXTERNAL_REL, httpUrl } from "../lesson/content/safeUrl";
import { sourceAnchor } from "../lesson/content/sources";

/** One turn of the conversation. The tutor's text is model output: Markdown with raw HTML off,
 * like lesson text; its citations point at the lesson's sources on this page. */
export function TutorMessageView({ message, streamed }: { message: TutorMessageFieldsFragment; streamed?: string }) {
  const learner = message.role === "LEARNER";
  const writing = message.status === "PENDING" || message.status === "STREAMING";
  return (
    <li className={`tutor-message ${learner ? "tutor-learner" : "tutor-answer"}`}>
      <span className="tutor-who">{learner ? "You" : "Tutor"}</span>
      {learner ? (
        <p className="pre-wrap">{message.text}</p>
      ) : writing ? (
        <p className="pre-wrap" aria-busy="true">
          {streamed || "Thinking…"}
        </p>
      ) : message.status === "FAILED" ? (
        <p className="alert alert-error">The tutor could not answer this time. Please ask again.</p>
      ) : (
        <Markdown>{message.text}</Markdown>
      )}
      {!learner && !writing && message.citations.length > 0 && (
        <ul className="tutor-citations" aria-label="Sources of this answer">
          {message.citations.map((citation) => (
            <li key={`${citation.kind}-${citation.id}`}>
              {citation.kind === "passage" ? (
                <>
                  <a href={`#${sourceAnchor(citation.id)}`}>{citation.title}</a>
                  {httpUrl(citation.url) && (
                    <>
                      {" "}
                      <a href={httpUrl(citation.url) ?? undefined} target="_blank" rel={EXTERNAL_REL} aria-label={`${citation.title} (opens the source)`}>
                        ↗
                      </a>
                    </>
                  )}
                </>
              ) : (
                <span>
                  Lesson section {citation.id}: {citation.title}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
