"""GraphQL types of the analytics page, the quota forecast and the cost controls (admins).
Definitions of every figure: ``skillsync.analytics.selectors`` and ``forecast``."""

from __future__ import annotations

from datetime import datetime

import strawberry

from skillsync.analytics import selectors
from skillsync.analytics.cost_controls import CostControlsSummary
from skillsync.analytics.forecast import Forecast
from skillsync.api.enums import LearningStyle
from skillsync.api.generation.types import PromptVariantOutcome
from skillsync.api.learning.style_advice import style_row


@strawberry.type
class ProviderDayCost:
    provider: str
    model: str
    calls: int
    cost_usd: float

    @classmethod
    def of(cls, cost: selectors.ProviderDayCost) -> ProviderDayCost:
        return cls(
            provider=cost.provider, model=cost.model, calls=cost.calls, cost_usd=cost.cost_usd
        )


@strawberry.type
class DailyUsage:
    day: str = strawberry.field(description="The UTC day, an ISO date.")
    cost_usd: float = strawberry.field(description="What the day's LLM calls cost.")
    tokens_in: int
    tokens_out: int
    calls: int = strawberry.field(description="LLM calls started that day (research excluded).")
    provider_errors: int = strawberry.field(description="Calls that ended other than ok.")
    lessons_generated: int = strawberry.field(description="Contents a provider wrote and stored.")
    lessons_reused: int = strawberry.field(description="Reuse lookups answered by a stored lesson.")
    reuse_lookups: int
    generation_failures: int = strawberry.field(
        description="Generation requests that ended without a lesson (dead-lettered, expired)."
    )
    latency_p50_ms: float | None = strawberry.field(
        description="Succeeded requests, created to stored (null: none finished that day)."
    )
    latency_p95_ms: float | None
    active_learners: int
    by_provider: list[ProviderDayCost]

    @classmethod
    def of(cls, day: selectors.DailyUsage) -> DailyUsage:
        return cls(
            day=day.day.isoformat(),
            cost_usd=day.cost_usd,
            tokens_in=day.tokens_in,
            tokens_out=day.tokens_out,
            calls=day.calls,
            provider_errors=day.provider_errors,
            lessons_generated=day.lessons_generated,
            lessons_reused=day.lessons_reused,
            reuse_lookups=day.reuse_lookups,
            generation_failures=day.generation_failures,
            latency_p50_ms=day.latency_p50_ms,
            latency_p95_ms=day.latency_p95_ms,
            active_learners=day.active_learners,
            by_provider=[ProviderDayCost.of(cost) for cost in day.by_provider],
        )


@strawberry.type
class ModelUsage:
    provider: str
    model: str
    calls: int
    errors: int
    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_p50_ms: float | None = strawberry.field(description="Per call, finished calls only.")
    latency_p95_ms: float | None

    @classmethod
    def of(cls, usage: selectors.ModelUsage) -> ModelUsage:
        return cls(
            provider=usage.provider,
            model=usage.model,
            calls=usage.calls,
            errors=usage.errors,
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            cost_usd=usage.cost_usd,
            latency_p50_ms=usage.latency_p50_ms,
            latency_p95_ms=usage.latency_p95_ms,
        )


@strawberry.type
class ReuseSummary:
    lookups: int
    exact_hits: int
    semantic_hits: int
    misses: int
    hit_rate: float | None = strawberry.field(
        description="Hits / lookups, 0 to 1 (null: no lookup)."
    )


@strawberry.type
class StyleEfficacy:
    style: LearningStyle
    lessons_started: int = strawberry.field(description="Lessons started in the period.")
    lessons_completed: int = strawberry.field(description="Of those, the ones completed.")
    completion_rate: float | None = strawberry.field(
        description="Completed per started lesson, a percentage like styleAdvice's "
        "(null: none started)."
    )
    quizzes: int = strawberry.field(description="First quiz attempts made in the period.")
    mean_quiz_score: float | None = strawberry.field(
        description="Their mean score, 0 to 100 (null: no quiz)."
    )


@strawberry.type
class ActiveLearners:
    today: int
    last_7_days: int = strawberry.field(name="last7Days")
    last_30_days: int = strawberry.field(name="last30Days")


@strawberry.type
class Analytics:
    since: str = strawberry.field(description="The period's first UTC day (ISO date).")
    until: str = strawberry.field(description="Its last, today (ISO date, included).")
    daily: list[DailyUsage] = strawberry.field(description="One per day, oldest first.")
    by_model: list[ModelUsage]
    reuse: ReuseSummary
    cost_usd: float
    generation_latency_p50_ms: float | None
    generation_latency_p95_ms: float | None
    generation_failures: int
    dead_letters: int = strawberry.field(description="The dead-letter queue's size now.")
    variants: list[PromptVariantOutcome] = strawberry.field(
        description="Every prompt variant's outcomes, all time."
    )
    styles: list[StyleEfficacy]
    active_learners: ActiveLearners

    @classmethod
    def of(cls, found: selectors.Analytics) -> Analytics:
        reuse = found.reuse
        return cls(
            since=found.since.isoformat(),
            until=found.until.isoformat(),
            daily=[DailyUsage.of(day) for day in found.daily],
            by_model=[ModelUsage.of(usage) for usage in found.by_model],
            reuse=ReuseSummary(
                lookups=reuse.lookups,
                exact_hits=reuse.exact_hits,
                semantic_hits=reuse.semantic_hits,
                misses=reuse.misses,
                hit_rate=reuse.hit_rate,
            ),
            cost_usd=found.cost_usd,
            generation_latency_p50_ms=found.generation_latency_p50_ms,
            generation_latency_p95_ms=found.generation_latency_p95_ms,
            generation_failures=found.generation_failures,
            dead_letters=found.dead_letters,
            variants=[PromptVariantOutcome.of(outcome) for outcome in found.variants],
            styles=[style_row(StyleEfficacy, s) for s in found.styles],
            active_learners=ActiveLearners(
                today=found.active_learners.today,
                last_7_days=found.active_learners.last_7_days,
                last_30_days=found.active_learners.last_30_days,
            ),
        )


@strawberry.type
class QuotaForecast:
    name: str = strawberry.field(description="The provider or research source.")
    kind: str = strawberry.field(description='"llm" or "research".')
    limit: str = strawberry.field(
        description='Which limit: "requests/day", "tokens/day", "searches/day", "units/day".'
    )
    used_today: int = strawberry.field(description="Since the provider's last reset.")
    daily_limit: int | None = strawberry.field(description="Null: no per-day limit.")
    remaining_today: int | None
    rate_per_hour: float = strawberry.field(
        description="Use in the last hour (in the first hour after a reset: the day so far, "
        "per hour)."
    )
    exhausts_at: datetime | None = strawberry.field(
        description="When it runs out at this rate, if before the reset."
    )
    resets_at: datetime | None = strawberry.field(
        description="The next reset (a rolling limit: when its oldest use leaves the window)."
    )
    status: str = strawberry.field(
        description="ok | warning (80 % used, or running out before the reset) | exhausted | "
        "unlimited."
    )

    @classmethod
    def of(cls, found: Forecast) -> QuotaForecast:
        return cls(
            name=found.name,
            kind=found.kind,
            limit=found.limit,
            used_today=found.used_today,
            daily_limit=found.daily_limit,
            remaining_today=found.remaining_today,
            rate_per_hour=found.rate_per_hour,
            exhausts_at=found.exhausts_at,
            resets_at=found.resets_at,
            status=found.status,
        )


@strawberry.type
class CostControls:
    daily_cost_cap_usd: float | None = strawberry.field(
        description="The admins' daily cost cap (null: the default applies)."
    )
    effective_daily_cost_cap_usd: float = strawberry.field(
        description="The cap in force: dailyCostCapUsd, else the environment's default."
    )
    per_lesson_budget_usd: float | None = strawberry.field(
        description="What a lesson's attempts may cost in all (null: no budget)."
    )
    spent_today_usd: float = strawberry.field(
        description="Spent since UTC midnight, as the cap counts it."
    )
    updated_at: datetime | None
    updated_by: str | None = strawberry.field(description="The email of the admin.")

    @classmethod
    def of(cls, summary: CostControlsSummary) -> CostControls:
        controls = summary.controls
        daily, lesson = controls.daily_cost_cap_usd, controls.per_lesson_budget_usd
        return cls(
            daily_cost_cap_usd=None if daily is None else float(daily),
            effective_daily_cost_cap_usd=summary.effective_daily_cost_cap_usd,
            per_lesson_budget_usd=None if lesson is None else float(lesson),
            spent_today_usd=summary.spent_today_usd,
            updated_at=controls.updated_at,
            updated_by=controls.updated_by,
        )
