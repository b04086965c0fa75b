"""How the lessons each prompt variant wrote fared, for comparing variants.

Per variant name (as recorded in ``generation_metadata.prompt_variant``): the lessons it
generated; of the learners' lessons holding those contents, how many were started and
completed (completion rate = completed / started) and the mean quiz score; the contents'
up- and downvotes; and how many new versions learners asked for of those contents
(regenerations). Every registered variant is listed, retired ones included; names found only
in the data (written before the registry, such as "v2-base") are listed after them.

Four queries whatever the amount of data: three aggregates grouped by the variant name, and
the registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Avg, Count, Q, Sum
from django.db.models.fields.json import KeyTextTransform

from skillsync.generation.models import PromptVariant
from skillsync.learning.choices import ProgressStatus
from skillsync.learning.models import LessonContent, LessonProgress


@dataclass(frozen=True)
class VariantOutcome:
    name: str
    registered: bool
    style: str | None
    weight: int | None
    retired_at: datetime | None
    lessons_generated: int = 0
    lessons_started: int = 0
    lessons_completed: int = 0
    upvotes: int = 0
    downvotes: int = 0
    mean_quiz_score: float | None = None
    regenerations: int = 0

    @property
    def completion_rate(self) -> float | None:
        """Completed / started; None when no learner started one."""
        if not self.lessons_started:
            return None
        return self.lessons_completed / self.lessons_started

    @property
    def active(self) -> bool:
        return self.registered and self.retired_at is None


def _variant(metadata: str) -> KeyTextTransform:
    """The variant name recorded in the metadata at ``metadata`` (a path that may cross
    relations)."""
    return KeyTextTransform("prompt_variant", metadata)


def _by_variant(rows: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {row["variant"]: row for row in rows if row["variant"]}


def prompt_variant_outcomes() -> list[VariantOutcome]:
    """Every variant's outcomes (see the module's docstring): registered variants by style and
    name, then names only the data knows."""
    contents = _by_variant(
        LessonContent.objects.annotate(variant=_variant("generation_metadata"))
        .values("variant")
        .annotate(generated=Count("id"), up=Sum("upvotes"), down=Sum("downvotes"))
        .order_by()
    )
    started = Q(status__in=(ProgressStatus.IN_PROGRESS, ProgressStatus.COMPLETED))
    progress = _by_variant(
        LessonProgress.objects.filter(lesson__content__isnull=False)
        .annotate(variant=_variant("lesson__content__generation_metadata"))
        .values("variant")
        .annotate(
            started=Count("id", filter=started),
            completed=Count("id", filter=Q(status=ProgressStatus.COMPLETED)),
            quiz=Avg("quiz_score"),
        )
        .order_by()
    )
    regenerations = _by_variant(
        LessonContent.objects.filter(regenerated_from__isnull=False)
        .annotate(variant=_variant("regenerated_from__generation_metadata"))
        .values("variant")
        .annotate(n=Count("id"))
        .order_by()
    )
    registry = {v.name: v for v in PromptVariant.objects.order_by("style", "name")}
    unregistered = sorted(
        (contents.keys() | progress.keys() | regenerations.keys()) - registry.keys()
    )
    outcomes = []
    for name in [*registry, *unregistered]:
        variant = registry.get(name)
        made, used, redone = (
            contents.get(name, {}),
            progress.get(name, {}),
            regenerations.get(name, {}),
        )
        quiz = used.get("quiz")
        outcomes.append(
            VariantOutcome(
                name=name,
                registered=variant is not None,
                style=None if variant is None else variant.style,
                weight=None if variant is None else variant.weight,
                retired_at=None if variant is None else variant.retired_at,
                lessons_generated=made.get("generated", 0),
                lessons_started=used.get("started", 0),
                lessons_completed=used.get("completed", 0),
                upvotes=made.get("up") or 0,
                downvotes=made.get("down") or 0,
                mean_quiz_score=None if quiz is None else round(float(quiz), 2),
                regenerations=redone.get("n", 0),
            )
        )
    return outcomes
