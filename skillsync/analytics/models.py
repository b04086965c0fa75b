"""The cost controls admins set (one row), and the audit of every change to them."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Now

from skillsync.core.db.constraints import choices_check

MAX_USD = Decimal(10_000)
SINGLETON_ID = 1
_amount_validators = [MinValueValidator(Decimal(0)), MaxValueValidator(MAX_USD)]


def _amount_in_range(field: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__isnull": True})
        | models.Q(**{f"{field}__gte": 0, f"{field}__lte": MAX_USD}),
        name=name,
    )


class CostControls(models.Model):
    """What admins decided about spending, overriding the defaults while set (null: the
    default applies). One row, id 1; read through ``cost_controls.py``, which every process
    caches for a few seconds."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=SINGLETON_ID, editable=False)
    # Overrides the catalog's daily_cost_cap_usd (SKILLSYNC_LLM_DAILY_COST_CAP_USD).
    daily_cost_cap_usd = models.DecimalField(
        max_digits=14,
        decimal_places=6,
        null=True,
        blank=True,
        validators=_amount_validators,
        help_text="Paid providers stop for the day at this spending (USD); empty: the default.",
    )
    # No default: without it a lesson's generation spends what its attempts cost.
    per_lesson_budget_usd = models.DecimalField(
        max_digits=14,
        decimal_places=6,
        null=True,
        blank=True,
        validators=_amount_validators,
        help_text="A lesson's generation tries no further provider or repair once its "
        "attempts cost this much (USD); empty: no budget.",
    )
    updated_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = "cost controls"
        verbose_name_plural = "cost controls"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=SINGLETON_ID), name="costcontrols_singleton"
            ),
            _amount_in_range("daily_cost_cap_usd", "costcontrols_daily_cap_range"),
            _amount_in_range("per_lesson_budget_usd", "costcontrols_lesson_budget_range"),
        ]

    def __str__(self) -> str:
        return "Cost controls"


class CostControlField(models.TextChoices):
    DAILY_COST_CAP = "daily_cost_cap_usd", "Daily cost cap (USD)"
    PER_LESSON_BUDGET = "per_lesson_budget_usd", "Budget per lesson (USD)"


class CostControlChange(models.Model):
    """One change of one cost control: who, when, old -> new (null: unset). Only added."""

    changed_at = models.DateTimeField(db_default=Now())
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept when the account is deleted: the audit still says who it was.
    changed_by_email = models.CharField(max_length=254, blank=True)
    field = models.CharField(max_length=32, choices=CostControlField.choices)
    old_value = models.DecimalField(max_digits=14, decimal_places=6, null=True, blank=True)
    new_value = models.DecimalField(max_digits=14, decimal_places=6, null=True, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]
        indexes = [models.Index(fields=["changed_at"], name="costcontrolchange_time")]
        constraints = [choices_check("field", CostControlField, "costcontrolchange_field_valid")]

    def __str__(self) -> str:
        return f"{self.field}: {self.old_value} -> {self.new_value}"
