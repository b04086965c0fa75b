import { Markdown } from "./Markdown";
import type { QuizQuestionResult } from "./quizTypes";
import type { QuizQuestion } from "./types";

/** Under a checked question: right or wrong, the correct answer, and why. */
export function QuizFeedback({ question, result }: { question: QuizQuestion; result: QuizQuestionResult }) {
  const correctOption = question.options[result.correctIndex];
  const explanation = result.explanation;
  return (
    <div className={`lc-feedback ${result.correct ? "lc-feedback-right" : "lc-feedback-wrong"}`}>
      <p className="lc-feedback-verdict">
        <span className={`badge ${result.correct ? "badge-ready" : "badge-failed"}`}>
          {result.correct ? "✓ Correct" : "✗ Incorrect"}
        </span>
        {!result.correct && correctOption !== undefined && (
          <span>
            {" "}
            The correct answer: <strong>{correctOption}</strong>
          </span>
        )}
      </p>
      {explanation && <Markdown>{explanation}</Markdown>}
    </div>
  );
}

/** How an option reads once the quiz is checked (its class and a note for screen readers). */
export function optionMark(result: QuizQuestionResult | undefined, option: number) {
  if (!result) return { className: "", note: "" };
  if (option === result.correctIndex) {
    return { className: "lc-option-right", note: option === result.chosen ? " (your answer, correct)" : " (correct answer)" };
  }
  if (option === result.chosen) return { className: "lc-option-wrong", note: " (your answer)" };
  return { className: "", note: "" };
}
