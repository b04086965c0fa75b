"""Enumerations of the community domain, shared by models, services and the API."""

from __future__ import annotations

from django.db import models

from skillsync.learning.choices import ApprovalStatus


class FlagReason(models.TextChoices):
    INCORRECT = "incorrect", "Incorrect"
    OUTDATED = "outdated", "Outdated"
    UNSAFE = "unsafe", "Unsafe"
    OFF_TOPIC = "off_topic", "Off-topic"
    OTHER = "other", "Other"


class FlagResolution(models.TextChoices):
    """How a review settled a flag: ``upheld`` when the content was rejected, ``dismissed``
    when it was approved or verified. Empty while the flag is open."""

    OPEN = "", "Open"
    UPHELD = "upheld", "Upheld"
    DISMISSED = "dismissed", "Dismissed"


class ReviewDecision(models.TextChoices):
    APPROVE = "approve", "Approve"
    REJECT = "reject", "Reject"
    REQUEST_CHANGES = "request_changes", "Request changes"
    VERIFY = "verify", "Verify"


# The status a binding decision gives the content. Requested changes reject the version (it is
# not served again) and a revision steered by them replaces it for every learner holding it.
DECISION_STATUS: dict[str, str] = {
    ReviewDecision.APPROVE: ApprovalStatus.APPROVED,
    ReviewDecision.REJECT: ApprovalStatus.REJECTED,
    ReviewDecision.REQUEST_CHANGES: ApprovalStatus.REJECTED,
    ReviewDecision.VERIFY: ApprovalStatus.MENTOR_VERIFIED,
}
# Approved and mentor-verified content is vetted: both may be served, and a review approving
# content agrees with a later verification of it (and the other way round).
VETTED = frozenset({ApprovalStatus.APPROVED, ApprovalStatus.MENTOR_VERIFIED})


class ReviewOutcome(models.TextChoices):
    """What became of a review, judged against the content's binding status now: ``accepted``
    when they agree; a binding review that disagrees is ``overturned``; an advisory one that
    disagrees (or awaits a binding decision) has none."""

    NONE = "", "None yet"
    ACCEPTED = "accepted", "Accepted"
    OVERTURNED = "overturned", "Overturned"


class Tier(models.TextChoices):
    """Curation tiers, each allowed more than the one before (``permissions.py``)."""

    NONE = "none", "None"
    CONTRIBUTOR = "contributor", "Contributor"
    MENTOR = "mentor", "Mentor"
    SENIOR_MENTOR = "senior_mentor", "Senior mentor"


TIER_ORDER: tuple[str, ...] = (Tier.NONE, Tier.CONTRIBUTOR, Tier.MENTOR, Tier.SENIOR_MENTOR)


def tier_rank(tier: str) -> int:
    return TIER_ORDER.index(tier)


class ApprovalSource(models.TextChoices):
    """What caused a change of a content's status or of its hiding from reuse."""

    AUTO_VOTES = "auto_votes", "Votes (auto-approval)"
    REVIEW = "review", "Mentor review"
    FLAGS = "flags", "Flags"
    ADMIN = "admin", "Admin"


class QueueFilter(models.TextChoices):
    ALL = "all", "All"
    PENDING = "pending", "Pending"
    FLAGGED = "flagged", "Flagged"
