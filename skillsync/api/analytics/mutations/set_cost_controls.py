from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.analytics.cost_controls import cost_controls_set, cost_controls_summary
from skillsync.api.analytics.types import CostControls
from skillsync.api.context import viewer
from skillsync.api.permissions import IsAdmin


def set_cost_controls(
    info: Info[Any, Any],
    daily_cost_cap_usd: float | None = None,
    per_lesson_budget_usd: float | None = None,
    clear_daily_cost_cap: bool = False,
    clear_per_lesson_budget: bool = False,
) -> CostControls:
    """Admins: set the daily cost cap and/or the per-lesson budget (USD, 0 to 10,000), or clear
    one (the cap goes back to the environment's default; no budget). A control neither given
    nor cleared stays as it is. Every change is audited. INVALID_INPUT (with the field) for an
    amount out of range, or a control both given and cleared."""
    controls = cost_controls_set(
        user=viewer(info),
        daily_cost_cap_usd=daily_cost_cap_usd,
        per_lesson_budget_usd=per_lesson_budget_usd,
        clear_daily_cost_cap=clear_daily_cost_cap,
        clear_per_lesson_budget=clear_per_lesson_budget,
    )
    return CostControls.of(cost_controls_summary(controls))


field = strawberry.mutation(resolver=set_cost_controls, permission_classes=[IsAdmin])
