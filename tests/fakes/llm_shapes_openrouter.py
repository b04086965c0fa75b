"""OpenRouter's wire formats (/work/shared/api-shapes/openrouter.md)."""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Mapping
from typing import Any

from tests.fakes.llm_limits import Limits, whole_seconds
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


class OpenRouterShapes(ProviderShapes):
    name = "openrouter"
    default_limits = Limits(rpm=20, rpd=50)  # free models: 20/min, 50/day (openrouter.md §7)
    unsupported = frozenset({"json_validate_failed", "safety_block"})
    user_id = "user_2pQw8rT1nVb6ZkL0aS3dF5gH7jK"
    upstream = "DeepInfra"

    def error(
        self,
        status: int,
        message: str,
        metadata: dict[str, Any] | None = None,
        *,
        http_status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        error: dict[str, Any] = {"message": message, "code": status}
        if metadata is not None:
            error["metadata"] = metadata
        body = {"error": error, "user_id": self.user_id}
        return self.reply(status if http_status is None else http_status, body, headers)

    def parse(self, body: dict[str, Any], *, model: str, stream: bool, sse: bool) -> Call | Reply:
        return parse_openai(self, body, default_model="openrouter/auto")

    @staticmethod
    def new_id() -> str:
        return f"gen-{int(time.time())}-{uuid.uuid4().hex[:20]}"

    def usage(self, call: Call, answer: Answer) -> dict[str, Any]:
        completion = answer.completion_tokens + answer.reasoning_tokens
        free = call.model.endswith(":free")
        prompt_cost = 0.0 if free else round(answer.prompt_tokens * 0.27e-6, 10)
        completion_cost = 0.0 if free else round(completion * 1.1e-6, 10)
        return {
            "prompt_tokens": answer.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": answer.prompt_tokens + completion,
            "cost": round(prompt_cost + completion_cost, 10),
            "is_byok": False,
            "prompt_tokens_details": {
                "cached_tokens": 0,
                "cache_write_tokens": 0,
                "audio_tokens": 0,
                "video_tokens": 0,
            },
            "cost_details": {
                "upstream_inference_cost": None,
                "upstream_inference_prompt_cost": prompt_cost,
                "upstream_inference_completions_cost": completion_cost,
            },
            "completion_tokens_details": {
                "reasoning_tokens": answer.reasoning_tokens,
                "image_tokens": 0,
                "audio_tokens": 0,
            },
        }

    def _envelope(self, call: Call, gen_id: str, obj: str) -> dict[str, Any]:
        return {
            "id": gen_id,
            "provider": self.upstream,
            "model": call.model,
            "object": obj,
            "created": int(time.time()),
        }

    def success(self, call: Call, answer: Answer) -> Reply:
        gen_id = self.new_id()
        finish = "length" if answer.truncated else "stop"
        reasoning = "Thinking about the answer." if answer.reasoning_tokens else None
        body = {
            **self._envelope(call, gen_id, "chat.completion"),
            "choices": [
                {
                    "logprobs": None,
                    "finish_reason": finish,
                    "native_finish_reason": finish,
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": answer.content,
                        "refusal": None,
                        "reasoning": reasoning,
                    },
                }
            ],
            "usage": self.usage(call, answer),
        }
        return self.reply(200, body, {"x-generation-id": gen_id})

    def stream(
        self, call: Call, answer: Answer, *, fail_after: int | None = None
    ) -> StreamReply | Reply:
        base = self._envelope(call, self.new_id(), "chat.completion.chunk")

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            choice = {
                "index": 0,
                "delta": delta,
                "finish_reason": finish,
                "native_finish_reason": finish,
                "logprobs": None,
            }
            return self.sse({**base, "choices": [choice]})

        events = [chunk({"role": "assistant", "content": ""}), b": OPENROUTER PROCESSING\n\n"]
        pieces = split_text(answer.content)
        if fail_after is not None:
            pieces = pieces[:fail_after]
        events += [chunk({"role": "assistant", "content": piece}) for piece in pieces]
        if fail_after is not None:
            error = {
                "code": 502,
                "message": "Provider disconnected",
                "metadata": {"error_type": "provider_unavailable"},
            }
            choice = {"index": 0, "delta": {"content": ""}, "finish_reason": "error"}
            events.append(self.sse({**base, "error": error, "choices": [choice]}))
            return StreamReply(events, self.sse_headers())
        finish = "length" if answer.truncated else "stop"
        events.append(chunk({"role": "assistant", "content": ""}, finish))
        # The harder of the two documented usage chunks: choices == [] (openrouter.md §5).
        events.append(self.sse({**base, "choices": [], "usage": self.usage(call, answer)}))
        events.append(b"data: [DONE]\n\n")
        return StreamReply(events, self.sse_headers())

    def rate_limited(self, call: Call, info: RateLimitInfo) -> Reply:
        if info.bare:
            typed = {"error_type": "rate_limit_exceeded", "provider_code": "rate_limited"}
            return self.error(429, "Rate limit exceeded", typed)
        if info.kind in ("minute", "day"):
            reset_ms = math.ceil((time.time() + info.wait) * 1000)
            metadata: dict[str, Any] = {
                "headers": {
                    "X-RateLimit-Limit": str(info.limit),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": str(reset_ms),
                },
                "provider_name": None,
            }
            if info.kind == "day":
                message = (
                    "Rate limit exceeded: free-models-per-day. "
                    "Add 10 credits to unlock 1000 free model requests per day"
                )
                metadata["limit_source"] = "openrouter_free_tier_daily"
            else:
                message = "Rate limit exceeded: free-models-per-min."
            return self.error(429, message, metadata)
        # Token limits are not OpenRouter's: they come back as the upstream provider's 429,
        # with metadata.raw and no headers object, plus a Retry-After header.
        raw = (
            f"{call.model} is temporarily rate-limited upstream. Please retry shortly, or add "
            "your own key to accumulate your rate limits: "
            "https://openrouter.ai/settings/integrations"
        )
        headers = {"Retry-After": str(whole_seconds(info.wait))}
        metadata = {"raw": raw, "provider_name": "Chutes"}
        return self.error(429, "Provider returned error", metadata, headers=headers)

    def auth_error(self, *, key_sent: bool) -> Reply:
        message = "User not found." if key_sent else "No auth credentials found"
        return self.reply(401, {"error": {"message": message, "code": 401}})

    def server_error(self, status: int, retry_after: float | None) -> Reply:
        headers = {"Retry-After": str(whole_seconds(retry_after))} if retry_after else None
        if status == 500:
            return self.error(
                500, "Internal Server Error", {"error_type": "server"}, headers=headers
            )
        if status == 504:
            return self.error(504, "Timeout", {"error_type": "timeout"}, headers=headers)
        raw = (
            "upstream connect error or disconnect/reset before headers"
            if status == 502
            else "The model is overloaded. Please try again later."
        )
        metadata = {
            "raw": raw,
            "provider_name": self.upstream,
            "error_type": "provider_unavailable" if status == 502 else "provider_overloaded",
        }
        return self.error(status, "Provider returned error", metadata, headers=headers)

    def payment_required(self, call: Call) -> Reply:
        message = "Insufficient credits. Add more using https://openrouter.ai/settings/credits"
        metadata = {
            "limit_source": "openrouter_credits",
            "remedy_hint": "Add credits or lower max_tokens",
        }
        return self.error(402, message, metadata)

    def context_too_long(self, call: Call) -> Reply:
        # error_type is documented; the message wording is inferred (OpenRouter's usual text).
        limit = 163_840
        requested = max(limit + 1, call.prompt_tokens + (call.max_tokens or 0))
        message = (
            f"This endpoint's maximum context length is {limit} tokens. However, you requested "
            f"about {requested} tokens. Please reduce the length of either one, or use the "
            '"middle-out" transform to compress your prompt automatically.'
        )
        metadata = {"error_type": "context_length_exceeded", "provider_name": None}
        return self.error(400, message, metadata)

    def model_not_found(self, call: Call) -> Reply:
        return self.error(404, f"No endpoints found for {call.model}.")

    def bad_request(self, message: str, *, field_name: str | None = None) -> Reply:
        return self.error(400, message)

    def unknown_route(self, method: str, path: str) -> Reply:
        return self.reply(404, {"error": {"message": "Not Found", "code": 404}})

    def error_in_200(self, call: Call, answer: Answer, variant: str) -> Reply | StreamReply:
        if call.stream:
            return self.stream(call, answer, fail_after=0)
        error = {
            "code": 502,
            "message": "Provider returned error",
            "metadata": {"raw": "upstream connection reset", "provider_name": self.upstream},
        }
        if variant == "top_level":
            return self.reply(200, {"error": error, "user_id": self.user_id})
        body = {
            **self._envelope(call, self.new_id(), "chat.completion"),
            "choices": [
                {
                    "logprobs": None,
                    "finish_reason": "error",
                    "native_finish_reason": "error",
                    "index": 0,
                    "message": {"role": "assistant", "content": "", "refusal": None},
                    "error": error,
                }
            ],
            "usage": self.usage(call, answer),
        }
        return self.reply(200, body)
