"""Helpers that turn Python-side rules into database constraints."""

from __future__ import annotations

from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual


def choices_check(
    field: str, choices: type[models.TextChoices], name: str
) -> models.CheckConstraint:
    """A CHECK constraint that keeps a text column inside its enumeration."""
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": choices.values}), name=name)


def position_unique(parent: str, name: str) -> models.UniqueConstraint:
    """One item per position within its parent, checked at commit: deferred so that a reorder
    can swap positions inside one transaction."""
    return models.UniqueConstraint(
        fields=[parent, "position"], name=name, deferrable=models.Deferrable.DEFERRED
    )


def position_unique_unless_removed(parent: str, name: str) -> models.UniqueConstraint:
    """``position_unique`` for items that can be removed and restored (``removed_at``): the
    items not removed hold one position each, while a removed one keeps its last position
    (where restoring puts it back) without holding it. ``removed_at`` joins the key with NULLs
    equal, so items not removed compete for positions and removed ones never do (each removal
    has its own time: removals in a roadmap are serialised by its row lock). A partial unique
    index would say this more plainly, but PostgreSQL cannot defer one."""
    return models.UniqueConstraint(
        fields=[parent, "position", "removed_at"],
        name=name,
        deferrable=models.Deferrable.DEFERRED,
        nulls_distinct=False,
    )


def not_empty(field: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=~models.Q(**{field: ""}), name=name)


def max_length(field: str, limit: int, name: str) -> models.CheckConstraint:
    """For TextFields, whose max_length Django enforces only in forms."""
    return models.CheckConstraint(condition=LessThanOrEqual(Length(field), limit), name=name)
