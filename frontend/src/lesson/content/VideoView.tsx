import { KeyConcepts, LessonQuiz, Part, SectionList, type ViewProps } from "./parts";
import { EXTERNAL_REL } from "./safeUrl";
import type { VideoLesson } from "./types";
import { VideoPickCard } from "./VideoPickCard";

const searchUrl = (term: string) => `https://www.youtube.com/results?search_query=${encodeURIComponent(term)}`;

function VideoSearches({ terms }: { terms: string[] }) {
  return (
    <div className="alert alert-info stack">
      <p>
        Research found no videos for this lesson.
        {terms.length > 0 ? " These searches should find good ones:" : " Search YouTube for the lesson's title to find some."}
      </p>
      {terms.length > 0 && (
        <ul>
          {terms.map((term, i) => (
            <li key={i}>
              <a href={searchUrl(term)} target="_blank" rel={EXTERNAL_REL}>
                {term}
              </a>{" "}
              <span className="visually-hidden">(YouTube search, opens in a new tab)</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function VideoView({ lesson, onSubmitQuiz, quizScore }: ViewProps<VideoLesson>) {
  return (
    <>
      <Part title="Videos">
        {lesson.videos.length > 0 ? (
          lesson.videos.map((pick, i) => <VideoPickCard key={`${pick.passage_id}-${i}`} pick={pick} />)
        ) : (
          <VideoSearches terms={lesson.search_terms} />
        )}
      </Part>
      {lesson.study_guide.length > 0 && (
        <Part title="Study guide">
          <SectionList sections={lesson.study_guide} level={4} />
        </Part>
      )}
      <KeyConcepts concepts={lesson.key_concepts} />
      <LessonQuiz quiz={lesson.quiz} onSubmitQuiz={onSubmitQuiz} quizScore={quizScore} />
    </>
  );
}
