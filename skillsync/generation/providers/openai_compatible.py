"""Client for OpenAI-compatible chat completions: OpenRouter, Groq, and any server that speaks
the same API (Ollama, vLLM, LM Studio). Errors are read the way each provider writes them —
Groq's 429 names the limit it hit, OpenRouter puts its limit headers inside the body and can
fail inside a 200 or in the middle of a stream."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from skillsync.core.http import (
    retry_after_seconds,
)
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

_GROQ_LIMIT = re.compile(r"on (tokens|requests) per (minute|day) \((TPM|TPD|RPM|RPD)\)")
_TRY_AGAIN = re.compile(r"try again in ([0-9hms.]+)")
_CONTEXT_CODES = {
    "context_length_exceeded",
    "max_tokens_exceeded",
    "token_limit_exceeded",
    "string_too_long",
}


class OpenAICompatibleClient(HttpProviderClient):
    def _body(self, request: ChatRequest, *, stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.config.model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "temperature": request.temperature,
            "max_tokens": min(request.max_tokens, self.config.max_output_tokens),
        }
        if request.json_schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": request.schema_name, "schema": request.json_schema},
            }
        if stream:
            body["stream"] = True
        return {**self.config.extra_body, **body}

    def complete(
        self,
        request: ChatRequest,
        *,
        on_chunk: OnChunk | None = None,
        time_limit: float | None = None,
    ) -> ChatResult:
        url = f"{self.config.url}/chat/completions"
        key = self.config.api_key
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        with self.transport_errors():
            if on_chunk is None:
                response = self.http.request(
                    "POST",
                    url,
                    json=self._body(request, stream=False),
                    headers=headers,
                    time_limit=time_limit,
                )
                return self._answer(response)
            return self._stream(url, headers, request, on_chunk, time_limit)

    def _answer(self, response: httpx.Response) -> ChatResult:
        if response.status_code != 200:
            raise self._error(response.status_code, response.text, response)
        body = json_body(response.text, provider=self.name)
        if "error" in body:  # OpenRouter: the upstream failed after the request was accepted
            raise self._error(_error_status(body), response.text, response)
        choice = (body.get("choices") or [{}])[0]
        if choice.get("finish_reason") == "error" or "error" in choice:
            raise self._error(_error_status(choice), json.dumps(choice), response)
        content = (choice.get("message") or {}).get("content")
        if not isinstance(content, str):
            raise InvalidOutput(
                "no message content in the answer", provider=self.name, raw=response.text[:500]
            )
        usage = body.get("usage") or {}
        return ChatResult(
            content=content,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            model=str(body.get("model") or self.config.model),
            provider_request_id=str(body.get("id") or ""),
            exhausted_for_seconds=_groq_exhausted(response.headers),
        )

    def _stream(
        self,
        url: str,
        headers: dict[str, str],
        request: ChatRequest,
        on_chunk: OnChunk,
        time_limit: float | None,
    ) -> ChatResult:
        time_limit = self.time_limit(time_limit)
        deadline = time.monotonic() + time_limit
        parts: list[str] = []
        usage: dict[str, Any] = {}
        request_id, model = "", self.config.model
        with self.http.stream(
            "POST",
            url,
            json=self._body(request, stream=True),
            headers=headers,
            time_limit=time_limit,
        ) as response:
            if response.status_code != 200:
                response.read()
                raise self._error(response.status_code, response.text, response)
            for data in sse_data(response.iter_lines(), deadline=deadline):
                if data == "[DONE]":
                    break
                chunk = json_body(data, provider=self.name)
                if "error" in chunk:  # mid-stream failure
                    raise self._error(_error_status(chunk), data, response)
                request_id = str(chunk.get("id") or request_id)
                model = str(chunk.get("model") or model)
                usage = (chunk.get("x_groq") or {}).get("usage") or chunk.get("usage") or usage
                for choice in chunk.get("choices") or []:
                    text = (choice.get("delta") or {}).get("content")
                    if text:
                        parts.append(text)
                        on_chunk(text)
            exhausted = _groq_exhausted(response.headers)
        return ChatResult(
            content="".join(parts),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            model=model,
            provider_request_id=request_id,
            exhausted_for_seconds=exhausted,
        )

    def _error(self, status: int, text: str, response: httpx.Response) -> ProviderError:
        try:
            envelope = json.loads(text)
        except ValueError:
            envelope = {}
        error = envelope.get("error") if isinstance(envelope, dict) else None
        error = error if isinstance(error, dict) else {}
        message = str(error.get("message") or text[:200] or f"HTTP {status}")
        code = str(error.get("code") or "")
        raw_metadata = error.get("metadata")
        metadata: dict[str, Any] = raw_metadata if isinstance(raw_metadata, dict) else {}
        error_type = str(metadata.get("error_type") or "")
        where = f"{self.name}: {message[:300]}"
        if status == 403 and ("reasons" in metadata or "flagged_input" in metadata):
            # A moderation block of this input (OpenRouter): another provider may take it.
            return BadRequest(where, provider=self.name)
        if status in (401, 403):
            return AuthError(where, provider=self.name)
        if status == 402 and metadata.get("limit_source") == "openrouter_in_flight_budget":
            # Too many spends in flight at once: a pause, not an empty account.
            return RateLimited(where, provider=self.name, retry_after=retry_after_seconds(response))
        if status == 402:
            return PaymentRequired(where, provider=self.name)
        if status == 413 or code in _CONTEXT_CODES or error_type in _CONTEXT_CODES:
            return ContextTooLong(where, provider=self.name)
        if status == 429:
            return self._rate_error(where, message, metadata, response)
        if code == "json_validate_failed":
            return InvalidOutput(
                where, provider=self.name, raw=str(error.get("failed_generation", ""))
            )
        if code in ("model_decommissioned", "model_not_found") or status in (400, 404, 422):
            return BadRequest(where, provider=self.name)
        if status in (408, 504):
            return ProviderTimeout(where, provider=self.name)
        return ServerError(where, provider=self.name)

    def _rate_error(
        self, where: str, message: str, metadata: dict[str, Any], response: httpx.Response
    ) -> ProviderError:
        retry_after = retry_after_seconds(response)
        # Groq: the message names the limit; per-day caps say so.
        groq = _GROQ_LIMIT.search(message)
        wait = _TRY_AGAIN.search(message)
        waited = parse_duration(wait.group(1)) if wait else None
        if groq and groq.group(2) == "day":
            until = datetime.now(UTC) + timedelta(seconds=retry_after or waited or 3600)
            return QuotaExhausted(where, provider=self.name, until=until)
        # OpenRouter: its own limits carry X-RateLimit-Reset (ms epoch) inside the body.
        raw_headers = metadata.get("headers")
        headers: dict[str, Any] = raw_headers if isinstance(raw_headers, dict) else {}
        reset_value = headers.get("X-RateLimit-Reset")
        if reset_value:
            reset = _epoch(reset_value)
            if reset is not None:
                if "per-day" in message or reset - datetime.now(UTC) > timedelta(minutes=5):
                    return QuotaExhausted(where, provider=self.name, until=reset)
                seconds = max(0.0, (reset - datetime.now(UTC)).total_seconds())
                return RateLimited(where, provider=self.name, retry_after=retry_after or seconds)
        return RateLimited(where, provider=self.name, retry_after=retry_after or waited)


def _epoch(value: object) -> datetime | None:
    """OpenRouter's X-RateLimit-Reset: epoch milliseconds as documented; values too small to be
    milliseconds are taken as seconds."""
    try:
        number = float(str(value))
    except ValueError:
        return None
    return datetime.fromtimestamp(number / 1000 if number >= 1e12 else number, tz=UTC)


def _error_status(body: dict[str, Any]) -> int:
    error = body.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, int) and 400 <= code < 600 else 502


def _groq_exhausted(headers: httpx.Headers) -> float | None:
    """Groq's headers say when a budget is empty: wait for its reset rather than be refused."""
    waits = []
    for kind in ("requests", "tokens"):
        remaining = headers.get(f"x-ratelimit-remaining-{kind}")
        reset = headers.get(f"x-ratelimit-reset-{kind}")
        if remaining is not None and reset and remaining.strip() == "0":
            seconds = parse_duration(reset)
            if seconds is not None:
                waits.append(seconds)
    return max(waits) if waits else None
