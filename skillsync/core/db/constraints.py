"""Helpers that turn Python-side rules into database constraints."""

from __future__ import annotations

from django.db import models


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
