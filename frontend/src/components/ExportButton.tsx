import { useState } from "react";

import { describeError } from "../api/errors";
import { downloadText, fileNameFor } from "./download";
import { useToasts } from "./Toasts";

/** Loads a Markdown export (a lesson or a module, with its sources) and downloads it. */
export function ExportButton({ load, title, label }: { load: () => Promise<string>; title: string; label: string }) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    try {
      downloadText(fileNameFor(title), await load());
    } catch (caught) {
      toasts.show({ tone: "error", message: describeError(caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="btn btn-small" onClick={() => void run()} disabled={busy}>
      {busy ? "Preparing…" : label}
    </button>
  );
}
