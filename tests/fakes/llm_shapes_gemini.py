"""Gemini's native v1beta wire formats (/work/shared/api-shapes/gemini.md)."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from typing import Any

from tests.fakes.llm_limits import LimitKind, Limits
from tests.fakes.llm_shapes import (
    Answer,
    Call,
    JsonMode,
    ProviderShapes,
    RateLimitInfo,
    Reply,
    StreamReply,
    positive_int,
    proto_duration,
    split_text,
)

_GEMINI_METRICS = {
    "requests": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
    "tokens": "generativelanguage.googleapis.com/generate_content_free_tier_input_token_count",
}
GEMINI_QUOTA_IDS: dict[LimitKind, str] = {
    "minute": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
    "day": "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
    "tokens_minute": "GenerateContentInputTokensPerModelPerMinute-FreeTier",
    "tokens_day": "GenerateContentInputTokensPerModelPerDay-FreeTier",  # inferred by analogy
}
_GEMINI_TOP_LEVEL = {
    "contents",
    "systemInstruction",
    "generationConfig",
    "safetySettings",
    "tools",
    "toolConfig",
    "cachedContent",
    "labels",
    "model",
}
_GEMINI_GENERATION_CONFIG = {
    "stopSequences",
    "responseMimeType",
    "responseSchema",
    "responseJsonSchema",
    "responseModalities",
    "candidateCount",
    "maxOutputTokens",
    "temperature",
    "topP",
    "topK",
    "seed",
    "presencePenalty",
    "frequencyPenalty",
    "responseLogprobs",
    "logprobs",
    "enableEnhancedCivicAnswers",
    "speechConfig",
    "thinkingConfig",
    "imageConfig",
    "mediaResolution",
    "audioTimestamp",
}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _known(names: set[str]) -> set[str]:
    return names | {_snake(n) for n in names}


def _field(container: Mapping[str, Any], camel: str) -> Any:
    """A proto-JSON field, accepted in camelCase or snake_case."""
    return container.get(camel, container.get(_snake(camel)))


class GeminiShapes(ProviderShapes):
    name = "gemini"
    # Free-tier values seen in 2026 errors for a Flash model (gemini.md §6); tokens inferred.
    default_limits = Limits(rpm=5, rpd=20, tpm=250_000, tpd=1_000_000)
    unsupported = frozenset({"error_in_200", "json_validate_failed"})
    json_content_type = "application/json; charset=UTF-8"
    sse_separator = b"\r\n\r\n"  # real captures use CRLF framing

    def sse_headers(self) -> dict[str, str]:
        return {"Content-Type": "text/event-stream"}

    def error(
        self,
        code: int,
        message: str,
        status: str,
        details: list[dict[str, Any]] | None = None,
    ) -> Reply:
        error: dict[str, Any] = {"code": code, "message": message, "status": status}
        if details is not None:
            error["details"] = details
        return self.reply(code, {"error": error})

    # Retired models answer 404 NOT_FOUND (gemini.md §6; ARCHITECTURE.md §5).
    retired_models = frozenset({"gemini-2.0-flash", "gemini-1.5-flash", "gemini-1.5-pro"})

    def parse(self, body: dict[str, Any], *, model: str, stream: bool, sse: bool) -> Call | Reply:
        for key in body:
            if key not in _known(_GEMINI_TOP_LEVEL):
                return self.unknown_field(key, None)
        config = _field(body, "generationConfig") or {}
        if not isinstance(config, dict):
            return self.bad_request(
                "Invalid value at 'generation_config'", field_name="generation_config"
            )
        for key in config:
            if key not in _known(_GEMINI_GENERATION_CONFIG):
                return self.unknown_field(key, "generation_config")
        contents = body.get("contents")
        if not isinstance(contents, list) or not contents:
            return self.bad_request(
                "* GenerateContentRequest.contents: contents is not specified\n"
            )
        json_schema, schema = _field(config, "responseJsonSchema"), _field(config, "responseSchema")
        if json_schema is not None and schema is not None:
            return self.bad_request(
                "responseJsonSchema and responseSchema are mutually exclusive; set only one.",
                field_name="generation_config",
            )
        wants_json = _field(config, "responseMimeType") == "application/json"
        if (json_schema is not None or schema is not None) and not wants_json:
            return self.bad_request(  # wording inferred
                "* GenerateContentRequest.generation_config.response_mime_type: "
                "response_mime_type must be application/json when a response schema is set.\n"
            )
        system = _field(body, "systemInstruction")
        system_parts = system.get("parts") if isinstance(system, dict) else None
        texts = [str(p.get("text", "")) for p in system_parts or [] if isinstance(p, dict)]
        for content in contents:
            parts = content.get("parts", []) if isinstance(content, dict) else []
            texts += [str(p.get("text", "")) for p in parts if isinstance(p, dict)]
        chosen = json_schema if json_schema is not None else schema
        mode: JsonMode = (
            "json_schema" if chosen is not None else "json_object" if wants_json else "text"
        )
        call = Call(
            provider=self.name,
            model=model,
            body=body,
            stream=stream,
            sse=sse,
            prompt_text="\n".join(texts),
            max_tokens=positive_int(_field(config, "maxOutputTokens")),
            json_mode=mode,
            schema=chosen,
        )
        return self.model_not_found(call) if model in self.retired_models else call

    def unknown_field(self, key: str, parent: str | None) -> Reply:
        where = f" at '{parent}'" if parent else ""
        message = f'Invalid JSON payload received. Unknown name "{key}"{where}: Cannot find field.'
        return self.bad_request(message, field_name=parent or key)

    @staticmethod
    def usage(answer: Answer, *, final: bool = True) -> dict[str, Any]:
        prompt = answer.prompt_tokens
        usage: dict[str, Any] = {"promptTokenCount": prompt}
        if final:
            usage["candidatesTokenCount"] = answer.completion_tokens
        usage["totalTokenCount"] = answer.total_tokens if final else prompt
        usage["promptTokensDetails"] = [{"modality": "TEXT", "tokenCount": prompt}]
        if final and answer.reasoning_tokens:
            usage["thoughtsTokenCount"] = answer.reasoning_tokens
        return usage

    def _response(
        self, call: Call, response_id: str, candidate: dict[str, Any], usage: dict[str, Any]
    ) -> dict[str, Any]:
        return {
            "candidates": [candidate],
            "usageMetadata": usage,
            "modelVersion": call.model,
            "responseId": response_id,
        }

    @staticmethod
    def response_id() -> str:
        return secrets.token_urlsafe(17)[:23]

    def success(self, call: Call, answer: Answer) -> Reply:
        candidate = {
            "content": {"parts": [{"text": answer.content}], "role": "model"},
            "finishReason": "MAX_TOKENS" if answer.truncated else "STOP",
            "index": 0,
        }
        body = self._response(call, self.response_id(), candidate, self.usage(answer))
        return self.reply(200, body)

    def stream(
        self, call: Call, answer: Answer, *, fail_after: int | None = None
    ) -> StreamReply | Reply:
        response_id = self.response_id()
        pieces = split_text(answer.content) or [""]
        if fail_after is not None:
            pieces = pieces[: min(fail_after, len(pieces))]
        objects = []
        for i, piece in enumerate(pieces):
            candidate: dict[str, Any] = {
                "content": {"parts": [{"text": piece}], "role": "model"},
                "index": 0,
            }
            last = fail_after is None and i == len(pieces) - 1
            if last:
                candidate["finishReason"] = "MAX_TOKENS" if answer.truncated else "STOP"
            usage = self.usage(answer, final=last)
            objects.append(self._response(call, response_id, candidate, usage))
        if not call.sse:
            # Without alt=sse: one JSON array of the response objects (cut short on failure).
            reply = self.reply(200, objects)
            cut = len(reply.body) - 1 if fail_after is not None else None
            return Reply(reply.status, reply.body, reply.headers, cut_at=cut)
        # gemini.md §5: a mid-stream failure cuts the connection, no error event is documented.
        return StreamReply([self.sse(o) for o in objects], self.sse_headers(), fail_after is None)

    def rate_limited(self, call: Call, info: RateLimitInfo) -> Reply:
        if info.bare:
            return self.error(
                429, "Resource has been exhausted (e.g. check quota).", "RESOURCE_EXHAUSTED"
            )
        kind: LimitKind = "tokens_minute" if info.kind == "upstream" else info.kind
        metric = _GEMINI_METRICS["tokens" if kind.startswith("tokens") else "requests"]
        precise = f"{info.wait:.9f}".rstrip("0").rstrip(".")
        message = (
            "You exceeded your current quota, please check your plan and billing details. For "
            "more information on this error, head to: "
            "https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, "
            f"head to: https://ai.dev/rate-limit. \n* Quota exceeded for metric: {metric}, "
            f"limit: {info.limit}, model: {call.model}\nPlease retry in {precise}s."
        )
        details: list[dict[str, Any]] = [
            {
                "@type": "type.googleapis.com/google.rpc.Help",
                "links": [
                    {
                        "description": "Learn more about Gemini API quotas",
                        "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
                    }
                ],
            },
            {
                "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                "violations": [
                    {
                        "quotaMetric": metric,
                        "quotaId": GEMINI_QUOTA_IDS[kind],
                        "quotaDimensions": {"location": "global", "model": call.model},
                        "quotaValue": str(info.limit),
                    }
                ],
            },
            {
                "@type": "type.googleapis.com/google.rpc.RetryInfo",
                "retryDelay": proto_duration(info.wait),
            },
        ]
        return self.error(429, message, "RESOURCE_EXHAUSTED", details)

    def auth_error(self, *, key_sent: bool) -> Reply:
        if not key_sent:
            message = (
                "Method doesn't allow unregistered callers (callers without established "
                "identity). Please use API Key or other form of API consumer identity to call "
                "this API."
            )
            return self.error(403, message, "PERMISSION_DENIED")
        message = "API key not valid. Please pass a valid API key."
        details: list[dict[str, Any]] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"},
            },
            {
                "@type": "type.googleapis.com/google.rpc.LocalizedMessage",
                "locale": "en-US",
                "message": message,
            },
        ]
        return self.error(400, message, "INVALID_ARGUMENT", details)

    def server_error(self, status: int, retry_after: float | None) -> Reply:
        # Gemini never sends Retry-After: retry_after is ignored.
        if status == 502:
            page = (
                "<!DOCTYPE html>\n<html lang=en>\n<title>Error 502 (Server Error)!!1</title>\n"
                "<p><b>502.</b> <ins>That's an error.</ins>\n<p>The server encountered a "
                "temporary error and could not complete your request.<p>Please try again in 30 "
                "seconds.  <ins>That's all we know.</ins>\n"
            )
            return Reply(502, page.encode(), {"Content-Type": "text/html; charset=UTF-8"})
        if status == 503:
            return self.error(
                503, "The model is overloaded. Please try again later.", "UNAVAILABLE"
            )
        if status == 504:
            message = "Deadline expired before operation could complete."
            return self.error(504, message, "DEADLINE_EXCEEDED")
        message = (
            "An internal error has occurred. Please retry or report in "
            "https://developers.generativeai.google/guide/troubleshooting"
        )
        return self.error(500, message, "INTERNAL")

    def payment_required(self, call: Call) -> Reply:
        message = (
            "Your prepayment credits are depleted. Please go to AI Studio at "
            "https://ai.studio/projects to manage your project and billing. Learn more at "
            "https://ai.google.dev/gemini-api/docs/billing#prepay."
        )
        return self.error(402, message, "RESOURCE_EXHAUSTED")

    def context_too_long(self, call: Call) -> Reply:
        # The 400 INVALID_ARGUMENT envelope is documented; the wording is inferred.
        limit = 1_048_576
        count = max(limit + 1, call.prompt_tokens)
        message = (
            f"The input token count ({count}) exceeds the maximum number of tokens allowed "
            f"({limit})."
        )
        return self.error(400, message, "INVALID_ARGUMENT")

    def model_not_found(self, call: Call) -> Reply:
        message = (
            f"models/{call.model} is not found for API version v1beta, or is not supported for "
            "generateContent. Call ListModels to see the list of available models and their "
            "supported methods."
        )
        return self.error(404, message, "NOT_FOUND")

    def bad_request(self, message: str, *, field_name: str | None = None) -> Reply:
        details = None
        if field_name is not None:
            details = [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": field_name, "description": message}],
                }
            ]
        return self.error(400, message, "INVALID_ARGUMENT", details)

    def unknown_route(self, method: str, path: str) -> Reply:
        return self.error(404, f"Requested entity was not found: {method} {path}", "NOT_FOUND")

    def safety_block(self, call: Call, variant: str) -> Reply | StreamReply:
        prompt_usage = {
            "promptTokenCount": call.prompt_tokens,
            "totalTokenCount": call.prompt_tokens,
        }
        ratings = [
            {"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"},
            {"category": "HARM_CATEGORY_DANGEROUS_CONTENT", "probability": "HIGH", "blocked": True},
        ]
        body: dict[str, Any]
        if variant == "prompt":
            body = {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": ratings}}
        else:
            candidate = {"finishReason": "SAFETY", "index": 0, "safetyRatings": ratings}
            body = {"candidates": [candidate]}
        body |= {
            "usageMetadata": prompt_usage,
            "modelVersion": call.model,
            "responseId": self.response_id(),
        }
        if call.stream and call.sse:
            return StreamReply([self.sse(body)], self.sse_headers())
        return self.reply(200, [body] if call.stream else body)
