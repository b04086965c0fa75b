"""Research calls spend the same global budgets as LLM calls (one ledger, one lock per API):
every worker on every machine shares a source's free limits."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from skillsync.generation.models import CallOutcome
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
def spend(source: SourceConfig, *, units: int = 0, request_id: str = "") -> Iterator[None]:
    """One call to ``source`` (and ``units`` of its units budget), or SourceUnavailable with
    when to ask again. Inside, raise RateLimited to block the source for everyone until the
    time the API gave; any exception is recorded on the call."""
    request_id = request_id or uuid.uuid4().hex
    reservations: list[budgets.Reservation] = []
    wanted: list[tuple[budgets.Budgeted, int]] = [(source, 1)]
    units_budget = research_catalog().units_budget(source)
    if units_budget is not None and units:
        wanted.append((units_budget, units))
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
