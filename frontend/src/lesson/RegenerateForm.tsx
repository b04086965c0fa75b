import { useId, useState, type FormEvent } from "react";

export const MAX_INSTRUCTION = 500;

/** Ask for a new version, optionally with a wish ("more examples from hospital wards"). */
export function RegenerateForm({ onSubmit, onCancel, busy }: {
  onSubmit: (instruction: string) => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const [instruction, setInstruction] = useState("");
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(instruction.trim());
  }

  return (
    <form className="card stack regenerate-form" onSubmit={submit} aria-label="Regenerate this lesson">
      <div className="field">
        <label htmlFor={id}>What should the new version do differently? (optional)</label>
        <textarea
          id={id}
          autoFocus
          rows={3}
          maxLength={MAX_INSTRUCTION}
          value={instruction}
          onChange={(e) => setInstruction(e.target.value)}
          aria-describedby={`${id}-count`}
        />
        <small id={`${id}-count`} className="muted">
          {instruction.length} / {MAX_INSTRUCTION} characters. Your current version is kept.
        </small>
      </div>
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? "Asking…" : "Write a new version"}
        </button>
        <button type="button" className="btn" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
