"""The quota forecast: for each LLM provider and research source, today's use of each per-day
limit, and when it runs out at the current rate.

Use is counted from our own ledger, the ``ProviderCall`` rows the global budgets write for
every call (research calls included: their ``task`` is "research"; YouTube's quota units are
the rows of "youtube_units", weighing their units). A request counts as one call, a token limit
counts the tokens the budgets count (the provider's figure once known, the reservation while a
call is in flight). One query for every entry.

- **The day** starts at the provider's reset: midnight in its catalog ``daily_reset`` time zone
  (UTC unless said otherwise; Gemini and YouTube reset at midnight Pacific time), or, for a
  "rolling" limit (Groq's), the day is the last 24 hours and nothing resets at once:
  ``resetsAt`` is then when the oldest call counted leaves the window.
- **Rate** (per hour) = use in the last hour; in the first hour after a reset, the day so far
  divided by the time since the reset, taken as at least ``MIN_RATE_SPAN`` (a single call
  seconds after midnight is not a rate of hundreds an hour).
- **Exhaustion** = now + remaining / rate, reported only when it comes before the reset (for a
  rolling limit: within the next 24 hours); none when the rate is 0 or nothing remains.
- **Status**: ``unlimited`` (no per-day limit), ``exhausted`` (nothing remains), ``warning``
  (at least ``WARNING_SHARE`` used, or exhaustion forecast before the reset), else ``ok``.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from django.db.models import Count, Min, Q, Sum
from django.db.models.functions import Coalesce

from skillsync.generation.models import ProviderCall
from skillsync.generation.providers import budgets
from skillsync.generation.providers.catalog import ROLLING, Limits, catalog
from skillsync.research.catalog import research_catalog

DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)
MIN_RATE_SPAN = timedelta(minutes=5)
WARNING_SHARE = 0.8


class Status:
    OK = "ok"
    WARNING = "warning"
    EXHAUSTED = "exhausted"
    UNLIMITED = "unlimited"


@dataclass(frozen=True)
class Quota:
    """One per-day limit of one API, as the catalog describes it."""

    name: str  # the provider or source, as the catalog names it
    kind: str  # "llm" or "research"
    limit: str  # which limit: "requests/day", "tokens/day", "searches/day", "units/day"
    daily_limit: int | None  # None: no per-day limit
    reset: str  # an IANA time zone, or "rolling"
    ledger: str  # the ProviderCall.provider its use is counted under
    tokens: bool = False  # counts tokens (or units) rather than calls


@dataclass(frozen=True)
class Window:
    start: datetime  # the day's use is counted from here
    resets_at: datetime | None  # the next reset (None: rolling)

    def rate_start(self, now: datetime) -> datetime:
        return max(self.start, now - HOUR)


@dataclass(frozen=True)
class Forecast:
    name: str
    kind: str
    limit: str
    used_today: int
    daily_limit: int | None
    remaining_today: int | None
    rate_per_hour: float
    exhausts_at: datetime | None
    resets_at: datetime | None
    status: str


def window(reset: str, now: datetime) -> Window:
    """Today's window of a limit that resets at ``reset``, as seen at ``now``."""
    if reset == ROLLING:
        return Window(start=now - DAY, resets_at=None)
    zone = zoneinfo.ZoneInfo(reset)
    today = now.astimezone(zone).date()
    start = datetime.combine(today, time(0), tzinfo=zone)
    # The next local midnight (23 or 25 hours away on the days clocks change).
    following = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
    return Window(start=start.astimezone(now.tzinfo), resets_at=following.astimezone(now.tzinfo))


def rate_per_hour(used_recently: int, *, since: datetime, now: datetime) -> float:
    """Use per hour, from what was used between ``since`` and ``now`` (at most an hour)."""
    span = max(now - since, MIN_RATE_SPAN)
    return used_recently / (span / HOUR)


def forecast(
    quota: Quota,
    *,
    now: datetime,
    used: int,
    used_recently: int,
    oldest: datetime | None = None,
) -> Forecast:
    """The forecast of one limit from its use today (``used``), its use since the window's
    rate start (``used_recently``) and, for a rolling window, its oldest call in the window."""
    span = window(quota.reset, now)
    rate = rate_per_hour(used_recently, since=span.rate_start(now), now=now)
    resets_at = span.resets_at
    if quota.reset == ROLLING:
        resets_at = None if oldest is None else oldest + DAY
    remaining = None if quota.daily_limit is None else max(0, quota.daily_limit - used)
    exhausts_at = None
    if remaining and rate > 0:
        moment = now + remaining / rate * HOUR
        horizon = span.resets_at if span.resets_at is not None else now + DAY
        exhausts_at = moment if moment < horizon else None
    if quota.daily_limit is None:
        status, resets_at = Status.UNLIMITED, None
    elif remaining == 0:
        status = Status.EXHAUSTED
    elif used >= WARNING_SHARE * quota.daily_limit or exhausts_at is not None:
        status = Status.WARNING
    else:
        status = Status.OK
    return Forecast(
        name=quota.name,
        kind=quota.kind,
        limit=quota.limit,
        used_today=used,
        daily_limit=quota.daily_limit,
        remaining_today=remaining,
        rate_per_hour=rate,
        exhausts_at=exhausts_at,
        resets_at=resets_at,
        status=status,
    )


def _quotas_of(
    name: str, kind: str, limits: Limits, reset: str, *, calls: str, ledger: str
) -> list[Quota]:
    quotas = []
    if limits.requests_per_day is not None:
        quotas.append(Quota(name, kind, f"{calls}/day", limits.requests_per_day, reset, ledger))
    if limits.tokens_per_day is not None:
        quotas.append(
            Quota(name, kind, "tokens/day", limits.tokens_per_day, reset, ledger, tokens=True)
        )
    return quotas


def quotas() -> list[Quota]:
    """Every per-day limit of the catalogs' LLM providers (chain order) and research sources;
    an API with none is listed once, unlimited."""
    found: list[Quota] = []
    providers = catalog()
    for name in providers.chain:
        config = providers.providers[name]
        of = _quotas_of(
            name, "llm", config.limits, config.daily_reset, calls="requests", ledger=name
        )
        found += of or [Quota(name, "llm", "requests/day", None, config.daily_reset, name)]
    research = research_catalog()
    for name, source in research.sources.items():
        calls = "searches" if source.kind == "youtube" else "requests"
        of = _quotas_of(
            name, "research", source.limits, source.daily_reset, calls=calls, ledger=name
        )
        units = research.units_budget(source)
        if units is not None and units.limits.tokens_per_day is not None:
            of.append(
                Quota(
                    name,
                    "research",
                    "units/day",
                    units.limits.tokens_per_day,
                    source.daily_reset,
                    units.name,
                    tokens=True,
                )
            )
        found += of or [Quota(name, "research", f"{calls}/day", None, source.daily_reset, name)]
    return found


def quota_forecast(*, now: datetime | None = None) -> list[Forecast]:
    """The forecast of every quota (see the module's docstring), at ``now`` (the database's
    clock by default). One query."""
    now = now or budgets.database_now()
    found = quotas()
    if not found:
        return []
    weight = budgets.counted_tokens()
    aggregates: dict[str, Any] = {}
    starts = []
    for index, quota in enumerate(found):
        span = window(quota.reset, now)
        starts.append(span.start)
        today = Q(provider=quota.ledger, started_at__gte=span.start, started_at__lte=now)
        recent = Q(provider=quota.ledger, started_at__gte=span.rate_start(now), started_at__lte=now)
        if quota.tokens:
            aggregates[f"used{index}"] = Coalesce(Sum(weight, filter=today), 0)
            aggregates[f"recent{index}"] = Coalesce(Sum(weight, filter=recent), 0)
        else:
            aggregates[f"used{index}"] = Count("id", filter=today)
            aggregates[f"recent{index}"] = Count("id", filter=recent)
        if quota.reset == ROLLING:
            aggregates[f"oldest{index}"] = Min("started_at", filter=today)
    totals = ProviderCall.objects.filter(
        provider__in={quota.ledger for quota in found}, started_at__gte=min(starts)
    ).aggregate(**aggregates)
    return [
        forecast(
            quota,
            now=now,
            used=totals[f"used{index}"],
            used_recently=totals[f"recent{index}"],
            oldest=totals.get(f"oldest{index}"),
        )
        for index, quota in enumerate(found)
    ]
