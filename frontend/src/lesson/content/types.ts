// Lesson content as the backend stores it (skillsync/generation/styles/schemas.py): the JSON
// is the pydantic models dumped, so keys stay snake_case here; parse.ts checks every field.

export type Difficulty = "beginner" | "intermediate" | "advanced";
export type LessonStyleKey = "hands_on" | "video" | "reading" | "mixed";

export interface Section {
  heading: string;
  body: string; // Markdown
  cites: string[];
}

/** A question as learners receive it: no answer and no explanation (the server scores the
 * answers and returns the explanations with the score). */
export interface QuizQuestion {
  question: string;
  options: string[];
  cites: string[];
}

export interface CodeExample {
  language: string;
  code: string;
  explanation: string; // Markdown
  cites: string[];
}

export interface Exercise {
  title: string;
  objective: string;
  difficulty: Difficulty | null;
  instructions: string; // Markdown
  language: string;
  starter_code: string;
  expected_output: string;
  hints: string[]; // Markdown
  solution: string;
  cites: string[];
}

export interface PracticeProject {
  title: string;
  description: string; // Markdown
  requirements: string[]; // Markdown
  starter_template: string;
  estimated_minutes: number | null;
}

export interface Chapter {
  start_seconds: number;
  title: string;
}

export interface VideoPick {
  passage_id: string;
  why_watch: string; // Markdown
  look_for: string[]; // Markdown
  chapters: Chapter[];
}

interface LessonBase {
  title: string;
  summary: string;
  key_concepts: string[];
  /** null when the lesson has no usable quiz (missing, or a question was malformed). */
  quiz: QuizQuestion[] | null;
}

export interface HandsOnLesson extends LessonBase {
  style: "hands_on";
  introduction: Section[];
  exercises: Exercise[];
  project: PracticeProject | null;
}

export interface VideoLesson extends LessonBase {
  style: "video";
  videos: VideoPick[];
  search_terms: string[];
  study_guide: Section[];
}

export interface ReadingLesson extends LessonBase {
  style: "reading";
  sections: Section[];
  code_examples: CodeExample[];
  diagrams: string[]; // Mermaid source
  key_takeaways: string[]; // Markdown
}

export interface MixedLesson extends LessonBase {
  style: "mixed";
  sections: Section[];
  exercises: Exercise[];
  videos: VideoPick[];
}

export type ParsedLesson = HandsOnLesson | VideoLesson | ReadingLesson | MixedLesson;

export interface SourceInfo {
  url: string | null; // http(s) only
  title: string;
  source: string; // the research source type, e.g. "offline_docs", "youtube"
  author: string;
  licence: string;
}

export type SourceIndex = Map<string, SourceInfo>;
