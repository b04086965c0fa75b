"""Curators review shared lessons, and judge each other's reviews.

``content_review_create`` (``mentorReviewLesson``): contributors write advisory reviews (no
status change, one per contributor and content); mentors and above decide (binding): APPROVE
-> approved, REJECT -> rejected and a fresh replacement for every learner holding it,
REQUEST_CHANGES -> rejected as well (the version is not served again) and a revision steered by
the requested changes for every holder, VERIFY -> mentor_verified (senior mentors and admins).
What each tier may decide, and the refusals, are in ``permissions.py``. The content's row is
locked before its state is read, so two reviewers never both act on a stale status: the
second sees the first one's decision.

``content_status_admin_set`` (the Django admin's review queue): an admin sets a status
directly, binding like a review (flags settled, reviews' outcomes moved, a rejection replaced),
audited with source ``admin`` and no review row.

``review_vote_set`` (``voteReview``): a curator finds someone else's review helpful (1) or
unhelpful (-1), or withdraws (0); one vote per curator and review, serialised like votes on
lessons by an advisory lock on the pair; the reviewer's reputation moves with it.
"""

from __future__ import annotations

import uuid

from django.db import connection, transaction
from django.db.models import F

from skillsync.accounts.models import User
from skillsync.community.approval import status_change
from skillsync.community.choices import ApprovalSource, ReviewDecision
from skillsync.community.models import (
    COMMENTS_MAX_LENGTH,
    REQUESTED_CHANGES_MAX_LENGTH,
    ApprovalEvent,
    MentorReview,
    ReviewVote,
)
from skillsync.community.permissions import (
    Operation,
    decision_status,
    require,
    review_refusal,
)
from skillsync.community.reputation import VOTE_POINTS, reputation_add
from skillsync.community.selectors import (
    access_review,
    access_reviewable_content,
    content_state,
    curator_of,
    reviewer_conflict,
)
from skillsync.community.throttles import Action, curation_throttle
from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError
from skillsync.core.text import clean_paragraphs
from skillsync.learning.choices import ApprovalStatus

# The first key of this module's two-key advisory locks (votes on lessons use 7_301).
REVIEW_VOTE_LOCK_NAMESPACE = 7_302


@transaction.atomic
def content_review_create(
    *,
    reviewer: User,
    content_id: str | uuid.UUID,
    decision: str,
    comments: str,
    requested_changes: str | None = None,
) -> MentorReview:
    """Review shared content (see the module's description). Comments are required for a
    binding decision (at most 2000 characters); requested changes exactly with
    REQUEST_CHANGES (at most 500). Counts against the reviewer's review limit."""
    curator = curator_of(reviewer)
    require(curator, Operation.VIEW_ITEM)
    if decision not in ReviewDecision.values:
        raise InvalidInputError("decision", f"unknown decision {str(decision)[:20]!r}")
    content = access_reviewable_content(content_id=content_id, lock=True)
    binding = curator.can(Operation.DECIDE)
    text = clean_paragraphs("comments", comments, max_chars=COMMENTS_MAX_LENGTH, required=binding)
    changes = clean_paragraphs(
        "requested_changes",
        requested_changes,
        max_chars=REQUESTED_CHANGES_MAX_LENGTH,
        required=decision == ReviewDecision.REQUEST_CHANGES,
    )
    if changes and decision != ReviewDecision.REQUEST_CHANGES:
        raise InvalidInputError("requested_changes", "changes are requested with REQUEST_CHANGES")
    state = content_state(content)
    refusal = review_refusal(
        curator, state, decision, reviewer_conflict(user=reviewer, content=content)
    )
    if refusal is not None:
        raise refusal.error()
    if (
        not binding
        and MentorReview.objects.filter(reviewer=reviewer, content=content, binding=False).exists()
    ):
        raise SkillSyncError(
            ErrorCode.CONFLICT, "you reviewed this lesson already", field="content_id"
        )
    curation_throttle(user=reviewer, action=Action.REVIEW)
    review = MentorReview.objects.create(
        content=content,
        reviewer=reviewer,
        decision=decision,
        comments=text,
        requested_changes=changes,
        binding=binding,
        reviewer_tier=curator.tier,
        status_before=content.approval_status,
    )
    if binding:
        status_change(
            content,
            status=decision_status(decision, state),
            actor=reviewer,
            source=ApprovalSource.REVIEW,
            review=review,
            reason=text,
            instruction=changes,
        )
        review.refresh_from_db(fields=["outcome"])
    return review


ADMIN_STATUSES = frozenset(
    {ApprovalStatus.APPROVED, ApprovalStatus.REJECTED, ApprovalStatus.MENTOR_VERIFIED}
)


@transaction.atomic
def content_status_admin_set(
    *, actor: User, content_id: str | uuid.UUID, status: str, reason: str
) -> ApprovalEvent | None:
    """An admin (role ADMIN, else FORBIDDEN) gives shared content a status: approved,
    rejected or mentor_verified. INVALID_TRANSITION when nothing would change. Admins are
    trusted beyond conflicts of interest; the audit row names them."""
    if not curator_of(actor).admin:
        raise SkillSyncError(ErrorCode.FORBIDDEN, "only admins set a status directly")
    if status not in ADMIN_STATUSES:
        raise InvalidInputError("status", f"not a status to set: {str(status)[:20]!r}")
    content = access_reviewable_content(content_id=content_id, lock=True)
    state = content_state(content)
    if status == state.status and not state.flagged:
        raise SkillSyncError(ErrorCode.INVALID_TRANSITION, f"the lesson is already {status}")
    return status_change(
        content,
        status=status,
        actor=actor,
        source=ApprovalSource.ADMIN,
        reason=clean_paragraphs("reason", reason, max_chars=COMMENTS_MAX_LENGTH, required=True),
    )


@transaction.atomic
def review_vote_set(*, user: User, review_id: str | uuid.UUID, value: int) -> MentorReview:
    """Set the curator's vote on someone else's review: 1 helpful, -1 unhelpful, 0 withdraws.
    The reviewer gains 2 points for each helpful vote and loses 2 for each unhelpful one.
    Returns the review with its counts."""
    require(curator_of(user), Operation.VOTE_REVIEW)
    review = access_review(review_id=review_id)
    if value not in (-1, 0, 1):
        raise InvalidInputError("value", "a vote is 1 (helpful), -1 (unhelpful) or 0 (withdraw)")
    if review.reviewer_id == user.pk:
        raise SkillSyncError(ErrorCode.CONFLICT_OF_INTEREST, "you cannot vote on your own review")
    curation_throttle(user=user, action=Action.REVIEW_VOTE)
    _lock_pair(user_id=user.pk, review_id=review.pk)
    vote = ReviewVote.objects.filter(user=user, review=review).first()
    old = vote.value if vote is not None else 0
    if value != old:
        if vote is None:
            ReviewVote.objects.create(user=user, review=review, value=value)
        elif value == 0:
            vote.delete()
        else:
            vote.value = value
            vote.save(update_fields=["value", "updated_at"])
        helpful = int(value == 1) - int(old == 1)
        unhelpful = int(value == -1) - int(old == -1)
        MentorReview.objects.filter(pk=review.pk).update(
            helpful=F("helpful") + helpful, unhelpful=F("unhelpful") + unhelpful
        )
        if review.reviewer_id is not None:
            reputation_add(user_id=review.reviewer_id, points=VOTE_POINTS * (helpful - unhelpful))
    review.refresh_from_db()
    return review


def _lock_pair(*, user_id: uuid.UUID, review_id: uuid.UUID) -> None:
    """Until the transaction ends, this curator's other votes on this review wait here."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
            [REVIEW_VOTE_LOCK_NAMESPACE, f"{user_id}:{review_id}"],
        )
