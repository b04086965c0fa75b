"""What SkillSync did and cost, per UTC day, for the admins' analytics page. PostgreSQL does
the work (GROUP BY the UTC day, ``(at AT TIME ZONE 'UTC')::date``, date_trunc's day; FILTER
clauses; percentile_cont; GROUPING SETS for a day's figures and the period's in one pass): a
call runs a fixed number of queries (11) whatever the amount of data. The days are
``periods.py``'s, active learners ``activity.py``'s.

Definitions (also in the README, *Analytics and cost controls*):

- **The period**: the last ``days`` UTC calendar days, today included (so far); ``since`` and
  ``until`` are its first and last day (ISO dates, both included). ``daily`` has one entry per
  day, oldest first, zeros on days with nothing.
- **Provider calls** (cost, tokens in/out, calls, errors, per provider and model): the LLM
  calls of the ledger (``ProviderCall``, research calls left out), by the day they started.
  Cost is what each call was charged (a call still in flight counts at its estimate); an error
  is a call that finished with anything but ``ok``; a model's latency percentiles are over
  its finished calls.
- **Lessons generated**: contents a provider wrote (``LessonContent`` rows whose metadata
  names their provider), by the day they were stored: first versions, learners' regenerated
  versions and replacements alike.
- **Lessons reused**: reuse lookups answered by a stored lesson (exact or semantic hit) that
  day; ``reuseLookups`` counts every lookup, misses included; the hit rate is hits / lookups.
- **Generation latency**: for each generation request that succeeded, from its creation (the
  learner's click) to its result stored: queueing, research, writing, checks and retries
  included, reused lessons too — what the learner waits. p50/p95 by linear interpolation
  (percentile_cont), in milliseconds, by the day the request finished.
- **Generation failures**: requests that ended without a lesson (dead-lettered or expired), by
  the day they ended; ``deadLetters`` is the size of the dead-letter queue now (every request
  still dead-lettered, whenever it happened; requeued or purged ones have left it).
- **Active learners**: distinct users who did something as learners — a lesson's progress
  changed (opened, completed, time spent), a quiz submitted, a tutor question asked, a vote cast
  or changed, a review card answered. Per day, and today / the last 7 / the last 30 calendar
  days (today included), whatever the period.
- **Style efficacy**: every learner's record per style, as style advice counts one learner's
  (``learning.style_advice``), over lessons started and first quiz attempts made in the
  period. **Variants**: the all-time outcomes of each prompt variant (``promptVariantOutcomes``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from django.db.models import Count, Q
from django.db.models.functions import TruncDate

from skillsync.analytics.activity import ActiveLearners, active_learners
from skillsync.analytics.periods import MAX_DAYS, MIN_DAYS, Period, period, rows
from skillsync.generation.models import (
    CallOutcome,
    GenerationRequest,
    ProviderCall,
    RequestStatus,
)
from skillsync.generation.outcomes import VariantOutcome, prompt_variant_outcomes
from skillsync.learning.models import LessonContent
from skillsync.learning.style_advice import StyleStats, style_efficacy
from skillsync.research.sources.budget import TASK as RESEARCH_TASK
from skillsync.reuse.models import LookupOutcome, ReuseLookup

__all__ = [
    "MAX_DAYS",
    "MIN_DAYS",
    "ActiveLearners",
    "Analytics",
    "DailyUsage",
    "ModelUsage",
    "ProviderDayCost",
    "ReuseSummary",
    "analytics",
]


@dataclass(frozen=True)
class ProviderDayCost:
    provider: str
    model: str
    calls: int
    cost_usd: float


@dataclass(frozen=True)
class ModelUsage:
    provider: str
    model: str
    calls: int
    errors: int
    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_p50_ms: float | None
    latency_p95_ms: float | None


@dataclass(frozen=True)
class DailyUsage:
    day: date
    cost_usd: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0
    provider_errors: int = 0
    lessons_generated: int = 0
    lessons_reused: int = 0
    reuse_lookups: int = 0
    generation_failures: int = 0
    latency_p50_ms: float | None = None
    latency_p95_ms: float | None = None
    active_learners: int = 0
    by_provider: list[ProviderDayCost] = field(default_factory=list)


@dataclass(frozen=True)
class ReuseSummary:
    lookups: int = 0
    exact_hits: int = 0
    semantic_hits: int = 0
    misses: int = 0

    @property
    def hit_rate(self) -> float | None:
        """Hits (exact and semantic) / lookups; None without lookups."""
        if not self.lookups:
            return None
        return (self.exact_hits + self.semantic_hits) / self.lookups


@dataclass(frozen=True)
class Analytics:
    since: date
    until: date
    daily: list[DailyUsage]
    by_model: list[ModelUsage]
    reuse: ReuseSummary
    cost_usd: float
    generation_latency_p50_ms: float | None
    generation_latency_p95_ms: float | None
    generation_failures: int
    dead_letters: int
    variants: list[VariantOutcome]
    styles: list[StyleStats]
    active_learners: ActiveLearners


def _ms(value: float | None) -> float | None:
    return None if value is None else float(value)


# -- provider calls ---------------------------------------------------------------------------
_CALLS_SQL = f"""
SELECT GROUPING(day) = 1 AS whole_period, day, provider, model,
       count(*),
       count(*) FILTER (WHERE outcome NOT IN (%(ok)s, %(in_flight)s)),
       coalesce(sum(prompt_tokens), 0),
       coalesce(sum(completion_tokens), 0),
       coalesce(sum(cost_usd), 0),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms),
       percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms)
FROM (
    SELECT (started_at AT TIME ZONE 'UTC')::date AS day, provider, model, outcome,
           prompt_tokens, completion_tokens, cost_usd, latency_ms
    FROM {ProviderCall._meta.db_table}
    WHERE started_at >= %(start)s AND started_at < %(end)s AND task <> %(research)s
) AS calls
GROUP BY GROUPING SETS ((day, provider, model), (provider, model))
ORDER BY day NULLS LAST, provider, model
"""  # noqa: S608 - our table, no input


@dataclass
class _DayCalls:
    cost: Decimal = Decimal(0)
    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0
    errors: int = 0
    by_provider: list[ProviderDayCost] = field(default_factory=list)


def _provider_calls(span: Period) -> tuple[dict[date, _DayCalls], list[ModelUsage]]:
    days: dict[date, _DayCalls] = defaultdict(_DayCalls)
    models = []
    params = {
        "start": span.start,
        "end": span.end,
        "research": RESEARCH_TASK,
        "ok": CallOutcome.OK.value,
        "in_flight": CallOutcome.IN_FLIGHT.value,
    }
    for row in rows(_CALLS_SQL, params):
        whole, day, provider, model, calls, errors, tokens_in, tokens_out, cost, p50, p95 = row
        if whole:
            models.append(
                ModelUsage(
                    provider=provider,
                    model=model,
                    calls=calls,
                    errors=errors,
                    tokens_in=int(tokens_in),
                    tokens_out=int(tokens_out),
                    cost_usd=float(cost),
                    latency_p50_ms=_ms(p50),
                    latency_p95_ms=_ms(p95),
                )
            )
            continue
        totals = days[day]
        totals.cost += cost
        totals.tokens_in += int(tokens_in)
        totals.tokens_out += int(tokens_out)
        totals.calls += calls
        totals.errors += errors
        totals.by_provider.append(ProviderDayCost(provider, model, calls, float(cost)))
    return days, models


# -- generation requests ----------------------------------------------------------------------
_REQUESTS_SQL = f"""
SELECT GROUPING(day) = 1 AS whole_period, day,
       count(*) FILTER (WHERE status IN (%(dead_lettered)s, %(expired)s)),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE status = %(succeeded)s),
       percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) FILTER (WHERE status = %(succeeded)s),
       (SELECT count(*) FROM {GenerationRequest._meta.db_table} WHERE status = %(dead_lettered)s)
FROM (
    SELECT (finished_at AT TIME ZONE 'UTC')::date AS day, status,
           (extract(epoch FROM finished_at - created_at) * 1000)::double precision AS ms
    FROM {GenerationRequest._meta.db_table}
    WHERE finished_at >= %(start)s AND finished_at < %(end)s
) AS finished
GROUP BY GROUPING SETS ((day), ())
"""  # noqa: S608 - our table, no input


@dataclass(frozen=True)
class _Requests:
    failures: int = 0
    p50: float | None = None
    p95: float | None = None


def _generation_requests(span: Period) -> tuple[dict[date, _Requests], _Requests, int]:
    """Per day and for the whole period; and the dead-letter queue's size."""
    days: dict[date, _Requests] = {}
    whole_period, dead_letters = _Requests(), 0
    params = {
        "start": span.start,
        "end": span.end,
        "succeeded": RequestStatus.SUCCEEDED.value,
        "dead_lettered": RequestStatus.DEAD_LETTERED.value,
        "expired": RequestStatus.EXPIRED.value,
    }
    for whole, day, failures, p50, p95, dlq in rows(_REQUESTS_SQL, params):
        figures = _Requests(failures, _ms(p50), _ms(p95))
        dead_letters = dlq
        if whole:
            whole_period = figures
        else:
            days[day] = figures
    return days, whole_period, dead_letters


# -- reuse and lessons ------------------------------------------------------------------------
def _reuse(span: Period) -> dict[date, ReuseSummary]:
    rows = (
        ReuseLookup.objects.filter(created_at__gte=span.start, created_at__lt=span.end)
        .annotate(day=TruncDate("created_at", tzinfo=UTC))
        .values("day")
        .annotate(
            lookups=Count("id"),
            exact=Count("id", filter=Q(outcome=LookupOutcome.EXACT)),
            semantic=Count("id", filter=Q(outcome=LookupOutcome.SEMANTIC)),
            misses=Count("id", filter=Q(outcome=LookupOutcome.MISS)),
        )
        .order_by()
    )
    return {
        row["day"]: ReuseSummary(row["lookups"], row["exact"], row["semantic"], row["misses"])
        for row in rows
    }


def _lessons_generated(span: Period) -> dict[date, int]:
    rows = (
        LessonContent.objects.filter(
            created_at__gte=span.start,
            created_at__lt=span.end,
            generation_metadata__has_key="ai_provider",
        )
        .annotate(day=TruncDate("created_at", tzinfo=UTC))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {row["day"]: row["n"] for row in rows}


# -- the page ---------------------------------------------------------------------------------
def analytics(*, days: int = 30, now: datetime) -> Analytics:
    """The figures of the last ``days`` UTC days (1..90, INVALID_INPUT otherwise) as seen at
    ``now``; see the module's docstring for what each one means."""
    span = period(days=days, now=now)
    calls, by_model = _provider_calls(span)
    requests, whole_period, dead_letters = _generation_requests(span)
    reuse = _reuse(span)
    generated = _lessons_generated(span)
    active, windows = active_learners(span, today=now.astimezone(UTC).date())
    daily = []
    for day in span.days():
        spent, finished = calls.get(day, _DayCalls()), requests.get(day, _Requests())
        looked_up = reuse.get(day, ReuseSummary())
        daily.append(
            DailyUsage(
                day=day,
                cost_usd=float(spent.cost),
                tokens_in=spent.tokens_in,
                tokens_out=spent.tokens_out,
                calls=spent.calls,
                provider_errors=spent.errors,
                lessons_generated=generated.get(day, 0),
                lessons_reused=looked_up.exact_hits + looked_up.semantic_hits,
                reuse_lookups=looked_up.lookups,
                generation_failures=finished.failures,
                latency_p50_ms=finished.p50,
                latency_p95_ms=finished.p95,
                active_learners=active.get(day, 0),
                by_provider=spent.by_provider,
            )
        )
    total_reuse = ReuseSummary(
        lookups=sum(r.lookups for r in reuse.values()),
        exact_hits=sum(r.exact_hits for r in reuse.values()),
        semantic_hits=sum(r.semantic_hits for r in reuse.values()),
        misses=sum(r.misses for r in reuse.values()),
    )
    return Analytics(
        since=span.first,
        until=span.last,
        daily=daily,
        by_model=by_model,
        reuse=total_reuse,
        cost_usd=float(sum((c.cost for c in calls.values()), Decimal(0))),
        generation_latency_p50_ms=whole_period.p50,
        generation_latency_p95_ms=whole_period.p95,
        generation_failures=whole_period.failures,
        dead_letters=dead_letters,
        variants=prompt_variant_outcomes(),
        styles=style_efficacy(since=span.start, until=span.end),
        active_learners=windows,
    )
