"""Client for Gemini's native ``generateContent`` (and its SSE stream). Structured output uses
``responseJsonSchema``; 429s are read from QuotaFailure (a per-day quota id means: no calls
until the daily reset) and RetryInfo; a bad key is a 400 with API_KEY_INVALID, not a 403."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from skillsync.generation.providers.chat import (
    ChatRequest,
    ChatResult,
    OnChunk,
    json_body,
    parse_duration,
    sse_data,
)
from skillsync.generation.providers.errors import (
    AuthError,
    BadRequest,
    ContextTooLong,
    InvalidOutput,
    PaymentRequired,
    ProviderError,
    ProviderTimeout,
    QuotaExhausted,
    RateLimited,
    ServerError,
)
from skillsync.generation.providers.http_client import HttpProviderClient

# Gemini's daily quotas reset at midnight Pacific time.
QUOTA_ZONE = ZoneInfo("America/Los_Angeles")
_AUTH_REASONS = {"API_KEY_INVALID", "API_KEY_SERVICE_BLOCKED"}


def next_quota_reset(now: datetime | None = None) -> datetime:
    local = (now or datetime.now(UTC)).astimezone(QUOTA_ZONE)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(UTC)


class GeminiClient(HttpProviderClient):
    def _body(self, request: ChatRequest) -> dict[str, Any]:
        system = [m.content for m in request.messages if m.role == "system"]
        contents = [
            {"role": "model" if m.role == "assistant" else "user", "parts": [{"text": m.content}]}
            for m in request.messages
            if m.role != "system"
        ]
        config: dict[str, Any] = {
            "temperature": request.temperature,
            "maxOutputTokens": min(request.max_tokens, self.config.max_output_tokens),
        }
        if request.json_schema is not None:
            config["responseMimeType"] = "application/json"
            config["responseJsonSchema"] = request.json_schema
        body: dict[str, Any] = {"contents": contents, "generationConfig": config}
        if system:
            body["systemInstruction"] = {"parts": [{"text": "\n\n".join(system)}]}
        return {**self.config.extra_body, **body}

    def complete(
        self,
        request: ChatRequest,
        *,
        on_chunk: OnChunk | None = None,
        time_limit: float | None = None,
    ) -> ChatResult:
        base = f"{self.config.url}/models/{self.config.model}"
        headers = {"x-goog-api-key": self.config.api_key}
        with self.transport_errors():
            if on_chunk is None:
                response = self.http.request(
                    "POST",
                    f"{base}:generateContent",
                    json=self._body(request),
                    headers=headers,
                    time_limit=time_limit,
                )
                if response.status_code != 200:
                    raise self._error(response.status_code, response.text)
                body = json_body(response.text, provider=self.name)
                text = self._text(body)
                return self._result(text, body, body)
            return self._stream(base, headers, request, on_chunk, time_limit)

    def _stream(
        self,
        base: str,
        headers: dict[str, str],
        request: ChatRequest,
        on_chunk: OnChunk,
        time_limit: float | None,
    ) -> ChatResult:
        time_limit = self.time_limit(time_limit)
        deadline = time.monotonic() + time_limit
        parts: list[str] = []
        last: dict[str, Any] = {}
        with self.http.stream(
            "POST",
            f"{base}:streamGenerateContent",
            params={"alt": "sse"},
            json=self._body(request),
            headers=headers,
            time_limit=time_limit,
        ) as response:
            if response.status_code != 200:
                response.read()
                raise self._error(response.status_code, response.text)
            for data in sse_data(response.iter_lines(), deadline=deadline):
                chunk = json_body(data, provider=self.name)
                if "error" in chunk:
                    error = chunk["error"] if isinstance(chunk["error"], dict) else {}
                    raise self._error(int(error.get("code") or 500), data)
                text = self._text(chunk, allow_empty=True)
                if text:
                    parts.append(text)
                    on_chunk(text)
                last = chunk
        if not parts:
            raise InvalidOutput("the stream carried no text", provider=self.name)
        return self._result("".join(parts), last, last)

    def _text(self, body: dict[str, Any], *, allow_empty: bool = False) -> str:
        feedback = body.get("promptFeedback") or {}
        if feedback.get("blockReason"):
            raise InvalidOutput(f"prompt blocked: {feedback['blockReason']}", provider=self.name)
        candidates = body.get("candidates") or []
        if not candidates:
            if allow_empty:
                return ""
            raise InvalidOutput("no candidates in the answer", provider=self.name)
        candidate = candidates[0]
        reason = candidate.get("finishReason")
        texts = [
            part.get("text", "")
            for part in (candidate.get("content") or {}).get("parts", [])
            if isinstance(part, dict) and not part.get("thought")
        ]
        if reason not in (None, "STOP", "MAX_TOKENS") and not any(texts):
            raise InvalidOutput(f"answer stopped: {reason}", provider=self.name)
        if reason == "MAX_TOKENS" and not allow_empty:
            raise InvalidOutput("answer truncated at the output token limit", provider=self.name)
        return "".join(texts)

    def _result(self, text: str, usage_body: dict[str, Any], body: dict[str, Any]) -> ChatResult:
        usage = usage_body.get("usageMetadata") or {}
        completion = int(usage.get("candidatesTokenCount") or 0) + int(
            usage.get("thoughtsTokenCount") or 0
        )
        return ChatResult(
            content=text,
            prompt_tokens=int(usage.get("promptTokenCount") or 0),
            completion_tokens=completion,
            model=str(body.get("modelVersion") or self.config.model),
            provider_request_id=str(body.get("responseId") or ""),
        )

    def _error(self, status: int, text: str) -> ProviderError:
        try:
            envelope = json.loads(text)
        except ValueError:
            envelope = {}
        error = envelope.get("error") if isinstance(envelope, dict) else None
        error = error if isinstance(error, dict) else {}
        message = str(error.get("message") or text[:200] or f"HTTP {status}")
        details = [d for d in error.get("details") or [] if isinstance(d, dict)]
        where = f"{self.name}: {message[:300]}"
        reasons = {str(d.get("reason")) for d in details if "ErrorInfo" in str(d.get("@type"))}
        if status == 403 or reasons & _AUTH_REASONS:
            return AuthError(where, provider=self.name)
        if status == 402:
            return PaymentRequired(where, provider=self.name)
        if status == 429:
            return self._rate_error(where, message, details)
        if status == 400 and "token" in message.lower() and "exceed" in message.lower():
            return ContextTooLong(where, provider=self.name)
        if error.get("status") == "FAILED_PRECONDITION":
            return PaymentRequired(where, provider=self.name)
        if status in (400, 404):
            return BadRequest(where, provider=self.name)
        if status in (499, 504):
            return ProviderTimeout(where, provider=self.name)
        return ServerError(where, provider=self.name)

    def _rate_error(self, where: str, message: str, details: list[dict[str, Any]]) -> ProviderError:
        quota_ids: list[str] = []
        retry_after: float | None = None
        for detail in details:
            kind = str(detail.get("@type"))
            if kind.endswith("QuotaFailure"):
                for violation in detail.get("violations") or []:
                    quota_ids.append(str(violation.get("quotaId", "")))
                    if str(violation.get("quotaValue")) == "0":  # no free tier at all
                        return PaymentRequired(where, provider=self.name)
            elif kind.endswith("RetryInfo"):
                retry_after = parse_duration(str(detail.get("retryDelay", "")))
        # The quota id, not RetryInfo, tells a daily cap (RetryInfo comes with both).
        if any("PerDay" in quota for quota in quota_ids):
            return QuotaExhausted(where, provider=self.name, until=next_quota_reset())
        return RateLimited(where, provider=self.name, retry_after=retry_after)
