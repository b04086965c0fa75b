"""Curators' reviews of shared lessons, the votes on those reviews, and the audit trail of
every change of a lesson's approval status (or of its hiding from reuse)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from skillsync.community.choices import ApprovalSource, ReviewDecision, ReviewOutcome, Tier
from skillsync.core.db.constraints import choices_check, max_length
from skillsync.learning.choices import ApprovalStatus

COMMENTS_MAX_LENGTH = 2000
# A steered revision's wish reaches the generation prompt: the same bound as a learner's.
REQUESTED_CHANGES_MAX_LENGTH = 500


class MentorReview(models.Model):
    """One curator's verdict on one content. Binding reviews (mentors and above) set the
    content's status; advisory ones (contributors) only inform, one per contributor and
    content. ``outcome`` follows the content's binding status (see ``ReviewOutcome``) and is
    what the reviewer's reputation counts, with the helpful / unhelpful votes."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content = models.ForeignKey(
        "learning.LessonContent", on_delete=models.CASCADE, related_name="reviews"
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="mentor_reviews",
    )
    decision = models.CharField(max_length=16, choices=ReviewDecision.choices)
    comments = models.TextField(blank=True, default="")
    requested_changes = models.TextField(blank=True, default="")
    binding = models.BooleanField()
    # The reviewer's tier when reviewing (admins review whatever their tier).
    reviewer_tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.NONE)
    # The content's status when it was reviewed.
    status_before = models.CharField(max_length=16, choices=ApprovalStatus.choices)
    outcome = models.CharField(
        max_length=16, choices=ReviewOutcome.choices, default=ReviewOutcome.NONE, blank=True
    )
    helpful = models.PositiveIntegerField(default=0)
    unhelpful = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["content", "-created_at"], name="review_content_recent")]
        constraints = [
            choices_check("decision", ReviewDecision, "review_decision_valid"),
            choices_check("reviewer_tier", Tier, "review_reviewer_tier_valid"),
            choices_check("status_before", ApprovalStatus, "review_status_before_valid"),
            choices_check("outcome", ReviewOutcome, "review_outcome_valid"),
            max_length("comments", COMMENTS_MAX_LENGTH, "review_comments_max_length"),
            max_length(
                "requested_changes",
                REQUESTED_CHANGES_MAX_LENGTH,
                "review_requested_changes_max_length",
            ),
            # Requested changes exactly when changes are requested.
            models.CheckConstraint(
                condition=(
                    models.Q(decision=ReviewDecision.REQUEST_CHANGES)
                    & ~models.Q(requested_changes="")
                )
                | (
                    ~models.Q(decision=ReviewDecision.REQUEST_CHANGES)
                    & models.Q(requested_changes="")
                ),
                name="review_requested_changes_with_decision",
            ),
            # A binding decision says why.
            models.CheckConstraint(
                condition=models.Q(binding=False) | ~models.Q(comments=""),
                name="review_binding_has_comments",
            ),
            # Only a binding review is ever overturned; verifying is never advisory.
            models.CheckConstraint(
                condition=models.Q(binding=True)
                | (
                    ~models.Q(outcome=ReviewOutcome.OVERTURNED)
                    & ~models.Q(decision=ReviewDecision.VERIFY)
                ),
                name="review_advisory_limits",
            ),
            models.UniqueConstraint(
                fields=["reviewer", "content"],
                condition=models.Q(binding=False),
                name="review_one_advisory_per_reviewer",
            ),
        ]

    def __str__(self) -> str:
        kind = "binding" if self.binding else "advisory"
        return f"{self.decision} ({kind}) on {self.content_id}"


class ReviewVote(models.Model):
    """A curator's judgement of someone else's review: helpful (1) or unhelpful (-1)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_votes"
    )
    review = models.ForeignKey(MentorReview, on_delete=models.CASCADE, related_name="votes")
    value = models.SmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "review"], name="reviewvote_user_unique"),
            models.CheckConstraint(
                condition=models.Q(value__in=[-1, 1]), name="reviewvote_value_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on review {self.review_id}: {self.value:+d}"


REASON_MAX_LENGTH = 2000


class ApprovalEvent(models.Model):
    """One change of a content's approval status or of its hiding from reuse: what it was,
    what it became, who (null: the system) and why. Written by ``approval.py`` in the same
    transaction as the change; never edited."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content = models.ForeignKey(
        "learning.LessonContent", on_delete=models.CASCADE, related_name="approval_events"
    )
    from_status = models.CharField(max_length=16, choices=ApprovalStatus.choices)
    to_status = models.CharField(max_length=16, choices=ApprovalStatus.choices)
    hidden_before = models.BooleanField()
    hidden_after = models.BooleanField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(max_length=16, choices=ApprovalSource.choices)
    review = models.ForeignKey(
        MentorReview,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="approval_events",
    )
    reason = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["content", "created_at"], name="approvalevent_content")]
        constraints = [
            choices_check("from_status", ApprovalStatus, "approvalevent_from_status_valid"),
            choices_check("to_status", ApprovalStatus, "approvalevent_to_status_valid"),
            choices_check("source", ApprovalSource, "approvalevent_source_valid"),
            max_length("reason", REASON_MAX_LENGTH, "approvalevent_reason_max_length"),
            # An event records a change.
            models.CheckConstraint(
                condition=~models.Q(from_status=models.F("to_status"))
                | ~models.Q(hidden_before=models.F("hidden_after")),
                name="approvalevent_changes_something",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.content_id}: {self.from_status} -> {self.to_status} ({self.source})"
