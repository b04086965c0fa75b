import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Markdown } from "./Markdown";
import { QuizFeedback, optionMark } from "./QuizFeedback";
import type { QuizScore } from "./quizTypes";
import type { QuizQuestion } from "./types";

export type { QuizQuestionResult, QuizScore } from "./quizTypes";

export interface QuizProps {
  questions: QuizQuestion[];
  /** Checks the answers (indices into each question's options, in question order); rejects
   * with an Error whose message is a sentence for the learner. */
  onSubmit: (answers: number[]) => Promise<QuizScore>;
  /** The learner's previous score, a percentage. */
  initialScore?: number | null;
}

const unanswered = (n: number): (number | null)[] => Array.from({ length: n }, () => null);

export function Quiz({ questions, onSubmit, initialScore = null }: QuizProps) {
  const baseId = useId();
  const [answers, setAnswers] = useState(() => unanswered(questions.length));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<QuizScore | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const retried = useRef(false);

  useEffect(() => {
    if (result) summaryRef.current?.focus();
    else if (retried.current) firstOptionRef.current?.focus();
  }, [result]);

  const complete = questions.length > 0 && answers.every((a) => a !== null);

  const choose = (question: number, option: number) =>
    setAnswers((prev) => prev.map((a, i) => (i === question ? option : a)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete || busy) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await onSubmit(answers.map((a) => a ?? -1)));
    } catch (caught) {
      // onSubmit rejects with a sentence for the learner (e.g. "try again in 30 s").
      const why = caught instanceof Error && caught.message ? `${caught.message} ` : "";
      setError(`Your answers could not be checked. ${why}They are still here: please try submitting again.`);
    } finally {
      setBusy(false);
    }
  };

  const tryAgain = () => {
    retried.current = true;
    setAnswers(unanswered(questions.length));
    setResult(null);
    setError(null);
  };

  const percent = result ? Math.round(result.score) : null;
  return (
    <form className="lc-quiz stack" onSubmit={submit} aria-busy={busy} aria-label="Quiz" noValidate>
      {initialScore !== null && result === null && (
        <p className="muted">Your previous score: {Math.round(initialScore)} %</p>
      )}
      {questions.map((q, qi) => {
        const checked = result?.questions[qi];
        return (
          <fieldset key={qi} className="lc-question card" disabled={busy || result !== null}>
            <legend>
              <span className="lc-question-number">Question {qi + 1} of {questions.length}: </span>
              <Markdown inline>{q.question}</Markdown>
            </legend>
            <div className="lc-options">
              {q.options.map((option, oi) => {
                const mark = optionMark(checked, oi);
                return (
                  <label key={oi} className={`lc-option ${mark.className}`}>
                    <input
                      ref={qi === 0 && oi === 0 ? firstOptionRef : undefined}
                      type="radio"
                      name={`${baseId}-q${qi}`}
                      value={oi}
                      checked={answers[qi] === oi}
                      onChange={() => choose(qi, oi)}
                    />
                    <span>
                      {option}
                      {mark.note && <span className="visually-hidden">{mark.note}</span>}
                    </span>
                  </label>
                );
              })}
            </div>
            {checked && <QuizFeedback question={q} result={checked} />}
          </fieldset>
        );
      })}
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <div role="status" aria-live="polite">
        {result && (
          <p ref={summaryRef} tabIndex={-1} className="lc-quiz-score alert alert-info">
            {result.correctCount} of {result.total} correct — {percent} %
          </p>
        )}
      </div>
      <div className="row">
        {result ? (
          <button type="button" className="btn" onClick={tryAgain}>
            Try again
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" disabled={!complete || busy}>
            {busy ? "Checking your answers…" : "Submit answers"}
          </button>
        )}
        {!complete && !result && (
          <span className="muted">Answer every question to submit.</span>
        )}
      </div>
    </form>
  );
}
