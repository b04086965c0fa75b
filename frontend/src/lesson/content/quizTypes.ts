export interface QuizQuestionResult {
  chosen: number;
  correctIndex: number;
  correct: boolean;
  explanation: string; // Markdown
}

export interface QuizScore {
  /** Percentage, 0–100 (as the learner's stored quizScore). */
  score: number;
  correctCount: number;
  total: number;
  questions: QuizQuestionResult[];
}
