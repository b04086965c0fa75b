"""A fake LLM provider server on 127.0.0.1: OpenRouter, Groq and Gemini, with their real wire
formats (/work/shared/api-shapes/), server-side rate limits and scriptable failures.

In-process::

    with FakeLLMServer(time_scale=1 / 60) as fake:        # a rate-limit "minute" lasts 1 s
        fake.set_limits("groq", rpm=3)
        fake.script("gemini", server_error(503), ok('{"title": "x"}'))
        client = GroqClient(base_url=fake.url("groq"), api_key=GROQ_KEY)
        ...
        assert len(fake.requests_for("groq")) == 4

or the ``fake_llm`` pytest fixture. As a process (benchmarks, other languages)::

    python -m tests.fakes.llm_server --port 8700 --time-scale 0.0166
    # prints "FAKE_LLM_SERVER_URL=http://127.0.0.1:8700", runs until SIGTERM/SIGINT

driven over HTTP with JSON (``FakeLLMControl`` wraps it): ``POST /_control/limits``
``{"provider", "rpm", "rpd", "tpm", "tpd"}``, ``POST /_control/script`` ``{"provider",
"behaviours": [{"kind": "rate_limited", "limit": "day"}, ...]}``, ``POST /_control/default``
``{"provider", "behaviour"}``, ``POST /_control/keys`` ``{"provider", "key"}``,
``POST /_control/reset``, ``GET /_control/requests[?provider=groq]``, ``GET /_control/health``.

Time scale: a limit's "minute" lasts ``60 * time_scale`` real seconds, its "day"
``86400 * time_scale``. Every wait the server *reports* (``retry-after``, Groq's reset headers and
"try again in", OpenRouter's ``X-RateLimit-Reset`` epoch, Gemini's ``RetryInfo``) is in real
seconds, i.e. already scaled: a client just obeys it. Exception, on purpose: Gemini's per-day 429
reports a short ``RetryInfo`` (``gemini_day_retry_delay * time_scale``, 30 s unscaled) even though
the day quota stays exhausted — as the real API does; classify by ``QuotaFailure`` ``quotaId``.

Limits (see llm_limits.py): sliding windows over admitted requests; nothing is enforced until
``set_limits``. Token limits charge each request ``prompt + max_tokens`` (``max_tokens``,
``max_completion_tokens`` or ``maxOutputTokens``) when the request sets one, else ``prompt +
completion`` of the answer it gets; the window then records the tokens actually used (the usage
object's total), so a client's own accounting from ``usage`` matches the server's. Only 200-class
behaviours (ok, hang, malformed, invalid_json_content, error_in_200, mid_stream_error,
safety_block) are counted and can be refused; scripted HTTP errors and auth/validation failures
never touch the limits. A refused request does not consume the scripted behaviour at the head of
the queue: the next admitted request gets it.

Token estimates: prompt = ceil(len(all message text) / 4), at least 1; completion =
ceil(len(content) / 4). When a request's ``max_tokens`` is smaller than the answer, the content is
cut to ``4 * max_tokens`` characters with finish reason ``length`` / ``MAX_TOKENS``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import signal
import socket
import socketserver
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.fakes.json_schema_instance import SchemaError
from tests.fakes.llm_behaviours import (
    QUOTA_KINDS,
    Behaviour,
    BehaviourKind,
    answer_for,
    auth_error,
    check_behaviour,
    context_too_long,
    error_in_200,
    hang,
    invalid_json_content,
    json_validate_failed,
    malformed,
    mid_stream_error,
    model_not_found,
    ok,
    payment_required,
    rate_limited,
    raw,
    safety_block,
    server_error,
)
from tests.fakes.llm_control import PATH_PREFIXES, FakeLLMControl, known_provider
from tests.fakes.llm_limits import LimitKind, Limits, Refusal, Usage, WindowState
from tests.fakes.llm_shapes import (
    PROVIDERS,
    Answer,
    Call,
    ProviderShapes,
    RateLimitInfo,
    Reply,
    StreamReply,
    json_reply,
)
from tests.fakes.llm_shapes_gemini import GeminiShapes
from tests.fakes.llm_shapes_groq import GroqShapes
from tests.fakes.llm_shapes_openrouter import OpenRouterShapes

__all__ = [
    "DEFAULT_KEYS",
    "GEMINI_KEY",
    "GROQ_KEY",
    "OPENROUTER_KEY",
    "PROVIDERS",
    "Behaviour",
    "BehaviourKind",
    "FakeLLMControl",
    "FakeLLMServer",
    "RecordedRequest",
    "auth_error",
    "context_too_long",
    "error_in_200",
    "fake_llm",
    "hang",
    "invalid_json_content",
    "json_validate_failed",
    "main",
    "malformed",
    "mid_stream_error",
    "model_not_found",
    "ok",
    "payment_required",
    "rate_limited",
    "raw",
    "safety_block",
    "server_error",
]

SHAPES: dict[str, ProviderShapes] = {
    "openrouter": OpenRouterShapes(),
    "groq": GroqShapes(),
    "gemini": GeminiShapes(),
}
OPENROUTER_KEY = "test-openrouter-key"
GROQ_KEY = "test-groq-key"
GEMINI_KEY = "test-gemini-key"
DEFAULT_KEYS = {"openrouter": OPENROUTER_KEY, "groq": GROQ_KEY, "gemini": GEMINI_KEY}
_GEMINI_ROUTE = re.compile(
    r"^/gemini/v1beta/models/([^/:]+):(generateContent|streamGenerateContent)$"
)


@dataclass(frozen=True)
class RecordedRequest:
    provider: str  # "openrouter" | "groq" | "gemini" | "" (unknown prefix)
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    json: Any  # the parsed body, None when absent or not JSON
    received_at: float  # time.monotonic()
    body: bytes = field(default=b"", repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["body"] = self.body.decode(errors="replace")
        return data


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], fake: FakeLLMServer) -> None:
        self.fake = fake
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would resolve the host name (socket.getfqdn): slow offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def _dispatch(self) -> None:
        fake = cast(_HTTPServer, self.server).fake
        try:
            fake._handle(self)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            message = f"fake LLM server bug: {exc!r}"
            fake._write(self, json_reply(500, {"error": {"message": message, "code": 500}}))
            self.close_connection = True

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the recorded requests are the log."""


class FakeLLMServer:
    """The fake, in a daemon thread of this process. See the module docstring."""

    def __init__(self, *, time_scale: float = 1.0, host: str = "127.0.0.1", port: int = 0) -> None:
        if time_scale <= 0:
            raise ValueError("time_scale must be positive")
        self.time_scale = time_scale
        self.valid_keys: dict[str, str] = dict(DEFAULT_KEYS)
        self.gemini_day_retry_delay: float | None = 30.0  # unscaled s; None: report the truth
        self._address = (host, port)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._clear()

    def _clear(self) -> None:
        self._scripts: dict[str, deque[Behaviour]] = {p: deque() for p in PROVIDERS}
        self._defaults: dict[str, Behaviour] = {p: ok() for p in PROVIDERS}
        self._limits: dict[str, Limits] = {p: Limits() for p in PROVIDERS}
        self._usage: dict[str, Usage] = {p: Usage() for p in PROVIDERS}
        self._requests: list[RecordedRequest] = []

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> FakeLLMServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _HTTPServer(self._address, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            daemon=True,
            name=f"fake-llm-{self._httpd.server_address[1]}",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and wake hanging handlers (idempotent)."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # wakes hanging handlers
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the fake LLM server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, provider: str) -> str:
        """The base URL a client configures for ``provider`` (it appends /chat/completions or
        /models/{model}:generateContent)."""
        return self.base_url + PATH_PREFIXES[known_provider(provider)]

    # -- configuration --------------------------------------------------------------------------
    def set_limits(
        self,
        provider: str,
        *,
        rpm: int | None = None,
        rpd: int | None = None,
        tpm: int | None = None,
        tpd: int | None = None,
    ) -> None:
        """Replace the provider's enforced limits (None: unlimited). Usage already recorded
        counts against the new limits; ``reset()`` clears it."""
        for value in (rpm, rpd, tpm, tpd):
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ValueError(f"limits must be non-negative integers or None, got {value!r}")
        with self._lock:
            self._limits[known_provider(provider)] = Limits(rpm, rpd, tpm, tpd)

    def limits(self, provider: str) -> Limits:
        return self._limits[known_provider(provider)]

    def script(self, provider: str, *behaviours: Behaviour) -> None:
        """Queue one-shot behaviours for the next admitted requests to ``provider``."""
        for behaviour in behaviours:
            self._check_supported(provider, behaviour)
        with self._lock:
            self._scripts[provider].extend(behaviours)

    def scripted_left(self, provider: str) -> int:
        with self._lock:
            return len(self._scripts[known_provider(provider)])

    def set_default(self, provider: str, behaviour: Behaviour) -> None:
        """What ``provider`` answers when its script queue is empty (initially ``ok()``)."""
        self._check_supported(provider, behaviour)
        with self._lock:
            self._defaults[provider] = behaviour

    def reset(self) -> None:
        """Forget scripts, defaults, limits, usage and recorded requests (keys and time_scale
        stay)."""
        with self._lock:
            self._clear()

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, provider: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.provider == provider]

    @staticmethod
    def _check_supported(provider: str, behaviour: Behaviour) -> None:
        shapes = SHAPES[known_provider(provider)]
        check_behaviour(behaviour)
        if behaviour.kind in shapes.unsupported:
            raise ValueError(f"{provider} has no documented {behaviour.kind!r} answer")
        if (
            behaviour.kind == "rate_limited"
            and behaviour.limit == "upstream"
            and provider != "openrouter"
        ):
            raise ValueError("rate_limited('upstream') is OpenRouter's")

    # -- request handling -----------------------------------------------------------------------
    def _handle(self, h: _Handler) -> None:
        url = urlsplit(h.path)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        raw_body = _read_body(h)
        if url.path.startswith("/_control/"):
            self._write(h, self._control(h.command, url.path, query, raw_body))
            return
        try:
            parsed: Any = json.loads(raw_body) if raw_body else None
        except ValueError:
            parsed = None
        segment = url.path.strip("/").split("/", 1)[0]
        provider = segment if segment in PROVIDERS else ""
        headers = {k.lower(): v for k, v in h.headers.items()}
        record = RecordedRequest(
            provider, h.command, url.path, query, headers, parsed, time.monotonic(), raw_body
        )
        with self._lock:
            self._requests.append(record)
        if not provider:
            message = f"no fake provider at {url.path}; use one of {PROVIDERS}"
            self._write(h, json_reply(404, {"error": {"message": message, "code": 404}}))
            return
        shapes = SHAPES[provider]
        route = _route(provider, h.command, url.path, query, parsed)
        if route is None:
            self._write(h, shapes.unknown_route(h.command, url.path))
            return
        key = _api_key(provider, headers, query)
        if key != self.valid_keys.get(provider):
            self._write(h, shapes.auth_error(key_sent=bool(key)))
            return
        model, stream, sse = route
        if not isinstance(parsed, dict):
            reply: Reply | StreamReply = shapes.bad_request(
                "The request body is not a JSON object."
            )
            self._write(h, reply, self._rate_headers(provider, None))
            return
        call = shapes.parse(parsed, model=model, stream=stream, sse=sse)
        if isinstance(call, Reply):
            self._write(h, call, self._rate_headers(provider, None))
            return
        self._answer_call(h, call)

    def _admit(
        self, call: Call
    ) -> tuple[Behaviour, Answer, Refusal | None, WindowState, Limits, int]:
        """Under the lock: the behaviour for ``call``, its answer, and the limits' decision (a
        refused request leaves the scripted behaviour queued)."""
        provider, now = call.provider, time.monotonic()
        with self._lock:
            queue = self._scripts[provider]
            behaviour = queue[0] if queue else self._defaults[provider]
            answer = answer_for(call, behaviour)  # SchemaError: nothing consumed
            tail = answer.completion_tokens + answer.reasoning_tokens
            requested = answer.prompt_tokens + (
                call.max_tokens if call.max_tokens is not None else tail
            )
            refusal = None
            usage = self._usage[provider]
            if behaviour.kind in QUOTA_KINDS:
                refusal = usage.check(now, self.time_scale, self._limits[provider], requested)
                if refusal is None:
                    usage.charge(now, answer.total_tokens)
            if refusal is None and queue:
                queue.popleft()
            state = usage.state(now, self.time_scale)
            return behaviour, answer, refusal, state, self._limits[provider], requested

    def _answer_call(self, h: _Handler, call: Call) -> None:
        provider, shapes = call.provider, SHAPES[call.provider]
        try:
            behaviour, answer, refusal, state, limits, requested = self._admit(call)
        except SchemaError as exc:
            message = f"fake LLM server cannot instantiate the schema: {exc}"
            self._write(h, shapes.bad_request(message))
            return
        if refusal is not None:
            if refusal.too_large and provider == "groq" and refusal.kind.startswith("tokens"):
                groq = cast(GroqShapes, shapes)
                reply = groq.request_too_large(call, refusal.kind, refusal.limit, refusal.requested)
                self._write(h, reply, shapes.rate_headers(state, limits, None))
                return
            wait = (
                refusal.wait
                if not refusal.too_large
                else Usage.length(refusal.kind, self.time_scale)
            )
            info = RateLimitInfo(
                refusal.kind,
                refusal.limit,
                refusal.used,
                refusal.requested,
                self._reported_wait(provider, refusal.kind, wait),
            )
            self._write(
                h, shapes.rate_limited(call, info), shapes.rate_headers(state, limits, info)
            )
            return
        scripted: RateLimitInfo | None = None
        if behaviour.kind == "rate_limited":
            scripted = self._scripted_rate_info(call, behaviour, requested)
        extra = shapes.rate_headers(state, limits, scripted)
        delay = behaviour.latency + (behaviour.seconds if behaviour.kind == "hang" else 0)
        if delay > 0 and self._stopping.wait(delay):
            h.close_connection = True  # stopped while hanging: drop the connection
            return
        self._write(
            h, self._perform(call, behaviour, answer, scripted), extra, behaviour.chunk_delay
        )

    def _reported_wait(self, provider: str, kind: str, wait: float) -> float:
        if (
            provider == "gemini"
            and kind in ("day", "tokens_day")
            and self.gemini_day_retry_delay is not None
        ):
            return min(wait, self.gemini_day_retry_delay * self.time_scale)
        return wait

    def _scripted_rate_info(
        self, call: Call, behaviour: Behaviour, requested: int
    ) -> RateLimitInfo:
        kind = cast(
            LimitKind, behaviour.limit if behaviour.limit != "upstream" else "tokens_minute"
        )
        shapes = SHAPES[call.provider]
        limit = self._limits[call.provider].of(kind)
        limit = limit if limit is not None else shapes.default_limits.of(kind) or 0
        wait = behaviour.retry_after
        if wait is None:
            wait = self._reported_wait(call.provider, kind, Usage.length(kind, self.time_scale))
        tokens = kind.startswith("tokens")
        return RateLimitInfo(
            cast(Any, behaviour.limit),
            limit,
            limit,
            requested if tokens else 1,
            wait,
            behaviour.bare,
        )

    def _perform(
        self, call: Call, behaviour: Behaviour, answer: Answer, info: RateLimitInfo | None
    ) -> Reply | StreamReply:
        shapes, kind = SHAPES[call.provider], behaviour.kind
        if kind in ("ok", "hang", "invalid_json_content"):
            return shapes.stream(call, answer) if call.stream else shapes.success(call, answer)
        if kind == "mid_stream_error":
            if call.stream:
                return shapes.stream(call, answer, fail_after=max(0, behaviour.after_chunks))
            return shapes.cut_success(call, answer)
        if kind == "rate_limited" and info is not None:
            return shapes.rate_limited(call, info)
        if kind == "server_error":
            return shapes.server_error(behaviour.status or 500, behaviour.retry_after)
        if kind == "malformed":
            return shapes.malformed(call, answer, behaviour.body)
        if kind == "error_in_200":
            return shapes.error_in_200(call, answer, behaviour.variant or "top_level")
        if kind == "auth_error":
            return shapes.auth_error(key_sent=True)
        if kind == "payment_required":
            return shapes.payment_required(call)
        if kind == "context_too_long":
            return shapes.context_too_long(call)
        if kind == "model_not_found":
            return shapes.model_not_found(call)
        if kind == "json_validate_failed":
            return shapes.json_validate_failed(call, answer)
        if kind == "safety_block":
            return shapes.safety_block(call, behaviour.variant or "prompt")
        return Reply(
            behaviour.status or 200, (behaviour.body or "").encode(), dict(behaviour.headers)
        )

    def _rate_headers(self, provider: str, info: RateLimitInfo | None) -> dict[str, str]:
        with self._lock:
            state = self._usage[provider].state(time.monotonic(), self.time_scale)
            limits = self._limits[provider]
        return SHAPES[provider].rate_headers(state, limits, info)

    def _write(
        self,
        h: _Handler,
        reply: Reply | StreamReply,
        extra_headers: dict[str, str] | None = None,
        chunk_delay: float = 0.0,
    ) -> None:
        try:
            if isinstance(reply, StreamReply):
                self._write_stream(h, reply, extra_headers or {}, chunk_delay)
                return
            h.send_response(reply.status)
            for name, value in {**(extra_headers or {}), **reply.headers}.items():
                h.send_header(name, value)
            h.send_header("Content-Length", str(len(reply.body)))
            h.end_headers()
            if reply.cut_at is None:
                h.wfile.write(reply.body)
            else:
                h.wfile.write(reply.body[: reply.cut_at])
                h.close_connection = True
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            h.close_connection = True

    def _write_stream(
        self, h: _Handler, reply: StreamReply, extra_headers: dict[str, str], chunk_delay: float
    ) -> None:
        h.send_response(200)
        for name, value in {**extra_headers, **reply.headers}.items():
            h.send_header(name, value)
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for i, event in enumerate(reply.events):
            if i and chunk_delay > 0 and self._stopping.wait(chunk_delay):
                break
            h.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
        if reply.complete and not self._stopping.is_set():
            h.wfile.write(b"0\r\n\r\n")
        else:
            h.close_connection = True  # no terminating chunk: the client sees a cut stream

    # -- control API ----------------------------------------------------------------------------
    def _control(self, method: str, path: str, query: dict[str, str], raw_body: bytes) -> Reply:
        try:
            data = json.loads(raw_body) if raw_body.strip() else {}
            if not isinstance(data, dict):
                raise ValueError("the control body must be a JSON object")
            result: dict[str, Any] = {"ok": True}
            match method, path:
                case "GET", "/_control/health":
                    result |= {"time_scale": self.time_scale, "base_url": self.base_url}
                case "GET", "/_control/requests":
                    provider = query.get("provider")
                    records = self.requests_for(provider) if provider else self.requests
                    result["requests"] = [r.to_dict() for r in records]
                case "POST", "/_control/limits":
                    values = {k: data.get(k) for k in ("rpm", "rpd", "tpm", "tpd")}
                    self.set_limits(str(data["provider"]), **values)
                case "POST", "/_control/script":
                    behaviours = [Behaviour.from_dict(b) for b in data.get("behaviours", [])]
                    self.script(str(data["provider"]), *behaviours)
                case "POST", "/_control/default":
                    self.set_default(str(data["provider"]), Behaviour.from_dict(data["behaviour"]))
                case "POST", "/_control/keys":
                    self.valid_keys[known_provider(str(data["provider"]))] = str(data["key"])
                case "POST", "/_control/reset":
                    self.reset()
                case _:
                    return json_reply(
                        404, {"ok": False, "error": f"no control route {method} {path}"}
                    )
            return json_reply(200, result)
        except (KeyError, TypeError, ValueError) as exc:
            return json_reply(400, {"ok": False, "error": f"{type(exc).__name__}: {exc}"})


def _route(
    provider: str, method: str, path: str, query: dict[str, str], body: Any
) -> tuple[str, bool, bool] | None:
    """(model from the path, stream?, SSE?) for a chat route, None for anything else."""
    if method != "POST":
        return None
    if provider == "gemini":
        match = _GEMINI_ROUTE.match(path)
        if match is None:
            return None
        stream = match.group(2) == "streamGenerateContent"
        return match.group(1), stream, stream and query.get("alt") == "sse"
    if path != PATH_PREFIXES[provider] + "/chat/completions":
        return None
    stream = isinstance(body, dict) and body.get("stream") is True
    return "", stream, stream


def _api_key(provider: str, headers: dict[str, str], query: dict[str, str]) -> str | None:
    if provider == "gemini":
        return headers.get("x-goog-api-key") or query.get("key") or None
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return (token.strip() or None) if scheme.lower() == "bearer" else None


def _read_body(h: _Handler) -> bytes:
    if h.headers.get("Transfer-Encoding", "").lower() == "chunked":
        parts: list[bytes] = []
        while True:
            size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while h.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            parts.append(h.rfile.read(size))
            h.rfile.readline()
    length = int(h.headers.get("Content-Length") or 0)
    return h.rfile.read(length) if length > 0 else b""


@pytest.fixture
def fake_llm() -> Iterator[FakeLLMServer]:
    """A started fake LLM server (time_scale 1), stopped after the test."""
    with FakeLLMServer() as server:
        yield server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.llm_server", description="Fake OpenRouter/Groq/Gemini server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    parser.add_argument("--time-scale", type=float, default=1.0, help="1/60: a minute lasts 1 s")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with FakeLLMServer(time_scale=args.time_scale, host=args.host, port=args.port) as server:
        print(f"FAKE_LLM_SERVER_URL={server.base_url}", flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
