"""The fake LLM server speaks each provider's documented wire format (/work/shared/api-shapes/),
enforces its limits exactly, and misbehaves on demand — talked to with httpx, like a client."""

from __future__ import annotations

import json
import math
import re
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from tests.fakes import llm_server
from tests.fakes.fake_testing import assert_stop_drops_hanging_request, fake_process
from tests.fakes.json_schema_instance import instance_for, mismatching_instance, schema_errors
from tests.fakes.llm_limits import go_duration
from tests.fakes.llm_server import (
    GEMINI_KEY,
    GROQ_KEY,
    OPENROUTER_KEY,
    Behaviour,
    FakeLLMControl,
    FakeLLMServer,
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

pytestmark = pytest.mark.timeout(60)

fake_llm = llm_server.fake_llm  # the fixture under test, as tests will use it

PROVIDERS = ("openrouter", "groq", "gemini")
KEYS = {"openrouter": OPENROUTER_KEY, "groq": GROQ_KEY, "gemini": GEMINI_KEY}
MODELS = {
    "openrouter": "deepseek/deepseek-chat-v3.1",
    "groq": "openai/gpt-oss-120b",
    "gemini": "gemini-3.8-flash",
}
SYSTEM = "You write short, accurate programming lessons. Reply in JSON when asked."
QUESTION = "Explain Django's select_related in 3 sentences."
PROMPT_TOKENS = math.ceil(len(SYSTEM + "\n" + QUESTION) / 4)
NO_KEY = ""


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    """Scaled time: a rate-limit minute lasts 1 s, a day 24 min."""
    with FakeLLMServer(time_scale=1 / 60) as fake:
        yield fake


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as client:
        yield client


def openai_body(provider: str, **extra: Any) -> dict[str, Any]:
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": QUESTION}]
    return {"model": MODELS[provider], "messages": messages, "temperature": 0.3, **extra}


def gemini_body(**config: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "systemInstruction": {"parts": [{"text": SYSTEM}]},
        "contents": [{"role": "user", "parts": [{"text": QUESTION}]}],
    }
    if config:
        body["generationConfig"] = config
    return body


def chat(
    http: httpx.Client,
    fake: FakeLLMServer,
    provider: str,
    body: dict[str, Any] | None = None,
    *,
    stream: bool = False,
    key: str | None = None,
    model: str | None = None,
    sse: bool = True,
    timeout: float | None = None,
) -> httpx.Response:
    """One chat request, built the way each provider's client would."""
    key = KEYS[provider] if key is None else key
    extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
    if provider == "gemini":
        method = "streamGenerateContent" if stream else "generateContent"
        url = f"{fake.url('gemini')}/models/{model or MODELS['gemini']}:{method}"
        params = {"alt": "sse"} if stream and sse else {}
        headers = {"x-goog-api-key": key} if key else {}
        return http.post(url, json=body or gemini_body(), headers=headers, params=params, **extra)
    payload = body or openai_body(provider)
    if stream:
        payload = {**payload, "stream": True}
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return http.post(
        f"{fake.url(provider)}/chat/completions", json=payload, headers=headers, **extra
    )


def content_of(provider: str, response: httpx.Response) -> str:
    data = response.json()
    if provider == "gemini":
        return str(data["candidates"][0]["content"]["parts"][0]["text"])
    return str(data["choices"][0]["message"]["content"])


def sse_data(text: str) -> list[str]:
    """The data payloads of an SSE body (comments dropped, LF or CRLF framing)."""
    events = re.split(r"\r?\n\r?\n", text)
    return [e[len("data: ") :] for e in events if e.startswith("data: ")]


def go_seconds(text: str) -> float:
    """Parse a Go duration (``1h2m3.5s``, ``120ms``)."""
    if text.endswith("ms"):
        return float(text[:-2]) / 1000
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:([\d.]+)s)?", text)
    assert match, text
    hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def reported_wait(provider: str, response: httpx.Response) -> float:
    """The wait a client would derive from a 429, in seconds."""
    error = response.json()["error"]
    if provider == "groq":
        match = re.search(r"try again in ([0-9hms.]+)\.", error["message"])
        assert match
        return go_seconds(match.group(1))
    if provider == "openrouter":
        return int(error["metadata"]["headers"]["X-RateLimit-Reset"]) / 1000 - time.time()
    retry = next(d for d in error["details"] if d["@type"].endswith("RetryInfo"))
    return float(retry["retryDelay"].rstrip("s"))


def quota_ids(response: httpx.Response) -> list[str]:
    details = response.json()["error"]["details"]
    failure = [d for d in details if d["@type"] == "type.googleapis.com/google.rpc.QuotaFailure"]
    return [v["quotaId"] for v in failure[0]["violations"]]


# -- success shapes ----------------------------------------------------------------------------


def test_openrouter_success_has_the_documented_body_and_usage(server, http) -> None:
    response = chat(http, server, "openrouter")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert not [h for h in response.headers if h.lower().startswith("x-ratelimit")]
    data = response.json()
    assert re.fullmatch(r"gen-\d+-[0-9a-zA-Z]{20}", data["id"])
    assert data["object"] == "chat.completion"
    assert data["model"] == MODELS["openrouter"]
    assert isinstance(data["provider"], str)
    assert isinstance(data["created"], int)
    choice = data["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert choice["native_finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    content = choice["message"]["content"]
    assert isinstance(content, str)
    assert content
    usage = data["usage"]
    assert usage["prompt_tokens"] == PROMPT_TOKENS
    assert usage["completion_tokens"] == math.ceil(len(content) / 4)
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert isinstance(usage["cost"], float)
    assert usage["is_byok"] is False
    assert usage["prompt_tokens_details"]["cached_tokens"] == 0
    assert usage["completion_tokens_details"]["reasoning_tokens"] == 0
    assert usage["cost_details"]["upstream_inference_cost"] is None


def test_openrouter_answers_with_the_first_model_of_a_models_list(server, http) -> None:
    body = openai_body("openrouter")
    del body["model"]
    body["models"] = ["qwen/qwen3-235b-a22b-2507", "openai/gpt-oss-120b"]
    response = chat(http, server, "openrouter", body)
    assert response.json()["model"] == "qwen/qwen3-235b-a22b-2507"


def test_groq_success_has_timing_usage_x_groq_and_rate_limit_headers(server, http) -> None:
    first = chat(http, server, "groq")
    second = chat(http, server, "groq")
    assert first.status_code == second.status_code == 200
    data = second.json()
    assert data["object"] == "chat.completion"
    assert data["id"].startswith("chatcmpl-")
    assert data["model"] == MODELS["groq"]
    assert data["service_tier"] == "on_demand"
    assert data["x_groq"]["id"] == second.headers["x-request-id"]
    assert data["choices"][0]["finish_reason"] == "stop"
    usage = data["usage"]
    for name in ("queue_time", "prompt_time", "completion_time", "total_time"):
        assert isinstance(usage[name], float)
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    # free-tier-like values when no limits are configured: 1000 RPD, 8000 TPM
    assert second.headers["x-ratelimit-limit-requests"] == "1000"
    assert second.headers["x-ratelimit-limit-tokens"] == "8000"
    assert int(first.headers["x-ratelimit-remaining-requests"]) == 999
    assert int(second.headers["x-ratelimit-remaining-requests"]) == 998
    used = first.json()["usage"]["total_tokens"] + usage["total_tokens"]
    assert int(second.headers["x-ratelimit-remaining-tokens"]) == 8000 - used
    # resets are Go durations within the (scaled) windows: a day is 1440 s, a minute 1 s
    assert 1430 < go_seconds(second.headers["x-ratelimit-reset-requests"]) <= 1440
    assert 0 < go_seconds(second.headers["x-ratelimit-reset-tokens"]) <= 1


def test_groq_rate_limit_headers_follow_the_configured_limits(server, http) -> None:
    server.set_limits("groq", rpd=10, tpm=5000)
    response = chat(http, server, "groq")
    assert response.headers["x-ratelimit-limit-requests"] == "10"
    assert response.headers["x-ratelimit-remaining-requests"] == "9"
    assert response.headers["x-ratelimit-limit-tokens"] == "5000"
    total = response.json()["usage"]["total_tokens"]
    assert response.headers["x-ratelimit-remaining-tokens"] == str(5000 - total)


def test_gemini_success_has_candidates_and_usage_metadata(server, http) -> None:
    response = chat(http, server, "gemini")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=UTF-8"
    data = response.json()
    candidate = data["candidates"][0]
    assert candidate["finishReason"] == "STOP"
    assert candidate["index"] == 0
    assert candidate["content"]["role"] == "model"
    text = candidate["content"]["parts"][0]["text"]
    usage = data["usageMetadata"]
    assert usage["promptTokenCount"] == PROMPT_TOKENS
    assert usage["candidatesTokenCount"] == math.ceil(len(text) / 4)
    assert usage["totalTokenCount"] == usage["promptTokenCount"] + usage["candidatesTokenCount"]
    assert usage["promptTokensDetails"] == [{"modality": "TEXT", "tokenCount": PROMPT_TOKENS}]
    assert "thoughtsTokenCount" not in usage
    assert data["modelVersion"] == MODELS["gemini"]
    assert isinstance(data["responseId"], str)


def test_gemini_accepts_the_key_as_a_query_parameter(server, http) -> None:
    url = f"{server.url('gemini')}/models/gemini-3.8-flash:generateContent"
    response = http.post(url, params={"key": GEMINI_KEY}, json=gemini_body())
    assert response.status_code == 200


def test_scripted_content_tokens_and_reasoning_appear_in_each_usage_object(server, http) -> None:
    for provider in PROVIDERS:
        server.script(
            provider, ok("Hello!", prompt_tokens=7, completion_tokens=3, reasoning_tokens=5)
        )
    openrouter = chat(http, server, "openrouter").json()
    assert openrouter["choices"][0]["message"]["content"] == "Hello!"
    assert openrouter["usage"]["completion_tokens"] == 8  # reasoning included, OpenAI-style
    assert openrouter["usage"]["completion_tokens_details"]["reasoning_tokens"] == 5
    assert openrouter["usage"]["total_tokens"] == 15
    groq = chat(http, server, "groq").json()
    assert groq["usage"]["completion_tokens_details"] == {"reasoning_tokens": 5}
    assert groq["usage"]["total_tokens"] == 15
    assert isinstance(groq["choices"][0]["message"]["reasoning"], str)
    gemini = chat(http, server, "gemini").json()["usageMetadata"]
    assert (gemini["promptTokenCount"], gemini["candidatesTokenCount"]) == (7, 3)
    assert gemini["thoughtsTokenCount"] == 5
    assert gemini["totalTokenCount"] == 15


def test_an_answer_longer_than_max_tokens_is_cut_with_a_length_finish(server, http) -> None:
    long = "word " * 100
    for provider in PROVIDERS:
        server.script(provider, ok(long))
    body = openai_body("openrouter", max_tokens=5)
    data = chat(http, server, "openrouter", body).json()
    assert data["choices"][0]["finish_reason"] == "length"
    assert data["choices"][0]["message"]["content"] == long[:20]
    assert data["usage"]["completion_tokens"] == 5
    groq = chat(http, server, "groq", openai_body("groq", max_completion_tokens=5)).json()
    assert groq["choices"][0]["finish_reason"] == "length"
    gemini = chat(http, server, "gemini", gemini_body(maxOutputTokens=5)).json()
    assert gemini["candidates"][0]["finishReason"] == "MAX_TOKENS"
    assert gemini["usageMetadata"]["candidatesTokenCount"] == 5


# -- structured output -------------------------------------------------------------------------

LESSON_SCHEMA: dict[str, Any] = {  # what pydantic v2 emits for a small model tree
    "$defs": {
        "Level": {"enum": ["beginner", "intermediate"], "title": "Level", "type": "string"},
        "Step": {
            "additionalProperties": False,
            "properties": {
                "title": {"minLength": 3, "title": "Title", "type": "string"},
                "minutes": {"maximum": 90, "minimum": 5, "title": "Minutes", "type": "integer"},
                "note": {
                    "anyOf": [{"type": "string"}, {"type": "null"}],
                    "default": None,
                    "title": "Note",
                },
                "tags": {"items": {"type": "string"}, "title": "Tags", "type": "array"},
            },
            "required": ["title", "minutes", "note", "tags"],
            "title": "Step",
            "type": "object",
        },
    },
    "additionalProperties": False,
    "properties": {
        "title": {"title": "Title", "type": "string"},
        "level": {"$ref": "#/$defs/Level"},
        "steps": {
            "items": {"$ref": "#/$defs/Step"},
            "maxItems": 5,
            "minItems": 3,
            "title": "Steps",
            "type": "array",
        },
        "score": {"exclusiveMinimum": 0, "maximum": 0.5, "title": "Score", "type": "number"},
        "published": {"title": "Published", "type": "boolean"},
        "reviewer": {"anyOf": [{"$ref": "#/$defs/Step"}, {"type": "null"}], "default": None},
        "kind": {"const": "lesson", "title": "Kind", "type": "string"},
        "links": {"items": {"format": "uri", "type": "string"}, "minItems": 1, "type": "array"},
        "summary": {"description": "Short.", "maxLength": 8, "title": "Summary", "type": "string"},
        "optional_extra": {"title": "Not required", "type": "string"},
    },
    "required": [
        "title",
        "level",
        "steps",
        "score",
        "published",
        "reviewer",
        "kind",
        "links",
        "summary",
    ],
    "title": "Lesson",
    "type": "object",
}


def assert_is_a_lesson(data: Any) -> None:
    assert schema_errors(data, LESSON_SCHEMA) == []
    assert set(data) == set(LESSON_SCHEMA["required"])
    assert isinstance(data["title"], str)
    assert data["level"] in ("beginner", "intermediate")
    assert 3 <= len(data["steps"]) <= 5
    for step in data["steps"]:
        assert set(step) == {"title", "minutes", "note", "tags"}
        assert len(step["title"]) >= 3
        assert isinstance(step["minutes"], int)
        assert 5 <= step["minutes"] <= 90
        assert isinstance(step["note"], str)
        assert isinstance(step["tags"], list)
    assert 0 < data["score"] <= 0.5
    assert isinstance(data["published"], bool)
    assert isinstance(data["reviewer"], dict)
    assert data["kind"] == "lesson"
    assert data["links"][0].startswith("https://")
    assert len(data["summary"]) <= 8


@pytest.mark.parametrize("provider", ["openrouter", "groq"])
def test_openai_compatible_json_schema_requests_get_a_valid_instance(
    server, http, provider
) -> None:
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "lesson", "strict": True, "schema": LESSON_SCHEMA},
    }
    body = openai_body(provider, response_format=response_format)
    assert_is_a_lesson(json.loads(content_of(provider, chat(http, server, provider, body))))


def test_gemini_response_json_schema_gets_a_valid_instance(server, http) -> None:
    body = gemini_body(responseMimeType="application/json", responseJsonSchema=LESSON_SCHEMA)
    assert_is_a_lesson(json.loads(content_of("gemini", chat(http, server, "gemini", body))))


def test_gemini_openapi_response_schema_gets_a_valid_instance_in_property_order(
    server, http
) -> None:
    schema = {
        "type": "OBJECT",
        "properties": {
            "steps": {"type": "ARRAY", "items": {"type": "STRING"}, "minItems": "3"},
            "title": {"type": "STRING"},
            "difficulty": {"type": "INTEGER", "minimum": 2, "maximum": 5},
            "note": {"type": "STRING", "nullable": True},
        },
        "required": ["title", "steps", "difficulty", "note"],
        "propertyOrdering": ["title", "steps", "difficulty", "note"],
    }
    body = gemini_body(response_mime_type="application/json", response_schema=schema)
    data = json.loads(content_of("gemini", chat(http, server, "gemini", body)))
    assert list(data) == ["title", "steps", "difficulty", "note"]
    assert len(data["steps"]) == 3
    assert all(isinstance(s, str) for s in data["steps"])
    assert data["difficulty"] == 2
    assert isinstance(data["note"], str)
    assert schema_errors(data, schema) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_json_mode_without_a_schema_gets_a_json_object(server, http, provider) -> None:
    if provider == "gemini":
        body = gemini_body(responseMimeType="application/json")
    else:
        body = openai_body(provider, response_format={"type": "json_object"})
    assert isinstance(json.loads(content_of(provider, chat(http, server, provider, body))), dict)


def test_the_generator_covers_formats_bounds_tuples_and_combinators() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["when", "id", "mail", "odd", "pair", "merged", "counts", "unique", "tiny"],
        "properties": {
            "when": {"type": "string", "format": "date-time"},
            "id": {"type": "string", "format": "uuid"},
            "mail": {"type": "string", "format": "email"},
            "odd": {"type": "integer", "exclusiveMinimum": 10, "multipleOf": 3},
            "pair": {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "boolean"}]},
            "merged": {
                "allOf": [
                    {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
                    {"properties": {"b": {"type": "null"}}, "required": ["b"]},
                ]
            },
            "counts": {
                "type": "object",
                "additionalProperties": {"type": "integer"},
                "minProperties": 2,
            },
            "unique": {
                "type": "array",
                "items": {"type": "string"},
                "minItems": 3,
                "uniqueItems": True,
            },
            "tiny": {"type": "number", "minimum": -2, "maximum": -1},
        },
    }
    value = instance_for(schema)
    assert schema_errors(value, schema) == []
    assert value["when"] == "2026-11-25T12:00:00Z"
    assert value["odd"] == 12
    assert value["pair"] == [1, False]  # items vary by position (for uniqueItems)
    assert value["merged"] == {"a": 1, "b": None}
    assert len(value["counts"]) == 2
    assert len(set(value["unique"])) == 3
    assert -2 <= value["tiny"] <= -1
    assert schema_errors(mismatching_instance(schema), schema)


def test_recursive_models_get_a_finite_instance() -> None:
    schema = {
        "$defs": {
            "Node": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
                    "parent": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
                },
                "required": ["name", "children", "parent"],
            }
        },
        "$ref": "#/$defs/Node",
    }
    value = instance_for(schema)
    assert schema_errors(value, schema) == []
    assert value["children"][0]["name"] == "Example name"


def test_the_validator_reports_what_is_wrong() -> None:
    errors = schema_errors({"level": "expert", "steps": []}, LESSON_SCHEMA)
    assert any("missing required property 'title'" in e for e in errors)
    assert any("'expert' not in enum" in e for e in errors)
    assert any("fewer than minItems" in e for e in errors)


# -- auth --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("provider", "key", "status", "check"),
    [
        (
            "openrouter",
            "sk-or-wrong",
            401,
            lambda e: e == {"message": "User not found.", "code": 401},
        ),
        (
            "openrouter",
            NO_KEY,
            401,
            lambda e: e == {"message": "No auth credentials found", "code": 401},
        ),
        (
            "groq",
            "gsk_wrong",
            401,
            lambda e: (
                e
                == {
                    "message": "Invalid API Key",
                    "type": "invalid_request_error",
                    "code": "invalid_api_key",
                }
            ),
        ),
        ("groq", NO_KEY, 401, lambda e: e["code"] == "invalid_api_key"),
        (
            "gemini",
            "AIza-wrong",
            400,
            lambda e: (
                e["status"] == "INVALID_ARGUMENT" and e["details"][0]["reason"] == "API_KEY_INVALID"
            ),
        ),
        ("gemini", NO_KEY, 403, lambda e: e["status"] == "PERMISSION_DENIED"),
    ],
)
def test_a_bad_or_missing_key_gets_the_providers_auth_error(
    server, http, provider, key, status, check
) -> None:
    response = chat(http, server, provider, key=key)
    assert response.status_code == status
    assert check(response.json()["error"])


def test_failed_auth_does_not_count_against_the_limits(server, http) -> None:
    server.set_limits("groq", rpm=1)
    assert chat(http, server, "groq", key="gsk_wrong").status_code == 401
    assert chat(http, server, "groq").status_code == 200


def test_valid_keys_can_be_changed(server, http) -> None:
    server.valid_keys["openrouter"] = "sk-or-v1-other"
    assert chat(http, server, "openrouter").status_code == 401
    assert chat(http, server, "openrouter", key="sk-or-v1-other").status_code == 200


def test_scripted_auth_error_ignores_the_key(server, http) -> None:
    server.script("gemini", auth_error())
    response = chat(http, server, "gemini")
    assert response.status_code == 400
    assert response.json()["error"]["details"][0]["reason"] == "API_KEY_INVALID"


# -- 429 shapes (scripted) ---------------------------------------------------------------------


def test_openrouter_free_tier_429s_carry_limit_headers_in_the_body(server, http) -> None:
    server.script("openrouter", rate_limited("minute", 12), rate_limited("day", 3600))
    before = time.time()
    minute = chat(http, server, "openrouter")
    day = chat(http, server, "openrouter")
    assert minute.status_code == day.status_code == 429
    assert "retry-after" not in minute.headers  # the limits are only in the body
    error = minute.json()["error"]
    assert error["code"] == 429
    assert error["message"] == "Rate limit exceeded: free-models-per-min."
    headers = error["metadata"]["headers"]
    assert headers["X-RateLimit-Limit"] == "20"
    assert headers["X-RateLimit-Remaining"] == "0"
    reset = headers["X-RateLimit-Reset"]
    assert isinstance(reset, str)
    assert int(reset) >= 10**12
    assert before + 12 <= int(reset) / 1000 <= time.time() + 12.01
    assert minute.json()["user_id"].startswith("user_")
    day_error = day.json()["error"]
    assert "free-models-per-day" in day_error["message"]
    assert day_error["metadata"]["headers"]["X-RateLimit-Limit"] == "50"
    assert day_error["metadata"]["limit_source"] == "openrouter_free_tier_daily"
    assert int(day_error["metadata"]["headers"]["X-RateLimit-Reset"]) / 1000 >= before + 3600


def test_openrouter_upstream_and_bare_429s(server, http) -> None:
    server.script("openrouter", rate_limited("upstream", 4), rate_limited("minute", bare=True))
    upstream = chat(http, server, "openrouter")
    assert upstream.headers["retry-after"] == "4"
    error = upstream.json()["error"]
    assert error["message"] == "Provider returned error"
    assert "temporarily rate-limited upstream" in error["metadata"]["raw"]
    assert "headers" not in error["metadata"]
    typed = chat(http, server, "openrouter").json()["error"]
    assert typed["metadata"] == {
        "error_type": "rate_limit_exceeded",
        "provider_code": "rate_limited",
    }


@pytest.mark.parametrize(
    ("kind", "unit", "period", "abbreviation"),
    [
        ("minute", "requests", "minute", "RPM"),
        ("day", "requests", "day", "RPD"),
        ("tokens_minute", "tokens", "minute", "TPM"),
        ("tokens_day", "tokens", "day", "TPD"),
    ],
)
def test_groq_429s_name_the_limit_and_carry_retry_after(
    server, http, kind, unit, period, abbreviation
) -> None:
    server.script("groq", rate_limited(kind, 7.66))
    response = chat(http, server, "groq")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "8"
    for name in ("limit", "remaining", "reset"):
        for what in ("requests", "tokens"):
            assert f"x-ratelimit-{name}-{what}" in response.headers
    error = response.json()["error"]
    assert error["type"] == unit
    assert error["code"] == "rate_limit_exceeded"
    match = re.search(
        r"on (tokens|requests) per (minute|day) \((TPM|TPD|RPM|RPD)\): Limit (\d+), Used (\d+), "
        r"Requested (\d+)\. Please try again in ([0-9hms.]+)\.",
        error["message"],
    )
    assert match, error["message"]
    assert match.groups()[:3] == (unit, period, abbreviation)
    assert go_seconds(match.group(7)) == pytest.approx(7.66)
    assert error["message"].startswith(f"Rate limit reached for model `{MODELS['groq']}`")
    if kind == "day":
        assert response.headers["x-ratelimit-remaining-requests"] == "0"
    if kind == "tokens_minute":
        assert response.headers["x-ratelimit-remaining-tokens"] == "0"
        assert go_seconds(response.headers["x-ratelimit-reset-tokens"]) >= 7.66


@pytest.mark.parametrize(
    ("kind", "quota_id"),
    [
        ("minute", "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"),
        ("day", "GenerateRequestsPerDayPerProjectPerModel-FreeTier"),
        ("tokens_minute", "GenerateContentInputTokensPerModelPerMinute-FreeTier"),
    ],
)
def test_gemini_429s_carry_quota_failure_and_retry_info(server, http, kind, quota_id) -> None:
    server.script("gemini", rate_limited(kind, 26.211922938))
    response = chat(http, server, "gemini")
    assert response.status_code == 429
    assert "retry-after" not in response.headers
    error = response.json()["error"]
    assert (error["code"], error["status"]) == (429, "RESOURCE_EXHAUSTED")
    assert error["message"].endswith("Please retry in 26.211922938s.")
    assert quota_ids(response) == [quota_id]
    assert reported_wait("gemini", response) == pytest.approx(26.212)
    types = [d["@type"].rsplit(".", 1)[1] for d in error["details"]]
    assert types == ["Help", "QuotaFailure", "RetryInfo"]
    violation = error["details"][1]["violations"][0]
    assert violation["quotaDimensions"] == {"location": "global", "model": MODELS["gemini"]}
    assert isinstance(violation["quotaValue"], str)


def test_gemini_per_day_429_reports_a_misleadingly_short_retry_delay(server, http) -> None:
    server.script("gemini", rate_limited("day"), rate_limited("minute", bare=True))
    day = chat(http, server, "gemini")
    assert "PerDay" in quota_ids(day)[0]
    assert reported_wait("gemini", day) == pytest.approx(30 / 60)  # 30 s, scaled
    bare = chat(http, server, "gemini").json()["error"]
    assert bare["status"] == "RESOURCE_EXHAUSTED"
    assert "details" not in bare


# -- enforced limits ---------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rpm_refuses_the_fourth_request_until_the_scaled_minute_has_passed(
    server, http, provider
) -> None:
    server.set_limits(provider, rpm=3)
    statuses = [chat(http, server, provider).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = chat(http, server, provider)
    assert refused.status_code == 429
    if provider == "openrouter":
        assert "free-models-per-min" in refused.json()["error"]["message"]
        assert refused.json()["error"]["metadata"]["headers"]["X-RateLimit-Limit"] == "3"
    elif provider == "groq":
        assert "(RPM): Limit 3, Used 3, Requested 1." in refused.json()["error"]["message"]
        assert refused.headers["retry-after"] == "1"
    else:
        assert "PerMinute" in quota_ids(refused)[0]
    wait = reported_wait(provider, refused)
    assert 0 < wait <= 1.0
    time.sleep(wait + 0.02)
    assert chat(http, server, provider).status_code == 200


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rpd_refusals_use_the_per_day_shape(server, http, provider) -> None:
    server.set_limits(provider, rpm=100, rpd=2)
    assert [chat(http, server, provider).status_code for _ in range(3)] == [200, 200, 429]
    refused = chat(http, server, provider)
    if provider == "openrouter":
        assert "free-models-per-day" in refused.json()["error"]["message"]
        assert 1400 < reported_wait(provider, refused) <= 1440  # the scaled day
    elif provider == "groq":
        assert "(RPD): Limit 2, Used 2" in refused.json()["error"]["message"]
        assert refused.headers["x-ratelimit-remaining-requests"] == "0"
        assert 1400 < reported_wait(provider, refused) <= 1440
    else:
        assert "PerDay" in quota_ids(refused)[0]
        wait = reported_wait(provider, refused)
        assert wait == pytest.approx(0.5)  # misleading, like the real API...
        time.sleep(wait + 0.02)
        assert chat(http, server, provider).status_code == 429  # ...the day is still used up


def test_groq_token_limits_count_prompt_plus_max_tokens_and_usage(server, http) -> None:
    server.set_limits("groq", tpm=100)
    first = chat(http, server, "groq", openai_body("groq", max_tokens=50))
    assert first.status_code == 200
    used = first.json()["usage"]["total_tokens"]
    assert first.headers["x-ratelimit-remaining-tokens"] == str(100 - used)
    second = chat(
        http, server, "groq", openai_body("groq", max_tokens=100 - used - PROMPT_TOKENS + 1)
    )
    assert second.status_code == 429
    message = second.json()["error"]["message"]
    requested = 100 - used + 1
    assert f"(TPM): Limit 100, Used {used}, Requested {requested}." in message
    assert second.json()["error"]["type"] == "tokens"
    too_large = chat(http, server, "groq", openai_body("groq", max_tokens=200))
    assert too_large.status_code == 413
    assert too_large.json()["error"]["message"].startswith("Request too large for model")


def test_token_per_day_limits_refuse_with_the_tpd_shape(server, http) -> None:
    server.set_limits("groq", tpd=60)
    assert chat(http, server, "groq", openai_body("groq", max_tokens=30)).status_code == 200
    refused = chat(http, server, "groq", openai_body("groq", max_tokens=30))
    assert "tokens per day (TPD)" in refused.json()["error"]["message"]
    server.script("gemini", ok(completion_tokens=10), ok(completion_tokens=10))
    server.set_limits("gemini", tpm=2 * (PROMPT_TOKENS + 10) - 1)
    assert chat(http, server, "gemini").status_code == 200
    gemini = chat(http, server, "gemini")
    assert quota_ids(gemini) == ["GenerateContentInputTokensPerModelPerMinute-FreeTier"]
    assert server.scripted_left("gemini") == 1


def test_a_refused_request_leaves_the_scripted_behaviour_for_the_next_one(server, http) -> None:
    server.set_limits("openrouter", rpm=1)
    server.script("openrouter", ok("first"), ok("second"))
    assert content_of("openrouter", chat(http, server, "openrouter")) == "first"
    assert chat(http, server, "openrouter").status_code == 429
    assert server.scripted_left("openrouter") == 1
    time.sleep(1.02)
    assert content_of("openrouter", chat(http, server, "openrouter")) == "second"


def test_scripted_errors_do_not_count_against_the_limits(server, http) -> None:
    server.set_limits("groq", rpm=1)
    server.script("groq", server_error(503), rate_limited("minute", 1))
    assert chat(http, server, "groq").status_code == 503
    assert chat(http, server, "groq").status_code == 429
    assert chat(http, server, "groq").status_code == 200


def test_concurrent_requests_are_limited_exactly(http) -> None:
    with FakeLLMServer() as fake, ThreadPoolExecutor(max_workers=50) as pool:
        fake.set_limits("groq", rpm=20)
        statuses = list(pool.map(lambda _: chat(http, fake, "groq").status_code, range(50)))
        assert statuses.count(200) == 20
        assert statuses.count(429) == 30
        assert len(fake.requests_for("groq")) == 50


def test_five_hundred_small_requests_take_well_under_a_few_seconds(server, http) -> None:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(
            pool.map(lambda _: chat(http, server, "openrouter").status_code, range(500))
        )
    assert statuses == [200] * 500
    assert time.perf_counter() - started < 5


# -- failures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_hanging_answer_makes_the_client_time_out(server, http, provider) -> None:
    server.script(provider, hang(5))
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        chat(http, server, provider, timeout=0.3)
    assert time.monotonic() - started < 2
    assert chat(http, server, provider).status_code == 200


def test_stopping_the_server_wakes_hanging_handlers(http) -> None:
    fake = FakeLLMServer().start()
    fake.script("groq", hang(30))
    assert_stop_drops_hanging_request(fake, lambda: chat(http, fake, "groq", timeout=10))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_malformed_answers_are_200s_that_are_not_json(server, http, provider) -> None:
    server.script(provider, malformed(), malformed("<html>oops</html>"))
    for _ in range(2):
        response = chat(http, server, provider)
        assert response.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.content)


@pytest.mark.parametrize("provider", ["openrouter", "gemini"])
def test_a_malformed_stream_has_a_data_event_that_is_not_json(server, http, provider) -> None:
    server.script(provider, malformed())
    response = chat(http, server, provider, stream=True)
    payloads = [p for p in sse_data(response.text) if p != "[DONE]"]
    with pytest.raises(json.JSONDecodeError):
        [json.loads(p) for p in payloads]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_invalid_json_content_is_a_well_formed_answer_with_bad_json(server, http, provider) -> None:
    if provider == "gemini":
        body = gemini_body(responseMimeType="application/json", responseJsonSchema=LESSON_SCHEMA)
    else:
        spec = {"name": "lesson", "schema": LESSON_SCHEMA}
        body = openai_body(provider, response_format={"type": "json_schema", "json_schema": spec})
    server.script(
        provider,
        invalid_json_content(),
        invalid_json_content("fenced"),
        invalid_json_content("prose"),
        invalid_json_content("schema_mismatch"),
    )
    for _ in range(3):
        response = chat(http, server, provider, body)
        assert response.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(content_of(provider, response))
    mismatch = json.loads(content_of(provider, chat(http, server, provider, body)))
    assert schema_errors(mismatch, LESSON_SCHEMA)


def test_openrouter_errors_inside_a_200(server, http) -> None:
    server.script("openrouter", error_in_200(), error_in_200("in_choice"), error_in_200())
    top = chat(http, server, "openrouter")
    assert top.status_code == 200
    assert "choices" not in top.json()
    assert top.json()["error"]["code"] == 502
    in_choice = chat(http, server, "openrouter")
    choice = in_choice.json()["choices"][0]
    assert choice["finish_reason"] == "error"
    assert choice["error"]["message"] == "Provider returned error"
    streamed = sse_data(chat(http, server, "openrouter", stream=True).text)
    assert json.loads(streamed[-1])["error"]["code"] == 502


@pytest.mark.parametrize(
    ("provider", "status", "check"),
    [
        (
            "gemini",
            503,
            lambda r: r.json()["error"]["message"].startswith("The model is overloaded"),
        ),
        ("gemini", 500, lambda r: r.json()["error"]["status"] == "INTERNAL"),
        ("gemini", 504, lambda r: r.json()["error"]["status"] == "DEADLINE_EXCEEDED"),
        ("openrouter", 502, lambda r: r.json()["error"]["metadata"]["provider_name"]),
        ("openrouter", 503, lambda r: r.json()["error"]["message"] == "Provider returned error"),
        (
            "groq",
            502,
            lambda r: r.headers["content-type"] == "text/html" and "cloudflare" in r.text,
        ),
        ("groq", 503, lambda r: r.json()["error"]["type"] == "internal_server_error"),
    ],
)
def test_server_errors_have_provider_shapes(server, http, provider, status, check) -> None:
    server.script(provider, server_error(status))
    response = chat(http, server, provider)
    assert response.status_code == status
    assert check(response)


def test_gemini_503_is_unavailable_and_openrouter_503_can_carry_retry_after(server, http) -> None:
    server.script("gemini", server_error(503))
    assert chat(http, server, "gemini").json()["error"]["status"] == "UNAVAILABLE"
    server.script("openrouter", server_error(503, retry_after=2.5))
    assert chat(http, server, "openrouter").headers["retry-after"] == "3"


def test_payment_required_is_402_where_documented(server, http) -> None:
    server.script("openrouter", payment_required())
    server.script("gemini", payment_required())
    openrouter = chat(http, server, "openrouter")
    assert openrouter.status_code == 402
    assert openrouter.json()["error"]["message"].startswith("Insufficient credits")
    gemini = chat(http, server, "gemini")
    assert gemini.status_code == 402
    assert gemini.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
    with pytest.raises(ValueError, match="no documented"):
        server.script("groq", payment_required())


@pytest.mark.parametrize(
    ("provider", "check"),
    [
        ("openrouter", lambda e: e["metadata"]["error_type"] == "context_length_exceeded"),
        ("groq", lambda e: e["code"] == "context_length_exceeded"),
        (
            "gemini",
            lambda e: e["status"] == "INVALID_ARGUMENT" and "input token count" in e["message"],
        ),
    ],
)
def test_context_too_long_is_a_400_per_provider(server, http, provider, check) -> None:
    server.script(provider, context_too_long())
    response = chat(http, server, provider)
    assert response.status_code == 400
    assert check(response.json()["error"])


def test_model_not_found_json_validate_failed_and_safety_blocks(server, http) -> None:
    server.script("openrouter", model_not_found())
    assert "No endpoints found" in chat(http, server, "openrouter").json()["error"]["message"]
    server.script("groq", model_not_found(), json_validate_failed())
    assert chat(http, server, "groq").json()["error"]["code"] == "model_not_found"
    failed = chat(http, server, "groq").json()["error"]
    assert failed["code"] == "json_validate_failed"
    assert "failed_generation" in failed
    server.script("gemini", safety_block(), safety_block("response"))
    prompt = chat(http, server, "gemini").json()
    assert prompt["promptFeedback"]["blockReason"] == "SAFETY"
    assert "candidates" not in prompt
    candidate = chat(http, server, "gemini").json()["candidates"][0]
    assert candidate["finishReason"] == "SAFETY"
    assert "content" not in candidate


def test_raw_answers_exactly_what_it_is_given(server, http) -> None:
    server.script("groq", raw(418, "teapot", {"X-Test": "1"}))
    response = chat(http, server, "groq")
    assert (response.status_code, response.text, response.headers["x-test"]) == (418, "teapot", "1")


def test_provider_validation_errors(server, http) -> None:
    unknown = chat(http, server, "gemini", gemini_body(response_format={"type": "json_object"}))
    assert unknown.status_code == 400
    violation = unknown.json()["error"]["details"][0]["fieldViolations"][0]
    assert violation["field"] == "generation_config"
    assert 'Unknown name "response_format"' in violation["description"]
    both = gemini_body(
        responseMimeType="application/json", responseSchema={}, responseJsonSchema={}
    )
    assert chat(http, server, "gemini", both).status_code == 400
    retired = chat(http, server, "gemini", model="gemini-2.0-flash")
    assert retired.status_code == 404
    assert retired.json()["error"]["status"] == "NOT_FOUND"
    old = chat(http, server, "groq", {**openai_body("groq"), "model": "llama-3.3-70b-versatile"})
    assert old.json()["error"]["code"] == "model_decommissioned"
    no_json_word = {
        "model": MODELS["groq"],
        "messages": [{"role": "user", "content": "hello"}],
        "response_format": {"type": "json_object"},
    }
    assert chat(http, server, "groq", no_json_word).status_code == 400
    empty = chat(http, server, "openrouter", {"model": "x", "messages": []})
    assert empty.status_code == 400
    assert empty.json()["error"]["code"] == 400
    assert not server.requests_for("openrouter")[-1].json["messages"]


def test_unknown_paths_get_404s(server, http) -> None:
    groq = http.post(
        f"{server.url('groq')}/completions", headers={"Authorization": f"Bearer {GROQ_KEY}"}
    )
    assert groq.status_code == 404
    assert groq.json()["error"]["code"] == "unknown_url"
    assert http.get(f"{server.base_url}/elsewhere").status_code == 404


# -- streaming ---------------------------------------------------------------------------------


def test_openrouter_stream_has_comments_chunks_usage_and_done(server, http) -> None:
    server.script("openrouter", ok("select_related follows foreign keys in one query."))
    response = chat(http, server, "openrouter", stream=True)
    assert response.headers["content-type"] == "text/event-stream"
    assert ": OPENROUTER PROCESSING" in response.text
    payloads = sse_data(response.text)
    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(p) for p in payloads[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "select_related follows foreign keys in one query."
    assert sum(1 for c in chunks if c["choices"] and c["choices"][0]["delta"].get("content")) > 1
    finish = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert [c["choices"][0]["finish_reason"] for c in finish] == ["stop"]
    last = chunks[-1]
    assert last["choices"] == []
    assert last["usage"]["completion_tokens"] == math.ceil(len(text) / 4)
    assert last["usage"]["prompt_tokens"] == PROMPT_TOKENS


@pytest.mark.parametrize("include_usage", [False, True])
def test_groq_stream_has_x_groq_first_and_usage_in_the_finish_chunk(
    server, http, include_usage
) -> None:
    server.script("groq", ok("List comprehensions build lists."))
    body = openai_body("groq")
    if include_usage:
        body["stream_options"] = {"include_usage": True}
    response = chat(http, server, "groq", body, stream=True)
    assert "x-ratelimit-remaining-requests" in response.headers
    payloads = sse_data(response.text)
    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(p) for p in payloads[:-1]]
    assert chunks[0]["x_groq"]["id"] == response.headers["x-request-id"]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "List comprehensions build lists."
    finish = next(c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"])
    assert finish["choices"][0]["finish_reason"] == "stop"
    assert finish["x_groq"]["usage"] == finish["usage"]
    assert finish["usage"]["completion_tokens"] == math.ceil(len(text) / 4)
    assert (chunks[-1]["choices"] == []) is include_usage


def test_gemini_stream_is_crlf_sse_without_done_and_usage_last(server, http) -> None:
    server.script("gemini", ok('{"title": "Django signals in practice", "steps": []}'))
    response = chat(http, server, "gemini", stream=True)
    assert response.headers["content-type"] == "text/event-stream"
    assert "\r\n\r\n" in response.text
    assert "[DONE]" not in response.text
    chunks = [json.loads(p) for p in sse_data(response.text)]
    assert len(chunks) > 1
    text = "".join(c["candidates"][0]["content"]["parts"][0]["text"] for c in chunks)
    assert json.loads(text)["title"] == "Django signals in practice"
    assert all("finishReason" not in c["candidates"][0] for c in chunks[:-1])
    assert all("candidatesTokenCount" not in c["usageMetadata"] for c in chunks[:-1])
    assert chunks[-1]["candidates"][0]["finishReason"] == "STOP"
    usage = chunks[-1]["usageMetadata"]
    assert usage["candidatesTokenCount"] == math.ceil(len(text) / 4)
    assert usage["totalTokenCount"] == PROMPT_TOKENS + usage["candidatesTokenCount"]


def test_gemini_stream_without_alt_sse_is_one_json_array(server, http) -> None:
    response = chat(http, server, "gemini", stream=True, sse=False)
    objects = response.json()
    assert isinstance(objects, list)
    assert objects[-1]["candidates"][0]["finishReason"] == "STOP"


def test_openrouter_mid_stream_error_ends_with_an_error_chunk(server, http) -> None:
    server.script("openrouter", mid_stream_error(after_chunks=2))
    response = chat(http, server, "openrouter", stream=True)
    assert response.status_code == 200
    payloads = sse_data(response.text)
    assert "[DONE]" not in payloads
    chunks = [json.loads(p) for p in payloads]
    assert sum(1 for c in chunks if c["choices"][0]["delta"].get("content")) == 2
    assert chunks[-1]["error"]["code"] == 502
    assert chunks[-1]["choices"][0]["finish_reason"] == "error"


def test_groq_mid_stream_error_is_an_error_event(server, http) -> None:
    server.script("groq", mid_stream_error(after_chunks=1))
    payloads = sse_data(chat(http, server, "groq", stream=True).text)
    assert "[DONE]" not in payloads
    assert json.loads(payloads[-1])["error"]["type"] == "internal_server_error"


def test_gemini_mid_stream_error_cuts_the_connection(server, http) -> None:
    server.script("gemini", mid_stream_error(after_chunks=2))
    received: list[str] = []
    url = f"{server.url('gemini')}/models/gemini-3.8-flash:streamGenerateContent"
    statuses: list[int] = []

    def read() -> None:
        headers = {"x-goog-api-key": GEMINI_KEY}
        with http.stream(
            "POST", url, params={"alt": "sse"}, json=gemini_body(), headers=headers
        ) as r:
            statuses.append(r.status_code)
            received.extend(line for line in r.iter_lines() if line.startswith("data: "))

    with pytest.raises(httpx.RemoteProtocolError):
        read()
    assert statuses == [200]
    assert len(received) == 2
    assert all("finishReason" not in line for line in received)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_mid_stream_error_on_a_plain_request_cuts_the_body(server, http, provider) -> None:
    server.script(provider, mid_stream_error())
    with pytest.raises(httpx.RemoteProtocolError):
        chat(http, server, provider)


def test_chunk_delay_spaces_the_events(server, http) -> None:
    server.script("groq", ok("abcdefgh", chunk_delay=0.05))
    started = time.monotonic()
    chat(http, server, "groq", stream=True)
    assert time.monotonic() - started >= 0.05 * 6  # first, 4 content, finish, [DONE]


# -- bookkeeping -------------------------------------------------------------------------------


def test_requests_are_recorded_with_provider_path_headers_and_body(server, http) -> None:
    chat(http, server, "groq")
    url = f"{server.url('gemini')}/models/gemini-3.8-flash:generateContent"
    http.post(url, params={"key": GEMINI_KEY}, json=gemini_body())
    groq, gemini = server.requests
    assert groq.provider == "groq"
    assert (groq.method, groq.path) == ("POST", "/groq/openai/v1/chat/completions")
    assert groq.headers["authorization"] == f"Bearer {GROQ_KEY}"
    assert groq.json["model"] == MODELS["groq"]
    assert gemini.query == {"key": GEMINI_KEY}
    assert gemini.received_at >= groq.received_at
    assert server.requests_for("gemini") == [gemini]


def test_reset_clears_scripts_defaults_limits_usage_and_records(server, http) -> None:
    server.set_limits("groq", rpm=1)
    server.script("groq", server_error(500))
    server.set_default("groq", server_error(503))
    chat(http, server, "groq")
    server.reset()
    assert server.requests == []
    assert server.scripted_left("groq") == 0
    assert [chat(http, server, "groq").status_code for _ in range(3)] == [200, 200, 200]


def test_set_default_applies_once_the_script_is_used_up(server, http) -> None:
    server.set_default("openrouter", server_error(502))
    server.script("openrouter", ok("once"))
    assert chat(http, server, "openrouter").status_code == 200
    assert chat(http, server, "openrouter").status_code == 502
    assert chat(http, server, "openrouter").status_code == 502


def test_behaviours_round_trip_through_json() -> None:
    for behaviour in (
        ok("x", 1, 2, 0.1, reasoning_tokens=3),
        rate_limited("tokens_day", 2.5, bare=True),
        raw(200, "body", {"a": "b"}),
        invalid_json_content("fenced"),
    ):
        assert Behaviour.from_dict(json.loads(json.dumps(behaviour.to_dict()))) == behaviour
    with pytest.raises(ValueError, match="unknown behaviour kind"):
        Behaviour.from_dict({"kind": "explode"})
    with pytest.raises(ValueError, match="server_error status"):
        server_error(404)


def test_go_durations_look_like_groqs() -> None:
    assert go_duration(179.56) == "2m59.56s"
    assert go_duration(7.66) == "7.66s"
    assert go_duration(0.12) == "120ms"
    assert go_duration(3723.5) == "1h2m3.5s"
    assert go_duration(2) == "2s"
    assert go_duration(0) == "0s"


def test_the_fixture_yields_a_started_server(fake_llm, http) -> None:
    assert fake_llm.time_scale == 1
    assert fake_llm.url("openrouter") == f"{fake_llm.base_url}/openrouter/api/v1"
    assert fake_llm.url("groq") == f"{fake_llm.base_url}/groq/openai/v1"
    assert fake_llm.url("gemini") == f"{fake_llm.base_url}/gemini/v1beta"
    assert chat(http, fake_llm, "openrouter").status_code == 200


# -- separate process --------------------------------------------------------------------------


def test_the_server_runs_as_a_process_driven_by_the_control_api(http) -> None:
    with fake_process("tests.fakes.llm_server", time_scale=1 / 60) as running:
        assert running.variable == "FAKE_LLM_SERVER_URL"
        assert running.url.startswith("http://127.0.0.1:")
        control = FakeLLMControl(running.url)
        assert control.health()["time_scale"] == pytest.approx(1 / 60)
        control.set_limits("groq", rpm=1)
        control.script("gemini", server_error(503), rate_limited("day"))
        groq_url = control.url("groq") + "/chat/completions"
        auth = {"Authorization": f"Bearer {GROQ_KEY}"}
        statuses = [
            http.post(groq_url, json=openai_body("groq"), headers=auth).status_code
            for _ in range(2)
        ]
        assert statuses == [200, 429]
        gemini_url = control.url("gemini") + "/models/gemini-3.8-flash:generateContent"
        key = {"x-goog-api-key": GEMINI_KEY}
        overloaded = http.post(gemini_url, json=gemini_body(), headers=key)
        assert overloaded.json()["error"]["status"] == "UNAVAILABLE"
        daily = http.post(gemini_url, json=gemini_body(), headers=key)
        assert "PerDay" in quota_ids(daily)[0]
        recorded = control.requests("groq")
        assert [r["provider"] for r in recorded] == ["groq", "groq"]
        assert recorded[0]["json"]["model"] == MODELS["groq"]
        assert len(control.requests()) == 4
        control.set_default("openrouter", malformed())
        control.reset()
        assert control.requests() == []
        with pytest.raises(RuntimeError, match="400"):
            control.script("groq", Behaviour("error_in_200"))
        running.process.send_signal(signal.SIGTERM)
        assert running.process.wait(timeout=10) == 0
