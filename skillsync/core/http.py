"""The one outbound HTTP wrapper: every call has a timeout, goes only to allowed hosts, and
fails with a typed error. Retries (only for 408/409/429/5xx and transport failures, capped,
honouring Retry-After) are opt-in: the LLM router prefers the next provider to a retry.

A caller that has vetted the addresses a host resolves to can pin the connection to one of them
(``connect_to``): the request then goes to that IP address as is, with the original ``Host``
header, and for https with TLS SNI and certificate verification against the original host name.
Nothing resolves the name again, so its DNS cannot change the answer between the check and the
connection.
"""

from __future__ import annotations

import ipaddress
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
MAX_BACKOFF_SECONDS = 30.0


class OutboundError(Exception):
    """An outbound call failed before an HTTP answer arrived."""


class OutboundTimeout(OutboundError):
    pass


class OutboundConnectionError(OutboundError):
    pass


class DisallowedHost(OutboundError):
    pass


@dataclass(frozen=True)
class Timeouts:
    connect: float
    read: float
    # Whole-call cap: a server that trickles bytes cannot hold a worker forever.
    total: float


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), if present and sane."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class HttpClient:
    def __init__(
        self, *, allowed_hosts: set[str], timeouts: Timeouts, user_agent: str = "SkillSync"
    ) -> None:
        self.allowed_hosts = {host.lower() for host in allowed_hosts}
        self.timeouts = timeouts
        self._user_agent = user_agent
        self._client = self._new_client()
        # Pinned requests, one connection pool per host name: a pool matches connections by
        # (scheme, address, port) only, so a TLS connection made for one name must never carry
        # another name's request to the same address.
        self._pinned: dict[str, httpx.Client] = {}
        self._pinned_lock = threading.Lock()

    def _new_client(self) -> httpx.Client:
        return httpx.Client(
            timeout=httpx.Timeout(self.timeouts.read, connect=self.timeouts.connect),
            follow_redirects=False,
            headers={"User-Agent": self._user_agent},
        )

    def close(self) -> None:
        self._client.close()
        with self._pinned_lock:
            pinned, self._pinned = list(self._pinned.values()), {}
        for client in pinned:
            client.close()

    def _check(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.allowed_hosts:
            raise DisallowedHost(f"outbound call to {host or url!r} is not allowed")

    def _route(
        self, url: str, headers: dict[str, str] | None, connect_to: str | None
    ) -> tuple[httpx.Client, str, dict[str, str] | httpx.Headers | None, dict[str, Any]]:
        """The client, URL, headers and request extensions that send a call to ``url``: as is,
        or pinned to the IP address ``connect_to`` (see the module docstring)."""
        if connect_to is None:
            return self._client, url, headers, {}
        try:
            address = ipaddress.ip_address(connect_to)
        except ValueError:
            raise ValueError(f"connect_to must be an IP address, not {connect_to!r}") from None
        original = httpx.URL(url)
        host = original.raw_host.decode("ascii")
        pinned_headers = httpx.Headers(headers)
        pinned_headers["Host"] = original.netloc.decode("ascii")
        extensions: dict[str, Any] = {"sni_hostname": host} if original.scheme == "https" else {}
        with self._pinned_lock:
            client = self._pinned.get(host)
            if client is None:
                client = self._pinned[host] = self._new_client()
        return client, str(original.copy_with(host=str(address))), pinned_headers, extensions

    def request(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        retries: int = 0,
        time_limit: float | None = None,
        connect_to: str | None = None,
    ) -> httpx.Response:
        """One call (plus up to ``retries`` retries); the whole thing bounded in time, by the
        client's total timeout or the caller's tighter ``time_limit``. With ``connect_to`` (an
        IP address), every attempt goes to that address; ``response.url`` then names it."""
        self._check(url)
        total = self.timeouts.total if time_limit is None else min(self.timeouts.total, time_limit)
        deadline = time.monotonic() + total
        attempt = 0
        while True:
            response = self._once(
                method,
                url,
                json=json,
                params=params,
                headers=headers,
                deadline=deadline,
                connect_to=connect_to,
            )
            if response.status_code not in RETRYABLE_STATUS or attempt >= retries:
                return response
            wait = retry_after_seconds(response)
            wait = min(MAX_BACKOFF_SECONDS, wait if wait is not None else _backoff(attempt))
            if time.monotonic() + wait >= deadline:
                return response
            time.sleep(wait)
            attempt += 1

    def _once(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str] | None,
        deadline: float,
        connect_to: str | None,
        **kwargs: Any,
    ) -> httpx.Response:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise OutboundTimeout(f"{method} {url}: out of time")
        timeout = httpx.Timeout(
            min(self.timeouts.read, remaining), connect=min(self.timeouts.connect, remaining)
        )
        client, target, headers_sent, extensions = self._route(url, headers, connect_to)
        with _typed_errors(method, url):
            return client.request(
                method,
                target,
                headers=headers_sent,
                timeout=timeout,
                extensions=extensions,
                **kwargs,
            )

    @contextmanager
    def stream(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        time_limit: float | None = None,
        connect_to: str | None = None,
    ) -> Iterator[httpx.Response]:
        """A streamed response. Each wait for bytes is bounded by the read timeout (or the
        caller's tighter ``time_limit``), so a stalled stream fails instead of hanging. With
        ``connect_to`` (an IP address), the request goes to that address."""
        self._check(url)
        read = self.timeouts.read if time_limit is None else min(self.timeouts.read, time_limit)
        timeout = httpx.Timeout(read, connect=min(self.timeouts.connect, read))
        client, target, headers_sent, extensions = self._route(url, headers, connect_to)
        with (
            _typed_errors(method, url),
            client.stream(
                method,
                target,
                json=json,
                params=params,
                headers=headers_sent,
                timeout=timeout,
                extensions=extensions,
            ) as response,
        ):
            yield response


@contextmanager
def _typed_errors(method: str, url: str) -> Iterator[None]:
    """httpx's failures as ours, named without the query string (keys can travel there)."""
    try:
        yield
    except httpx.TimeoutException as error:
        raise OutboundTimeout(f"{method} {_safe(url)}: {type(error).__name__}") from None
    except httpx.TransportError as error:
        raise OutboundConnectionError(f"{method} {_safe(url)}: {type(error).__name__}") from None


def _backoff(attempt: int) -> float:
    jitter = 0.5 + random.random() / 2  # noqa: S311 - jitter, not security
    return float(min(MAX_BACKOFF_SECONDS, 0.5 * 2**attempt) * jitter)


def _safe(url: str) -> str:
    """A URL for logs and errors: no query string (keys travel there for some APIs)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
