"""What the API sources share: one HTTP client per source (only its base URL's host allowed,
its timeouts), every call on the shared budgets, bounded by what is left of the caller's time
limit, and every failure typed: SourceUnavailable (do not ask now) or SourceFailed (asked, no
useful answer). Subclasses say how their API spells success and errors (``read``) and how to
turn answers into passages (``collect``)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx

from skillsync.core.http import (
    DisallowedHost,
    HttpClient,
    OutboundConnectionError,
    OutboundError,
    OutboundTimeout,
    Timeouts,
)
from skillsync.generation.providers import budgets
from skillsync.research.catalog import SourceConfig
from skillsync.research.passages import Passage, PassageKind, SourceName, passage_id
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.budget import spend
from skillsync.research.sources.text import trim

logger = logging.getLogger(__name__)

USER_AGENT = "SkillSync/1.0 (+https://skillsync.example)"
# A fetch waits for a short refusal (a one-second throttle, a budget window about to roll, a
# backoff) rather than give up; longer ones make the source unavailable for this fetch.
MAX_WAIT_SECONDS = 5.0
# Workers waiting for the same budget slot race for it: a loser waits again, while time lasts.
MAX_ATTEMPTS = 10
# What a malformed answer raises while it is read (a list where an object belongs, a missing
# field, a string that is not a number): the source failed, the caller does not crash.
MALFORMED = (AttributeError, TypeError, KeyError, IndexError, ValueError)


class Deadline:
    """The caller's time limit for one fetch, shared by all of its calls."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + max(0.0, seconds)

    def remaining(self) -> float:
        return self.end - time.monotonic()


def utc_now() -> datetime:
    return datetime.now(UTC)


def in_seconds(seconds: float) -> datetime:
    return utc_now() + timedelta(seconds=max(0.0, seconds))


def json_of(response: httpx.Response, name: str) -> Any:
    """The JSON body, or SourceFailed naming what came instead."""
    try:
        return response.json()
    except ValueError:
        if response.status_code >= 400:
            raise SourceFailed(f"{name}: HTTP {response.status_code}") from None
        raise SourceFailed(f"{name}: malformed answer (not JSON)") from None


class ApiSource:
    """Base of the Stack Exchange, GitHub, DEV and YouTube clients (see the module docstring)."""

    source: ClassVar[SourceName]
    name: str

    def __init__(self, config: SourceConfig, *, http: HttpClient | None = None) -> None:
        self.config = config
        self.name = config.name
        host = (urlsplit(config.url).hostname or "").lower()
        connect, read = config.timeouts.connect_seconds, config.timeouts.read_seconds
        self.http = http or HttpClient(
            allowed_hosts={host} if host else set(),
            timeouts=Timeouts(connect=connect, read=read, total=connect + read),
            user_agent=USER_AGENT,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ApiSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the protocol ---------------------------------------------------------------------------
    def fetch(self, topic: str, *, style: str, limit: int, time_limit: float) -> list[Passage]:
        topic = " ".join(topic.split())
        if not topic or limit < 1:
            return []
        if not self.config.url:
            raise SourceUnavailable(f"{self.name}: no base_url configured")
        if not self.config.usable:
            raise SourceUnavailable("no key")
        if time_limit <= 0:
            raise SourceFailed(f"{self.name}: out of time")
        deadline = Deadline(time_limit)
        try:
            passages = self.collect(topic, style=style, limit=limit, deadline=deadline)
        except (SourceUnavailable, SourceFailed):
            raise
        except OutboundError as error:
            raise SourceFailed(f"{self.name}: {error}") from None
        except MALFORMED as error:
            raise SourceFailed(f"{self.name}: malformed answer ({type(error).__name__})") from None
        return passages[:limit]

    # -- for subclasses -------------------------------------------------------------------------
    def collect(self, topic: str, *, style: str, limit: int, deadline: Deadline) -> list[Passage]:
        raise NotImplementedError

    def read(self, response: httpx.Response, route: str) -> Any:
        """The answer's useful body, None for "nothing here" (a missing README), or raise:
        RateLimited (blocks the source for every worker), SourceUnavailable, SourceFailed."""
        raise NotImplementedError

    def headers(self) -> dict[str, str]:
        return {}

    def before_call(self, route: str, deadline: Deadline) -> None:
        """Called before each call is reserved (a per-method wait, pacing)."""

    def get(
        self,
        path: str,
        *,
        route: str,
        deadline: Deadline,
        params: dict[str, str] | None = None,
        units: int = 0,
        call: bool = True,
    ) -> Any:
        """One GET on the budgets, within what is left of ``deadline``; ``read``'s result. A
        wait that ends soon (and within the deadline) is waited out, a few times at most: a
        budget window about to roll, or a short throttle the API answered (the block it set
        makes every worker wait, this one included, before the call is sent again)."""
        url = self.config.url + path
        for attempt in range(1, MAX_ATTEMPTS + 1):
            self.before_call(route, deadline)
            try:
                with spend(self.config, units=units, call=call):
                    response = self._send(url, params, deadline)
                    return self._read(response, route)
            except SourceUnavailable as refused:
                if attempt == MAX_ATTEMPTS or not self.wait_for(refused.retry_at, deadline):
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def wait_for(self, moment: datetime | None, deadline: Deadline) -> bool:
        """Sleep until ``moment`` if it is close and leaves time for the call; False if not."""
        if moment is None:
            return False
        wait = (moment - budgets.database_now()).total_seconds()
        if wait > min(MAX_WAIT_SECONDS, deadline.remaining() - 0.5):
            return False
        time.sleep(max(0.0, wait) + 0.01)
        return True

    def passage(
        self,
        *,
        kind: PassageKind,
        url: str,
        title: str,
        text: str,
        anchor: str = "",
        author: str = "",
        licence: str = "",
        quality: float = 0.0,
        extra: dict[str, Any] | None = None,
    ) -> Passage | None:
        """A passage of plain ``text`` (trimmed), or None when there is no text."""
        body = trim(text)
        if not body:
            return None
        return Passage(
            id=passage_id(self.source, url, anchor),
            source=self.source,
            kind=kind,
            url=url,
            title=" ".join(title.split())[:300],
            text=body,
            author=author[:200],
            licence=licence[:100],
            retrieved_at=utc_now(),
            quality=min(1.0, max(0.0, quality)),
            extra=extra or {},
        )

    def partial(self, error: SourceUnavailable | SourceFailed, found: list[Passage]) -> None:
        """A detail call failed: keep what was found already, or fail the fetch."""
        if not found:
            raise error
        logger.warning("%s: stopped early with %d passages: %s", self.name, len(found), error)

    # -- internals ------------------------------------------------------------------------------
    def _send(self, url: str, params: dict[str, str] | None, deadline: Deadline) -> httpx.Response:
        remaining = deadline.remaining()
        if remaining <= 0:
            raise SourceFailed(f"{self.name}: out of time")
        try:
            return self.http.request(
                "GET", url, params=params, headers=self.headers(), time_limit=remaining
            )
        except (OutboundTimeout, OutboundConnectionError) as error:
            budgets.record_failure(self.name)
            raise SourceFailed(f"{self.name}: {error}") from None
        except DisallowedHost as error:
            raise SourceFailed(f"{self.name}: {error}") from None
        except httpx.HTTPError as error:  # e.g. a body that does not decode
            raise SourceFailed(f"{self.name}: {type(error).__name__}") from None

    def _read(self, response: httpx.Response, route: str) -> Any:
        try:
            result = self.read(response, route)
        except SourceFailed:
            if response.status_code >= 500:
                budgets.record_failure(self.name)
            raise
        except MALFORMED as error:
            raise SourceFailed(f"{self.name}: malformed answer ({type(error).__name__})") from None
        budgets.record_success(self.name)
        return result
