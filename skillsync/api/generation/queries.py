"""Read-only entry points of the generation domain (staff only)."""

from __future__ import annotations

import strawberry

from skillsync.api.generation.types import PromptVariantOutcome
from skillsync.api.permissions import IsStaff
from skillsync.generation.outcomes import prompt_variant_outcomes


@strawberry.type
class GenerationQuery:
    @strawberry.field(
        permission_classes=[IsStaff],
        description="Staff: the outcomes of the lessons each prompt variant wrote.",
    )
    def prompt_variant_outcomes(self) -> list[PromptVariantOutcome]:
        return [PromptVariantOutcome.of(outcome) for outcome in prompt_variant_outcomes()]
