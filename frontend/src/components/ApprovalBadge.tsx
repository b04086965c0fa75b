import type { ApprovalStatus } from "../graphql/graphql";
import { STATUS_LABEL } from "../review/labels";

const TONE: Record<ApprovalStatus, string> = {
  PENDING: "",
  APPROVED: "badge-ready",
  MENTOR_VERIFIED: "badge-ready",
  REJECTED: "badge-failed",
};

/** Where a shared lesson stands in the community's review. */
export function ApprovalBadge({ status }: { status: ApprovalStatus }) {
  return (
    <span className={`badge ${TONE[status]}`} data-approval={status} title="Community review">
      {STATUS_LABEL[status]}
    </span>
  );
}
