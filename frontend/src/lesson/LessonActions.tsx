import { useApolloClient } from "@apollo/client/react";
import { useRef, useState } from "react";

import { ExportButton } from "../components/ExportButton";
import { LESSON_MARKDOWN } from "./exportQueries";

import { FlagForm } from "./FlagForm";
import { RegenerateForm } from "./RegenerateForm";
import type { useLessonActions } from "./useLessonActions";
import { VoteButtons } from "./VoteButtons";

type Content = {
  id: string;
  upvotes: number;
  downvotes: number;
  viewerVote: number;
  viewerFlagged: boolean;
  generationAttempt: number;
};

/** Under the lesson: complete it, vote on it, ask for a new version. */
export function LessonActions({ lessonId, title, content, completed, working, actions }: {
  lessonId: string;
  title: string;
  content: Content;
  completed: boolean;
  working: boolean;
  actions: ReturnType<typeof useLessonActions>;
}) {
  const client = useApolloClient();
  const [open, setOpen] = useState<"regenerate" | "report" | null>(null);
  const regenerateButton = useRef<HTMLButtonElement>(null);
  const reportButton = useRef<HTMLButtonElement>(null);

  function close() {
    const button = open === "report" ? reportButton : regenerateButton;
    setOpen(null);
    window.setTimeout(() => button.current?.focus(), 0);
  }
  const toggle = (form: "regenerate" | "report") => setOpen((current) => (current === form ? null : form));

  return (
    <footer className="card stack lesson-actions" aria-label="Lesson actions">
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={completed || actions.completing} onClick={() => void actions.complete()}>
          {completed ? "Completed ✓" : "Mark as complete"}
        </button>
        <VoteButtons contentId={content.id} upvotes={content.upvotes} downvotes={content.downvotes} viewerVote={content.viewerVote} />
        <button
          ref={regenerateButton}
          type="button"
          className="btn"
          disabled={working}
          aria-expanded={open === "regenerate"}
          onClick={() => toggle("regenerate")}
        >
          Regenerate…
        </button>
        <button ref={reportButton} type="button" className="btn" aria-expanded={open === "report"} onClick={() => toggle("report")}>
          Report a problem…
        </button>
        <ExportButton
          title={title}
          label="Download as Markdown"
          load={async () => {
            const { data } = await client.query({ query: LESSON_MARKDOWN, variables: { lessonId }, fetchPolicy: "network-only" });
            return data?.lessonMarkdown ?? "";
          }}
        />
      </div>
      {content.generationAttempt > 1 && <p className="muted">Version {content.generationAttempt} of this lesson.</p>}
      {open === "regenerate" && (
        <RegenerateForm
          busy={actions.regenerating}
          onCancel={close}
          onSubmit={(instruction) =>
            void actions.regenerate(instruction).then((asked) => {
              if (asked) close();
            })
          }
        />
      )}
      {open === "report" && <FlagForm contentId={content.id} flagged={content.viewerFlagged} onDone={close} />}
    </footer>
  );
}
