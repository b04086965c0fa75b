import { useMemo } from "react";
import "./content.css";
import { HandsOnView } from "./HandsOnView";
import { LessonSourcesContext, type LessonSources } from "./LessonContext";
import { Markdown } from "./Markdown";
import { MixedView } from "./MixedView";
import { parseLesson, sourceIndex } from "./parse";
import type { QuizScore } from "./quizTypes";
import { ReadingView } from "./ReadingView";
import { citationNumbers, citedIn, groupSources } from "./sources";
import { SourcesPanel } from "./SourcesPanel";
import type { ParsedLesson } from "./types";
import { VideoView } from "./VideoView";

export interface LessonContentViewProps {
  /** LessonContent.content from GraphQL (JSON, untrusted). */
  content: unknown;
  /** LessonContent.sourceAttribution from GraphQL: { <source type>: [{passage_id, url, …}] }. */
  sourceAttribution: unknown;
  onSubmitQuiz: (answers: number[]) => Promise<QuizScore>;
  /** The learner's previous quiz score, a percentage. */
  quizScore?: number | null;
}

function StyleView({ lesson, ...rest }: { lesson: ParsedLesson } & Omit<LessonContentViewProps, "content" | "sourceAttribution">) {
  switch (lesson.style) {
    case "hands_on":
      return <HandsOnView lesson={lesson} {...rest} />;
    case "video":
      return <VideoView lesson={lesson} {...rest} />;
    case "reading":
      return <ReadingView lesson={lesson} {...rest} />;
    case "mixed":
      return <MixedView lesson={lesson} {...rest} />;
  }
}

export function LessonContentView({ content, sourceAttribution, onSubmitQuiz, quizScore = null }: LessonContentViewProps) {
  const lesson = useMemo(() => parseLesson(content), [content]);
  const sources = useMemo(() => sourceIndex(sourceAttribution), [sourceAttribution]);
  const cited = useMemo(() => (lesson ? citedIn(lesson) : new Map<string, string[]>()), [lesson]);
  const context = useMemo<LessonSources>(
    () => ({ sources, numbers: citationNumbers(groupSources(sources, cited).cited) }),
    [sources, cited],
  );

  if (!lesson) {
    return (
      <div role="alert" className="alert alert-error">
        This lesson’s content could not be read, so it cannot be shown. Try reloading the page, or
        ask for the lesson to be generated again.
      </div>
    );
  }
  return (
    <LessonSourcesContext.Provider value={context}>
      <article className="lc-lesson stack">
        <header className="stack">
          <h2 className="lc-title">{lesson.title || "Untitled lesson"}</h2>
          {lesson.summary && <Markdown className="lc-summary">{lesson.summary}</Markdown>}
        </header>
        <StyleView lesson={lesson} onSubmitQuiz={onSubmitQuiz} quizScore={quizScore} />
        <SourcesPanel sources={sources} citedIn={cited} />
      </article>
    </LessonSourcesContext.Provider>
  );
}
