import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";

import { describeError } from "../api/errors";
import type { AnswerReviewMutation, DueReviewsQuery } from "../graphql/graphql";
import { Markdown } from "../lesson/content/Markdown";
import { ANSWER_REVIEW } from "./operations";

type Card = DueReviewsQuery["dueReviews"]["cards"][number];
type Answer = AnswerReviewMutation["answerReview"];

function whenNext(answer: Answer): string {
  const days = answer.card.intervalDays;
  if (days <= 0) return "You'll see it again later today.";
  return `Next review in ${days} ${days === 1 ? "day" : "days"}.`;
}

/** One due question at a time: answer, see whether it was right and why, go on. */
export function ReviewSession({ cards, onFinished }: { cards: Card[]; onFinished: () => void }) {
  const id = useId();
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(ANSWER_REVIEW);
  const card = cards[index];
  if (!card) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen === null || !card) return;
    setError(null);
    try {
      const result = await send({ variables: { cardId: card.id, answer: chosen } });
      if (result.data) setAnswer(result.data.answerReview);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  function next() {
    if (index + 1 >= cards.length) return onFinished();
    setIndex(index + 1);
    setChosen(null);
    setAnswer(null);
  }

  return (
    <form className="stack review-card" onSubmit={submit} aria-label="Review question">
      <p className="muted">
        Question {index + 1} of {cards.length} · from <Link to={`/lessons/${card.lessonId}`}>{card.lessonTitle}</Link>
      </p>
      <fieldset className="field" disabled={answer !== null || loading}>
        <legend>
          <Markdown inline>{card.question}</Markdown>
        </legend>
        {card.options.map((option, i) => {
          const mark = answer ? (i === answer.correctIndex ? " lc-option-right" : i === chosen ? " lc-option-wrong" : "") : "";
          return (
            <div key={i} className={`choice${chosen === i ? " choice-checked" : ""}${mark}`}>
              <input type="radio" id={`${id}-${i}`} name={`${id}-answer`} checked={chosen === i} onChange={() => setChosen(i)} />
              <label htmlFor={`${id}-${i}`}>{option}</label>
            </div>
          );
        })}
      </fieldset>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div role="status" aria-live="polite">
        {answer && (
          <div className={`alert ${answer.correct ? "alert-success" : "alert-error"}`}>
            <strong>{answer.correct ? "Correct." : `Not quite: the answer is “${card.options[answer.correctIndex] ?? ""}”.`}</strong> {whenNext(answer)}
            {answer.explanation && <Markdown>{answer.explanation}</Markdown>}
          </div>
        )}
      </div>
      {answer ? (
        <button type="button" className="btn btn-primary" onClick={next}>
          {index + 1 >= cards.length ? "Finish" : "Next question"}
        </button>
      ) : (
        <button type="submit" className="btn btn-primary" disabled={chosen === null || loading}>
          Check
        </button>
      )}
    </form>
  );
}
