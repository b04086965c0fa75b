"""The periods of the analytics: whole UTC days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from django.db import connection

from skillsync.core.errors import InvalidInputError

MIN_DAYS, MAX_DAYS = 1, 90


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def start(self) -> datetime:
        return midnight(self.first)

    @property
    def end(self) -> datetime:
        """Exclusive: the midnight after the last day."""
        return midnight(self.last + timedelta(days=1))

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def period(*, days: int, now: datetime) -> Period:
    """The last ``days`` UTC days, today included. INVALID_INPUT outside 1..90."""
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise InvalidInputError("days", f"must be between {MIN_DAYS} and {MAX_DAYS}")
    today = now.astimezone(UTC).date()
    return Period(first=today - timedelta(days=days - 1), last=today)


def rows(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of one raw query."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
