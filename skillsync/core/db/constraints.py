"""Helpers that turn Python-side rules into database constraints."""

from __future__ import annotations

from django.db import models


def choices_check(
    field: str, choices: type[models.TextChoices], name: str
) -> models.CheckConstraint:
    """A CHECK constraint that keeps a text column inside its enumeration."""
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": choices.values}), name=name)
