"""The providers' wire formats, as documented in /work/shared/api-shapes/ (openrouter.md, groq.md,
gemini.md): the types shared by llm_shapes_{openrouter,groq,gemini}.py, which hold request
parsing, success bodies, usage objects, SSE framing and every error shape of each provider.

Pure functions of their inputs (plus fresh ids and timestamps): the server decides *what* to
answer, these modules decide *how each provider spells it*. Wording marked "inferred" is not
quoted in the api-shapes files (the file has only the envelope, or says the text is illustrative).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from tests.fakes.http_fake import Reply as Reply
from tests.fakes.http_fake import json_reply as json_reply
from tests.fakes.llm_limits import LimitKind, Limits, WindowState

PROVIDERS = ("openrouter", "groq", "gemini")
JsonMode = Literal["text", "json_object", "json_schema"]
RateKind = LimitKind | Literal["upstream"]


@dataclass(frozen=True)
class StreamReply:
    """A 200 SSE answer sent with chunked transfer encoding, one event per chunk.
    ``complete=False``: drop the connection after the events, without ending the body."""

    events: list[bytes]
    headers: dict[str, str] = field(default_factory=dict)
    complete: bool = True


@dataclass(frozen=True)
class Call:
    """One parsed chat request."""

    provider: str
    model: str
    body: dict[str, Any]
    stream: bool
    sse: bool  # Gemini: ?alt=sse (OpenAI-compatible streams are always SSE)
    prompt_text: str
    max_tokens: int | None
    json_mode: JsonMode
    schema: Any  # the JSON schema asked for (a dict, or None)
    include_usage: bool = False  # stream_options.include_usage

    @property
    def prompt_tokens(self) -> int:
        return max(1, estimate_tokens(self.prompt_text))


@dataclass(frozen=True)
class Answer:
    content: str
    prompt_tokens: int
    completion_tokens: int  # visible output tokens, without reasoning
    reasoning_tokens: int = 0
    truncated: bool = False  # cut at max_tokens: finish_reason "length" / "MAX_TOKENS"

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens + self.reasoning_tokens


@dataclass(frozen=True)
class RateLimitInfo:
    kind: RateKind
    limit: int
    used: int
    requested: int
    wait: float  # real seconds, as reported to the client
    bare: bool = False  # the degraded variant (no details / no headers)


def estimate_tokens(text: str) -> int:
    """About four characters a token."""
    return math.ceil(len(text) / 4)


def split_text(text: str, parts: int = 4) -> list[str]:
    """``text`` in up to ``parts`` consecutive pieces (none for an empty text)."""
    if not text:
        return []
    size = math.ceil(len(text) / min(parts, len(text)))
    return [text[i : i + size] for i in range(0, len(text), size)]


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def proto_duration(seconds: float) -> str:
    """A protobuf Duration in JSON (``26s``, ``0.500s``), rounded up to the millisecond."""
    ms = math.ceil(round(seconds * 1000, 6))
    whole, frac = divmod(ms, 1000)
    return f"{whole}s" if not frac else f"{whole}.{frac:03d}s"


def text_of(content: Any) -> str:
    """The text of an OpenAI message ``content`` (a string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def positive_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


class ProviderShapes:
    """One provider's formats. Subclasses override what their provider spells differently."""

    name = ""
    default_limits = Limits()
    unsupported: frozenset[str] = frozenset()
    json_content_type = "application/json"
    sse_separator = b"\n\n"

    def sse(self, value: Any) -> bytes:
        return b"data: " + dumps(value) + self.sse_separator

    def sse_headers(self) -> dict[str, str]:
        return {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}

    def reply(self, status: int, value: Any, headers: Mapping[str, str] | None = None) -> Reply:
        return json_reply(status, value, headers, self.json_content_type)

    # -- to override ------------------------------------------------------------------------
    def parse(self, body: dict[str, Any], *, model: str, stream: bool, sse: bool) -> Call | Reply:
        raise NotImplementedError

    def success(self, call: Call, answer: Answer) -> Reply:
        raise NotImplementedError

    def stream(
        self, call: Call, answer: Answer, *, fail_after: int | None = None
    ) -> StreamReply | Reply:
        raise NotImplementedError

    def rate_limited(self, call: Call, info: RateLimitInfo) -> Reply:
        raise NotImplementedError

    def auth_error(self, *, key_sent: bool) -> Reply:
        raise NotImplementedError

    def server_error(self, status: int, retry_after: float | None) -> Reply:
        raise NotImplementedError

    def payment_required(self, call: Call) -> Reply:
        raise NotImplementedError

    def context_too_long(self, call: Call) -> Reply:
        raise NotImplementedError

    def model_not_found(self, call: Call) -> Reply:
        raise NotImplementedError

    def bad_request(self, message: str, *, field_name: str | None = None) -> Reply:
        raise NotImplementedError

    def unknown_route(self, method: str, path: str) -> Reply:
        raise NotImplementedError

    def rate_headers(
        self, state: WindowState, limits: Limits, info: RateLimitInfo | None
    ) -> dict[str, str]:
        return {}

    # -- shared -----------------------------------------------------------------------------
    def malformed(self, call: Call, answer: Answer, body: str | None) -> Reply | StreamReply:
        """A 200 whose body (or, when streaming, whose data event) is not JSON."""
        good = self.success(call, answer).body
        broken = body.encode() if body is not None else good[: len(good) // 2]
        if not call.stream or not call.sse:
            return Reply(200, broken, {"Content-Type": self.json_content_type})
        events = [b"data: " + broken + self.sse_separator]
        if self.name != "gemini":
            events.append(b"data: [DONE]" + self.sse_separator)
        return StreamReply(events, self.sse_headers())

    def cut_success(self, call: Call, answer: Answer) -> Reply:
        """A 200 whose body stops half-way: the connection drops mid-answer."""
        reply = self.success(call, answer)
        return Reply(reply.status, reply.body, reply.headers, cut_at=len(reply.body) // 2)

    def json_validate_failed(self, call: Call, answer: Answer) -> Reply:
        raise NotImplementedError

    def error_in_200(self, call: Call, answer: Answer, variant: str) -> Reply | StreamReply:
        raise NotImplementedError

    def safety_block(self, call: Call, variant: str) -> Reply | StreamReply:
        raise NotImplementedError


# --------------------------------------------------------------------------------------------
# OpenAI-compatible request parsing (OpenRouter and Groq)


def parse_openai(
    shapes: ProviderShapes, body: dict[str, Any], *, default_model: str | None
) -> Call | Reply:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return shapes.bad_request("'messages' : minimum number of items is 1")
    models = body.get("models")
    model = body.get("model") or (models[0] if isinstance(models, list) and models else None)
    model = model or default_model
    if not isinstance(model, str) or not model:
        return shapes.bad_request("'model' : property 'model' is missing")
    prompt = "\n".join(text_of(m.get("content")) for m in messages if isinstance(m, dict))
    response_format = body.get("response_format") or {}
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    mode: JsonMode = "text"
    schema: Any = None
    if kind == "json_schema":
        mode = "json_schema"
        spec = response_format.get("json_schema") or {}
        schema = spec.get("schema") if isinstance(spec, dict) else None
    elif kind == "json_object":
        mode = "json_object"
    options = body.get("stream_options") or {}
    return Call(
        provider=shapes.name,
        model=model,
        body=body,
        stream=body.get("stream") is True,
        sse=True,
        prompt_text=prompt,
        max_tokens=positive_int(body.get("max_completion_tokens"))
        or positive_int(body.get("max_tokens")),
        json_mode=mode,
        schema=schema,
        include_usage=isinstance(options, dict) and options.get("include_usage") is True,
    )
