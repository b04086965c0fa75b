"""Reads of the community domain: who may curate, who wrote and judged a content, and the
objects curators reach by id. The review queue is in ``queue.py``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet, Sum
from django.utils import timezone

from skillsync.accounts.models import RefreshFamily, Role, User
from skillsync.community.choices import Tier, tier_rank
from skillsync.community.models import (
    ContentFlag,
    CurationProfile,
    LessonVote,
    MentorReview,
    ReviewVote,
)
from skillsync.community.permissions import ContentState, Curator
from skillsync.core.errors import NotFoundError
from skillsync.core.ids import parse_id
from skillsync.learning.choices import ProgressStatus
from skillsync.learning.models import LessonContent, LessonProgress


def lesson_votes_by(*, user: User) -> QuerySet[LessonVote]:
    return LessonVote.objects.filter(user=user)


def viewer_votes_prefetch(user: Any) -> Prefetch[Any]:
    """The viewer's vote on each content, loaded with the contents (``viewerVote``)."""
    return Prefetch("votes", queryset=lesson_votes_by(user=user), to_attr="viewer_votes")


def content_flags_by(*, user: User) -> QuerySet[ContentFlag]:
    return ContentFlag.objects.filter(user=user)


def viewer_flags_prefetch(user: Any) -> Prefetch[Any]:
    """The viewer's flags on each content, open or settled (``viewerFlagged``, and a
    reviewer's conflict of interest)."""
    return Prefetch("flags", queryset=content_flags_by(user=user), to_attr="viewer_flags")


def content_opened_by(*, user: User, content_id: uuid.UUID) -> bool:
    """Whether the user has opened one of their lessons that shows this content now (a
    progress row exists: ``startLesson`` or ``markLessonComplete`` ran)."""
    return LessonProgress.objects.filter(
        user=user, lesson__content_id=content_id, lesson__module__roadmap__owner=user
    ).exists()


def content_authors(*, content_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """The author of each content that has one (``LessonContent.author``: whoever asked for
    the generation that wrote it; a replacement's, the curator whose review asked for it)."""
    rows = LessonContent.objects.filter(pk__in=list(content_ids), author__isnull=False).values_list(
        "pk", "author_id"
    )
    return {content_id: author_id for content_id, author_id in rows}


def content_author_id(*, content_id: uuid.UUID) -> uuid.UUID | None:
    return content_authors(content_ids=[content_id]).get(content_id)


def shares_device(*, user_id: uuid.UUID, other_id: uuid.UUID) -> bool:
    """Whether two accounts ever logged in from the same browser (a device cookie in common,
    revoked sessions included)."""
    theirs = RefreshFamily.objects.filter(user_id=other_id).values("device_hash")
    return RefreshFamily.objects.filter(user_id=user_id, device_hash__in=theirs).exists()


def open_flags_weight(*, content_id: uuid.UUID) -> Any:
    """The summed weight of the content's open flags (a Decimal; 0 when none)."""
    total = ContentFlag.objects.filter(content_id=content_id, resolved_at__isnull=True).aggregate(
        total=Sum("weight")
    )["total"]
    return total or 0


def content_state(content: LessonContent) -> ContentState:
    open_flags = ContentFlag.objects.filter(content=content, resolved_at__isnull=True).count()
    return ContentState(
        status=content.approval_status, hidden=content.hidden_from_reuse, open_flags=open_flags
    )


def conflict_of_interest(
    *, user_id: uuid.UUID, author_id: uuid.UUID | None, voted: bool, flagged: bool
) -> str | None:
    """Why a curator may not review a content, as a sentence, or None."""
    if author_id is not None and author_id == user_id:
        return "You generated this lesson."
    if flagged:
        return "You flagged this lesson."
    if voted:
        return "You voted on this lesson."
    return None


def reviewer_conflict(*, user: User, content: LessonContent) -> str | None:
    """``conflict_of_interest`` for one content, from the database."""
    return conflict_of_interest(
        user_id=user.pk,
        author_id=content_author_id(content_id=content.pk),
        voted=LessonVote.objects.filter(user=user, content=content).exists(),
        flagged=ContentFlag.objects.filter(user=user, content=content).exists(),
    )


def reviewable_contents() -> QuerySet[LessonContent]:
    """Content curators may judge: shared content (a learner's personal version is served to
    nobody else, so it is nobody else's to judge)."""
    return LessonContent.objects.filter(personal_lesson__isnull=True)


def access_reviewable_content(*, content_id: str | uuid.UUID, lock: bool = False) -> LessonContent:
    """Shared content by id (NOT_FOUND for a missing id and for a personal version), locked
    for the rest of the transaction with ``lock``."""
    pk = parse_id(content_id, field="content_id")
    contents = reviewable_contents().filter(pk=pk)
    found = (contents.select_for_update() if lock else contents).first()
    if found is None:
        raise NotFoundError("lesson content")
    return found


def access_review(*, review_id: str | uuid.UUID) -> MentorReview:
    pk = parse_id(review_id, field="review_id")
    found = MentorReview.objects.filter(pk=pk).first()
    if found is None:
        raise NotFoundError("review")
    return found


def reviews_with_viewer_votes(*, viewer: User) -> QuerySet[MentorReview]:
    """Reviews, newest first, each with the viewer's vote on it (``viewer_review_votes``)."""
    return MentorReview.objects.order_by("-created_at", "id").prefetch_related(
        Prefetch(
            "votes",
            queryset=ReviewVote.objects.filter(user=viewer),
            to_attr="viewer_review_votes",
        )
    )


def active_learner(*, user: User) -> bool:
    """A learner who has shown enough of themselves to become a contributor: an account old
    enough, with enough completed lessons."""
    old_enough = user.date_joined <= timezone.now() - timedelta(
        days=settings.COMMUNITY_CONTRIBUTOR_ACCOUNT_DAYS
    )
    if not old_enough:
        return False
    needed = settings.COMMUNITY_CONTRIBUTOR_COMPLETED_LESSONS
    completed = LessonProgress.objects.filter(user=user, status=ProgressStatus.COMPLETED)
    return completed[:needed].count() >= needed


def tier_earned(*, reputation: int, active: bool) -> str:
    """The tier reputation earns (thresholds in COMMUNITY_TIER_REPUTATION); an active learner
    is at least a contributor."""
    earned: str = Tier.NONE
    for tier, threshold in settings.COMMUNITY_TIER_REPUTATION.items():
        if reputation >= threshold and tier_rank(tier) > tier_rank(earned):
            earned = tier
    if active and earned == Tier.NONE:
        earned = Tier.CONTRIBUTOR
    return earned


def curator_of(user: User) -> Curator:
    """The user's curation standing. The stored tier (earned or pinned); an unpinned tier of
    none is raised to contributor for an active learner (checked here, so a learner becomes a
    contributor the moment they qualify); role MENTOR is at least a mentor; role ADMIN may do
    everything."""
    profile = CurationProfile.objects.filter(user=user).first()
    tier = profile.tier if profile else Tier.NONE
    pinned = profile.tier_pinned if profile else False
    reputation = profile.reputation if profile else 0
    if user.role == Role.MENTOR and tier_rank(tier) < tier_rank(Tier.MENTOR):
        tier = Tier.MENTOR
    elif tier == Tier.NONE and not pinned and user.role == Role.LEARNER:
        tier = tier_earned(reputation=reputation, active=active_learner(user=user))
    return Curator(
        user_id=user.pk,
        tier=tier,
        admin=user.role == Role.ADMIN,
        reputation=reputation,
        pinned=pinned,
    )
