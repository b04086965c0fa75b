"""What the fake LLM server answers: ``Behaviour`` values and their factory functions, and the
content/token counts of an answer (``answer_for``).

A behaviour is a small frozen dataclass, serialisable to JSON (``to_dict``/``from_dict``, see
fake_behaviour.py) for the server's HTTP control API. Each provider spells a behaviour
in its own wire format (see the llm_shapes_*.py modules); a behaviour a provider has no
documented shape for is refused when it is scripted (``ValueError``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal, get_args

from tests.fakes.fake_behaviour import FakeBehaviour
from tests.fakes.json_schema_instance import instance_for, mismatching_instance
from tests.fakes.llm_limits import LIMIT_KINDS
from tests.fakes.llm_shapes import Answer, Call, estimate_tokens

BehaviourKind = Literal[
    "ok",
    "rate_limited",
    "server_error",
    "hang",
    "malformed",
    "invalid_json_content",
    "error_in_200",
    "auth_error",
    "payment_required",
    "context_too_long",
    "mid_stream_error",
    "model_not_found",
    "json_validate_failed",
    "safety_block",
    "raw",
]
# Answered with a 200: these count against (and can be refused by) the configured limits.
QUOTA_KINDS = frozenset(
    {
        "ok",
        "hang",
        "malformed",
        "invalid_json_content",
        "error_in_200",
        "mid_stream_error",
        "safety_block",
    }
)
CONTENT_KINDS = frozenset(
    {"ok", "hang", "invalid_json_content", "mid_stream_error", "json_validate_failed"}
)
_VARIANTS = {
    "invalid_json_content": ("truncated", "fenced", "prose", "schema_mismatch"),
    "error_in_200": ("top_level", "in_choice"),
    "safety_block": ("prompt", "response"),
}


@dataclass(frozen=True)
class Behaviour(FakeBehaviour):
    """How the fake answers one request. Build with the factory functions below."""

    kind: BehaviourKind
    content: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int = 0
    latency: float = 0.0  # seconds before answering (any kind)
    chunk_delay: float = 0.0  # seconds between streamed events
    limit: str | None = None  # rate_limited: minute | day | tokens_minute | tokens_day | upstream
    retry_after: float | None = None  # reported verbatim (real seconds)
    bare: bool = False  # rate_limited: the degraded shape (no details / headers)
    status: int | None = None  # server_error, raw
    seconds: float = 0.0  # hang
    variant: str | None = None
    after_chunks: int = 2  # mid_stream_error: content chunks sent before the failure
    body: str | None = None  # raw, malformed
    headers: tuple[tuple[str, str], ...] = ()  # raw

    kinds = get_args(BehaviourKind)

    def check(self) -> None:
        super().check()
        if self.kind == "rate_limited" and self.limit not in (*LIMIT_KINDS, "upstream"):
            raise ValueError(f"rate_limited kind must be one of {LIMIT_KINDS} or 'upstream'")
        choices = _VARIANTS.get(self.kind)
        if choices and self.variant not in choices:
            raise ValueError(f"{self.kind} variant must be one of {choices}")


def check_behaviour(behaviour: Behaviour) -> None:
    """ValueError unless ``behaviour`` is well-formed (the server checks provider support)."""
    behaviour.check()


def ok(
    content: str | None = None,
    prompt_tokens: int | None = None,
    completion_tokens: int | None = None,
    latency: float = 0,
    *,
    reasoning_tokens: int = 0,
    chunk_delay: float = 0,
) -> Behaviour:
    """A success. ``content=None``: a minimal instance of the requested JSON schema, ``{"answer":
    ...}`` for plain JSON mode, else a short text. Token counts default to the estimates."""
    return Behaviour(
        "ok",
        content=content,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        reasoning_tokens=reasoning_tokens,
        latency=latency,
        chunk_delay=chunk_delay,
    )


def rate_limited(
    kind: Literal["minute", "day", "tokens_minute", "tokens_day", "upstream"] = "minute",
    retry_after: float | None = None,
    *,
    bare: bool = False,
) -> Behaviour:
    """The provider's 429 for that limit. ``retry_after`` (real seconds) defaults to the scaled
    window length (Gemini per-day: the short misleading delay). ``upstream``: OpenRouter's
    "Provider returned error" 429. ``bare``: OpenRouter's typed form, Gemini without
    ``details``, Groq without ``retry-after``."""
    return Behaviour("rate_limited", limit=kind, retry_after=retry_after, bare=bare).checked()


def server_error(status: int = 500, *, retry_after: float | None = None) -> Behaviour:
    """500/502/503/504 in the provider's shape (Gemini 503 "The model is overloaded"; Groq and
    Gemini 502 are HTML pages). ``retry_after`` adds a Retry-After header (not Gemini)."""
    return Behaviour("server_error", status=status, retry_after=retry_after).checked()


def hang(seconds: float) -> Behaviour:
    """Accept the request, send nothing for ``seconds``, then answer like ``ok()``."""
    return Behaviour("hang", seconds=seconds)


def malformed(body: str | None = None) -> Behaviour:
    """A 200 whose body is not JSON (default: the success body cut in half); streams send a
    data event that is not JSON."""
    return Behaviour("malformed", body=body)


def invalid_json_content(
    variant: Literal["truncated", "fenced", "prose", "schema_mismatch"] = "truncated",
) -> Behaviour:
    """A well-formed 200 whose message content is not the JSON asked for: ``truncated`` (valid
    JSON cut in half), ``fenced`` (inside a ```json fence), ``prose`` (no JSON at all) or
    ``schema_mismatch`` (valid JSON, wrong shape)."""
    return Behaviour("invalid_json_content", variant=variant)


def error_in_200(variant: Literal["top_level", "in_choice"] = "top_level") -> Behaviour:
    """OpenRouter only: a 200 carrying an error (``{"error": ...}`` without choices, or a choice
    with ``finish_reason: "error"``); when streaming, an error event before any content."""
    return Behaviour("error_in_200", variant=variant)


def auth_error() -> Behaviour:
    """The provider's bad-key error (401; Gemini 400 API_KEY_INVALID), whatever the key."""
    return Behaviour("auth_error")


def payment_required() -> Behaviour:
    """402: OpenRouter out of credits, Gemini prepaid credits depleted (not Groq)."""
    return Behaviour("payment_required")


def context_too_long() -> Behaviour:
    """The prompt exceeds the model's context: 400 in each provider's shape."""
    return Behaviour("context_too_long")


def mid_stream_error(after_chunks: int = 2) -> Behaviour:
    """Stream ``after_chunks`` content chunks, then fail: OpenRouter's error chunk with
    ``finish_reason: "error"``, Groq's ``data: {"error": ...}`` (both without ``[DONE]``), Gemini
    cuts the connection. A non-streaming request gets a 200 body cut off mid-way."""
    return Behaviour("mid_stream_error", after_chunks=after_chunks)


def model_not_found() -> Behaviour:
    """404 for an unknown model (OpenRouter "No endpoints found", Groq model_not_found, Gemini
    NOT_FOUND)."""
    return Behaviour("model_not_found")


def json_validate_failed() -> Behaviour:
    """Groq only: 400 json_validate_failed with ``failed_generation``."""
    return Behaviour("json_validate_failed")


def safety_block(variant: Literal["prompt", "response"] = "prompt") -> Behaviour:
    """Gemini only: a 200 with ``promptFeedback.blockReason`` or a SAFETY candidate w/o parts."""
    return Behaviour("safety_block", variant=variant)


def raw(status: int, body: str, headers: dict[str, str] | None = None) -> Behaviour:
    """Exactly this status, body and headers."""
    return Behaviour("raw", status=status, body=body, headers=tuple((headers or {}).items()))


def answer_for(call: Call, behaviour: Behaviour) -> Answer:
    """The content and token counts of the answer ``behaviour`` gives to ``call``."""
    content = ""
    if behaviour.kind in CONTENT_KINDS:
        if behaviour.kind == "invalid_json_content":
            content = _invalid_content(call, behaviour.variant or "truncated")
        elif behaviour.content is not None:
            content = behaviour.content
        else:
            content = _default_content(call)
    completion = (
        behaviour.completion_tokens
        if behaviour.completion_tokens is not None
        else estimate_tokens(content)
    )
    truncated = call.max_tokens is not None and completion > call.max_tokens
    if truncated and call.max_tokens is not None:
        content, completion = content[: call.max_tokens * 4], call.max_tokens
    prompt = behaviour.prompt_tokens if behaviour.prompt_tokens is not None else call.prompt_tokens
    return Answer(content, prompt, completion, behaviour.reasoning_tokens, truncated)


def _default_content(call: Call) -> str:
    if call.json_mode == "json_schema" and call.schema is not None:
        return json.dumps(instance_for(call.schema))
    if call.json_mode != "text":
        return json.dumps({"answer": "This is a fake answer."})
    return f"This is a fake answer from the fake {call.provider} server."


def _invalid_content(call: Call, variant: str) -> str:
    valid = _default_content(call) if call.json_mode != "text" else '{"answer": "A fake answer."}'
    if variant == "fenced":
        return f"```json\n{valid}\n```"
    if variant == "prose":
        return "Sure! Here is a short lesson about the topic you asked for."
    if variant == "schema_mismatch":
        schema = call.schema if call.schema is not None else {"type": "object"}
        return json.dumps(mismatching_instance(schema))
    return valid[: max(1, len(valid) // 2)]
