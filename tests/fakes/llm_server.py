"""A fake LLM provider server on 127.0.0.1: OpenRouter, Groq and Gemini, with their real wire
formats (/work/shared/api-shapes/), server-side rate limits and scriptable failures.

In-process::

    with FakeLLMServer(time_scale=1 / 60) as fake:        # a rate-limit "minute" lasts 1 s
        fake.set_limits("groq", rpm=3)
        fake.script("gemini", server_error(503), ok('{"title": "x"}'))
        client = GroqClient(base_url=fake.url("groq"), api_key=GROQ_KEY)
        ...
        assert len(fake.requests_for("groq")) == 4

``fake.url(provider)`` is the base URL a client configures (it appends /chat/completions or
/models/{model}:generateContent). Or the ``fake_llm`` pytest fixture. As a process (benchmarks,
other languages)::

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

import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, cast

import pytest

from tests.fakes.http_fake import FakeServer, Handler, run_as_process
from tests.fakes.json_schema_instance import SchemaError
from tests.fakes.llm_behaviours import (
    QUOTA_KINDS,
    Behaviour,
    BehaviourKind,
    answer_for,
    auth_error,
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
from tests.fakes.llm_control import LAYOUT, PATH_PREFIXES, FakeLLMControl, known_provider
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


class FakeLLMServer(FakeServer[RecordedRequest, Behaviour]):
    """The fake, in a daemon thread of this process (the plumbing is http_fake.FakeServer's).
    See the module docstring."""

    description = "fake LLM server"
    thread_name = "fake-llm"
    url_variable = "FAKE_LLM_SERVER_URL"
    layout = LAYOUT
    default_keys = DEFAULT_KEYS
    behaviour_class = Behaviour
    gemini_day_retry_delay: float | None = 30.0  # unscaled s; None: report the truth

    def _clear(self) -> None:
        """Also forget limits and usage."""
        super()._clear()
        self._limits: dict[str, Limits] = {p: Limits() for p in PROVIDERS}
        self._usage: dict[str, Usage] = {p: Usage() for p in PROVIDERS}

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

    def requests_for(self, provider: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.provider == provider]

    def _check_supported(self, provider: str, behaviour: Behaviour) -> None:
        shapes = SHAPES[known_provider(provider)]
        behaviour.check()
        if behaviour.kind in shapes.unsupported:
            raise ValueError(f"{provider} has no documented {behaviour.kind!r} answer")
        if (
            behaviour.kind == "rate_limited"
            and behaviour.limit == "upstream"
            and provider != "openrouter"
        ):
            raise ValueError("rate_limited('upstream') is OpenRouter's")

    # -- request handling -----------------------------------------------------------------------
    def _serve(
        self, h: Handler, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> None:
        try:
            parsed: Any = json.loads(body) if body else None
        except ValueError:
            parsed = None
        segment = path.strip("/").split("/", 1)[0]
        provider = segment if segment in PROVIDERS else ""
        self._record(
            RecordedRequest(
                provider, h.command, path, query, headers, parsed, time.monotonic(), body
            )
        )
        if not provider:
            message = f"no fake provider at {path}; use one of {PROVIDERS}"
            self._write(h, json_reply(404, {"error": {"message": message, "code": 404}}))
            return
        shapes = SHAPES[provider]
        route = _route(provider, h.command, path, query, parsed)
        if route is None:
            self._write(h, shapes.unknown_route(h.command, path))
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

    def _answer_call(self, h: Handler, call: Call) -> None:
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
        h: Handler,
        reply: Reply | StreamReply,
        extra_headers: dict[str, str] | None = None,
        chunk_delay: float = 0.0,
    ) -> int:
        if isinstance(reply, Reply):
            return super()._write(h, reply, extra_headers)
        try:
            self._write_stream(h, reply, extra_headers or {}, chunk_delay)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            h.close_connection = True
        return 200

    def _write_stream(
        self, h: Handler, reply: StreamReply, extra_headers: dict[str, str], chunk_delay: float
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
    def _control_route(
        self, method: str, path: str, query: dict[str, str], data: dict[str, Any]
    ) -> dict[str, Any] | None:
        if (method, path) == ("POST", "/_control/limits"):
            values = {k: data.get(k) for k in ("rpm", "rpd", "tpm", "tpd")}
            self.set_limits(str(data["provider"]), **values)
            return {}
        return super()._control_route(method, path, query, data)


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


@pytest.fixture
def fake_llm() -> Iterator[FakeLLMServer]:
    """A started fake LLM server (time_scale 1), stopped after the test."""
    with FakeLLMServer() as server:
        yield server


def main(argv: list[str] | None = None) -> int:
    return run_as_process(
        FakeLLMServer,
        argv,
        module="tests.fakes.llm_server",
        description="Fake OpenRouter/Groq/Gemini server.",
    )


if __name__ == "__main__":
    sys.exit(main())
