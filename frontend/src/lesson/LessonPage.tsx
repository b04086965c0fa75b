// One lesson: its content in the learner's style (or its generation, streamed live), the
// style selector, the quiz, completion, votes and regeneration.
import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";

import { ApprovalBadge } from "../components/ApprovalBadge";
import { queryGate } from "../components/QueryGate";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { StyleSelector } from "../components/StyleSelector";
import { useToasts } from "../components/Toasts";
import { useDocumentTitle } from "../components/useDocumentTitle";
import type { LearningStyle } from "../graphql/graphql";
import { WORKING, useLessonGeneration } from "../live/useGenerationEvents";
import { useLessonStream } from "../live/useLessonStream";
import { LessonContentView } from "./content/LessonContentView";
import { StreamingPreview } from "./content/StreamingPreview";
import { TutorPanel } from "../tutor/TutorPanel";
import { LessonActions } from "./LessonActions";
import { LessonNav } from "./LessonNav";
import { LESSON, START_LESSON } from "./operations";
import { useLessonActions } from "./useLessonActions";

/** Rendered with `key={lessonId}`: moving to another lesson starts from a clean page. */
export function LessonPage({ lessonId }: { lessonId: string }) {
  const toasts = useToasts();
  const { data, error, loading, refetch } = useQuery(LESSON, {
    variables: { id: lessonId },
    fetchPolicy: "cache-and-network",
  });
  const lesson = data?.lesson;
  useDocumentTitle(lesson?.title ?? "Lesson");
  const actions = useLessonActions(lessonId);
  const [pendingStyle, setPendingStyle] = useState<LearningStyle | null>(null);

  // Opening the lesson records it (progress, "continue where you left off"); bookkeeping only,
  // so a failure here is not the learner's concern.
  const [startLesson] = useMutation(START_LESSON);
  useEffect(() => {
    startLesson({ variables: { lessonId } }).catch(() => undefined);
  }, [lessonId, startLesson]);

  const working = lesson ? WORKING.has(lesson.generationStatus) : false;
  const finished = () => void refetch();
  // READY may be the first event (a lesson reused from another learner's is ready at once):
  // fetch the content whichever event says so.
  useLessonGeneration(lessonId, working, (status) => {
    if (status === "READY") finished();
    if (status === "FAILED") {
      finished();
      toasts.show({
        tone: "error",
        message: "The lesson could not be generated.",
        action: { label: "Retry", run: () => void actions.generate() },
      });
    }
  });
  const streamed = useLessonStream(lessonId, working, finished);

  const gate = queryGate({ loading, error, hasData: Boolean(data), refetch, what: "lesson" });
  if (gate || !lesson) return gate;

  const content = lesson.content;
  async function changeStyle(style: LearningStyle) {
    setPendingStyle(style);
    await actions.switchStyle(style);
    setPendingStyle(null);
  }

  return (
    <article className="lesson stack" aria-labelledby="lesson-title" data-content-id={content?.id}>
      <LessonNav moduleId={lesson.moduleId} lessonId={lesson.id} title={lesson.title} />
      <header className="stack">
        <div className="row lesson-title-row">
          <h1 id="lesson-title">{lesson.title}</h1>
          <StatusBadge status={lesson.generationStatus} />
          {content && (
            <span className="badge" title="Language of this lesson">
              <span className="visually-hidden">Language: </span>
              {content.language.toUpperCase()}
            </span>
          )}
          {content && <ApprovalBadge status={content.approvalStatus} />}
          {lesson.progress?.status === "COMPLETED" && <span className="badge badge-ready">Completed</span>}
        </div>
        <StyleSelector value={lesson.learningStyle} onChange={(style) => void changeStyle(style)} disabled={working || actions.switching} busyStyle={pendingStyle} />
      </header>

      {lesson.personalIntro && (
        <aside className="alert alert-info personal-intro" aria-label="For you">
          <strong>For you: </strong>
          {lesson.personalIntro}
        </aside>
      )}

      {working && (
        <section className="card stack" aria-labelledby="writing-title">
          <h2 id="writing-title" className="row">
            <Spinner inline decorative /> {content ? "Writing a new version…" : "Writing your lesson…"}
          </h2>
          <StreamingPreview text={streamed} />
        </section>
      )}

      {!content && !working && (
        <section className="card stack" aria-labelledby="generate-title">
          <h2 id="generate-title">{lesson.generationStatus === "FAILED" ? "This lesson could not be generated" : "This lesson hasn't been written yet"}</h2>
          <p>It is written for you on demand, grounded in official documentation and other developer sources, in about a minute.</p>
          <button type="button" className="btn btn-primary" disabled={actions.generating} onClick={() => void actions.generate()}>
            {lesson.generationStatus === "FAILED" ? "Try again" : "Generate this lesson"}
          </button>
        </section>
      )}

      {content && (
        <>
          <LessonContentView
            key={content.id}
            content={content.content}
            sourceAttribution={content.sourceAttribution}
            onSubmitQuiz={(answers) => actions.submitQuiz(content.id, answers)}
            quizScore={lesson.progress?.quizScore ?? null}
          />
          <LessonActions lessonId={lessonId} title={lesson.title} content={content} completed={lesson.progress?.status === "COMPLETED"} working={working} actions={actions} />
          <TutorPanel lessonId={lessonId} />
        </>
      )}
    </article>
  );
}
