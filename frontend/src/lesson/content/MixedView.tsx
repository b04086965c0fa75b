import { ExerciseList, KeyConcepts, LessonQuiz, Part, SectionList, type ViewProps } from "./parts";
import type { MixedLesson } from "./types";
import { VideoPickCard } from "./VideoPickCard";

export function MixedView({ lesson, onSubmitQuiz, quizScore }: ViewProps<MixedLesson>) {
  return (
    <>
      <SectionList sections={lesson.sections} level={3} />
      <KeyConcepts concepts={lesson.key_concepts} />
      <ExerciseList exercises={lesson.exercises} />
      {lesson.videos.length > 0 && (
        <Part title="Videos">
          {lesson.videos.map((pick, i) => (
            <VideoPickCard key={`${pick.passage_id}-${i}`} pick={pick} />
          ))}
        </Part>
      )}
      <LessonQuiz quiz={lesson.quiz} onSubmitQuiz={onSubmitQuiz} quizScore={quizScore} />
    </>
  );
}
