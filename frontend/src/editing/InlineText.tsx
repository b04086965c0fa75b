import { useId, useState, type FormEvent } from "react";

/** A one-line form: rename something, or add something named. */
export function InlineText({ label, initial = "", submitLabel, onSubmit, onCancel }: {
  label: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    setBusy(true);
    const done = await onSubmit(value);
    setBusy(false);
    if (done && !initial) setText("");
  }

  return (
    <form className="row inline-text" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="text" maxLength={200} value={text} onChange={(e) => setText(e.target.value)} placeholder={label} autoFocus={Boolean(initial)} />
      <button type="submit" className="btn btn-small" disabled={busy || !text.trim()}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="btn btn-small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      )}
    </form>
  );
}
