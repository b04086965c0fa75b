"""Global provider budgets and learned provider state, in PostgreSQL. Research sources use
the same budgets (their "tokens" are their own units, e.g. YouTube quota units).

Every worker on every machine shares one API key per provider, so the limits are enforced
here, not in process memory. A reservation is a ProviderCall row written *before* the request
is sent, under a lock on the provider's state row: the sliding-window counts (requests and
tokens, per minute and per day) include every call any process has started, so no request is
sent that would break a configured limit. What providers answer (retry-after, daily quota,
repeated failures, a bad key) is stored on the same state row and honoured by every process.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol

from django.db import connection, transaction
from django.db.models import Case, Count, F, IntegerField, Sum, When
from django.db.models.functions import Coalesce

from skillsync.generation.models import CallOutcome, ProviderCall, ProviderState
from skillsync.generation.providers.catalog import Limits
from skillsync.settings import env

# Circuit breaker: this many failures in a row (5xx, timeouts) open it for the cool-down; then
# one probe request is let through (half-open); its success closes the circuit.
CIRCUIT_FAILURE_THRESHOLD = 3
CIRCUIT_COOLDOWN = timedelta(seconds=30)
PROBE_TIMEOUT = timedelta(seconds=120)
FOREVER = timedelta(days=3650)
# Windows are counted this much longer than the provider's (see _window_blocker).
WINDOW_MARGIN = 0.02
COST_CAP_LOCK = 7_220_001  # pg_advisory_xact_lock key for the shared daily cost cap


class Budgeted(Protocol):
    """What a budget needs to know of an API: an LLM provider or a research source."""

    @property
    def name(self) -> str: ...
    @property
    def model(self) -> str: ...
    @property
    def free(self) -> bool: ...
    @property
    def limits(self) -> Limits: ...


def minute() -> timedelta:
    return timedelta(seconds=60 / env.LLM_TIME_SCALE)


def day() -> timedelta:
    return timedelta(seconds=86_400 / env.LLM_TIME_SCALE)


@dataclass(frozen=True)
class Reservation:
    call_id: uuid.UUID
    provider: str
    started_at: datetime


@dataclass(frozen=True)
class Unavailable:
    provider: str
    until: datetime  # earliest time worth trying again
    reason: str
    permanent: bool = False  # nothing will change by waiting (disabled, request too large)


def database_now() -> datetime:
    """The database clock: every process, on every machine, agrees on it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT clock_timestamp()")
        row = cursor.fetchone()
    assert row is not None
    now: datetime = row[0]
    return now


def counted_tokens() -> Case:
    """A call weighs what the provider counted once known, its reservation until then."""
    return Case(
        When(outcome=CallOutcome.IN_FLIGHT, then=F("tokens_reserved")),
        When(prompt_tokens=0, completion_tokens=0, then=F("tokens_reserved")),
        default=F("prompt_tokens") + F("completion_tokens"),
        output_field=IntegerField(),
    )


def _window_blocker(
    *,
    name: str,
    now: datetime,
    window: timedelta,
    max_requests: int | None,
    max_tokens: int | None,
    tokens: int,
) -> tuple[datetime, str] | None:
    """When the window would admit one more call of ``tokens``, if it does not now. The window
    is counted a little long (WINDOW_MARGIN): the provider sees each call slightly after we
    record it, and must never count one more than we did."""
    if max_requests is None and max_tokens is None:
        return None
    if max_tokens is not None and tokens > max_tokens:
        return now + FOREVER, "request larger than the token limit"
    span = window * (1 + WINDOW_MARGIN)
    in_window = ProviderCall.objects.filter(provider=name, started_at__gt=now - span)
    totals = in_window.aggregate(calls=Count("id"), weight=Coalesce(Sum(counted_tokens()), 0))
    too_many = max_requests is not None and totals["calls"] + 1 > max_requests
    too_heavy = max_tokens is not None and totals["weight"] + tokens > max_tokens
    if not (too_many or too_heavy):
        return None
    # Walk the oldest calls out of the window until the new one fits.
    count, weight = totals["calls"], totals["weight"]
    rows = (
        in_window.order_by("started_at").annotate(w=counted_tokens()).values_list("started_at", "w")
    )
    for started_at, call_weight in rows.iterator():
        count, weight = count - 1, weight - call_weight
        fits_count = max_requests is None or count + 1 <= max_requests
        fits_tokens = max_tokens is None or weight + tokens <= max_tokens
        if fits_count and fits_tokens:
            return started_at + span, "requests" if too_many else "tokens"
    return now + span, "tokens"


def spent_today_usd(now: datetime) -> Decimal:
    """Spent since UTC midnight by every call, those in flight at their estimate."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    spent = ProviderCall.objects.filter(started_at__gte=midnight).aggregate(
        total=Coalesce(Sum("cost_usd"), Decimal(0))
    )["total"]
    return Decimal(spent)


def _state_locked(name: str) -> ProviderState:
    ProviderState.objects.get_or_create(provider=name)
    return ProviderState.objects.select_for_update().get(provider=name)


@transaction.atomic
def reserve(
    *,
    provider: Budgeted,
    tokens: int,
    task: str = "",
    request_id: str = "",
    attempt: int = 1,
    estimated_cost_usd: float = 0.0,
    daily_cost_cap_usd: float | None = None,
) -> Reservation | Unavailable:
    """Reserve one call of about ``tokens`` tokens, or say when to try again."""
    name = provider.name
    state = _state_locked(name)
    now = database_now()
    if state.disabled_reason:
        return Unavailable(name, now + FOREVER, state.disabled_reason, permanent=True)
    if state.blocked_until and state.blocked_until > now:
        return Unavailable(name, state.blocked_until, state.block_reason or "blocked")
    half_open = False
    if state.circuit_open_until:
        if state.circuit_open_until > now:
            return Unavailable(name, state.circuit_open_until, "circuit open")
        probe_timeout = PROBE_TIMEOUT / env.LLM_TIME_SCALE
        if state.probe_started_at and state.probe_started_at > now - probe_timeout:
            return Unavailable(
                name, state.probe_started_at + probe_timeout, "circuit half-open: probing"
            )
        half_open = True

    limits = provider.limits
    for window, max_requests, max_tokens in (
        (minute(), limits.requests_per_minute, limits.tokens_per_minute),
        (day(), limits.requests_per_day, limits.tokens_per_day),
    ):
        blocker = _window_blocker(
            name=name,
            now=now,
            window=window,
            max_requests=max_requests,
            max_tokens=max_tokens,
            tokens=tokens,
        )
        if blocker is not None:
            until, what = blocker
            return Unavailable(name, until, f"{what} budget", permanent=until - now >= FOREVER)

    estimate = Decimal(str(round(estimated_cost_usd, 8)))
    if not provider.free and daily_cost_cap_usd is not None:
        # Every paid provider shares one cap: serialise the check across all of them, and
        # count calls still in flight at their estimate (written below).
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [COST_CAP_LOCK])
        if spent_today_usd(now) + estimate > Decimal(str(daily_cost_cap_usd)):
            tomorrow = now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
            return Unavailable(name, tomorrow, "daily cost cap reached")

    if half_open:  # claimed last: a refusal above must not leave a probe "running"
        state.probe_started_at = now
        state.save(update_fields=["probe_started_at", "updated_at"])
    call = ProviderCall.objects.create(
        provider=name,
        model=provider.model,
        task=task,
        request_id=request_id,
        attempt=attempt,
        started_at=now,
        tokens_reserved=tokens,
        cost_usd=estimate,  # until the provider's usage is known
    )
    return Reservation(call_id=call.id, provider=name, started_at=now)


def mark_sent(reservation: Reservation) -> Reservation:
    """Stamp the call with the moment it leaves, just before sending. Windows are counted from
    that stamp, which is much closer to when the provider sees the call than the reservation
    (a thread can wait between the two), so the next caller is admitted exactly when the
    provider will agree."""
    now = database_now()
    ProviderCall.objects.filter(pk=reservation.call_id).update(started_at=now)
    return Reservation(call_id=reservation.call_id, provider=reservation.provider, started_at=now)


def finish(
    *,
    reservation: Reservation,
    outcome: CallOutcome,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
    cost_usd: float = 0.0,
    error: str = "",
    provider_request_id: str = "",
) -> None:
    """Complete the call's row: what came back, what it cost, how long it took."""
    now = database_now()
    ProviderCall.objects.filter(pk=reservation.call_id).update(
        finished_at=now,
        outcome=outcome,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cost_usd=Decimal(str(round(cost_usd, 8))),
        latency_ms=max(0, int((now - reservation.started_at).total_seconds() * 1000)),
        error=error[:500],
        provider_request_id=provider_request_id[:128],
    )


def mark_rejected(reservation: Reservation, error: str) -> None:
    """A finished call whose answer parsed but was then rejected by the caller's check."""
    ProviderCall.objects.filter(pk=reservation.call_id).update(
        outcome=CallOutcome.INVALID_OUTPUT, error=error[:500]
    )


@transaction.atomic
def record_success(name: str) -> None:
    """The provider answered (whatever it said, it is up): close the circuit, end a probe."""
    state = _state_locked(name)
    if state.consecutive_failures or state.circuit_open_until or state.probe_started_at:
        state.consecutive_failures = 0
        state.circuit_open_until = None
        state.probe_started_at = None
        state.save()


@transaction.atomic
def record_failure(name: str) -> None:
    """A 5xx or a timeout. Enough in a row (or a failed probe) open the circuit."""
    state = _state_locked(name)
    state.consecutive_failures += 1
    failed_probe = state.probe_started_at is not None
    if failed_probe or state.consecutive_failures >= CIRCUIT_FAILURE_THRESHOLD:
        state.circuit_open_until = database_now() + CIRCUIT_COOLDOWN / env.LLM_TIME_SCALE
        state.probe_started_at = None
    state.save()


@transaction.atomic
def block_until(name: str, until: datetime, reason: str) -> None:
    """The provider told us to wait (retry-after, a daily quota): nobody calls it before."""
    state = _state_locked(name)
    if state.blocked_until is None or until > state.blocked_until:
        state.blocked_until, state.block_reason = until, reason[:200]
        state.save()


@transaction.atomic
def disable(name: str, reason: str) -> None:
    """A bad key: no process calls this provider until an operator re-enables it."""
    state = _state_locked(name)
    state.disabled_reason = reason[:200]
    state.save()


def enable(name: str) -> None:
    ProviderState.objects.filter(provider=name).update(disabled_reason="")


def record_builtin_call(
    *, task: str, request_id: str, prompt_tokens: int, completion_tokens: int
) -> None:
    """The offline provider has no budget, but its calls are accounted like any other."""
    now = database_now()
    ProviderCall.objects.create(
        provider="builtin",
        model="builtin-1",
        task=task,
        request_id=request_id,
        started_at=now,
        finished_at=now,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        latency_ms=0,
        outcome=CallOutcome.OK,
    )
