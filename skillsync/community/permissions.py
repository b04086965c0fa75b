"""Who may do what in curation: one table, read by every curation service.

| operation      | learner | contributor | mentor | senior mentor | admin |
| -------------- | ------- | ----------- | ------ | ------------- | ----- |
| vote, flag     | yes     | yes         | yes    | yes           | yes   |
| view queue     |         | yes         | yes    | yes           | yes   |
| view item      |         | yes         | yes    | yes           | yes   |
| review         |         | advisory    | yes    | yes           | yes   |
| vote on review |         | yes         | yes    | yes           | yes   |
| decide         |         |             | yes    | yes           | yes   |
| verify         |         |             |        | yes           | yes   |
| overturn       |         |             |        | yes           | yes   |
| manage tiers   |         |             |        |               | yes   |

*Decide* is a binding APPROVE / REJECT / REQUEST_CHANGES on content open to mentors: pending,
or approved and flagged. Anything else that changes a decided lesson (verified or rejected
content, approved content nobody flagged) is *overturning*. Voting and flagging still need a
lesson showing the content, opened (``access_lesson_content``, ``content_opened_by``).

Refusals: FORBIDDEN for an operation the tier lacks; CONFLICT_OF_INTEREST for content the
reviewer generated, voted on or flagged; INVALID_TRANSITION for a decision that would change
nothing (approving approved content nobody flagged, rejecting rejected content...).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from skillsync.community.choices import DECISION_STATUS, ReviewDecision, Tier
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.choices import ApprovalStatus


class Operation(StrEnum):
    VOTE = "vote"
    FLAG = "flag"
    VIEW_QUEUE = "view_queue"
    VIEW_ITEM = "view_item"
    REVIEW = "review"
    VOTE_REVIEW = "vote_review"
    DECIDE = "decide"
    VERIFY = "verify"
    OVERTURN = "overturn"
    MANAGE_TIERS = "manage_tiers"


_LEARNER = frozenset({Operation.VOTE, Operation.FLAG})
_CONTRIBUTOR = _LEARNER | {
    Operation.VIEW_QUEUE,
    Operation.VIEW_ITEM,
    Operation.REVIEW,
    Operation.VOTE_REVIEW,
}
_MENTOR = _CONTRIBUTOR | {Operation.DECIDE}
_SENIOR = _MENTOR | {Operation.VERIFY, Operation.OVERTURN}

TIER_OPERATIONS: dict[str, frozenset[Operation]] = {
    Tier.NONE: _LEARNER,
    Tier.CONTRIBUTOR: _CONTRIBUTOR,
    Tier.MENTOR: _MENTOR,
    Tier.SENIOR_MENTOR: _SENIOR,
}
ADMIN_OPERATIONS = frozenset(Operation)


@dataclass(frozen=True)
class Curator:
    """A user as curation sees them: their effective tier (``selectors.curator_of``), whether
    they are an admin (role ADMIN: every operation), their reputation and whether an admin
    pinned their tier."""

    user_id: object
    tier: str
    admin: bool
    reputation: int = 0
    pinned: bool = False

    @property
    def operations(self) -> frozenset[Operation]:
        return ADMIN_OPERATIONS if self.admin else TIER_OPERATIONS[self.tier]

    def can(self, operation: Operation) -> bool:
        return operation in self.operations


def require(curator: Curator, operation: Operation) -> None:
    """FORBIDDEN unless the curator may perform ``operation``."""
    if not curator.can(operation):
        raise SkillSyncError(ErrorCode.FORBIDDEN, _FORBIDDEN[operation])


_FORBIDDEN = {
    Operation.VOTE: "you may not vote",
    Operation.FLAG: "you may not flag lessons",
    Operation.VIEW_QUEUE: "the review queue is for contributors and mentors",
    Operation.VIEW_ITEM: "reviews are for contributors and mentors",
    Operation.REVIEW: "reviews are for contributors and mentors",
    Operation.VOTE_REVIEW: "votes on reviews are for contributors and mentors",
    Operation.DECIDE: "decisions are for mentors",
    Operation.VERIFY: "only senior mentors verify lessons",
    Operation.OVERTURN: "only senior mentors change a lesson that was already decided",
    Operation.MANAGE_TIERS: "only admins grant and revoke tiers",
}


@dataclass(frozen=True)
class ContentState:
    """What a decision on a content depends on, read under the content's row lock."""

    status: str
    hidden: bool
    open_flags: int

    @property
    def flagged(self) -> bool:
        return self.hidden or self.open_flags > 0

    @property
    def open_to_mentors(self) -> bool:
        """Pending, or approved and flagged: a mentor's to decide. Anything else is settled
        (verified by a senior, rejected, or approved with nobody objecting)."""
        return self.status == ApprovalStatus.PENDING or (
            self.status == ApprovalStatus.APPROVED and self.flagged
        )

    @property
    def awaiting_review(self) -> bool:
        """In the review queue: pending or flagged, and not rejected (never served again)."""
        return self.status != ApprovalStatus.REJECTED and (
            self.status == ApprovalStatus.PENDING or self.flagged
        )


def decision_status(decision: str, state: ContentState) -> str:
    """The status ``decision`` gives content in ``state``. Approving verified content keeps
    it verified (both are vetted)."""
    if decision == ReviewDecision.APPROVE and state.status == ApprovalStatus.MENTOR_VERIFIED:
        return ApprovalStatus.MENTOR_VERIFIED
    return DECISION_STATUS[decision]


@dataclass(frozen=True)
class Refusal:
    code: ErrorCode
    message: str

    def error(self) -> SkillSyncError:
        return SkillSyncError(self.code, self.message)


def review_refusal(
    curator: Curator, state: ContentState, decision: str | None, conflict: str | None
) -> Refusal | None:
    """Why ``curator`` may not review content in ``state`` with ``decision`` (None: any
    binding decision, as the queue's ``canDecide`` asks), or None when they may. The
    operation itself (VIEW_ITEM) is checked before. ``conflict`` is the reviewer's conflict of
    interest, if any (``selectors.conflict_of_interest``)."""
    if decision is None and not curator.can(Operation.DECIDE):
        return Refusal(ErrorCode.FORBIDDEN, "Your reviews are advisory: a mentor decides.")
    if decision == ReviewDecision.VERIFY and not curator.can(Operation.VERIFY):
        return Refusal(ErrorCode.FORBIDDEN, "Only senior mentors verify lessons.")
    if conflict is not None:
        return Refusal(ErrorCode.CONFLICT_OF_INTEREST, conflict)
    unchanged = decision is not None and decision_status(decision, state) == state.status
    if unchanged and not state.flagged:  # nothing would change: no status, no flags to settle
        return Refusal(ErrorCode.INVALID_TRANSITION, f"This lesson is already {state.status}.")
    if not state.open_to_mentors and not curator.can(Operation.OVERTURN):
        return Refusal(
            ErrorCode.FORBIDDEN,
            f"This lesson is {state.status}: only a senior mentor can change that.",
        )
    return None
