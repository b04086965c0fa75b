from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from skillsync.core.errors import SkillSyncError
from skillsync.generation.models import (
    GenerationRequest,
    PromptVariant,
    ProviderCall,
    ProviderState,
)
from skillsync.generation.queue_ops import dead_letter_requeue
from skillsync.generation.variants import prompt_variant_retire


@admin.register(ProviderState)
class ProviderStateAdmin(admin.ModelAdmin[ProviderState]):
    """Why a provider is not being called: blocked, disabled (bad key, no credit), circuit."""

    list_display = [
        "provider",
        "disabled_reason",
        "blocked_until",
        "block_reason",
        "consecutive_failures",
        "circuit_open_until",
        "updated_at",
    ]
    actions = ["enable"]

    @admin.action(description="Re-enable (after fixing the key or the credit)")
    def enable(self, request: HttpRequest, queryset: QuerySet[ProviderState]) -> None:
        queryset.update(
            disabled_reason="",
            blocked_until=None,
            block_reason="",
            consecutive_failures=0,
            circuit_open_until=None,
            probe_started_at=None,
        )


@admin.register(ProviderCall)
class ProviderCallAdmin(admin.ModelAdmin[ProviderCall]):
    list_display = [
        "started_at",
        "provider",
        "model",
        "task",
        "outcome",
        "prompt_tokens",
        "completion_tokens",
        "cost_usd",
        "latency_ms",
    ]
    list_filter = ["provider", "outcome", "task"]
    search_fields = ["request_id", "provider_request_id"]
    date_hierarchy = "started_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ProviderCall | None = None) -> bool:
        return False


@admin.register(GenerationRequest)
class GenerationRequestAdmin(admin.ModelAdmin[GenerationRequest]):
    """The lesson-generation queue; filter on dead_lettered for the dead-letter queue."""

    list_display = ["created_at", "kind", "status", "deliveries", "dead_letter_reason", "lesson"]
    list_filter = ["status", "kind"]
    search_fields = ["idempotency_key", "id"]
    readonly_fields = [f.name for f in GenerationRequest._meta.fields]
    actions = ["requeue"]

    @admin.action(description="Requeue (dead-lettered or expired only)")
    def requeue(self, request: HttpRequest, queryset: QuerySet[GenerationRequest]) -> None:
        for item in queryset.filter(status__in=["dead_lettered", "expired"]):
            dead_letter_requeue(request_id=item.id)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(PromptVariant)
class PromptVariantAdmin(admin.ModelAdmin[PromptVariant]):
    """The prompt variants compared by outcome (see the promptVariantOutcomes query). A
    variant's wording and style are fixed once it exists (its lessons were written with
    them): add a new variant to change them, and retire the old one. Variants are retired,
    never deleted, so their outcomes stay readable."""

    list_display = ["name", "style", "weight", "retired_at", "description", "created_at"]
    list_filter = ["style", ("retired_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "description"]
    actions = ["retire"]

    def get_readonly_fields(
        self, request: HttpRequest, obj: PromptVariant | None = None
    ) -> list[str]:
        fixed = ["retired_at", "created_at"]
        return fixed if obj is None else [*fixed, "name", "style", "style_guide", "instruction"]

    def has_delete_permission(self, request: HttpRequest, obj: PromptVariant | None = None) -> bool:
        return False

    @admin.action(description="Retire (never assigned again; one per style stays active)")
    def retire(self, request: HttpRequest, queryset: QuerySet[PromptVariant]) -> None:
        for variant in queryset:
            try:
                prompt_variant_retire(name=variant.name)
            except SkillSyncError as refused:
                self.message_user(request, refused.message, level=messages.ERROR)
