import { useState } from "react";

import { InlineText } from "./InlineText";

/** Rename, move up, move down, remove: for one module or lesson named `title`. */
export function EditControls({ kind, title, index, count, onRename, onMove, onRemove }: {
  kind: "module" | "lesson";
  title: string;
  index: number;
  count: number;
  onRename: (title: string) => Promise<boolean>;
  onMove: (position: number) => Promise<boolean>;
  onRemove: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  if (renaming) {
    return (
      <InlineText
        label={`New name for the ${kind} “${title}”`}
        initial={title}
        submitLabel="Save"
        onCancel={() => setRenaming(false)}
        onSubmit={async (text) => {
          const done = await onRename(text);
          if (done) setRenaming(false);
          return done;
        }}
      />
    );
  }
  return (
    <span className="row edit-controls" role="group" aria-label={`Edit the ${kind} “${title}”`}>
      <button type="button" className="btn btn-small" onClick={() => setRenaming(true)}>
        Rename<span className="visually-hidden"> “{title}”</span>
      </button>
      <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => void onMove(index - 1)}>
        ↑<span className="visually-hidden"> Move “{title}” up</span>
      </button>
      <button type="button" className="btn btn-small" disabled={index >= count - 1} onClick={() => void onMove(index + 1)}>
        ↓<span className="visually-hidden"> Move “{title}” down</span>
      </button>
      <button type="button" className="btn btn-small btn-danger" onClick={onRemove}>
        Remove<span className="visually-hidden"> “{title}”</span>
      </button>
    </span>
  );
}
