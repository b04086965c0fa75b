"""What a learner removed from a roadmap (``learning/editing.py``), listed so that it can be
restored: lean types, loaded with their parent in one more query when asked for."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
import strawberry_django
from django.db.models import Model, Prefetch

from skillsync.learning import models

_ROWS = "removed_rows"


def removed_prefetch(
    relation: str, model: type[models.Module] | type[models.Lesson]
) -> Prefetch[Any]:
    """The removed rows of ``relation`` (``modules`` of a roadmap, ``lessons`` of a module),
    most recently removed first."""
    removed = model.objects.filter(removed_at__isnull=False).order_by("-removed_at", "pk")
    return Prefetch(relation, queryset=removed, to_attr=_ROWS)


def removed_of(root: Model, relation: str) -> list[Any]:
    rows = getattr(root, _ROWS, None)
    if rows is None:  # not loaded by the optimizer: one query
        rows = list(
            getattr(root, relation).filter(removed_at__isnull=False).order_by("-removed_at", "pk")
        )
    return list(rows)


@strawberry_django.type(models.Module, name="RemovedModule")
class RemovedModule:
    """A module the learner removed, with the lessons it had then."""

    id: strawberry.ID
    title: str
    position: int = strawberry_django.field(
        description="Where it was: restoring puts it back there (or at the end)."
    )
    removed_at: datetime


@strawberry_django.type(models.Lesson, name="RemovedLesson")
class RemovedLesson:
    """A lesson the learner removed; its progress, quiz attempts and content are kept."""

    id: strawberry.ID
    title: str
    position: int = strawberry_django.field(
        description="Where it was in its module: restoring puts it back there (or at the end)."
    )
    removed_at: datetime
