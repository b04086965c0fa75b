import type { GenerationStatus } from "../graphql/graphql";
import { Spinner } from "./Spinner";

const LABELS: Record<GenerationStatus, string> = {
  NOT_STARTED: "Not generated",
  QUEUED: "Queued",
  GENERATING: "Generating",
  READY: "Ready",
  FAILED: "Failed",
};

export function StatusBadge({ status }: { status: GenerationStatus }) {
  const working = status === "QUEUED" || status === "GENERATING";
  const tone = status === "READY" ? "badge-ready" : status === "FAILED" ? "badge-failed" : working ? "badge-working" : "";
  return (
    <span className={`badge ${tone}`} data-status={status}>
      {working && <Spinner inline decorative />} {LABELS[status]}
    </span>
  );
}
