import { useRef, useState } from "react";

import { RegenerateForm } from "./RegenerateForm";
import type { useLessonActions } from "./useLessonActions";
import { VoteButtons } from "./VoteButtons";

type Content = { id: string; upvotes: number; downvotes: number; viewerVote: number; generationAttempt: number };

/** Under the lesson: complete it, vote on it, ask for a new version. */
export function LessonActions({ content, completed, working, actions }: {
  content: Content;
  completed: boolean;
  working: boolean;
  actions: ReturnType<typeof useLessonActions>;
}) {
  const [asking, setAsking] = useState(false);
  const regenerateButton = useRef<HTMLButtonElement>(null);

  function closeForm() {
    setAsking(false);
    window.setTimeout(() => regenerateButton.current?.focus(), 0);
  }

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
          aria-expanded={asking}
          onClick={() => setAsking((open) => !open)}
        >
          Regenerate…
        </button>
      </div>
      {content.generationAttempt > 1 && <p className="muted">Version {content.generationAttempt} of this lesson.</p>}
      {asking && (
        <RegenerateForm
          busy={actions.regenerating}
          onCancel={closeForm}
          onSubmit={(instruction) =>
            void actions.regenerate(instruction).then((asked) => {
              if (asked) closeForm();
            })
          }
        />
      )}
    </footer>
  );
}
