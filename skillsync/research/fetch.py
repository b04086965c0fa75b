"""Fetching documentation pages without becoming a way into the network we run in (SSRF).

Every request, first hop, redirect hop and robots.txt alike, goes through ``check_destination``
before anything is sent:

- its origin (scheme, host, port) must be one of the allow-listed origins: the catalog's
  documentation sites, exactly;
- its scheme must be https. The one exception is for the test suite's fake sites: with
  ``settings.RESEARCH_ALLOW_LOOPBACK_HTTP`` (on only in skillsync.settings.test; production and
  ``check --deploy`` refuse it), plain http to an allow-listed origin whose host is a loopback
  IP *literal*. A name ("localhost") never qualifies, nor does another port of the same address;
- every address the host resolves to (``socket.getaddrinfo``) must be public: no private,
  loopback, link-local (169.254.169.254), shared, reserved, multicast or unspecified address,
  IPv4-mapped IPv6 included. The exception above admits only the literal loopback address of
  the allow-listed origin itself.

The request then goes to the first of those checked addresses, pinned (``connect_to`` of
skillsync.core.http): the HTTP client never resolves the host again, so a host whose DNS
changes its answer after the check (DNS rebinding) still cannot send us anywhere unchecked.
TLS SNI and certificate verification are done against the host name as usual. Only that
address is tried: if it does not answer, the hop fails rather than trying the host's others.

Redirects are never followed by the HTTP client; this module follows at most
``MAX_REDIRECTS``, each hop checked again. Answers must be HTML and at most ``MAX_PAGE_BYTES``
(decoded, read as a stream, so a compressed bomb is cut too). robots.txt is honoured
(``urllib.robotparser``), fetched through the same checks, cached per origin for
``ROBOTS_TTL_SECONDS``: a 4xx robots.txt allows everything, a 5xx, 429, timeout or refusal
disallows the origin for the rest of the run (one ``SafeFetcher``).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Literal, Self
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from django.conf import settings

from skillsync.core.http import HttpClient, OutboundError, OutboundTimeout, Timeouts

USER_AGENT = "SkillSyncResearch/1.0 (reads official documentation; honours robots.txt)"
ROBOTS_AGENT = "SkillSyncResearch"  # the token robots.txt rules are matched against
MAX_PAGE_BYTES = 2 * 1024 * 1024
MAX_ROBOTS_BYTES = 512 * 1024  # what Google reads of a robots.txt
MAX_REDIRECTS = 3
ROBOTS_TTL_SECONDS = 3600.0
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"https": 443, "http": 80}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
FetchErrorKind = Literal[
    "disallowed_url",  # not an allow-listed origin, or plain http
    "private_address",  # the host resolves to an address we never call
    "robots",  # robots.txt disallows it, or could not be read this run
    "too_many_redirects",
    "not_html",
    "too_large",
    "status",  # an HTTP error status
    "timeout",
    "connection",  # unresolvable, refused, reset
]


class FetchError(Exception):
    """A page could not be fetched; ``kind`` says why, ``url`` is the hop concerned."""

    def __init__(self, kind: FetchErrorKind, url: str, detail: str, status: int | None = None):
        super().__init__(f"{kind}: {detail} ({_safe(url)})")
        self.kind: FetchErrorKind = kind
        self.url = url
        self.status = status


class FetchRefused(FetchError):  # noqa: N818 - a refusal, named as one
    """Our rules refused the hop before anything was sent to it."""


class FetchTimeout(FetchError, TimeoutError):  # noqa: N818
    """Out of time (a TimeoutError, so call records count it as one)."""

    def __init__(self, url: str, detail: str) -> None:
        super().__init__("timeout", url, detail)


@dataclass(frozen=True, order=True)
class Origin:
    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin | None:
        """The origin of an absolute http(s) URL without credentials; None for anything else."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return None
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower()
        if scheme not in DEFAULT_PORTS or not host or parts.username or parts.password:
            return None
        return cls(scheme, host, port or DEFAULT_PORTS[scheme])

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = DEFAULT_PORTS[self.scheme] == self.port
        return f"{self.scheme}://{host}" + ("" if default else f":{self.port}")


@dataclass(frozen=True)
class Destination:
    """Where a checked request may go: its origin, and the checked address to connect to."""

    origin: Origin
    address: IPAddress


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    charset: str | None

    @property
    def text(self) -> str:
        return self.body.decode(self.charset or _meta_charset(self.body) or "utf-8", "replace")


def is_public_address(address: IPAddress) -> bool:
    """Whether research may call this address: a global unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is not None and not is_public_address(embedded):
            return False
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


_resolver = ThreadPoolExecutor(max_workers=2, thread_name_prefix="research-dns")


def resolve(host: str, port: int, *, timeout: float) -> list[IPAddress]:
    """Every address ``host`` resolves to, within ``timeout`` (getaddrinfo has no timeout of
    its own, so it runs on a helper thread that is abandoned when time is up)."""
    future = _resolver.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=max(0.01, timeout))
    except FutureTimeout:
        raise FetchTimeout(f"//{host}", "name resolution took too long") from None
    except OSError as error:
        raise FetchError("connection", f"//{host}", f"cannot resolve: {error}") from None
    addresses = []
    for _family, _type, _proto, _name, sockaddr in infos:
        text = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone
        addresses.append(ipaddress.ip_address(text))
    return addresses


def check_destination(
    url: str, allowed: frozenset[Origin], *, loopback_http: bool, timeout: float
) -> Destination:
    """Where research may send a request for ``url``; FetchRefused if nowhere. The address is
    the first the host resolves to (the resolver's preferred one), every one of them checked."""
    origin = Origin.of(url)
    if origin is None:
        raise FetchRefused("disallowed_url", url, "only absolute http(s) URLs, no credentials")
    if origin not in allowed:
        raise FetchRefused("disallowed_url", url, f"{origin} is not an allow-listed site")
    literal = _ip_literal(origin.host)
    loopback_exception = (
        loopback_http and origin.scheme == "http" and literal is not None and literal.is_loopback
    )
    if origin.scheme != "https" and not loopback_exception:
        raise FetchRefused("disallowed_url", url, "documentation is fetched over https only")
    if literal is not None:
        addresses = [literal]
    else:
        addresses = resolve(origin.host, origin.port, timeout=timeout)
    if not addresses:
        raise FetchRefused("private_address", url, f"{origin.host} has no address")
    for address in addresses:
        if not (is_public_address(address) or (loopback_exception and address == literal)):
            raise FetchRefused("private_address", url, f"{origin.host} is {address}")
    return Destination(origin, addresses[0])


def loopback_http_allowed() -> bool:
    return bool(getattr(settings, "RESEARCH_ALLOW_LOOPBACK_HTTP", False))


class _RobotsCache:
    """Parsed robots.txt per origin, for every fetcher of this process, for a while."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[Origin, tuple[float, RobotFileParser]] = {}

    def get(self, origin: Origin) -> RobotFileParser | None:
        with self._lock:
            entry = self._entries.get(origin)
            if entry is None or entry[0] <= time.monotonic():
                self._entries.pop(origin, None)
                return None
            return entry[1]

    def put(self, origin: Origin, parser: RobotFileParser) -> None:
        with self._lock:
            self._entries[origin] = (time.monotonic() + ROBOTS_TTL_SECONDS, parser)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


ROBOTS = _RobotsCache()

AroundRequest = Callable[[str], AbstractContextManager[object]]


class SafeFetcher:
    """Fetches pages of allow-listed sites (see the module docstring). One per research run: a
    robots.txt that could not be read disallows its origin for this fetcher's life.

    ``around_request(url)`` wraps every request sent (pages, redirect hops, robots.txt): the
    documentation source spends its budget there."""

    def __init__(
        self,
        *,
        allowed: Iterable[Origin],
        timeouts: Timeouts,
        around_request: AroundRequest | None = None,
        loopback_http: bool | None = None,
        max_bytes: int = MAX_PAGE_BYTES,
    ) -> None:
        self.allowed = frozenset(allowed)
        self.loopback_http = loopback_http_allowed() if loopback_http is None else loopback_http
        self.max_bytes = max_bytes
        self._around = around_request or (lambda _url: nullcontext())
        self._http = HttpClient(
            allowed_hosts={origin.host for origin in self.allowed},
            timeouts=timeouts,
            user_agent=USER_AGENT,
        )
        self._robots_unreadable: dict[Origin, str] = {}

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch(self, url: str, *, time_limit: float) -> FetchedPage:
        """The HTML page at ``url`` (following up to MAX_REDIRECTS checked redirects), within
        ``time_limit`` seconds overall, robots.txt included. Raises FetchError."""
        deadline = time.monotonic() + time_limit
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            destination = self._check(current, deadline)
            self._check_robots(destination.origin, current, deadline)
            # robots.txt may have been read just now, with an address of its own: the page is
            # fetched from the one checked for it.
            answer = self._get(current, destination, deadline, html=True, max_bytes=self.max_bytes)
            if isinstance(answer, FetchedPage):
                return answer
            current = answer
        raise FetchRefused("too_many_redirects", current, f"more than {MAX_REDIRECTS} redirects")

    # -- robots.txt -----------------------------------------------------------------------------
    def _check_robots(self, origin: Origin, url: str, deadline: float) -> None:
        if origin in self._robots_unreadable:
            reason = self._robots_unreadable[origin]
            raise FetchRefused("robots", url, f"robots.txt unreadable this run ({reason})")
        parser = ROBOTS.get(origin)
        if parser is None:
            try:
                parser = self._read_robots(origin, deadline)
            except FetchError as error:
                self._robots_unreadable[origin] = error.kind
                raise FetchRefused("robots", url, f"robots.txt unreadable ({error.kind})") from None
            ROBOTS.put(origin, parser)
        if not parser.can_fetch(ROBOTS_AGENT, url):
            raise FetchRefused("robots", url, "disallowed by robots.txt")

    def _read_robots(self, origin: Origin, deadline: float) -> RobotFileParser:
        parser = RobotFileParser()
        current = f"{origin}/robots.txt"
        for _hop in range(MAX_REDIRECTS + 1):
            destination = self._check(current, deadline)
            try:
                answer = self._get(
                    current, destination, deadline, html=False, max_bytes=MAX_ROBOTS_BYTES
                )
            except FetchError as error:
                # No robots.txt (404, 403...) means no rules; a failing server, a 429 or no
                # answer in time means we cannot know them: stay away.
                status = error.status or 0
                if error.kind == "status" and 400 <= status < 500 and status != 429:
                    parser.parse([])  # no rules: everything allowed
                    return parser
                raise
            if isinstance(answer, FetchedPage):
                parser.parse(answer.text.splitlines())
                return parser
            current = answer
        raise FetchRefused("too_many_redirects", current, "robots.txt redirects too often")

    # -- one request ----------------------------------------------------------------------------
    def _check(self, url: str, deadline: float) -> Destination:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout(url, "out of time")
        return check_destination(
            url, self.allowed, loopback_http=self.loopback_http, timeout=remaining
        )

    def _get(
        self, url: str, destination: Destination, deadline: float, *, html: bool, max_bytes: int
    ) -> FetchedPage | str:
        """One request, to the checked address: the page, or the next hop's URL for a
        redirect."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout(url, "out of time")
        # Each wait for bytes may last half the time left, and the body is read only until half
        # the time left: a server that trickles bytes is cut by the deadline.
        half = remaining / 2
        accept = "text/html, application/xhtml+xml" if html else "text/plain, */*;q=0.5"
        with (
            self._around(url),
            _outbound_errors(url),
            self._http.stream(
                "GET",
                url,
                headers={"Accept": accept},
                time_limit=half,
                connect_to=str(destination.address),
            ) as response,
        ):
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = str(response.headers.get("location", "")).strip()
                if not location:
                    raise FetchError("status", url, f"{status} without a Location", status)
                return urljoin(url, location)
            if not 200 <= status < 300:
                raise FetchError("status", url, f"answered {status}", status)
            content_type, charset = _content_type(response.headers.get("content-type", ""))
            if html and content_type not in HTML_TYPES:
                raise FetchError("not_html", url, f"content type {content_type or 'none'!r}")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError("too_large", url, f"{length} bytes, over {max_bytes}")
            body = _read_capped(response.iter_bytes(), url, max_bytes, time.monotonic() + half)
            # The URL asked for: the response's own names the address it was pinned to.
            return FetchedPage(url, status, content_type, body, charset)


def _read_capped(chunks: Iterator[bytes], url: str, max_bytes: int, deadline: float) -> bytes:
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) > max_bytes:
            raise FetchError("too_large", url, f"more than {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchTimeout(url, "the body took too long")
    return bytes(body)


@contextmanager
def _outbound_errors(url: str) -> Iterator[None]:
    try:
        yield
    except OutboundTimeout as error:
        raise FetchTimeout(url, str(error)) from None
    except OutboundError as error:
        raise FetchError("connection", url, str(error)) from None


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.IGNORECASE)
    return kind.strip().lower(), _known_charset(match.group(1) if match else None)


def _meta_charset(body: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", body[:2048], re.IGNORECASE)
    return _known_charset(match.group(1).decode("ascii", "replace") if match else None)


def _known_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def _safe(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme else url
