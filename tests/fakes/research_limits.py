"""Server-side limits of the fake research server: fixed windows, in scaled time.

Each source has named limits (``LIMIT_NAMES``) with the real APIs' documented values as defaults
(``DEFAULT_LIMITS``); ``None`` switches one off. A request *charges* one or more buckets (a
bucket is a limit for one identity: the Stack Exchange key, the GitHub token, the YouTube key, or
"" for the anonymous caller). A bucket is a fixed window that starts with the first request
charged to it and lasts one scaled second/minute/hour/day (``60 * time_scale`` real seconds for a
minute); it empties when it ends, like GitHub's ``x-ratelimit-reset`` and the daily quotas.
A request is admitted when every bucket it charges has room; a refused request charges nothing.

What is charged (every request the real API would attribute to the caller, scripted errors
included; credential failures and refusals never):

- stackexchange: 1 on ``per_day`` (no ``key``) or ``per_day_with_key``; ``per_second`` (burst,
  off by default) the same way: above it the connection is dropped without an answer.
- github: 1 on ``search_per_minute[_with_token]`` for ``/search/*``, on
  ``core_per_hour[_with_token]`` for ``/repos/*``; ``/rate_limit`` is free, and so is a 304 with a
  token.
- devto: 1 on ``per_second`` (Rack::Attack's ``api_throttle``: 3 GETs a second per IP) and on
  ``per_minute`` (off by default; answered like the throttle when set).
- youtube: 1 on ``search_per_day`` for search.list, 1 on ``units_per_day`` for videos.list.
- docs: 1 on ``per_minute`` (off by default; a 429 HTML page with ``Retry-After`` when set).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SECOND = 1.0
MINUTE = 60.0
HOUR = 3600.0
DAY = 86_400.0

LIMIT_NAMES: dict[str, tuple[str, ...]] = {
    "stackexchange": ("per_day", "per_day_with_key", "per_second"),
    "github": (
        "search_per_minute",
        "search_per_minute_with_token",
        "core_per_hour",
        "core_per_hour_with_token",
    ),
    "devto": ("per_second", "per_minute"),
    "youtube": ("search_per_day", "units_per_day"),
    "docs": ("per_minute",),
}
DEFAULT_LIMITS: dict[str, dict[str, int | None]] = {
    # stackexchange.md §5: 300/day per IP, 10,000 with a key; the 30/s burst is off by default.
    "stackexchange": {"per_day": 300, "per_day_with_key": 10_000, "per_second": None},
    # github.md §3
    "github": {
        "search_per_minute": 10,
        "search_per_minute_with_token": 30,
        "core_per_hour": 60,
        "core_per_hour_with_token": 5000,
    },
    # devto.md §6: Rack::Attack api_throttle; per_minute (off) can hold a client to its budget
    "devto": {"per_second": 3, "per_minute": None},
    # youtube.md: 100 search.list calls a day in their own bucket, 10,000 units for the rest
    "youtube": {"search_per_day": 100, "units_per_day": 10_000},
    "docs": {"per_minute": None},  # no documented limit; a politeness check when set
}
WINDOWS: dict[str, float] = {
    "per_day": DAY,
    "per_day_with_key": DAY,
    "per_second": SECOND,
    "per_minute": MINUTE,
    "search_per_minute": MINUTE,
    "search_per_minute_with_token": MINUTE,
    "core_per_hour": HOUR,
    "core_per_hour_with_token": HOUR,
    "search_per_day": DAY,
    "units_per_day": DAY,
}


def check_limits(source: str, values: Mapping[str, int | None]) -> None:
    """ValueError unless every name is one of ``source``'s limits and every value is a
    non-negative integer or None."""
    names = LIMIT_NAMES[source]
    for name, value in values.items():
        if name not in names:
            raise ValueError(f"{source} has no limit {name!r}; expected one of {names}")
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 0
        ):
            raise ValueError(f"limits must be non-negative integers or None, got {value!r}")


@dataclass(frozen=True)
class Charge:
    """One bucket a request uses: ``amount`` of limit ``name`` for ``identity``."""

    name: str
    identity: str = ""
    amount: int = 1


@dataclass(frozen=True)
class BucketState:
    """A bucket after the current request, for response headers and wrapper fields."""

    name: str
    limit: int | None  # None: not enforced
    used: int
    reset_in: float  # real seconds until the window ends (a full window when it is empty)

    def remaining(self, default_limit: int) -> int:
        limit = self.limit if self.limit is not None else default_limit
        return max(0, limit - self.used)


@dataclass(frozen=True)
class Refusal:
    """Why a request was not admitted: the first full bucket."""

    name: str
    identity: str
    limit: int
    used: int
    wait: float  # real seconds until the bucket's window ends


class _Window:
    def __init__(self) -> None:
        self.started: float | None = None
        self.used = 0

    def roll(self, now: float, length: float) -> None:
        if self.started is not None and now >= self.started + length:
            self.started, self.used = None, 0

    def reset_in(self, now: float, length: float) -> float:
        return length if self.started is None else max(0.0, self.started + length - now)


class Usage:
    """Every bucket of every source. Not thread-safe: the server holds its lock around it."""

    def __init__(self) -> None:
        self._windows: dict[tuple[str, str, str], _Window] = {}

    def _window(self, source: str, charge: Charge, now: float, length: float) -> _Window:
        window = self._windows.setdefault((source, charge.name, charge.identity), _Window())
        window.roll(now, length)
        return window

    def check(
        self,
        source: str,
        charges: list[Charge],
        limits: Mapping[str, int | None],
        now: float,
        time_scale: float,
    ) -> Refusal | None:
        for charge in charges:
            limit = limits.get(charge.name)
            if limit is None:
                continue
            length = WINDOWS[charge.name] * time_scale
            window = self._window(source, charge, now, length)
            if window.used + charge.amount > limit:
                wait = window.reset_in(now, length)
                return Refusal(charge.name, charge.identity, limit, window.used, wait)
        return None

    def charge(self, source: str, charges: list[Charge], now: float, time_scale: float) -> None:
        for charge in charges:
            window = self._window(source, charge, now, WINDOWS[charge.name] * time_scale)
            if window.started is None:
                window.started = now
            window.used += charge.amount

    def state(
        self,
        source: str,
        charge: Charge,
        limits: Mapping[str, int | None],
        now: float,
        time_scale: float,
    ) -> BucketState:
        length = WINDOWS[charge.name] * time_scale
        window = self._window(source, charge, now, length)
        return BucketState(
            charge.name, limits.get(charge.name), window.used, window.reset_in(now, length)
        )

    def snapshot(self, source: str, now: float, time_scale: float) -> list[dict[str, object]]:
        """The non-empty buckets of ``source``, for the control API."""
        rows: list[dict[str, object]] = []
        for (owner, name, identity), window in sorted(self._windows.items()):
            length = WINDOWS[name] * time_scale
            window.roll(now, length)
            if owner != source or window.started is None:
                continue
            rows.append(
                {
                    "limit": name,
                    "identity": identity,
                    "used": window.used,
                    "reset_in": window.reset_in(now, length),
                }
            )
        return rows
