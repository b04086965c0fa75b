"""Groq's wire formats (/work/shared/api-shapes/groq.md)."""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Mapping
from typing import Any

from tests.fakes.llm_limits import LimitKind, Limits, WindowState, go_duration, whole_seconds
from tests.fakes.llm_shapes import (
    Answer,
    Call,
    ProviderShapes,
    RateLimitInfo,
    Reply,
    StreamReply,
    parse_openai,
    split_text,
)

_GROQ_LIMIT_NAMES: dict[LimitKind, tuple[str, str]] = {
    "minute": ("requests per minute", "RPM"),
    "day": ("requests per day", "RPD"),
    "tokens_minute": ("tokens per minute", "TPM"),
    "tokens_day": ("tokens per day", "TPD"),
}


class GroqShapes(ProviderShapes):
    name = "groq"
    # openai/gpt-oss-120b free tier (groq.md §7): also what the x-ratelimit-* headers report
    # when no limit is configured.
    default_limits = Limits(rpm=30, rpd=1000, tpm=8000, tpd=200_000)
    unsupported = frozenset({"error_in_200", "payment_required", "safety_block"})
    organization = "org_01jx4k7m2pq9r8s6t5v3w1y0za"
    fingerprint = "fp_21e59ac2de"

    @staticmethod
    def request_id() -> str:
        return "req_" + uuid.uuid4().hex[:26]

    def error(
        self,
        status: int,
        message: str,
        kind: str,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ) -> Reply:
        error: dict[str, Any] = {"message": message, "type": kind}
        if code is not None:
            error["code"] = code
        error.update(extra)
        return self.reply(
            status, {"error": error}, {"x-request-id": self.request_id(), **(headers or {})}
        )

    # groq.md: decommissioned on 2026-08-16, calls fail with model_decommissioned.
    decommissioned_models = frozenset({"llama-3.3-70b-versatile", "llama-3.1-8b-instant"})

    def parse(self, body: dict[str, Any], *, model: str, stream: bool, sse: bool) -> Call | Reply:
        call = parse_openai(self, body, default_model=None)
        if isinstance(call, Reply):
            return call
        if call.model in self.decommissioned_models:
            return self.decommissioned(call.model)
        if call.json_mode == "json_object" and "json" not in call.prompt_text.lower():
            # groq.md §3: json_object mode needs the word JSON in the prompt (wording inferred).
            return self.bad_request(
                "'messages' must contain the word 'json' in some form, to use "
                "'response_format' of type 'json_object'."
            )
        return call

    @staticmethod
    def usage(answer: Answer) -> dict[str, Any]:
        completion = answer.completion_tokens + answer.reasoning_tokens
        prompt_time = round(answer.prompt_tokens / 20_000, 9)
        completion_time = round(completion / 500, 9)
        queue_time = 0.012345678
        usage: dict[str, Any] = {
            "queue_time": queue_time,
            "prompt_tokens": answer.prompt_tokens,
            "prompt_time": prompt_time,
            "completion_tokens": completion,
            "completion_time": completion_time,
            "total_tokens": answer.prompt_tokens + completion,
            "total_time": round(prompt_time + completion_time, 9),
        }
        if answer.reasoning_tokens:
            usage["completion_tokens_details"] = {"reasoning_tokens": answer.reasoning_tokens}
        return usage

    def success(self, call: Call, answer: Answer) -> Reply:
        request_id = self.request_id()
        message: dict[str, Any] = {"role": "assistant", "content": answer.content}
        if answer.reasoning_tokens:
            message["reasoning"] = "Thinking about the answer."
        body = {
            "id": f"chatcmpl-{uuid.uuid4()}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": call.model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": "length" if answer.truncated else "stop",
                }
            ],
            "usage": self.usage(answer),
            "usage_breakdown": None,
            "system_fingerprint": self.fingerprint,
            "x_groq": {"id": request_id, "seed": secrets.randbelow(2**31)},
            "service_tier": "on_demand",
        }
        return self.reply(200, body, {"x-request-id": request_id, "x-groq-region": "us-east-1"})

    def stream(
        self, call: Call, answer: Answer, *, fail_after: int | None = None
    ) -> StreamReply | Reply:
        request_id = self.request_id()
        base = {
            "id": f"chatcmpl-{uuid.uuid4()}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": call.model,
            "system_fingerprint": self.fingerprint,
        }

        def choice(delta: dict[str, Any], finish: str | None = None) -> list[dict[str, Any]]:
            return [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]

        events = [
            self.sse(
                {
                    **base,
                    "choices": choice({"role": "assistant", "content": ""}),
                    "x_groq": {"id": request_id, "seed": secrets.randbelow(2**31)},
                }
            )
        ]
        pieces = split_text(answer.content)
        if fail_after is not None:
            pieces = pieces[:fail_after]
        events += [self.sse({**base, "choices": choice({"content": p})}) for p in pieces]
        headers = {**self.sse_headers(), "x-request-id": request_id, "x-groq-region": "us-east-1"}
        if fail_after is not None:
            # groq.md §5: `data: {"error": {...}}` with the §6 envelope (no capture; inferred text)
            error = {"message": "Service Unavailable", "type": "internal_server_error"}
            events.append(self.sse({"error": error}))
            return StreamReply(events, headers)
        usage = self.usage(answer)
        finish = "length" if answer.truncated else "stop"
        events.append(
            self.sse(
                {
                    **base,
                    "choices": choice({}, finish),
                    "x_groq": {"id": request_id, "usage": usage},
                    "usage": usage,
                }
            )
        )
        if call.include_usage:
            events.append(
                self.sse({**base, "choices": [], "usage": usage, "service_tier": "on_demand"})
            )
        events.append(b"data: [DONE]\n\n")
        return StreamReply(events, headers)

    def rate_limited(self, call: Call, info: RateLimitInfo) -> Reply:
        kind: LimitKind = "tokens_minute" if info.kind == "upstream" else info.kind
        name, abbreviation = _GROQ_LIMIT_NAMES[kind]
        is_tokens = kind.startswith("tokens")
        message = (
            f"Rate limit reached for model `{call.model}` in organization `{self.organization}` "
            f"service tier `on_demand` on {name} ({abbreviation}): Limit {info.limit}, "
            f"Used {info.used}, Requested {info.requested}. "
            f"Please try again in {go_duration(info.wait)}."
        )
        if is_tokens:
            message += (
                " Need more tokens? Upgrade to Dev Tier today at "
                "https://console.groq.com/settings/billing"
            )
        headers = {} if info.bare else {"retry-after": str(whole_seconds(info.wait))}
        kind_name = "tokens" if is_tokens else "requests"
        return self.error(429, message, kind_name, "rate_limit_exceeded", headers)

    def request_too_large(self, call: Call, kind: LimitKind, limit: int, requested: int) -> Reply:
        name, abbreviation = _GROQ_LIMIT_NAMES[kind]
        message = (
            f"Request too large for model `{call.model}` in organization `{self.organization}` "
            f"service tier `on_demand` on {name} ({abbreviation}): Limit {limit}, "
            f"Requested {requested}, please reduce your message size and try again."
        )
        return self.error(413, message, "tokens", "rate_limit_exceeded")

    def rate_headers(
        self, state: WindowState, limits: Limits, info: RateLimitInfo | None
    ) -> dict[str, str]:
        rpd = limits.rpd if limits.rpd is not None else self.default_limits.rpd or 0
        tpm = limits.tpm if limits.tpm is not None else self.default_limits.tpm or 0
        remaining_requests = max(0, rpd - state.requests_day)
        remaining_tokens = max(0, tpm - state.tokens_minute)
        reset_requests, reset_tokens = state.requests_day_reset, state.tokens_minute_reset
        if info is not None and info.kind == "day":
            remaining_requests, reset_requests = 0, max(reset_requests, info.wait)
        if info is not None and info.kind == "tokens_minute":
            remaining_tokens, reset_tokens = 0, max(reset_tokens, info.wait)
        return {
            "x-ratelimit-limit-requests": str(rpd),
            "x-ratelimit-limit-tokens": str(tpm),
            "x-ratelimit-remaining-requests": str(remaining_requests),
            "x-ratelimit-remaining-tokens": str(remaining_tokens),
            "x-ratelimit-reset-requests": go_duration(reset_requests),
            "x-ratelimit-reset-tokens": go_duration(reset_tokens),
        }

    def auth_error(self, *, key_sent: bool) -> Reply:
        return self.error(401, "Invalid API Key", "invalid_request_error", "invalid_api_key")

    def server_error(self, status: int, retry_after: float | None) -> Reply:
        headers = {"retry-after": str(whole_seconds(retry_after))} if retry_after else {}
        if status == 502:
            # groq.md §6: a 502 can be a Cloudflare HTML page rather than JSON.
            page = (
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
                "</body>\r\n</html>\r\n"
            )
            return Reply(502, page.encode(), {"Content-Type": "text/html", **headers})
        messages = {
            500: "Internal Server Error",
            503: "Service Unavailable",
            504: "Gateway Timeout",
        }
        return self.error(status, messages[status], "internal_server_error", headers=headers)

    def context_too_long(self, call: Call) -> Reply:
        # Not in groq.md (its 413 is about TPM); Groq's usual context-length error, inferred.
        return self.error(
            400,
            "Please reduce the length of the messages or completion.",
            "invalid_request_error",
            "context_length_exceeded",
            param="messages",
        )

    def model_not_found(self, call: Call) -> Reply:
        message = f"The model `{call.model}` does not exist or you do not have access to it."
        return self.error(404, message, "invalid_request_error", "model_not_found")

    def decommissioned(self, model: str) -> Reply:
        message = (
            f"The model `{model}` has been decommissioned and is no longer supported. Please "
            "refer to https://console.groq.com/docs/deprecations for a recommendation on which "
            "model to use instead."
        )
        return self.error(400, message, "invalid_request_error", "model_decommissioned")

    def json_validate_failed(self, call: Call, answer: Answer) -> Reply:
        message = (
            "Failed to generate JSON. Please adjust your prompt. "
            "See 'failed_generation' for more details."
        )
        failed = answer.content[: max(1, len(answer.content) // 2)]
        return self.error(
            400,
            message,
            "invalid_request_error",
            "json_validate_failed",
            failed_generation=failed,
        )

    def bad_request(self, message: str, *, field_name: str | None = None) -> Reply:
        return self.error(400, message, "invalid_request_error")

    def unknown_route(self, method: str, path: str) -> Reply:
        message = (
            f"Unknown request URL: {method} {path}. Please check the URL for typos, "
            "or see the docs at https://console.groq.com/docs/"
        )
        return self.error(404, message, "invalid_request_error", "unknown_url")
