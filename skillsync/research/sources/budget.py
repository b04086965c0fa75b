"""Research calls spend the same global budgets as LLM calls (one ledger, one lock per API):
every worker on every machine shares a source's free limits."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from skillsync.generation.models import CallOutcome, ProviderState
from skillsync.generation.providers import budgets
from skillsync.research.catalog import SourceConfig, research_catalog
from skillsync.research.sources.base import SourceFailed, SourceUnavailable

TASK = "research"


class RateLimited(Exception):  # noqa: N818
    """The API said to stop until ``until`` (429, quota, backoff): every worker will wait."""

    def __init__(self, reason: str, until: datetime) -> None:
        super().__init__(reason)
        self.reason = reason
        self.until = until


def _outcome(error: BaseException) -> CallOutcome:
    if isinstance(error, RateLimited):
        return CallOutcome.RATE_LIMITED
    if isinstance(error, SourceUnavailable):
        return CallOutcome.AUTH_ERROR
    if isinstance(error, TimeoutError):
        return CallOutcome.TIMEOUT
    if isinstance(error, SourceFailed):
        return CallOutcome.SERVER_ERROR
    return CallOutcome.SERVER_ERROR


@contextmanager
def spend(
    source: SourceConfig, *, units: int = 0, call: bool = True, request_id: str = ""
) -> Iterator[None]:
    """One call to ``source`` (and ``units`` of its units budget), or SourceUnavailable with
    when to ask again. Inside, raise RateLimited to block the source for everyone until the
    time the API gave; any exception is recorded on the call.

    ``call=False`` spends only the units budget, for a method the API counts in units and not
    in the source's own call budget (YouTube's videos.list costs 1 unit, no search call); the
    source's block or disabling still applies."""
    request_id = request_id or uuid.uuid4().hex
    reservations: list[budgets.Reservation] = []
    wanted: list[tuple[budgets.Budgeted, int]] = [(source, 1)] if call else []
    units_budget = research_catalog().units_budget(source)
    if units_budget is not None and units:
        wanted.append((units_budget, units))
    if not wanted:
        raise ValueError(f"{source.name}: a call must spend the call budget or some units")
    if not call:
        _refuse_if_stopped(source.name)
    for budgeted, tokens in wanted:
        reservation = budgets.reserve(
            provider=budgeted, tokens=tokens, task=TASK, request_id=request_id
        )
        if isinstance(reservation, budgets.Unavailable):
            for taken in reservations:  # not sent: give the other budget back
                budgets.finish(reservation=taken, outcome=CallOutcome.BAD_REQUEST, error="unsent")
            raise SourceUnavailable(f"{reservation.reason}", retry_at=reservation.until)
        reservations.append(budgets.mark_sent(reservation))
    try:
        yield
    except RateLimited as limited:
        budgets.block_until(source.name, limited.until, limited.reason[:200])
        _finish(reservations, _outcome(limited), str(limited))
        raise SourceUnavailable(limited.reason, retry_at=limited.until) from None
    except BaseException as error:
        _finish(reservations, _outcome(error), str(error))
        raise
    _finish(reservations, CallOutcome.OK, "")


def _finish(reservations: list[budgets.Reservation], outcome: CallOutcome, error: str) -> None:
    for reservation in reservations:
        budgets.finish(reservation=reservation, outcome=outcome, error=error)


def _refuse_if_stopped(name: str) -> None:
    """SourceUnavailable if ``name`` is disabled or told to wait (what reserve() checks first)."""
    state = ProviderState.objects.filter(provider=name).first()
    if state is None:
        return
    now = budgets.database_now()
    if state.disabled_reason:
        raise SourceUnavailable(state.disabled_reason, retry_at=now + budgets.FOREVER)
    if state.blocked_until and state.blocked_until > now:
        raise SourceUnavailable(state.block_reason or "blocked", retry_at=state.blocked_until)


# Some APIs tell a client to leave one *method* alone for a while (Stack Exchange's "backoff"):
# the wait is kept on the state row "<source>:<method>", shared by every worker like a block.
def _method_key(source: SourceConfig, method: str) -> str:
    return f"{source.name}:{method}"[:64]


def method_free_at(source: SourceConfig, method: str) -> datetime | None:
    """When ``method`` of ``source`` may be called again; None when it may be called now."""
    state = ProviderState.objects.filter(provider=_method_key(source, method)).first()
    if state is None or state.blocked_until is None:
        return None
    return state.blocked_until if state.blocked_until > budgets.database_now() else None


def block_method(source: SourceConfig, method: str, seconds: float, reason: str) -> None:
    """Nobody calls ``method`` of ``source`` for ``seconds`` (the source's other methods stay
    open)."""
    until = budgets.database_now() + timedelta(seconds=seconds)
    budgets.block_until(_method_key(source, method), until, reason)
