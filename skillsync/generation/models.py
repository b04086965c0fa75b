"""LLM provider bookkeeping: one row per call (accounting, and the ledger the sliding-window
budgets count) and one state row per provider (what its answers taught us); the generation
queue's requests; the registry of prompt variants compared by outcome."""

from __future__ import annotations

import uuid

from django.db import models

from skillsync.core.db.constraints import choices_check, max_length, not_empty
from skillsync.learning.choices import LearningStyle


class CallOutcome(models.TextChoices):
    IN_FLIGHT = "in_flight"
    OK = "ok"
    RATE_LIMITED = "rate_limited"
    QUOTA_EXHAUSTED = "quota_exhausted"
    TIMEOUT = "timeout"
    SERVER_ERROR = "server_error"
    INVALID_OUTPUT = "invalid_output"
    AUTH_ERROR = "auth_error"
    PAYMENT_REQUIRED = "payment_required"
    CONTEXT_TOO_LONG = "context_too_long"
    BAD_REQUEST = "bad_request"


class ProviderCall(models.Model):
    """A request sent (or about to be sent) to a provider. Written *before* sending, as the
    budget reservation, and completed with what came back."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    provider = models.CharField(max_length=64)
    model = models.CharField(max_length=128)
    task = models.CharField(max_length=64, blank=True)
    request_id = models.CharField(max_length=64, blank=True)  # groups the attempts of one request
    attempt = models.PositiveSmallIntegerField(default=1)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    # Tokens reserved before sending (estimate), then the provider's own count.
    tokens_reserved = models.PositiveIntegerField(default=0)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=12, decimal_places=8, default=0)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    outcome = models.CharField(
        max_length=24, choices=CallOutcome.choices, default=CallOutcome.IN_FLIGHT
    )
    error = models.CharField(max_length=500, blank=True)
    provider_request_id = models.CharField(max_length=128, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["provider", "started_at"], name="providercall_window"),
            models.Index(fields=["request_id"], name="providercall_request"),
        ]
        constraints = [choices_check("outcome", CallOutcome, "providercall_outcome_valid")]

    def __str__(self) -> str:
        return f"{self.provider} {self.outcome} {self.started_at:%H:%M:%S}"

    @property
    def tokens_counted(self) -> int:
        """What this call weighs in the token budgets: the provider's count once known."""
        known = self.prompt_tokens + self.completion_tokens
        return known if self.outcome != CallOutcome.IN_FLIGHT and known else self.tokens_reserved


class ProviderState(models.Model):
    """What a provider's answers taught us, shared by every process: when it may be called
    again, whether it is disabled, and its circuit breaker."""

    provider = models.CharField(max_length=64, primary_key=True)
    blocked_until = models.DateTimeField(null=True, blank=True)
    block_reason = models.CharField(max_length=200, blank=True)
    disabled_reason = models.CharField(max_length=200, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    circuit_open_until = models.DateTimeField(null=True, blank=True)
    probe_started_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.provider


class RequestStatus(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    EXPIRED = "expired"
    DEAD_LETTERED = "dead_lettered"


class RequestKind(models.TextChoices):
    GENERATE = "generate"  # the lesson's content, shared when it exists
    REGENERATE = "regenerate"  # a new personal version of the lesson's current content
    # A replacement of rejected shared content for every lesson showing it (replacement.py):
    # the lesson is only its carrier.
    REPLACE = "replace"


INSTRUCTION_MAX_LENGTH = 500


class GenerationRequest(models.Model):
    """One request to generate a lesson: the source of truth for the queue's guarantees.

    procrastinate carries the jobs; this row carries what it lacks (the seed's Service Bus
    settings): a time to live, a lock that lapses when the worker stops heart-beating,
    a maximum number of deliveries before the dead-letter state (with the reason), duplicate
    detection through a deterministic idempotency key, and the result, written exactly once.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # What is generated and in which content version; never a timestamp, so a second request
    # for the same thing finds this row.
    idempotency_key = models.CharField(max_length=200, unique=True)
    lesson = models.ForeignKey(
        "learning.Lesson", on_delete=models.CASCADE, related_name="generation_requests"
    )
    requested_by = models.ForeignKey(
        "accounts.User", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(
        max_length=16, choices=RequestKind.choices, default=RequestKind.GENERATE
    )
    # A regeneration: the version it replaces, and the learner's wish for the new one (their
    # own words, untrusted: they reach the prompt only as delimited data). A replacement: the
    # rejected content it replaces, and the mentor's requested changes (data as well).
    regenerate_from = models.ForeignKey(
        "learning.LessonContent",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    instruction = models.TextField(blank=True, default="")
    status = models.CharField(
        max_length=16, choices=RequestStatus.choices, default=RequestStatus.QUEUED
    )
    deliveries = models.PositiveSmallIntegerField(default=0)
    max_deliveries = models.PositiveSmallIntegerField(default=10)
    expires_at = models.DateTimeField()
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    dead_letter_reason = models.CharField(max_length=200, blank=True)
    content = models.ForeignKey(
        "learning.LessonContent",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The current delivery's text so far, as it streams from the provider: a subscriber that
    # joins late starts from it (see streaming.py). Emptied when a delivery or attempt starts.
    stream_text = models.TextField(blank=True, default="")
    stream_sequence = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "lease_until"], name="genrequest_leases"),
            models.Index(fields=["status", "expires_at"], name="genrequest_expiry"),
        ]
        constraints = [
            choices_check("status", RequestStatus, "genrequest_status_valid"),
            choices_check("kind", RequestKind, "genrequest_kind_valid"),
            max_length("instruction", INSTRUCTION_MAX_LENGTH, "genrequest_instruction_max_length"),
            models.CheckConstraint(
                condition=models.Q(kind__in=(RequestKind.REGENERATE, RequestKind.REPLACE))
                | (models.Q(instruction="") & models.Q(regenerate_from__isnull=True)),
                name="genrequest_only_regeneration_has_instruction",
            ),
            models.CheckConstraint(
                condition=models.Q(deliveries__lte=models.F("max_deliveries")),
                name="genrequest_deliveries_bounded",
            ),
            models.CheckConstraint(
                condition=~models.Q(status=RequestStatus.SUCCEEDED)
                | models.Q(content__isnull=False),
                name="genrequest_success_has_content",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.idempotency_key} ({self.status})"


class PromptVariant(models.Model):
    """One wording of a style's part of the lesson prompt, compared with the others by the
    outcomes of the lessons it wrote. Each generation is assigned one of its style's active
    variants, deterministically by the lesson's subject and in proportion to ``weight``
    (``variants.py``); a retired variant is never assigned again but keeps its history."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=64, unique=True)
    style = models.CharField(max_length=16, choices=LearningStyle.choices)
    # The style guide the prompt gives for this style (trusted text, written by the team).
    style_guide = models.TextField()
    # Said after the style guide, when the variant is a change to the base wording.
    instruction = models.TextField(blank=True, default="")
    weight = models.PositiveSmallIntegerField(default=1)
    description = models.CharField(max_length=200, blank=True)
    retired_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["style", "name"]
        indexes = [models.Index(fields=["style", "retired_at"], name="promptvariant_active")]
        constraints = [
            choices_check("style", LearningStyle, "promptvariant_style_valid"),
            models.CheckConstraint(
                condition=models.Q(name__regex=r"^[a-z0-9][a-z0-9_.-]*$"),
                name="promptvariant_name_slug",
            ),
            not_empty("style_guide", "promptvariant_style_guide_not_empty"),
            models.CheckConstraint(
                condition=models.Q(weight__gte=1, weight__lte=1000),
                name="promptvariant_weight_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def active(self) -> bool:
        return self.retired_at is None
