"""Read-only entry points of the analytics page (admins only; others get FORBIDDEN)."""

from __future__ import annotations

import strawberry
from django.utils import timezone

from skillsync.analytics.cost_controls import cost_controls_summary
from skillsync.analytics.forecast import quota_forecast
from skillsync.analytics.selectors import analytics
from skillsync.api.analytics.types import Analytics, CostControls, QuotaForecast
from skillsync.api.permissions import IsAdmin


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(
        name="analytics",
        permission_classes=[IsAdmin],
        description="Admins: what SkillSync did and cost over the last `days` UTC days (1 to "
        "90, today included; INVALID_INPUT otherwise), per day and in total.",
    )
    def analytics_page(self, days: int = 30) -> Analytics:
        return Analytics.of(analytics(days=days, now=timezone.now()))

    @strawberry.field(
        permission_classes=[IsAdmin],
        description="Admins: each provider's and research source's use of its per-day limits "
        "today, and when it runs out at the current rate.",
    )
    def quota_forecast(self) -> list[QuotaForecast]:
        return [QuotaForecast.of(found) for found in quota_forecast()]

    @strawberry.field(
        permission_classes=[IsAdmin],
        description="Admins: the daily cost cap and the per-lesson budget, and today's spending.",
    )
    def cost_controls(self) -> CostControls:
        return CostControls.of(cost_controls_summary())
