"""GraphQL types of the generation domain's operations (staff only)."""

from __future__ import annotations

from datetime import datetime

import strawberry
import strawberry_django

from skillsync.api.enums import LearningStyle
from skillsync.generation import models
from skillsync.generation.outcomes import VariantOutcome


@strawberry_django.type(models.PromptVariant, name="PromptVariant")
class PromptVariantType:
    name: str
    style: LearningStyle
    style_guide: str
    instruction: str
    weight: int
    description: str
    retired_at: datetime | None
    created_at: datetime

    @strawberry_django.field(only=["retired_at"])
    def active(self, root: models.PromptVariant) -> bool:
        return root.active


@strawberry.type
class PromptVariantOutcome:
    """How the lessons one prompt variant wrote fared. ``registered`` is false for a name
    found only in lessons written before the registry (no style, weight or retirement)."""

    name: str
    registered: bool
    active: bool
    style: LearningStyle | None
    weight: int | None
    retired_at: datetime | None
    lessons_generated: int
    lessons_started: int
    lessons_completed: int
    completion_rate: float | None = strawberry.field(
        description="Completed / started, of the learners' lessons holding this variant's "
        "contents; null when none was started."
    )
    upvotes: int
    downvotes: int
    mean_quiz_score: float | None
    regenerations: int = strawberry.field(
        description="New versions learners asked for of this variant's contents."
    )

    @classmethod
    def of(cls, outcome: VariantOutcome) -> PromptVariantOutcome:
        return cls(
            name=outcome.name,
            registered=outcome.registered,
            active=outcome.active,
            style=None if outcome.style is None else LearningStyle(outcome.style),
            weight=outcome.weight,
            retired_at=outcome.retired_at,
            lessons_generated=outcome.lessons_generated,
            lessons_started=outcome.lessons_started,
            lessons_completed=outcome.lessons_completed,
            completion_rate=outcome.completion_rate,
            upvotes=outcome.upvotes,
            downvotes=outcome.downvotes,
            mean_quiz_score=outcome.mean_quiz_score,
            regenerations=outcome.regenerations,
        )
