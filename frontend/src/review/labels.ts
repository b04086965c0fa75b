import type { ApprovalStatus, FlagReason, LearningStyle, MentorTier, ReviewDecision } from "../graphql/graphql";
import { STYLE_GUIDE } from "../learningStyles";

export const FLAG_REASONS: { value: FlagReason; label: string; hint: string }[] = [
  { value: "INCORRECT", label: "Incorrect", hint: "Something in it is wrong" },
  { value: "OUTDATED", label: "Outdated", hint: "It describes an old version" },
  { value: "UNSAFE", label: "Unsafe", hint: "It suggests something harmful or insecure" },
  { value: "OFF_TOPIC", label: "Off topic", hint: "It is not about this lesson's subject" },
  { value: "OTHER", label: "Other", hint: "Tell us in the details" },
];

export const FLAG_LABEL = Object.fromEntries(FLAG_REASONS.map((r) => [r.value, r.label])) as Record<FlagReason, string>;

export const STATUS_LABEL: Record<ApprovalStatus, string> = {
  PENDING: "Awaiting review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  MENTOR_VERIFIED: "Mentor verified",
};

export const DECISION_LABEL: Record<ReviewDecision, string> = {
  APPROVE: "Approve",
  REJECT: "Reject",
  REQUEST_CHANGES: "Request changes",
  VERIFY: "Verify as a senior mentor",
};

export const TIER_LABEL: Record<MentorTier, string> = {
  CONTRIBUTOR: "Contributor",
  MENTOR: "Mentor",
  SENIOR_MENTOR: "Senior mentor",
};

export const styleLabel = (style: LearningStyle) => STYLE_GUIDE[style].label;
