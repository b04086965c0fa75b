"""The research sources' wire formats, as documented in /work/shared/api-shapes/ (stackexchange.md,
github.md, devto.md, youtube.md; documentation sites are plain web pages): the types shared by
research_shapes_{stackexchange,github,devto,youtube,docs}.py, which hold routing, validation,
success bodies, headers and every error shape of each source.

The server decides *what* to answer (behaviour, limits, identity); these modules decide *how each
source spells it*. Wording marked "inferred" is not quoted in the api-shapes files.
"""

from __future__ import annotations

import gzip
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.http_fake import Reply
from tests.fakes.research_behaviours import Behaviour
from tests.fakes.research_content import World
from tests.fakes.research_limits import BucketState, Charge, Refusal

SOURCES = ("stackexchange", "github", "devto", "youtube", "docs")
PATH_PREFIXES = {
    "stackexchange": "/stackexchange/2.3",
    "github": "/github",
    "devto": "/devto",
    "youtube": "/youtube/youtube/v3",
    "docs": "/docs",
}

__all__ = ["PATH_PREFIXES", "SOURCES", "Context", "Parsed", "Reply", "Request", "SourceShapes"]


@dataclass(frozen=True)
class Request:
    """One request, as a source sees it."""

    source: str
    method: str
    path: str  # the whole path
    local: str  # the path after the source's prefix ("" or starting with "/")
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    base_url: str  # http://127.0.0.1:port of the fake
    client_ip: str = "127.0.0.1"

    def accepts_gzip(self) -> bool:
        return "gzip" in self.headers.get("accept-encoding", "").lower()


@dataclass(frozen=True)
class Parsed:
    """A routed request: the route's name and its path parameters."""

    route: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """Everything ``SourceShapes.answer`` needs."""

    request: Request
    parsed: Parsed
    identity: str  # the key/token the request is charged to, "" when anonymous
    behaviour: Behaviour
    states: list[BucketState]  # the request's buckets after it was charged
    world: World
    time_scale: float


def dumps(value: Any, *, escape_html: bool = False) -> bytes:
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if escape_html:  # Google's JSON escapes < and > (youtube.md §4)
        text = text.replace("<", "\\u003c").replace(">", "\\u003e")
    return text.encode()


def gzipped(reply: Reply) -> Reply:
    """``reply`` with a gzip-compressed body and ``Content-Encoding: gzip``."""
    body = gzip.compress(reply.body, mtime=0)
    cut = None if reply.cut_at is None else len(body) // 2
    return Reply(reply.status, body, {**reply.headers, "Content-Encoding": "gzip"}, cut)


def hex_id(length: int) -> str:
    return secrets.token_hex((length + 1) // 2)[:length].upper()


class SourceShapes:
    """One source's formats. Subclasses override what their source spells differently."""

    name = ""
    routes: tuple[str, ...] = ()
    # Routes an unrouted scripted/default behaviour applies to (default: every route).
    default_routes: tuple[str, ...] | None = None
    rate_limits: tuple[str, ...] = ()  # what rate_limited(limit) accepts
    auth_variants: tuple[str, ...] = ()  # what auth_error(variant) accepts, default first
    unsupported: frozenset[str] = frozenset()
    json_content_type = "application/json; charset=utf-8"

    # -- to override ----------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget per-server configuration (docs: robots overrides, hang length)."""

    def delay(self, parsed: Parsed) -> float:
        """Extra real seconds to wait before answering ``parsed`` (the docs' slow page)."""
        return 0.0

    def parse(self, request: Request) -> Parsed | Reply:
        """The route of ``request``, or the source's answer to an unknown path."""
        raise NotImplementedError

    def authenticate(self, request: Request, parsed: Parsed, key: str | None) -> str | Reply:
        """The identity the request is charged to, or the credential error. ``key``: the valid
        key/token configured for this source."""
        return ""

    def buckets(self, request: Request, parsed: Parsed, identity: str) -> list[Charge]:
        """The limits this request counts against (also what its headers report)."""
        return []

    def free(self, request: Request, parsed: Parsed, identity: str, world: World) -> bool:
        """True when the request is answered without charging its buckets."""
        return False

    def refused(self, request: Request, parsed: Parsed, refusal: Refusal) -> Reply | None:
        """The answer to a request an enforced limit refused (None: drop the connection)."""
        raise NotImplementedError

    def common_headers(
        self, request: Request, parsed: Parsed, states: list[BucketState]
    ) -> dict[str, str]:
        """Headers added to every answer of an admitted request (the reply's own win)."""
        return {}

    def content(self, ctx: Context) -> Reply:
        """The normal answer (ok, hang), including validation errors of the request."""
        raise NotImplementedError

    def server_error(self, ctx: Context, status: int, retry_after: float | None) -> Reply:
        raise NotImplementedError

    def rate_limited(self, ctx: Context) -> Reply:
        raise NotImplementedError

    def auth_error(self, ctx: Context, variant: str) -> Reply:
        raise NotImplementedError

    def not_found(self, ctx: Context) -> Reply:
        raise NotImplementedError

    def redirect(self, ctx: Context, location: str, status: int) -> Reply:
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------------
    def json(
        self,
        request: Request,
        status: int,
        value: Any,
        headers: Mapping[str, str] | None = None,
        *,
        compress: bool | None = None,
    ) -> Reply:
        """A JSON reply, gzip-compressed when the client accepts it (or when ``compress``)."""
        reply = Reply(
            status, dumps(value), {"Content-Type": self.json_content_type, **(headers or {})}
        )
        return self.encode(request, reply, compress)

    @staticmethod
    def encode(request: Request, reply: Reply, compress: bool | None = None) -> Reply:
        wanted = request.accepts_gzip() if compress is None else compress
        return gzipped(reply) if wanted and reply.body else reply

    def malformed(self, ctx: Context, body: str | None) -> Reply:
        """A 200 whose body is cut in half (or is ``body``), encoded like the real answer."""
        good = self.content(ctx)
        if good.headers.get("Content-Encoding") == "gzip":
            plain = gzip.decompress(good.body)
            broken = body.encode() if body is not None else plain[: len(plain) // 2]
            headers = {k: v for k, v in good.headers.items() if k != "Content-Encoding"}
            return gzipped(Reply(200, broken, headers))
        broken = body.encode() if body is not None else good.body[: len(good.body) // 2]
        return Reply(200, broken, dict(good.headers))

    def check(self, behaviour: Behaviour) -> None:
        """ValueError unless this source has a documented answer for ``behaviour``."""
        if behaviour.kind in self.unsupported:
            raise ValueError(f"{self.name} has no documented {behaviour.kind!r} answer")
        if behaviour.route is not None and behaviour.route not in self.routes:
            raise ValueError(f"{self.name} has no route {behaviour.route!r}; use {self.routes}")
        if behaviour.kind == "rate_limited" and behaviour.limit not in self.rate_limits:
            raise ValueError(f"{self.name} rate_limited limit must be one of {self.rate_limits}")
        if (
            behaviour.kind == "auth_error"
            and behaviour.variant is not None
            and behaviour.variant not in self.auth_variants
        ):
            raise ValueError(f"{self.name} auth_error variant must be one of {self.auth_variants}")
        if behaviour.backoff is not None and self.name != "stackexchange":
            raise ValueError("backoff is Stack Exchange's")
        if behaviour.partial and self.name != "github":
            raise ValueError("partial (incomplete_results) is GitHub's")

    def applies(self, behaviour: Behaviour, route: str) -> bool:
        """Whether a queued ``behaviour`` is taken by a request of ``route``."""
        if behaviour.route is not None:
            return behaviour.route == route
        return self.default_routes is None or route in self.default_routes

    def answer(self, ctx: Context) -> Reply:
        """The reply ``ctx.behaviour`` gives (hang's wait is the server's business)."""
        behaviour = ctx.behaviour
        match behaviour.kind:
            case "ok" | "hang":
                return self.content(ctx)
            case "malformed":
                return self.malformed(ctx, behaviour.body)
            case "server_error":
                return self.server_error(ctx, behaviour.status or 500, behaviour.retry_after)
            case "rate_limited":
                return self.rate_limited(ctx)
            case "auth_error":
                return self.auth_error(ctx, behaviour.variant or self.auth_variants[0])
            case "not_found":
                return self.not_found(ctx)
            case "redirect":
                return self.redirect(ctx, behaviour.location or "/", behaviour.status or 302)
            case _:
                return Reply(
                    behaviour.status or 200,
                    (behaviour.body or "").encode(),
                    dict(behaviour.headers),
                )


def html_page(
    status: int, title: str, text: str, headers: Mapping[str, str] | None = None
) -> Reply:
    """A small HTML error page (load balancers, CDNs)."""
    page = (
        f"<!DOCTYPE html>\n<html>\n<head><title>{title}</title></head>\n<body>\n"
        f"<h1>{title}</h1>\n<p>{text}</p>\n</body>\n</html>\n"
    )
    return Reply(
        status, page.encode(), {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    )
