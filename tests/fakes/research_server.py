"""A fake research server on 127.0.0.1: Stack Exchange, GitHub, DEV, YouTube and documentation
sites in one process, with their real wire formats (/work/shared/api-shapes/), their documented
limits enforced server-side, topic-aware content and scriptable failures.

In-process::

    with FakeResearchServer(time_scale=1 / 60) as fake:     # a "minute" lasts 1 s
        fake.script("stackexchange", ok(backoff=2), rate_limited("quota"))
        fake.script("github", not_found(route="readme"))
        client = StackExchangeClient(base_url=fake.url("stackexchange"))
        ...
        assert fake.count("youtube") == 0

or the ``fake_research`` pytest fixture (import it into a conftest.py, as ``fake_llm`` is). As a
process (benchmarks, several workers)::

    python -m tests.fakes.research_server --port 8710 --time-scale 0.0166
    # prints "FAKE_RESEARCH_SERVER_URL=http://127.0.0.1:8710", runs until SIGTERM/SIGINT

URL layout (``fake.url(source)`` is what a client configures as its base URL)::

    /stackexchange/2.3/search/advanced                  Stack Exchange (api.stackexchange.com/2.3)
    /stackexchange/2.3/questions/{ids}/answers          ... ids ";"-separated; /questions/{ids}
    /github/search/repositories                         GitHub (api.github.com)
    /github/repos/{owner}/{repo}/readme                 ... and /github/rate_limit (free)
    /devto/api/articles?tag=...                         DEV (dev.to)
    /devto/api/articles/{id}, /devto/api/articles/{username}/{slug}
    /youtube/youtube/v3/search                          YouTube (www.googleapis.com/youtube/v3)
    /youtube/youtube/v3/videos
    /docs/{site}/...                                    docs sites (``docs_url(site, page)``):
                                                        python, django, react, mdn, postgresql
    /docs/{site}/robots.txt, /robots.txt                robots.txt per site and for the host

Credentials: ``STACKEXCHANGE_KEY`` (the ``key`` parameter: optional, raises the quota; any other
value is a 400 bad_parameter), ``GITHUB_TOKEN`` (``Authorization: Bearer``/``token``: optional,
raises the limits; any other is a 401 "Bad credentials"; no ``User-Agent`` is a 403),
``YOUTUBE_KEY`` (``key`` parameter or ``X-Goog-Api-Key``: required; missing 403, wrong 400
API_KEY_INVALID). DEV and the docs need none. ``valid_keys`` / ``set_key`` change them.

Content is deterministic and topic-aware (research_content.py): a search returns items whose
titles and bodies mention the query, different queries give different items, and detail calls
find the topic of ids that a search handed out (unknown ids: no answers, a 404, or dropped, as
each API does).

Behaviours (research_behaviours.py), per source: a queue of one-shot ``script``ed behaviours and
a ``set_default`` (initially ``ok()``). A request takes the first queued behaviour whose
``route`` is its own or unset (docs: unrouted behaviours apply to pages, never to robots.txt).

=====================================  ==========================================================
``ok(count, backoff, injection,         the normal answer; ``backoff`` (Stack Exchange) adds
partial)``                              ``"backoff": N`` and enforces it on the same method;
                                        ``injection`` puts ``INJECTION_TEXT`` in the first item;
                                        ``partial``: GitHub ``incomplete_results``
``hang(seconds)``                       wait, then answer like ok (``stop()`` wakes it)
``server_error(status)``                500/502/503/504 in the source's shape
``malformed(body)``                     a 200 whose body is cut in half (or ``body``)
``rate_limited(limit, status,           stackexchange ``quota``/``backoff`` (502, or 400);
retry_after, bare)``                    github ``primary``/``secondary`` (403 or 429, ``bare``:
                                        older body); devto ``burst``; youtube ``units`` (403
                                        quotaExceeded), ``search`` (429 search bucket),
                                        ``daily_legacy``, ``minute`` (403, or 429); docs ``burst``
``auth_error(variant)``                 see research_behaviours.auth_error for each source's
                                        variants (YouTube ``invalid``/``legacy``/``missing``...)
``not_found()``                         404 in the source's shape (not YouTube)
``redirect(location, status)``          docs only
``raw(status, body, headers)``          exactly that
=====================================  ==========================================================

Limits (research_limits.py): the documented ones by default — Stack Exchange 300/day without a
key and 10,000 with one (and an optional 30/s burst that drops connections), GitHub search 10/min
(30 with a token) and core 60/hour (5,000), DEV 3 requests/s, YouTube 100 search calls/day and
10,000 units/day; DEV ``per_minute`` and docs ``per_minute`` are off until set.
``set_limits(source, name=value)`` changes one (None: off); ``reset()`` restores them. Windows
are fixed, starting with their first request. Every request the real API would count is counted,
scripted errors included; credential failures and refused requests are not. A refused request
does not consume the scripted behaviour at the head of the queue. Refusals are answered in the
source's shape (Stack Exchange throttle_violation with "more requests available in N seconds",
GitHub 403 with ``x-ratelimit-remaining: 0`` and the reset epoch, DEV's ``Retry later``, YouTube
429 search bucket or 403 quotaExceeded, docs a 429 page) and counted (``refusals``).

Time scale: a window's "second" lasts ``time_scale`` real seconds, its "minute" ``60 *
time_scale``, its "day" ``86400 * time_scale``. Every wait the server *reports* (``retry-after``,
``x-ratelimit-reset``, "available in N seconds") is in real seconds, i.e. already scaled; scripted
``retry_after``, ``backoff``, ``hang`` and ``latency`` are real seconds, used verbatim.

Control API (``FakeResearchControl`` wraps it), JSON over HTTP: ``GET /_control/health``,
``GET /_control/requests[?source=github]``, ``GET /_control/counts``,
``GET /_control/usage?source=youtube`` (buckets, refusals, limits), ``POST /_control/limits``
``{"source", "<limit name>": n}``, ``POST /_control/script`` ``{"source", "behaviours": [{"kind":
"rate_limited", "limit": "quota"}, ...]}``, ``POST /_control/default`` ``{"source",
"behaviour"}``, ``POST /_control/keys`` ``{"source", "key"}``, ``POST /_control/robots``
``{"site", "body", "status"}`` (site "" is /robots.txt), ``POST /_control/docs``
``{"hang_seconds"}``, ``POST /_control/reset``.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any, cast

import pytest

from tests.fakes.http_fake import FakeServer, Handler, Reply, json_reply, run_as_process
from tests.fakes.research_behaviours import (
    Behaviour,
    BehaviourKind,
    auth_error,
    hang,
    malformed,
    not_found,
    ok,
    rate_limited,
    raw,
    redirect,
    server_error,
)
from tests.fakes.research_content import INJECTION_TEXT, World
from tests.fakes.research_control import LAYOUT, FakeResearchControl, known_source
from tests.fakes.research_docs_pages import SITES
from tests.fakes.research_limits import DEFAULT_LIMITS, BucketState, Refusal, Usage, check_limits
from tests.fakes.research_shapes import (
    PATH_PREFIXES,
    SOURCES,
    Context,
    Parsed,
    Request,
    SourceShapes,
)
from tests.fakes.research_shapes_devto import DevToShapes
from tests.fakes.research_shapes_docs import (
    BOILERPLATE,
    DISALLOWED_MARKER,
    REDIRECT_TARGETS,
    SCRIPT_MARKER,
    SPECIAL_PAGES,
    STYLE_MARKER,
    DocsShapes,
)
from tests.fakes.research_shapes_github import GitHubShapes
from tests.fakes.research_shapes_stackexchange import StackExchangeShapes
from tests.fakes.research_shapes_youtube import YouTubeShapes

__all__ = [
    "BOILERPLATE",
    "DEFAULT_KEYS",
    "DISALLOWED_MARKER",
    "GITHUB_TOKEN",
    "INJECTION_TEXT",
    "REDIRECT_TARGETS",
    "SCRIPT_MARKER",
    "SITES",
    "SOURCES",
    "SPECIAL_PAGES",
    "STACKEXCHANGE_KEY",
    "STYLE_MARKER",
    "YOUTUBE_KEY",
    "Behaviour",
    "BehaviourKind",
    "FakeResearchControl",
    "FakeResearchServer",
    "RecordedRequest",
    "auth_error",
    "fake_research",
    "hang",
    "main",
    "malformed",
    "not_found",
    "ok",
    "rate_limited",
    "raw",
    "redirect",
    "server_error",
]

STACKEXCHANGE_KEY = "test-stackexchange-key(("
GITHUB_TOKEN = "github_pat_test_research_token"
YOUTUBE_KEY = "AIzaSyTest-research-youtube-key"
DEFAULT_KEYS = {
    "stackexchange": STACKEXCHANGE_KEY,
    "github": GITHUB_TOKEN,
    "youtube": YOUTUBE_KEY,
}


@dataclass(frozen=True)
class RecordedRequest:
    source: str  # one of SOURCES, "" for an unknown prefix
    route: str  # the source's route ("search", "readme", "page"...), "" when none matched
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    received_at: float  # time.monotonic()
    status: int | None = None  # the answer's status; None: not answered (yet, or dropped)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class FakeResearchServer(FakeServer[RecordedRequest, Behaviour]):
    """The fake, in a daemon thread of this process (the plumbing is http_fake.FakeServer's).
    See the module docstring."""

    description = "fake research server"
    thread_name = "fake-research"
    url_variable = "FAKE_RESEARCH_SERVER_URL"
    layout = LAYOUT
    default_keys = DEFAULT_KEYS
    behaviour_class = Behaviour

    def __init__(self, *, time_scale: float = 1.0, host: str = "127.0.0.1", port: int = 0) -> None:
        self.shapes: dict[str, SourceShapes] = {
            "stackexchange": StackExchangeShapes(),
            "github": GitHubShapes(),
            "devto": DevToShapes(),
            "youtube": YouTubeShapes(),
            "docs": DocsShapes(),
        }
        self.world = World()  # published content is deterministic: reset() keeps it
        super().__init__(time_scale=time_scale, host=host, port=port)

    def _clear(self) -> None:
        """Also forget usage, backoffs and refusals, and restore the default limits, robots.txt
        and hang length (published content stays)."""
        super()._clear()
        self._limits: dict[str, dict[str, int | None]] = {
            s: dict(DEFAULT_LIMITS[s]) for s in SOURCES
        }
        self._usage = Usage()
        self._backoffs: dict[tuple[str, str, str], float] = {}
        self._refusals: Counter[str] = Counter()
        for shapes in self.shapes.values():
            shapes.reset()

    def health(self) -> dict[str, Any]:
        return super().health() | {"urls": {s: self.url(s) for s in SOURCES}}

    def docs_url(self, site: str, page: str = "") -> str:
        """The URL of ``page`` on documentation ``site`` (its index when empty)."""
        if site not in SITES:
            raise ValueError(f"unknown docs site {site!r}; expected one of {tuple(SITES)}")
        return f"{self.base_url}/docs/{site}/{page}"

    # -- configuration --------------------------------------------------------------------------
    def set_limits(self, source: str, **limits: int | None) -> None:
        """Change some of ``source``'s enforced limits (None: off). Usage already recorded counts
        against the new values; ``reset()`` clears it and restores the defaults."""
        check_limits(known_source(source), limits)
        with self._lock:
            self._limits[source].update(limits)

    def limits(self, source: str) -> dict[str, int | None]:
        with self._lock:
            return dict(self._limits[known_source(source)])

    def set_robots(self, site: str, body: str, status: int = 200) -> None:
        """Serve ``body`` with ``status`` as ``site``'s robots.txt ("": the host's /robots.txt)."""
        if site and site not in SITES:
            raise ValueError(f"unknown docs site {site!r}")
        cast(DocsShapes, self.shapes["docs"]).robots[site] = (status, body)

    @property
    def docs_hang_seconds(self) -> float:
        """How long the docs' ``slow.html`` hangs before answering (30 s; reset() restores)."""
        return cast(DocsShapes, self.shapes["docs"]).hang_seconds

    @docs_hang_seconds.setter
    def docs_hang_seconds(self, seconds: float) -> None:
        cast(DocsShapes, self.shapes["docs"]).hang_seconds = float(seconds)

    def requests_for(self, source: str, route: str | None = None) -> list[RecordedRequest]:
        return [
            r for r in self.requests if r.source == source and (route is None or r.route == route)
        ]

    def count(self, source: str | None = None, route: str | None = None) -> int:
        """How many requests reached ``source`` (every source when None) since the last reset."""
        if source is None:
            return len(self.requests)
        return len(self.requests_for(source, route))

    def counts(self) -> dict[str, int]:
        """Requests per source since the last reset (every source present, 0 when none)."""
        found = Counter(r.source for r in self.requests)
        return {source: found[source] for source in SOURCES}

    def refusals(self, source: str) -> int:
        """Requests to ``source`` refused by an enforced limit (or a Stack Exchange backoff)."""
        with self._lock:
            return self._refusals[known_source(source)]

    def usage(self, source: str) -> list[dict[str, object]]:
        """The non-empty buckets of ``source``: limit name, identity, used, reset_in."""
        with self._lock:
            return self._usage.snapshot(known_source(source), time.monotonic(), self.time_scale)

    def _check_supported(self, source: str, behaviour: Behaviour) -> None:
        behaviour.check()
        self.shapes[known_source(source)].check(behaviour)

    # -- request handling -----------------------------------------------------------------------
    def _serve(
        self, h: Handler, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> None:
        source, local = _source_of(path)
        parsed: Parsed | Reply | None = None
        request: Request | None = None
        if source:
            request = Request(
                source,
                h.command,
                path,
                local,
                query,
                headers,
                h.base_url(),
                str(h.client_address[0]),
            )
            parsed = self.shapes[source].parse(request)
        route = parsed.route if isinstance(parsed, Parsed) else ""
        record = RecordedRequest(source, route, h.command, path, query, headers, time.monotonic())
        index = self._record(record)
        status = self._answer(h, request, parsed)
        with self._lock:
            if index < len(self._requests) and self._requests[index] is record:
                self._requests[index] = replace(record, status=status)

    def _answer(
        self, h: Handler, request: Request | None, parsed: Parsed | Reply | None
    ) -> int | None:
        """Answer one request; the status sent (None: the connection was dropped)."""
        if request is None or parsed is None:
            message = f"no fake research source at {h.path}; use one of {SOURCES}"
            return self._write(h, json_reply(404, {"error": {"message": message, "code": 404}}))
        if isinstance(parsed, Reply):
            return self._write(h, parsed)
        source, shapes = request.source, self.shapes[request.source]
        identity = shapes.authenticate(request, parsed, self.valid_keys.get(source))
        if isinstance(identity, Reply):
            return self._write(h, identity)
        admitted = self._admit(request, parsed, identity)
        if isinstance(admitted, Reply) or admitted is None:
            if admitted is None:
                h.close_connection = True  # refused by dropping the connection
                return None
            return self._write(h, admitted)
        behaviour, states = admitted
        delay = (
            behaviour.latency
            + (behaviour.seconds if behaviour.kind == "hang" else 0.0)
            + shapes.delay(parsed)
        )
        if delay > 0 and self._stopping.wait(delay):
            h.close_connection = True  # stopped while hanging: drop the connection
            return None
        context = Context(request, parsed, identity, behaviour, states, self.world, self.time_scale)
        reply = shapes.answer(context)
        return self._write(h, reply, shapes.common_headers(request, parsed, states))

    def _admit(
        self, request: Request, parsed: Parsed, identity: str
    ) -> tuple[Behaviour, list[BucketState]] | Reply | None:
        """Under the lock: the behaviour and bucket states of an admitted request, or the
        refusal's reply (None: drop the connection). A refused request leaves the queue as is."""
        source, shapes, now = request.source, self.shapes[request.source], time.monotonic()
        buckets = shapes.buckets(request, parsed, identity)
        free = shapes.free(request, parsed, identity, self.world)
        with self._lock:
            limits = self._limits[source]
            queue = self._scripts[source]
            position = next(
                (i for i, b in enumerate(queue) if shapes.applies(b, parsed.route)), None
            )
            if position is not None:
                behaviour = queue[position]
            elif shapes.applies(self._defaults[source], parsed.route):
                behaviour = self._defaults[source]
            else:
                behaviour = ok()
            charges = [] if free else buckets
            refusal = self._usage.check(source, charges, limits, now, self.time_scale)
            if refusal is not None:
                self._refusals[source] += 1
                return shapes.refused(request, parsed, refusal)
            self._usage.charge(source, charges, now, self.time_scale)
            key = (source, identity, parsed.route)
            until = self._backoffs.get(key)
            if until is not None and now < until:
                self._refusals[source] += 1
                return shapes.refused(
                    request, parsed, Refusal("backoff", identity, 0, 0, until - now)
                )
            if position is not None:
                del queue[position]
            if behaviour.backoff is not None and behaviour.kind in ("ok", "hang"):
                self._backoffs[key] = now + behaviour.backoff
            states = [self._usage.state(source, c, limits, now, self.time_scale) for c in buckets]
            return behaviour, states

    # -- control API ----------------------------------------------------------------------------
    def _control_route(
        self, method: str, path: str, query: dict[str, str], data: dict[str, Any]
    ) -> dict[str, Any] | None:
        match method, path:
            case "GET", "/_control/counts":
                return {"counts": self.counts()}
            case "GET", "/_control/usage":
                source = known_source(query.get("source", ""))
                return {
                    "buckets": self.usage(source),
                    "refusals": self.refusals(source),
                    "limits": self.limits(source),
                }
            case "POST", "/_control/limits":
                source = str(data.pop("source"))
                self.set_limits(source, **data)
            case "POST", "/_control/robots":
                self.set_robots(str(data["site"]), str(data["body"]), int(data.get("status", 200)))
            case "POST", "/_control/docs":
                self.docs_hang_seconds = float(data["hang_seconds"])
            case _:
                return super()._control_route(method, path, query, data)
        return {}


def _source_of(path: str) -> tuple[str, str]:
    """(source, path after its prefix) of ``path``; ("", "") for none."""
    if path == "/robots.txt":
        return "docs", ""
    for source, prefix in PATH_PREFIXES.items():
        if path == prefix or path.startswith(prefix + "/"):
            return source, path[len(prefix) :]
    return "", ""


@pytest.fixture
def fake_research() -> Iterator[FakeResearchServer]:
    """A started fake research server (time_scale 1), stopped after the test."""
    with FakeResearchServer() as server:
        yield server


def main(argv: list[str] | None = None) -> int:
    return run_as_process(
        FakeResearchServer,
        argv,
        module="tests.fakes.research_server",
        description="Fake Stack Exchange/GitHub/DEV/YouTube/docs server.",
    )


if __name__ == "__main__":
    sys.exit(main())
