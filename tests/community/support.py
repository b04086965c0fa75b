"""Curation test data: learners holding shared content, curators of each tier, authors, shared
devices — all through our services or the ORM, as the product makes them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from skillsync.accounts.models import Role, User
from skillsync.accounts.sessions import session_start
from skillsync.community.choices import Tier
from skillsync.community.models import ApprovalEvent, ContentFlag, MentorReview, ReviewVote
from skillsync.community.reputation import curation_tier_set
from skillsync.core.request_meta import RequestMeta
from skillsync.generation.models import GenerationRequest
from skillsync.learning.models import Lesson, LessonContent
from skillsync.learning.services import lesson_start, onboarding_complete
from tests.conftest import new_roadmap, profile_input
from tests.factories import UserFactory
from tests.learning.support import holding, quiz_content

__all__ = ["holding", "quiz_content"]


def lesson_of(user: User) -> Lesson:
    """The user's first planned lesson (onboarding them if they have no roadmap yet)."""
    lesson = (
        Lesson.objects.filter(module__roadmap__owner=user)
        .order_by("module__roadmap__created_at", "module__position", "position")
        .select_related("module__roadmap")
        .first()
    )
    if lesson is None:
        onboarding_complete(user=user, profile=profile_input(goal="Learn Python"))
        return lesson_of(user)
    return lesson


def learner(**fields: Any) -> User:
    """A new learner with a planned roadmap (an established account unless told)."""
    roadmap = new_roadmap()
    user: User = roadmap.owner
    if fields:
        User.objects.filter(pk=user.pk).update(**fields)
        user.refresh_from_db()
    return user


def holder(content: LessonContent, user: User | None = None, *, opened: bool = True) -> User:
    """A learner whose first lesson shows ``content``, opened unless told."""
    user = user or learner()
    lesson = holding(lesson_of(user), content)
    if opened:
        lesson_start(user=user, lesson_id=lesson.id)
    return user


def curator(tier: str, **fields: Any) -> User:
    """A learner whose tier an admin pinned (``tier`` may be ``admin``: role ADMIN)."""
    if tier == "admin":
        return UserFactory.create(role=Role.ADMIN, **fields)
    user = UserFactory.create(**fields)
    if tier != Tier.NONE:
        curation_tier_set(actor=None, user_id=user.pk, tier=tier)
    return user


def new_account(user: User) -> User:
    """Make the account minutes old."""
    User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(minutes=5))
    user.refresh_from_db()
    return user


def authored(content: LessonContent, author: User) -> None:
    """Record ``author`` as the learner whose request generated ``content`` (what storing a
    generation does: tests/generation/test_queue.py checks it)."""
    LessonContent.objects.filter(pk=content.pk).update(author=author)
    content.author = author


def same_browser(
    *users: User, device_id: str = "shared-browser-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
) -> None:
    """Each user logs in from one and the same browser (the same device cookie)."""
    for user in users:
        session_start(user=user, device_id=device_id, meta=RequestMeta(None, ""))


def curation_snapshot(content: LessonContent) -> dict[str, Any]:
    """Everything curation may change about a content, to compare before and after."""
    fresh = LessonContent.objects.get(pk=content.pk)
    return {
        "status": fresh.approval_status,
        "hidden": fresh.hidden_from_reuse,
        "votes": (fresh.upvotes, fresh.downvotes, fresh.weighted_upvotes, fresh.weighted_downvotes),
        "vote_rows": fresh.votes.count(),
        "flags": list(ContentFlag.objects.values_list("id", "resolved_at").order_by("id")),
        "reviews": list(
            MentorReview.objects.values_list("id", "outcome", "helpful", "unhelpful").order_by("id")
        ),
        "review_votes": ReviewVote.objects.count(),
        "events": ApprovalEvent.objects.count(),
        "requests": GenerationRequest.objects.filter(kind="replace").count(),
    }
