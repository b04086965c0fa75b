"""GraphQL types of curation: flags, reviews, curators' standing and the review queue."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import strawberry
import strawberry_django
from strawberry.scalars import JSON
from strawberry.types import Info

from skillsync.api.enums import FlagReason, MentorTier, ReviewDecision
from skillsync.api.learning.types import LessonContentType, PageInfo
from skillsync.community import models
from skillsync.community.models import ReviewVote
from skillsync.community.permissions import Curator, Operation
from skillsync.community.queue import ReviewEntry, ReviewQueuePage


@strawberry_django.type(models.ContentFlag, name="ContentFlag")
class ContentFlagType:
    id: strawberry.ID
    reason: FlagReason
    details: str
    created_at: datetime


@strawberry_django.type(models.MentorReview, name="MentorReview")
class MentorReviewType:
    id: strawberry.ID
    decision: ReviewDecision
    comments: str
    binding: bool = strawberry_django.field(
        description="A mentor's decision (true), or a contributor's advice (false)."
    )
    created_at: datetime
    helpful: int
    unhelpful: int

    @strawberry_django.field(only=["requested_changes"])
    def requested_changes(self, root: models.MentorReview) -> str | None:
        return root.requested_changes or None

    @strawberry_django.field(
        only=["reviewer_tier"], description="The reviewer's tier when they reviewed."
    )
    def reviewer_tier(self, root: models.MentorReview) -> MentorTier | None:
        return MentorTier.of(root.reviewer_tier)

    @strawberry_django.field(description="The viewer's vote: 1 helpful, -1 unhelpful, 0 none.")
    def viewer_vote(self, root: models.MentorReview, info: Info[Any, Any]) -> int:
        rows = getattr(root, "viewer_review_votes", None)
        if rows is None:  # not loaded with the review (a single review): one query
            rows = list(ReviewVote.objects.filter(review=root, user=info.context.request.user))
        return int(rows[0].value) if rows else 0

    @strawberry_django.field(only=["reviewer_id"], description="Whether the viewer wrote it.")
    def mine(self, root: models.MentorReview, info: Info[Any, Any]) -> bool:
        return bool(root.reviewer_id == info.context.request.user.pk)


@strawberry.type(name="CurationProfile")
class CurationProfileType:
    tier: MentorTier | None
    reputation: int
    can_review: bool = strawberry.field(description="May see the queue and write reviews.")
    can_decide: bool = strawberry.field(description="Reviews are binding decisions.")
    can_verify: bool
    can_manage_tiers: bool

    @classmethod
    def of(cls, curator: Curator) -> CurationProfileType:
        return cls(
            tier=MentorTier.of(curator.tier),
            reputation=curator.reputation,
            can_review=curator.can(Operation.REVIEW),
            can_decide=curator.can(Operation.DECIDE),
            can_verify=curator.can(Operation.VERIFY),
            can_manage_tiers=curator.can(Operation.MANAGE_TIERS),
        )


@strawberry.type(name="ReviewItem")
class ReviewItem:
    """A shared lesson as curators see it."""

    _entry: strawberry.Private[ReviewEntry]

    @strawberry.field
    def content(self) -> LessonContentType:
        return cast(LessonContentType, self._entry.content)

    @strawberry.field(
        description="The stored lesson document, quiz answers and explanations included."
    )
    def full_content(self) -> JSON:
        return cast(JSON, self._entry.content.content)

    @strawberry.field(description="Learners with a lesson showing this content now.")
    def impact(self) -> int:
        return self._entry.impact

    @strawberry.field
    def open_flags(self) -> int:
        return self._entry.open_flags

    @strawberry.field(description="The reasons of the open flags, each once.")
    def flag_reasons(self) -> list[FlagReason]:
        return [FlagReason(reason) for reason in self._entry.flag_reasons]

    @strawberry.field
    def hidden_from_reuse(self) -> bool:
        return self._entry.content.hidden_from_reuse

    @strawberry.field(description="Every review of this content, newest first.")
    def reviews(self) -> list[MentorReviewType]:
        return cast(list[MentorReviewType], vars(self._entry.content)["review_list"])

    @strawberry.field(description="Whether the viewer's review would be a binding decision.")
    def can_decide(self) -> bool:
        return self._entry.refusal is None

    @strawberry.field(description="Why the viewer cannot decide, as a sentence; null if they can.")
    def blocked_reason(self) -> str | None:
        refusal = self._entry.refusal
        return None if refusal is None else refusal.message

    @strawberry.field(description="Pass as `after` for the entries that follow this one.")
    def cursor(self) -> str:
        return self._entry.cursor


@strawberry.type(name="ReviewQueueConnection")
class ReviewQueueConnection:
    """A page of the review queue: the most used lessons first, then the oldest."""

    nodes: list[ReviewItem]
    page_info: PageInfo
    total_count: int

    @classmethod
    def of(cls, page: ReviewQueuePage) -> ReviewQueueConnection:
        return cls(
            nodes=[ReviewItem(_entry=entry) for entry in page.entries],
            page_info=PageInfo(has_next_page=page.has_next_page, end_cursor=page.end_cursor),
            total_count=page.total_count,
        )
