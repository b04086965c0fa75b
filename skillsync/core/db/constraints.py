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


def not_empty(field: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=~models.Q(**{field: ""}), name=name)


def max_length(field: str, limit: int, name: str) -> models.CheckConstraint:
    """For TextFields, whose max_length Django enforces only in forms."""
    return models.CheckConstraint(condition=LessThanOrEqual(Length(field), limit), name=name)
