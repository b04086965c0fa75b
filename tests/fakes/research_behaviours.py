"""What the fake research server answers: ``Behaviour`` values and their factory functions.

A behaviour is a small frozen dataclass, serialisable to JSON (``to_dict``/``from_dict``, see
fake_behaviour.py) for the server's HTTP control API. Each source spells a behaviour in
its own wire format (see the research_shapes_*.py modules); a behaviour a source has no
documented shape for is refused when it is scripted (``ValueError``), as are a ``route`` or a
``limit``/``variant`` the source does not have.

``route`` narrows a scripted behaviour to one kind of request of its source (``"search"``,
``"answers"``, ``"readme"``, ``"article"``, ``"videos"``, ``"page"``, ``"robots"``...): a request
takes the first queued behaviour whose route is its own or unset, so ``script("github",
not_found(route="readme"))`` leaves repository searches alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from tests.fakes.fake_behaviour import FakeBehaviour

BehaviourKind = Literal[
    "ok",
    "hang",
    "server_error",
    "malformed",
    "rate_limited",
    "auth_error",
    "not_found",
    "redirect",
    "raw",
]
# Kinds answered with the source's normal content (after waiting, for hang).
CONTENT_KINDS = frozenset({"ok", "hang"})


@dataclass(frozen=True)
class Behaviour(FakeBehaviour):
    """How the fake answers one request. Build with the factory functions below."""

    kind: BehaviourKind
    route: str | None = None  # only requests of this route take it from the queue
    latency: float = 0.0  # seconds before answering (any kind)
    seconds: float = 0.0  # hang
    status: int | None = None  # server_error, rate_limited (HTTP status variant), redirect, raw
    limit: str | None = None  # rate_limited: which limit (per source, see rate_limited)
    retry_after: float | None = None  # reported verbatim (real seconds)
    bare: bool = False  # rate_limited: the older body (GitHub without request id / status)
    variant: str | None = None  # auth_error: which failure (per source, see auth_error)
    count: int | None = None  # ok: how many items a search/list returns (capped by the page)
    backoff: int | None = None  # ok, Stack Exchange: the wrapper's "backoff" (real seconds)
    injection: bool = False  # ok: a prompt-injection paragraph in the first item / the body
    partial: bool = False  # ok, GitHub search: "incomplete_results": true
    location: str | None = None  # redirect
    body: str | None = None  # raw, malformed
    headers: tuple[tuple[str, str], ...] = ()  # raw

    kinds = get_args(BehaviourKind)

    def check(self) -> None:
        super().check()
        if self.kind == "rate_limited" and not self.limit:
            raise ValueError("rate_limited needs a limit")
        if self.kind == "redirect" and (
            not self.location or self.status not in (301, 302, 303, 307, 308)
        ):
            raise ValueError("redirect needs a location and a 301/302/303/307/308 status")
        if self.kind == "raw" and self.status is None:
            raise ValueError("raw needs a status")
        if self.count is not None and self.count < 0:
            raise ValueError("count must not be negative")
        if self.backoff is not None and self.backoff < 1:
            raise ValueError("backoff must be a positive number of seconds")
        if self.seconds < 0 or self.latency < 0:
            raise ValueError("seconds and latency must not be negative")


def check_behaviour(behaviour: Behaviour) -> None:
    """ValueError unless ``behaviour`` is well-formed (the server checks source support)."""
    behaviour.check()


def ok(
    count: int | None = None,
    *,
    backoff: int | None = None,
    injection: bool = False,
    partial: bool = False,
    latency: float = 0,
    route: str | None = None,
) -> Behaviour:
    """The normal, topic-aware answer. ``count``: items in a search/list (default: a full page,
    fewer on the last). ``backoff`` (Stack Exchange): a ``"backoff": N`` in the wrapper, enforced
    for N real seconds on the same method. ``injection``: the first item's body (or the detail's
    body) carries a prompt-injection paragraph (``INJECTION_TEXT``). ``partial`` (GitHub):
    ``incomplete_results: true``."""
    return Behaviour(
        "ok",
        route=route,
        count=count,
        backoff=backoff,
        injection=injection,
        partial=partial,
        latency=latency,
    ).checked()


def hang(seconds: float, *, route: str | None = None) -> Behaviour:
    """Accept the request, send nothing for ``seconds``, then answer like ``ok()``."""
    return Behaviour("hang", route=route, seconds=seconds).checked()


def server_error(
    status: int = 500, *, retry_after: float | None = None, route: str | None = None
) -> Behaviour:
    """500/502/503/504 in the source's shape (JSON envelopes where the API has one, the CDN's or
    load balancer's HTML page otherwise). ``retry_after`` adds a Retry-After header."""
    return Behaviour("server_error", route=route, status=status, retry_after=retry_after).checked()


def malformed(body: str | None = None, *, route: str | None = None) -> Behaviour:
    """A 200 whose body is not what the content type promises (default: the normal body cut in
    half; Stack Exchange still gzips it)."""
    return Behaviour("malformed", route=route, body=body)


def rate_limited(
    limit: str,
    *,
    status: int | None = None,
    retry_after: float | None = None,
    bare: bool = False,
    route: str | None = None,
) -> Behaviour:
    """The source's rate-limit or quota error, whatever the enforced limits say.

    - stackexchange: ``"quota"`` (throttle_violation "more requests available in N seconds") or
      ``"backoff"`` ("Violation of backoff parameter"); HTTP 502, or ``status=400``.
    - github: ``"primary"`` (403, remaining 0 and the reset header; ``status=429``) or
      ``"secondary"`` (403 or 429 with ``retry-after`` when ``retry_after`` is given);
      ``bare``: the older body without request id and ``status``.
    - devto: ``"burst"``: Rack::Attack's 429 ``Retry later`` (``retry-after`` default 1).
    - youtube: ``"units"`` (403 quotaExceeded), ``"search"`` (429 "Search Queries per day"),
      ``"daily_legacy"`` (403 dailyLimitExceeded), ``"minute"`` (403 rateLimitExceeded, or the
      429 RESOURCE_EXHAUSTED per-minute form with ``status=429``).
    - docs: ``"burst"``: a 429 HTML page with ``retry-after``.
    """
    return Behaviour(
        "rate_limited",
        route=route,
        limit=limit,
        status=status,
        retry_after=retry_after,
        bare=bare,
    ).checked()


def auth_error(variant: str | None = None, *, route: str | None = None) -> Behaviour:
    """The source's credential failure, whatever was sent. Variants (first is the default):

    - stackexchange: ``"key"`` (400 bad_parameter naming key), ``"key_required"`` (405),
      ``"access_token_required"`` (401), ``"invalid_access_token"`` (402).
    - github: ``"bad_credentials"`` (401), ``"no_user_agent"`` (403).
    - devto: ``"unauthorized"`` (401).
    - youtube: ``"invalid"`` (400 API_KEY_INVALID), ``"legacy"`` (400 keyInvalid), ``"missing"``
      (403 no key), ``"not_enabled"`` (403 accessNotConfigured), ``"blocked"`` (403
      API_KEY_SERVICE_BLOCKED).
    - docs: ``"forbidden"`` (403 HTML).
    """
    return Behaviour("auth_error", route=route, variant=variant)


def not_found(*, route: str | None = None) -> Behaviour:
    """404 in the source's shape (Stack Exchange: no_method; GitHub "Not Found"; DEV
    ``{"error": "not found"}``; docs an HTML page). Not YouTube: it drops unknown ids."""
    return Behaviour("not_found", route=route)


def redirect(location: str, status: int = 302, *, route: str | None = None) -> Behaviour:
    """Docs only: answer with a redirect to ``location`` (e.g. a private address)."""
    return Behaviour("redirect", route=route, location=location, status=status).checked()


def raw(
    status: int, body: str, headers: dict[str, str] | None = None, *, route: str | None = None
) -> Behaviour:
    """Exactly this status, body and headers."""
    return Behaviour(
        "raw", route=route, status=status, body=body, headers=tuple((headers or {}).items())
    )
