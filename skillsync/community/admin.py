from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Model, QuerySet
from django.http import HttpRequest

from skillsync.accounts.models import User
from skillsync.community.models import (
    ApprovalEvent,
    ContentFlag,
    CurationProfile,
    LessonVote,
    MentorReview,
    ReviewQueueEntry,
)
from skillsync.community.queue import ordered_queue
from skillsync.community.reputation import curation_tier_set
from skillsync.community.reviews import content_status_admin_set
from skillsync.core.errors import SkillSyncError
from skillsync.learning.choices import ApprovalStatus


class _ReadOnly[M: Model](admin.ModelAdmin[M]):
    """Rows written only by the community services (counts, reputation and the audit follow
    them): an edit here would put those out of step."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(LessonVote)
class LessonVoteAdmin(_ReadOnly[LessonVote]):
    list_display = ["created_at", "updated_at", "value", "weight", "content", "user"]
    list_filter = ["value"]
    raw_id_fields = ["content", "user"]


@admin.register(ContentFlag)
class ContentFlagAdmin(_ReadOnly[ContentFlag]):
    """Flags are settled by a binding review of their content (see the review queue)."""

    list_display = ["created_at", "reason", "weight", "content", "user", "resolution"]
    list_filter = ["reason", "resolution"]
    search_fields = ["details", "content__topic"]
    raw_id_fields = ["content", "user", "resolved_by"]
    date_hierarchy = "created_at"


@admin.register(MentorReview)
class MentorReviewAdmin(_ReadOnly[MentorReview]):
    list_display = [
        "created_at",
        "decision",
        "binding",
        "reviewer",
        "reviewer_tier",
        "content",
        "outcome",
        "helpful",
        "unhelpful",
    ]
    list_filter = ["decision", "binding", "outcome", "reviewer_tier"]
    search_fields = ["comments", "requested_changes", "content__topic"]
    raw_id_fields = ["content", "reviewer"]
    date_hierarchy = "created_at"


@admin.register(ApprovalEvent)
class ApprovalEventAdmin(_ReadOnly[ApprovalEvent]):
    """The audit of every change of a lesson's approval status or hiding: never edited."""

    list_display = [
        "created_at",
        "content",
        "from_status",
        "to_status",
        "hidden_after",
        "source",
        "actor",
    ]
    list_filter = ["source", "to_status"]
    search_fields = ["reason", "content__topic"]
    raw_id_fields = ["content", "actor", "review"]
    date_hierarchy = "created_at"


@admin.register(CurationProfile)
class CurationProfileAdmin(admin.ModelAdmin[CurationProfile]):
    """Admins grant or revoke a tier here (it is then pinned: reputation no longer moves it);
    reputation comes from reviews only."""

    list_display = ["user", "tier", "tier_pinned", "reputation", "pinned_by", "updated_at"]
    list_filter = ["tier", "tier_pinned"]
    search_fields = ["user__email"]
    fields = ["user", "tier", "tier_pinned", "reputation", "pinned_by", "pinned_at"]
    readonly_fields = ["user", "reputation", "pinned_by", "pinned_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # profiles appear with a user's first curation, or through the command

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def save_model(
        self, request: HttpRequest, obj: CurationProfile, form: object, change: bool
    ) -> None:
        """Through the service, as ``setMentorTier`` does, so the pin is recorded."""
        actor = request.user
        assert isinstance(actor, User)
        try:
            curation_tier_set(
                actor=actor, user_id=obj.user_id, tier=obj.tier, pinned=obj.tier_pinned
            )
        except SkillSyncError as error:
            self.message_user(request, error.message, messages.ERROR)


@admin.register(ReviewQueueEntry)
class ReviewQueueAdmin(_ReadOnly[ReviewQueueEntry]):
    """Shared lessons awaiting curators (pending, flagged or hidden by flags), the most used
    first. Curators decide in the web app's review page (``mentorReviewLesson``: tiers and
    conflicts of interest checked); the actions here are admins' overrides, audited with
    source ``admin``."""

    list_display = [
        "topic",
        "learning_style",
        "difficulty",
        "approval_status",
        "impact",
        "open_flags",
        "hidden_from_reuse",
        "created_at",
    ]
    list_filter = ["approval_status", "learning_style", "hidden_from_reuse"]
    search_fields = ["topic", "cache_key"]
    actions = ["approve", "reject", "verify"]

    @admin.action(description="Approve (dismisses their flags)", permissions=["view"])
    def approve(self, request: HttpRequest, queryset: QuerySet[ReviewQueueEntry]) -> None:
        self._set(request, queryset, ApprovalStatus.APPROVED)

    @admin.action(
        description="Reject (never served again; holders get a new lesson)", permissions=["view"]
    )
    def reject(self, request: HttpRequest, queryset: QuerySet[ReviewQueueEntry]) -> None:
        self._set(request, queryset, ApprovalStatus.REJECTED)

    @admin.action(description="Verify", permissions=["view"])
    def verify(self, request: HttpRequest, queryset: QuerySet[ReviewQueueEntry]) -> None:
        self._set(request, queryset, ApprovalStatus.MENTOR_VERIFIED)

    def _set(self, request: HttpRequest, queryset: QuerySet[ReviewQueueEntry], status: str) -> None:
        actor = request.user
        assert isinstance(actor, User)
        done = 0
        for content_id in queryset.values_list("pk", flat=True):
            try:
                content_status_admin_set(
                    actor=actor,
                    content_id=content_id,
                    status=status,
                    reason=f"set to {status} in the Django admin by {actor.email}",
                )
                done += 1
            except SkillSyncError as error:
                self.message_user(request, f"{content_id}: {error.message}", messages.ERROR)
        if done:
            self.message_user(request, f"{done} lesson(s) now {status}.", messages.SUCCESS)

    def get_queryset(self, request: HttpRequest) -> QuerySet[ReviewQueueEntry]:
        return ordered_queue(base=ReviewQueueEntry.objects.all())

    @admin.display(description="learners", ordering="impact")
    def impact(self, obj: ReviewQueueEntry) -> int:
        return int(getattr(obj, "impact", 0))

    @admin.display(description="open flags", ordering="open_flag_count")
    def open_flags(self, obj: ReviewQueueEntry) -> int:
        return int(getattr(obj, "open_flag_count", 0))
