import type { CareerStage, Difficulty, LearningStyle } from "../graphql/graphql";

export type Answers = {
  goal: string;
  experienceLevel: Difficulty;
  careerStage: CareerStage;
  industry: string;
  weeklyHours: number;
  preferredLanguage: string;
  learningStyle: LearningStyle;
};

export type StepProps = {
  answers: Answers;
  set: <K extends keyof Answers>(key: K, value: Answers[K]) => void;
  /** The field the server refused, if it is on this step. */
  invalid: keyof Answers | null;
  errorId: string;
};

export const FIRST_ANSWERS: Answers = {
  goal: "",
  experienceLevel: "BEGINNER",
  careerStage: "CAREER_CHANGER",
  industry: "",
  weeklyHours: 6,
  preferredLanguage: "en",
  learningStyle: "HANDS_ON",
};

export const STEPS = ["Your goal", "Your level", "Your time", "How you learn"] as const;

// The step of each field and the id of its control, to take the learner back to a field the
// server refused.
export const FIELDS: Record<keyof Answers, { step: number; control: string }> = {
  goal: { step: 0, control: "goal" },
  experienceLevel: { step: 1, control: "level-BEGINNER" },
  careerStage: { step: 1, control: "stage" },
  industry: { step: 2, control: "industry" },
  weeklyHours: { step: 2, control: "hours" },
  preferredLanguage: { step: 2, control: "language" },
  learningStyle: { step: 3, control: "style-HANDS_ON" },
};

/** What keeps the learner on this step, if anything. */
export function stepProblem(step: number, answers: Answers): string | null {
  if (step === 0 && !answers.goal.trim()) return "Tell us what you want to learn.";
  if (step === 2 && !(answers.weeklyHours >= 1 && answers.weeklyHours <= 80)) return "Weekly hours must be between 1 and 80.";
  return null;
}
