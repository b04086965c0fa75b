"""Each provider client against a fake server speaking that provider's wire format: answers,
streams, and every error shape mapped to the right typed error."""

from __future__ import annotations

import json
import time

import pytest
from pydantic import BaseModel

from skillsync.generation.providers import errors
from skillsync.generation.providers.chat import ChatMessage, ChatRequest
from skillsync.generation.providers.router import client_for
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.conftest import MakeCatalog

PROVIDERS = ["openrouter", "groq", "gemini"]


class Outline(BaseModel):
    title: str
    steps: list[str]


def _request(**kwargs: object) -> ChatRequest:
    return ChatRequest(
        messages=(
            ChatMessage("system", "You write lessons. Answer in JSON."),
            ChatMessage("user", "Outline Django signals."),
        ),
        json_schema=Outline.model_json_schema(),
        schema_name="Outline",
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("name", PROVIDERS)
def test_an_answer_carries_content_usage_and_ids(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    client = client_for(make_catalog(name).providers[name])
    result = client.complete(_request())
    assert Outline.model_validate_json(result.content)
    assert result.prompt_tokens > 0
    assert result.completion_tokens > 0
    assert result.provider_request_id
    sent = fake_llm.requests_for(name)[-1]
    assert sent.json is not None
    if name == "gemini":
        config = sent.json["generationConfig"]
        assert config["responseMimeType"] == "application/json"
        assert config["responseJsonSchema"]["required"] == ["title", "steps"]
        assert (
            sent.json["systemInstruction"]["parts"][0]["text"]
            == "You write lessons. Answer in JSON."
        )
    else:
        assert sent.json["response_format"]["type"] == "json_schema"
        assert sent.json["model"] == client.config.model  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", PROVIDERS)
def test_streams_arrive_in_order_and_add_up(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    text = json.dumps({"title": "Signals", "steps": ["connect", "send", "test them well"]})
    fake_llm.script(name, fake.ok(content=text))
    chunks: list[str] = []
    result = client_for(make_catalog(name).providers[name]).complete(
        _request(), on_chunk=chunks.append
    )
    assert len(chunks) > 1
    assert "".join(chunks) == result.content == text
    assert result.completion_tokens > 0


@pytest.mark.parametrize(
    ("name", "behaviour", "error"),
    [
        *[(n, fake.auth_error(), errors.AuthError) for n in PROVIDERS],
        # Groq documents no 402 (it has no prepaid credit).
        *[(n, fake.payment_required(), errors.PaymentRequired) for n in ("openrouter", "gemini")],
        *[(n, fake.rate_limited("minute", retry_after=7), errors.RateLimited) for n in PROVIDERS],
        *[(n, fake.rate_limited("day"), errors.QuotaExhausted) for n in PROVIDERS],
        *[(n, fake.server_error(500), errors.ServerError) for n in PROVIDERS],
        *[(n, fake.server_error(503), errors.ServerError) for n in PROVIDERS],
        *[(n, fake.malformed(), errors.InvalidOutput) for n in PROVIDERS],
        *[(n, fake.context_too_long(), errors.ContextTooLong) for n in PROVIDERS],
        ("openrouter", fake.error_in_200("top_level"), errors.ServerError),
        ("openrouter", fake.error_in_200("in_choice"), errors.ServerError),
        ("groq", fake.rate_limited("tokens_minute"), errors.RateLimited),
        ("groq", fake.rate_limited("tokens_day"), errors.QuotaExhausted),
        ("groq", fake.json_validate_failed(), errors.InvalidOutput),
        ("openrouter", fake.rate_limited("upstream"), errors.RateLimited),
        ("gemini", fake.safety_block("prompt"), errors.InvalidOutput),
        ("gemini", fake.safety_block("response"), errors.InvalidOutput),
        *[(n, fake.model_not_found(), errors.BadRequest) for n in PROVIDERS],
    ],
    ids=lambda value: getattr(value, "kind", None) or getattr(value, "__name__", str(value)),
)
def test_each_error_shape_becomes_its_typed_error(
    fake_llm: FakeLLMServer,
    make_catalog: MakeCatalog,
    name: str,
    behaviour: fake.Behaviour,
    error: type[errors.ProviderError],
) -> None:
    fake_llm.script(name, behaviour)
    with pytest.raises(error) as caught:
        client_for(make_catalog(name).providers[name]).complete(_request())
    assert caught.value.provider == name


@pytest.mark.parametrize("name", PROVIDERS)
def test_per_minute_429s_say_how_long_to_wait(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    fake_llm.script(name, fake.rate_limited("minute", retry_after=7))
    with pytest.raises(errors.RateLimited) as caught:
        client_for(make_catalog(name).providers[name]).complete(_request())
    assert caught.value.retry_after is not None
    assert 5 <= caught.value.retry_after <= 8


@pytest.mark.parametrize("name", PROVIDERS)
def test_daily_429s_block_until_a_later_reset(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    from datetime import UTC, datetime, timedelta

    fake_llm.script(name, fake.rate_limited("day"))
    with pytest.raises(errors.QuotaExhausted) as caught:
        client_for(make_catalog(name).providers[name]).complete(_request())
    assert caught.value.until is not None
    assert caught.value.until > datetime.now(UTC) + timedelta(seconds=1)


@pytest.mark.parametrize("name", PROVIDERS)
@pytest.mark.parametrize("stream", [False, True])
def test_a_hanging_provider_times_out(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str, stream: bool
) -> None:
    fake_llm.script(name, fake.hang(5))
    client = client_for(make_catalog(name, read_seconds=0.5).providers[name])
    with pytest.raises(errors.ProviderTimeout):
        client.complete(_request(), on_chunk=(lambda _: None) if stream else None)


@pytest.mark.parametrize("name", ["openrouter", "groq", "gemini"])
def test_an_error_in_the_middle_of_a_stream_is_an_error(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    fake_llm.script(name, fake.mid_stream_error(after_chunks=2))
    chunks: list[str] = []
    with pytest.raises((errors.ServerError, errors.InvalidOutput, errors.ProviderTimeout)):
        client_for(make_catalog(name).providers[name]).complete(_request(), on_chunk=chunks.append)
    assert len(chunks) >= 1  # the failure came mid-stream, after some text


def test_groq_says_when_its_budget_is_empty(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    # Groq's request headers describe the daily budget.
    fake_llm.set_limits("groq", rpd=2)
    client = client_for(make_catalog("groq").providers["groq"])
    assert client.complete(_request()).exhausted_for_seconds is None
    result = client.complete(_request())  # the last request the day allows
    assert result.exhausted_for_seconds is not None
    assert 0 < result.exhausted_for_seconds <= 86_400


@pytest.mark.parametrize(
    "body",
    [
        '{"choices": "x"}',
        '{"choices": [{"message": "hi"}]}',
        '{"choices": [{"message": {"content": "{}"}}], "usage": [1]}',
        "[1, 2, 3]",
        '{"choices": []}',
    ],
)
def test_oddly_shaped_json_from_an_openai_server_is_invalid_output(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, body: str
) -> None:
    fake_llm.script("groq", fake.raw(200, body, {"content-type": "application/json"}))
    with pytest.raises(errors.InvalidOutput):
        client_for(make_catalog("groq").providers["groq"]).complete(_request())


@pytest.mark.parametrize(
    "body",
    [
        '{"candidates": ["x"]}',
        '{"candidates": [{"content": {"parts": null}}]}',
        '{"promptFeedback": "x"}',
        '{"candidates": [{"content": "text"}]}',
    ],
)
def test_oddly_shaped_json_from_gemini_is_invalid_output(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, body: str
) -> None:
    fake_llm.script("gemini", fake.raw(200, body, {"content-type": "application/json"}))
    with pytest.raises(errors.InvalidOutput):
        client_for(make_catalog("gemini").providers["gemini"]).complete(_request())


def test_an_openrouter_moderation_block_is_not_a_bad_key(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    flagged = json.dumps(
        {
            "error": {
                "code": 403,
                "message": "Your input was flagged",
                "metadata": {"reasons": ["harassment"], "flagged_input": "x"},
            }
        }
    )
    fake_llm.script("openrouter", fake.raw(403, flagged, {"content-type": "application/json"}))
    with pytest.raises(errors.BadRequest):
        client_for(make_catalog("openrouter").providers["openrouter"]).complete(_request())


def test_openrouters_in_flight_budget_402_is_a_pause_not_an_empty_account(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    body = json.dumps(
        {
            "error": {
                "code": 402,
                "message": "Too many requests in flight",
                "metadata": {"limit_source": "openrouter_in_flight_budget"},
            }
        }
    )
    fake_llm.script(
        "openrouter", fake.raw(402, body, {"content-type": "application/json", "retry-after": "3"})
    )
    with pytest.raises(errors.RateLimited) as caught:
        client_for(make_catalog("openrouter").providers["openrouter"]).complete(_request())
    assert caught.value.retry_after == 3


def test_gemini_daily_quota_lasts_until_pacific_midnight(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    from skillsync.generation.providers.gemini import next_quota_reset

    fake_llm.script("gemini", fake.rate_limited("day"))
    with pytest.raises(errors.QuotaExhausted) as caught:
        client_for(make_catalog("gemini").providers["gemini"]).complete(_request())
    assert caught.value.until is not None
    # Not the short RetryInfo delay the same answer carries.
    assert abs((caught.value.until - next_quota_reset()).total_seconds()) < 5


@pytest.mark.parametrize("name", ["openrouter", "gemini"])
def test_a_trickling_stream_is_cut_at_the_time_limit(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    fake_llm.script(name, fake.ok(content="word " * 200, chunk_delay=0.6))
    started = time.monotonic()
    with pytest.raises(errors.ProviderTimeout):
        client_for(make_catalog(name).providers[name]).complete(
            _request(), on_chunk=lambda _: None, time_limit=1.0
        )
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("name", ["openrouter", "gemini"])
def test_a_trickling_stream_without_a_time_limit_is_cut_at_the_catalogs_cap(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, name: str
) -> None:
    # Each chunk arrives well inside the 3 s read timeout, and the stream (four chunks or more)
    # would take 6 s or more; only the whole-call cap (connect 2 s + read 3 s) can end it.
    fake_llm.script(name, fake.ok(content="word " * 200, chunk_delay=2.0))
    started = time.monotonic()
    with pytest.raises(errors.ProviderTimeout):
        client_for(make_catalog(name, read_seconds=3).providers[name]).complete(
            _request(), on_chunk=lambda _: None
        )
    assert time.monotonic() - started < 9


def test_catalog_extra_body_reaches_the_provider(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    from skillsync.generation.providers.catalog import parse_catalog

    raw = make_catalog("openrouter").model_dump(mode="json")
    raw["providers"]["openrouter"]["extra_body"] = {"provider": {"require_parameters": True}}
    client = client_for(parse_catalog(raw).providers["openrouter"])
    client.complete(_request())
    sent = fake_llm.requests_for("openrouter")[-1].json
    assert sent["provider"] == {"require_parameters": True}
    assert sent["response_format"]["type"] == "json_schema"
