"""The protocol every research source implements, and how a source says it could not help."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from skillsync.research.passages import Passage


class SourceUnavailable(Exception):  # noqa: N818 - a state, not a failure of ours
    """The source cannot be asked now: no key, budget spent, disabled, or told to back off.
    ``retry_at``: when it may be asked again, if known."""

    def __init__(self, reason: str, retry_at: datetime | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_at = retry_at


class SourceFailed(Exception):  # noqa: N818
    """The source was asked and did not answer usefully (timeout, error, malformed body)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ResearchSource(Protocol):
    name: str

    def fetch(self, topic: str, *, style: str, limit: int, time_limit: float) -> list[Passage]:
        """Up to ``limit`` passages about ``topic``, within ``time_limit`` seconds overall.
        Raises SourceUnavailable or SourceFailed; never returns instructions, only text."""
        ...
