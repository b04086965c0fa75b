// One lesson: its content in the learner's style (or its generation, streamed live), the
// style selector, the quiz, completion, votes and regeneration.
import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useParams } from "react-router";

import { describeError, toApiError } from "../api/errors";
import { ErrorMessage } from "../components/ErrorMessage";
import { NotFound } from "../components/NotFound";
import { Spinner } from "../components/Spinner";
import { StatusBadge } from "../components/StatusBadge";
import { useToasts } from "../components/Toasts";
import { useDocumentTitle } from "../components/useDocumentTitle";
import type { LearningStyle } from "../graphql/graphql";
import { WORKING, useLessonGeneration } from "../roadmap/useGenerationEvents";
import { LessonContentView } from "./content/LessonContentView";
import type { QuizScore } from "./content/Quiz";
import { StreamingPreview } from "./content/StreamingPreview";
import { StyleSelector } from "./content/StyleSelector";
import { LessonNav } from "./LessonNav";
import { GENERATE_LESSON, LESSON, MARK_COMPLETE, REGENERATE, START_LESSON, SUBMIT_QUIZ, SWITCH_STYLE } from "./operations";
import { RegenerateForm } from "./RegenerateForm";
import { useLessonStream } from "./useLessonStream";
import { VoteButtons } from "./VoteButtons";

export function LessonPage() {
  const { lessonId = "" } = useParams();
  const toasts = useToasts();
  const { data, error, loading, refetch } = useQuery(LESSON, {
    variables: { id: lessonId },
    fetchPolicy: "cache-and-network",
  });
  const lesson = data?.lesson;
  useDocumentTitle(lesson?.title ?? "Lesson");

  const [startLesson] = useMutation(START_LESSON);
  const [generate, generateState] = useMutation(GENERATE_LESSON);
  const [switchStyle, switchState] = useMutation(SWITCH_STYLE);
  const [regenerate, regenerateState] = useMutation(REGENERATE);
  const [markComplete, completeState] = useMutation(MARK_COMPLETE);
  const [submitQuiz] = useMutation(SUBMIT_QUIZ);
  const [regenerating, setRegenerating] = useState(false);
  const [pendingStyle, setPendingStyle] = useState<LearningStyle | null>(null);

  // Opening the lesson records it (progress, "continue where you left off").
  useEffect(() => {
    if (lessonId) startLesson({ variables: { lessonId } }).catch(() => undefined);
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
        action: { label: "Retry", run: () => void run(() => generate({ variables: { lessonId } })) },
      });
    }
  });
  const streamed = useLessonStream(lessonId, working, finished);

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      if (success) toasts.show({ tone: "success", message: success });
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    }
  }

  if (loading && !data) return <Spinner label="Loading the lesson…" />;
  if (error && !data) {
    const code = toApiError(error).code;
    if (code === "NOT_FOUND" || code === "INVALID_ID") return <NotFound what="lesson" />;
    return <ErrorMessage error={error} retry={() => void refetch()} />;
  }
  if (!lesson) return null;

  const content = lesson.content;
  const completed = lesson.progress?.status === "COMPLETED";

  async function onSubmitQuiz(answers: number[]): Promise<QuizScore> {
    const result = await submitQuiz({ variables: { lessonId, answers } });
    if (!result.data) throw new Error("No result");
    return result.data.submitQuiz;
  }

  async function changeStyle(style: LearningStyle) {
    setPendingStyle(style);
    await run(() => switchStyle({ variables: { lessonId, style } }));
    setPendingStyle(null);
  }

  return (
    <article className="lesson stack" aria-labelledby="lesson-title">
      <LessonNav moduleId={lesson.moduleId} lessonId={lesson.id} title={lesson.title} />
      <header className="stack">
        <div className="row lesson-title-row">
          <h1 id="lesson-title">{lesson.title}</h1>
          <StatusBadge status={lesson.generationStatus} />
          {content && <span className="badge" title="Language of this lesson">{content.language.toUpperCase()}</span>}
          {completed && <span className="badge badge-ready">Completed</span>}
        </div>
        <div className="lesson-style">
          <h2 className="visually-hidden">Learning style</h2>
          <StyleSelector value={lesson.learningStyle} onChange={(style) => void changeStyle(style)} disabled={working || switchState.loading} busyStyle={pendingStyle} />
        </div>
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
            <Spinner inline label="Writing" /> {content ? "Writing a new version…" : "Writing your lesson…"}
          </h2>
          <StreamingPreview text={streamed} />
        </section>
      )}

      {!content && !working && (
        <section className="card stack" aria-labelledby="generate-title">
          <h2 id="generate-title">{lesson.generationStatus === "FAILED" ? "This lesson could not be generated" : "This lesson hasn't been written yet"}</h2>
          <p>It is written for you on demand, grounded in official documentation and other developer sources, in about a minute.</p>
          <button type="button" className="btn btn-primary" disabled={generateState.loading} onClick={() => void run(() => generate({ variables: { lessonId } }))}>
            {lesson.generationStatus === "FAILED" ? "Try again" : "Generate this lesson"}
          </button>
        </section>
      )}

      {content && (
        <LessonContentView content={content.content} sourceAttribution={content.sourceAttribution} onSubmitQuiz={onSubmitQuiz} quizScore={lesson.progress?.quizScore ?? null} />
      )}

      {content && (
        <footer className="card stack lesson-actions" aria-label="Lesson actions">
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={completed || completeState.loading}
              onClick={() => void run(() => markComplete({ variables: { lessonId } }), "Lesson completed. Well done!")}
            >
              {completed ? "Completed ✓" : "Mark as complete"}
            </button>
            <VoteButtons contentId={content.id} upvotes={content.upvotes} downvotes={content.downvotes} viewerVote={content.viewerVote} />
            {!regenerating && (
              <button type="button" className="btn" disabled={working} onClick={() => setRegenerating(true)}>
                Regenerate…
              </button>
            )}
          </div>
          {content.generationAttempt > 1 && <p className="muted">Version {content.generationAttempt} of this lesson.</p>}
          {regenerating && (
            <RegenerateForm
              busy={regenerateState.loading}
              onCancel={() => setRegenerating(false)}
              onSubmit={(instruction) =>
                void run(async () => {
                  await regenerate({ variables: { lessonId, instruction: instruction || null } });
                  setRegenerating(false);
                }, "A new version is on its way. Your current one stays until it's ready.")
              }
            />
          )}
        </footer>
      )}
    </article>
  );
}
