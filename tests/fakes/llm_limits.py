"""Server-side rate limits of the fake LLM server: sliding windows, in scaled time.

Every provider keeps four sliding windows over its *admitted* requests: requests in the last
minute and day, and tokens in the last minute and day. A window "minute" lasts
``60 * time_scale`` real seconds and a "day" ``86400 * time_scale``. A request is admitted when
every configured limit still has room for it; the wait reported on refusal is the exact real time
until it would be admitted (when the oldest entries leave the windows), so a client that sleeps
that long and retries succeeds — unless something else used the room first.

Sliding windows are stricter than the providers' own accounting (Groq refills continuously,
OpenRouter and Gemini reset per-day counters at midnight): a client that stays inside them also
stays inside the real limits.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Literal

LimitKind = Literal["minute", "day", "tokens_minute", "tokens_day"]
LIMIT_KINDS: tuple[LimitKind, ...] = ("minute", "day", "tokens_minute", "tokens_day")
# When a request breaks several limits the first one in this order is reported.
_CHECK_ORDER: tuple[LimitKind, ...] = ("day", "tokens_day", "minute", "tokens_minute")
MINUTE = 60.0
DAY = 86_400.0


@dataclass(frozen=True)
class Limits:
    """Per-provider limits; ``None`` means not enforced."""

    rpm: int | None = None
    rpd: int | None = None
    tpm: int | None = None
    tpd: int | None = None

    def of(self, kind: LimitKind) -> int | None:
        values = {"minute": self.rpm, "day": self.rpd, "tokens_minute": self.tpm}
        return values.get(kind, self.tpd)


@dataclass(frozen=True)
class Refusal:
    """Why a request was not admitted."""

    kind: LimitKind
    limit: int
    used: int  # requests or tokens already in the window
    requested: int  # 1 for request limits, the request's token charge for token limits
    wait: float  # real seconds until the request would be admitted (inf: never)

    @property
    def too_large(self) -> bool:
        """The request alone exceeds a token limit: it can never succeed."""
        return math.isinf(self.wait)


@dataclass(frozen=True)
class WindowState:
    """Usage after the current request, for response headers (Groq's ``x-ratelimit-*``)."""

    requests_minute: int
    requests_day: int
    tokens_minute: int
    tokens_day: int
    requests_day_reset: float  # real seconds until the day's request window is empty
    tokens_minute_reset: float  # real seconds until the minute's token window is empty
    requests_minute_reset: float
    tokens_day_reset: float


class _Window:
    def __init__(self) -> None:
        self.entries: deque[tuple[float, int]] = deque()
        self.total = 0

    def prune(self, now: float, length: float) -> None:
        while self.entries and self.entries[0][0] <= now - length:
            self.total -= self.entries.popleft()[1]

    def add(self, now: float, amount: int) -> None:
        self.entries.append((now, amount))
        self.total += amount

    def wait_for(self, now: float, length: float, limit: int, amount: int) -> float:
        if amount > limit:
            return math.inf
        excess = self.total + amount - limit
        if excess <= 0:
            return 0.0
        freed = 0
        for started, used in self.entries:
            freed += used
            if freed >= excess:
                return max(0.0, started + length - now)
        return 0.0

    def empty_in(self, now: float, length: float) -> float:
        return max(0.0, self.entries[-1][0] + length - now) if self.entries else 0.0


class Usage:
    """The four windows of one provider. Not thread-safe: the server holds its lock around it."""

    def __init__(self) -> None:
        self._windows: dict[LimitKind, _Window] = {kind: _Window() for kind in LIMIT_KINDS}

    @staticmethod
    def length(kind: LimitKind, time_scale: float) -> float:
        return (MINUTE if kind in ("minute", "tokens_minute") else DAY) * time_scale

    def _prune(self, now: float, time_scale: float) -> None:
        for kind, window in self._windows.items():
            window.prune(now, self.length(kind, time_scale))

    def check(self, now: float, time_scale: float, limits: Limits, tokens: int) -> Refusal | None:
        """The first limit the request would break, or None when it may be admitted."""
        self._prune(now, time_scale)
        refusals: list[Refusal] = []
        for kind in _CHECK_ORDER:
            limit = limits.of(kind)
            if limit is None:
                continue
            amount = tokens if kind.startswith("tokens") else 1
            window = self._windows[kind]
            wait = window.wait_for(now, self.length(kind, time_scale), limit, amount)
            if wait > 0:
                refusals.append(Refusal(kind, limit, window.total, amount, wait))
        if not refusals:
            return None
        # Report the first broken limit, with the wait until *all* broken limits have room.
        first = refusals[0]
        wait = max(r.wait for r in refusals)
        return Refusal(first.kind, first.limit, first.used, first.requested, wait)

    def charge(self, now: float, tokens: int) -> None:
        for kind, window in self._windows.items():
            window.add(now, tokens if kind.startswith("tokens") else 1)

    def state(self, now: float, time_scale: float) -> WindowState:
        self._prune(now, time_scale)
        w = self._windows
        return WindowState(
            requests_minute=w["minute"].total,
            requests_day=w["day"].total,
            tokens_minute=w["tokens_minute"].total,
            tokens_day=w["tokens_day"].total,
            requests_day_reset=w["day"].empty_in(now, self.length("day", time_scale)),
            tokens_minute_reset=w["tokens_minute"].empty_in(
                now, self.length("tokens_minute", time_scale)
            ),
            requests_minute_reset=w["minute"].empty_in(now, self.length("minute", time_scale)),
            tokens_day_reset=w["tokens_day"].empty_in(now, self.length("tokens_day", time_scale)),
        )


def go_duration(seconds: float) -> str:
    """A Go ``time.Duration`` string as Groq sends it: ``2m59.56s``, ``7.66s``, ``120ms``, ``0s``.

    Rounded *up* to the millisecond, so a client that waits this long is never early.
    """
    if seconds <= 0:
        return "0s"
    if math.isinf(seconds):
        seconds = DAY
    ms = math.ceil(round(seconds * 1000, 6))
    if ms < 1000:
        return f"{ms}ms"
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, frac = divmod(rest, 1000)
    text = f"{hours}h" if hours else ""
    if hours or minutes:
        text += f"{minutes}m"
    text += str(whole)
    if frac:
        text += "." + f"{frac:03d}".rstrip("0")
    return text + "s"


def whole_seconds(seconds: float) -> int:
    """A ``Retry-After`` value: whole seconds, rounded up (at least 1 when there is a wait)."""
    if math.isinf(seconds):
        return int(DAY)
    return max(0, math.ceil(round(seconds, 6)))
