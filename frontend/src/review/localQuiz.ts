import type { QuizScore } from "../lesson/content/quizTypes";

type Stored = { options?: unknown; answer?: unknown; explanation?: unknown };

/** Reviewers see the stored lesson with its answers, so they can take its quiz right here:
 * scored in the page, nothing stored. */
export function scoreLocally(fullContent: unknown, answers: number[]): QuizScore {
  const quiz = (fullContent as { quiz?: { questions?: Stored[] } } | null)?.quiz;
  const questions = Array.isArray(quiz?.questions) ? quiz.questions : [];
  const results = questions.map((question, index) => {
    const options = Array.isArray(question.options) ? question.options : [];
    const correctIndex = options.indexOf(question.answer);
    const chosen = answers[index] ?? -1;
    return {
      chosen,
      correctIndex,
      correct: chosen === correctIndex && correctIndex >= 0,
      explanation: typeof question.explanation === "string" ? question.explanation : "",
    };
  });
  const correctCount = results.filter((r) => r.correct).length;
  const total = results.length;
  return { questions: results, correctCount, total, score: total ? Math.round((100 * correctCount) / total) : 0 };
}
