"""The cost controls: the daily cost cap (paid providers stop for the day once it is spent)
and the per-lesson budget (a lesson's generation tries no further provider or repair once its
attempts cost that much).

Admins set them (GraphQL ``setCostControls``, or the Django admin); each is null until set.
The daily cap in force is the admin's when set, else the catalog's ``daily_cost_cap_usd``
(``SKILLSYNC_LLM_DAILY_COST_CAP_USD``): ``effective_daily_cost_cap_usd`` is the one function
the router asks before every call. The per-lesson budget has no default. Every process reads
the row at most once per ``CACHE_SECONDS``; a change is seen by the process that made it at
once, by the others within that time. Every change is audited (``CostControlChange``).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.analytics.models import (
    MAX_USD,
    SINGLETON_ID,
    CostControlChange,
    CostControlField,
    CostControls,
)
from skillsync.core.errors import InvalidInputError

CACHE_SECONDS = 5.0
_QUANTUM = Decimal("0.000001")  # the columns' six decimal places


@dataclass(frozen=True)
class Controls:
    daily_cost_cap_usd: Decimal | None = None
    per_lesson_budget_usd: Decimal | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None  # the admin's email


_cache: tuple[float, Controls] | None = None
_cache_lock = threading.Lock()


def cache_clear() -> None:
    global _cache
    with _cache_lock:
        _cache = None


def _read() -> Controls:
    row = CostControls.objects.select_related("updated_by").filter(pk=SINGLETON_ID).first()
    if row is None:
        return Controls()
    return Controls(
        daily_cost_cap_usd=row.daily_cost_cap_usd,
        per_lesson_budget_usd=row.per_lesson_budget_usd,
        updated_at=row.updated_at,
        updated_by=row.updated_by.email if row.updated_by is not None else None,
    )


def cost_controls(*, fresh: bool = False) -> Controls:
    """The controls as set (nulls where unset), from this process's cache unless ``fresh``
    or older than CACHE_SECONDS."""
    global _cache
    now = time.monotonic()
    with _cache_lock:
        cached = _cache
    if not fresh and cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    controls = _read()
    with _cache_lock:
        _cache = (now, controls)
    return controls


@dataclass(frozen=True)
class CostControlsSummary:
    """The controls as set, the daily cap in force and today's spending (for admins)."""

    controls: Controls
    effective_daily_cost_cap_usd: float
    spent_today_usd: float


def cost_controls_summary(controls: Controls | None = None) -> CostControlsSummary:
    """``controls`` (read afresh by default) with the cap in force for this process's catalog
    and what was spent since UTC midnight, counted as the cap counts it."""
    from skillsync.generation.providers import budgets  # the budgets import this module
    from skillsync.generation.providers.catalog import catalog

    controls = controls or cost_controls(fresh=True)
    default = catalog().daily_cost_cap_usd
    cap = controls.daily_cost_cap_usd
    return CostControlsSummary(
        controls=controls,
        effective_daily_cost_cap_usd=default if cap is None else float(cap),
        spent_today_usd=float(budgets.spent_today_usd(budgets.database_now())),
    )


def effective_daily_cost_cap_usd(default: float) -> float:
    """The daily cost cap in force: the admin's when set, else ``default`` (the catalog's)."""
    cap = cost_controls().daily_cost_cap_usd
    return default if cap is None else float(cap)


def per_lesson_budget_usd() -> float | None:
    """The per-lesson budget in force (None: none)."""
    budget = cost_controls().per_lesson_budget_usd
    return None if budget is None else float(budget)


def _amount(value: float | Decimal | None, field: str) -> Decimal | None:
    if value is None:
        return None
    if not math.isfinite(value) or value < 0 or value > MAX_USD:
        raise InvalidInputError(field, f"must be between 0 and {MAX_USD:,} USD")
    return Decimal(str(value)).quantize(_QUANTUM, rounding=ROUND_HALF_UP)


@transaction.atomic
def cost_controls_set(
    *,
    user: User | None,
    daily_cost_cap_usd: float | Decimal | None = None,
    per_lesson_budget_usd: float | Decimal | None = None,
    clear_daily_cost_cap: bool = False,
    clear_per_lesson_budget: bool = False,
) -> Controls:
    """Set (a value) or clear (back to the default) each control; a control given neither is
    left as it is. Each control that changes gets an audit row (who, when, old -> new); a call
    that changes nothing writes nothing. INVALID_INPUT (with the field) for an amount outside
    0..10,000 USD, or a control both given and cleared."""
    wanted: dict[str, Decimal | None] = {}
    for field, value, clear, clear_name in (
        (
            CostControlField.DAILY_COST_CAP,
            daily_cost_cap_usd,
            clear_daily_cost_cap,
            "clear_daily_cost_cap",
        ),
        (
            CostControlField.PER_LESSON_BUDGET,
            per_lesson_budget_usd,
            clear_per_lesson_budget,
            "clear_per_lesson_budget",
        ),
    ):
        amount = _amount(value, field.value)
        if clear and amount is not None:
            raise InvalidInputError(clear_name, f"give {field.value} or clear it, not both")
        if clear or amount is not None:
            wanted[field.value] = amount
    CostControls.objects.get_or_create(pk=SINGLETON_ID)
    row = CostControls.objects.select_for_update().get(pk=SINGLETON_ID)
    changes = []
    for field_name, new in wanted.items():
        old = getattr(row, field_name)
        if old == new:
            continue
        setattr(row, field_name, new)
        changes.append(
            CostControlChange(
                changed_by=user,
                changed_by_email=user.email if user is not None else "",
                field=field_name,
                old_value=old,
                new_value=new,
            )
        )
    if changes:
        row.updated_at = timezone.now()
        row.updated_by = user
        row.save()
        CostControlChange.objects.bulk_create(changes)
        # Forgotten now, and again at commit: a read by another thread meanwhile cached the
        # row as it was. Not cached here: this transaction may still roll back.
        cache_clear()
        transaction.on_commit(cache_clear)
    return _read()
