export { LessonContentView, type LessonContentViewProps } from "./LessonContentView";
export { StreamingPreview, type StreamingPreviewProps } from "./StreamingPreview";
export { StyleSelector, type LearningStyle, type StyleSelectorProps } from "./StyleSelector";
export { Quiz, type QuizProps } from "./Quiz";
export type { QuizQuestionResult, QuizScore } from "./quizTypes";
export { parseLesson, sourceIndex } from "./parse";
export type * from "./types";
