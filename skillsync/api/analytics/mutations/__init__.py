"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import set_cost_controls


@strawberry.type
class AnalyticsMutation:
    set_cost_controls = set_cost_controls.field
