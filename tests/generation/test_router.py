"""The fallback chain against fake providers: fallback, learned blocks (Retry-After, daily
quotas), the circuit breaker, the cost cap, invalid output with one repair, disabled keys,
waiting instead of dropping, and the offline provider when no key is set."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from skillsync.generation.models import ProviderCall, ProviderState
from skillsync.generation.providers.catalog import parse_catalog
from skillsync.generation.providers.chat import ChatMessage, ChatRequest
from skillsync.generation.providers.router import ProvidersBusy, Rejected, Router
from skillsync.settings import env
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.conftest import MakeCatalog

pytestmark = pytest.mark.django_db


class Outline(BaseModel):
    title: str
    steps: list[str]


REQUEST = ChatRequest(messages=(ChatMessage("user", "Outline Django signals."),), task="outline")


def calls(fake_llm: FakeLLMServer, name: str) -> int:
    return len(fake_llm.requests_for(name))


def test_a_failing_provider_hands_over_to_the_next(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    fake_llm.script("openrouter", fake.server_error(502))
    answer = Router(make_catalog("openrouter", "groq")).generate(REQUEST, Outline)
    assert answer.provider == "groq"
    assert [(a.provider, a.outcome) for a in answer.attempts] == [
        ("openrouter", "server_error"),
        ("groq", "ok"),
    ]
    rows = ProviderCall.objects.filter(request_id=answer.request_id).order_by("attempt")
    assert [(r.provider, r.outcome, r.attempt) for r in rows] == [
        ("openrouter", "server_error", 1),
        ("groq", "ok", 2),
    ]
    assert rows[1].prompt_tokens > 0
    assert rows[1].latency_ms is not None


def test_retry_after_is_honoured_no_call_before_it(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    router = Router(make_catalog("groq", "gemini"))
    fake_llm.script("groq", fake.rate_limited("minute", retry_after=2))
    assert router.generate(REQUEST, Outline).provider == "gemini"
    blocked_at = time.monotonic()
    while time.monotonic() - blocked_at < 1.5:  # within the wait: groq is not asked
        assert router.generate(REQUEST, Outline).provider == "gemini"
    assert calls(fake_llm, "groq") == 1
    time.sleep(0.7)
    assert router.generate(REQUEST, Outline).provider == "groq"
    assert calls(fake_llm, "groq") == 2


def test_a_daily_quota_stops_calls_to_that_provider_until_reset(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    router = Router(make_catalog("gemini", "groq"))
    fake_llm.script("gemini", fake.rate_limited("day"))
    for _ in range(5):
        assert router.generate(REQUEST, Outline).provider == "groq"
    assert calls(fake_llm, "gemini") == 1
    state = ProviderState.objects.get(provider="gemini")
    assert state.block_reason == "daily quota"
    assert state.blocked_until is not None
    assert (
        state.blocked_until - ProviderCall.objects.latest("started_at").started_at
    ).total_seconds() > 60


def test_the_circuit_breaker_opens_then_probes(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 60.0)  # cool-down 0.5 s
    router = Router(make_catalog("openrouter", "groq"))
    fake_llm.set_default("openrouter", fake.server_error(500))
    for _ in range(3):
        assert router.generate(REQUEST, Outline).provider == "groq"
    assert calls(fake_llm, "openrouter") == 3
    assert router.generate(REQUEST, Outline).provider == "groq"
    assert calls(fake_llm, "openrouter") == 3  # open: not asked

    fake_llm.set_default("openrouter", fake.ok())
    time.sleep(0.6)
    assert router.generate(REQUEST, Outline).provider == "openrouter"  # the probe
    assert router.generate(REQUEST, Outline).provider == "openrouter"  # closed again


def test_the_daily_cost_cap_stops_paid_spending_and_free_providers_go_on(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    router = Router(make_catalog("openrouter", "groq", paid=("openrouter",), cap=0.015))
    fake_llm.set_default("openrouter", fake.ok(prompt_tokens=2000, completion_tokens=4000))
    first = router.generate(REQUEST, Outline)
    assert first.provider == "openrouter"
    # Priced from the provider's own usage counts: $1 in and $4 out per million tokens.
    assert first.prompt_tokens == 2000
    assert first.cost_usd == pytest.approx((2000 + 4 * first.completion_tokens) / 1e6)
    assert first.cost_usd > 0.01
    for _ in range(3):
        assert router.generate(REQUEST, Outline).provider == "groq"
    assert calls(fake_llm, "openrouter") == 1
    spent = sum(ProviderCall.objects.values_list("cost_usd", flat=True), Decimal(0))
    assert spent <= Decimal("0.015")


def test_invalid_output_gets_one_repair_then_the_next_provider(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    router = Router(make_catalog("groq", "gemini"))
    fake_llm.script("groq", fake.invalid_json_content("schema_mismatch"), fake.ok())
    repaired = router.generate(REQUEST, Outline)
    assert repaired.provider == "groq"
    repair_prompt = fake_llm.requests_for("groq")[-1].json["messages"][-1]["content"]
    assert "does not match the required JSON schema" in repair_prompt

    fake_llm.script("groq", fake.invalid_json_content("prose"), fake.malformed())
    answer = router.generate(REQUEST, Outline)
    assert answer.provider == "gemini"
    assert [a.outcome for a in answer.attempts] == ["invalid_output", "invalid_output", "ok"]


def test_garbage_with_200_never_becomes_an_answer(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    fake_llm.set_default("groq", fake.malformed())
    with pytest.raises(ProvidersBusy):
        Router(make_catalog("groq")).generate(REQUEST, Outline)
    assert set(ProviderCall.objects.values_list("outcome", flat=True)) == {"invalid_output"}


def test_a_bad_key_disables_the_provider_for_every_later_request(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    router = Router(make_catalog("openrouter", "groq"))
    fake_llm.script("openrouter", fake.auth_error())
    assert router.generate(REQUEST, Outline).provider == "groq"
    assert router.generate(REQUEST, Outline).provider == "groq"
    assert calls(fake_llm, "openrouter") == 1
    assert (
        "authentication failed" in ProviderState.objects.get(provider="openrouter").disabled_reason
    )


def test_when_all_are_busy_the_work_waits_or_goes_back_with_a_time(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 60.0)  # a minute lasts 1 s
    router = Router(make_catalog("groq", limits={"groq": {"requests_per_minute": 2}}))
    router.generate(REQUEST, Outline)
    router.generate(REQUEST, Outline)
    with pytest.raises(ProvidersBusy) as busy:
        router.generate(REQUEST, Outline)  # no waiting allowed
    assert busy.value.retry_at is not None
    assert calls(fake_llm, "groq") == 2  # the limit was never broken

    started = time.monotonic()
    assert router.generate(REQUEST, Outline, wait_up_to=3).provider == "groq"
    assert 0.2 < time.monotonic() - started < 2.5


def test_the_requests_never_break_a_configured_limit(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fake enforces the same limits: a single 429 would mean we broke one."""
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 60.0)
    fake_llm.time_scale = 1 / 60  # the fake's minute lasts 1 s too
    fake_llm.set_limits("groq", rpm=5)
    router = Router(make_catalog("groq", limits={"groq": {"requests_per_minute": 5}}))
    for _ in range(12):
        router.generate(REQUEST, Outline, wait_up_to=5)
    assert set(ProviderCall.objects.values_list("outcome", flat=True)) == {"ok"}


def test_with_no_key_the_builtin_provider_answers(
    db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skillsync.generation.providers.builtin import builtin_responder

    builtin_responder("outline")(lambda request: {"title": "Offline", "steps": ["read", "do"]})
    catalog = parse_catalog(
        {
            "chain": ["groq"],
            "providers": {
                "groq": {
                    "kind": "openai_compatible",
                    "base_url": "https://api.groq.com/openai/v1",
                    "model": "m",
                    "api_key_env": "NO_SUCH_KEY_FOR_TESTS",
                }
            },
        }
    )
    answer = Router(catalog).generate(REQUEST, Outline)
    assert answer.provider == "builtin"
    assert answer.data.title == "Offline"
    assert ProviderCall.objects.get().provider == "builtin"


def test_a_crashing_answer_is_finished_as_a_failure_never_left_in_flight(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    fake_llm.script(
        "groq",
        fake.raw(200, '{"choices": [{"message": "hi"}]}', {"content-type": "application/json"}),
    )
    answer = Router(make_catalog("groq", "gemini")).generate(REQUEST, Outline)
    assert answer.provider == "gemini"
    assert not ProviderCall.objects.filter(outcome="in_flight").exists()


def test_a_probe_answered_with_429_still_closes_the_circuit(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 60.0)
    router = Router(make_catalog("openrouter", "groq"))
    fake_llm.set_default("openrouter", fake.server_error(500))
    for _ in range(3):
        router.generate(REQUEST, Outline)
    time.sleep(0.6)
    fake_llm.set_default("openrouter", fake.ok())
    fake_llm.script("openrouter", fake.rate_limited("minute", retry_after=1))
    assert router.generate(REQUEST, Outline).provider == "groq"  # the probe got a 429
    state = ProviderState.objects.get(provider="openrouter")
    assert state.circuit_open_until is None
    assert state.probe_started_at is None
    time.sleep(1.1)
    assert router.generate(REQUEST, Outline).provider == "openrouter"


def test_provider_waits_are_obeyed_as_given_under_a_time_scale(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A provider's retry-after is real time: the benchmark's time scale shortens only our own
    windows and defaults, never what a provider told us."""
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 20.0)
    fake_llm.script("groq", fake.rate_limited("minute", retry_after=2))
    Router(make_catalog("groq", "gemini")).generate(REQUEST, Outline)
    state = ProviderState.objects.get(provider="groq")
    assert state.blocked_until is not None
    from skillsync.generation.providers.budgets import database_now

    assert 1.5 < (state.blocked_until - database_now()).total_seconds() <= 2.1


@pytest.mark.django_db(transaction=True)
def test_concurrent_paid_reservations_cannot_overrun_the_cost_cap() -> None:
    from skillsync.generation.providers import budgets
    from tests.concurrency import outcomes_in_parallel
    from tests.generation.test_budgets import provider

    paid = [provider("openrouter", free=False), provider("other_paid", free=False)]

    def reserve_one() -> str:
        index = int(time.monotonic_ns()) % 2
        reserved = budgets.reserve(
            provider=paid[index], tokens=1, estimated_cost_usd=0.6, daily_cost_cap_usd=1.0
        )
        return "granted" if isinstance(reserved, budgets.Reservation) else "refused"

    results = outcomes_in_parallel(6, reserve_one)
    assert results.count("granted") == 1


def test_with_no_key_at_all_the_offline_planner_is_used(
    db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skillsync.generation.planning import LLMRoadmapPlanner
    from skillsync.generation.providers.catalog import catalog
    from skillsync.learning.planner import PlannerProfile

    for name in ("OPENROUTER_API_KEY", "GROQ_API_KEY", "GEMINI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    catalog.cache_clear()
    planned = LLMRoadmapPlanner().plan(
        PlannerProfile(
            goal="Learn Django", experience_level="beginner", weekly_hours=5, learning_style="video"
        )
    )
    assert planned.skill == "Django"
    assert not planned.needs_refinement
    assert ProviderCall.objects.get().provider == "builtin"
    catalog.cache_clear()


def test_a_streaming_caller_hears_of_every_attempt_so_it_can_discard_a_failed_one(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    router = Router(make_catalog("groq", "gemini"))
    fake_llm.script("groq", fake.invalid_json_content("prose"), fake.malformed())
    heard: list[str] = []
    answer = router.generate(
        REQUEST,
        Outline,
        on_chunk=lambda text: heard.append(text),
        on_attempt=lambda: heard.append("<attempt>"),
    )
    assert answer.provider == "gemini"
    # Three attempts (groq, groq's repair, gemini), each announced before its text.
    assert heard.count("<attempt>") == 3
    last = len(heard) - heard[::-1].index("<attempt>")
    assert Outline.model_validate_json("".join(heard[last:])) == answer.data


def _rejecting(*verdicts: bool, pause: float = 0.0) -> tuple[list[bool], Any]:
    """A check that accepts or rejects answers in turn, recording whether each was a last try."""
    seen: list[bool] = []
    answers = iter(verdicts)

    def check(data: Outline, last: bool) -> Outline:
        seen.append(last)
        time.sleep(pause)
        if not next(answers):
            raise Rejected(["STEP_MISSING at steps: the outline skips a step"])
        return data

    return seen, check


def test_a_rejected_answer_is_repaired_told_why_and_only_the_repair_is_a_last_try(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    seen, check = _rejecting(False, True)
    answer = Router(make_catalog("groq", "gemini")).generate(REQUEST, Outline, check=check)
    assert answer.provider == "groq"
    assert seen == [False, True]
    repair = fake_llm.requests_for("groq")[1].json["messages"][-1]["content"]
    assert "STEP_MISSING at steps" in repair
    rows = ProviderCall.objects.filter(request_id=answer.request_id).order_by("attempt")
    assert [r.outcome for r in rows] == ["invalid_output", "ok"]
    assert "STEP_MISSING" in rows[0].error


def test_the_time_a_check_takes_is_not_the_providers_latency(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    _seen, check = _rejecting(True, pause=1.0)
    answer = Router(make_catalog("groq")).generate(REQUEST, Outline, check=check)
    call = ProviderCall.objects.get(request_id=answer.request_id)
    assert call.finished_at is not None
    assert call.latency_ms is not None
    assert call.latency_ms < 800


def test_a_deadline_that_passes_during_the_check_sends_no_repair(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    _seen, check = _rejecting(False, pause=1.2)
    with pytest.raises(ProvidersBusy) as raised:
        Router(make_catalog("groq", "gemini")).generate(
            REQUEST, Outline, check=check, deadline=time.monotonic() + 1.0
        )
    assert calls(fake_llm, "groq") == 1  # no repair into a deadline already past
    assert calls(fake_llm, "gemini") == 0
    assert [a.outcome for a in raised.value.attempts] == ["invalid_output"]
    assert ProviderState.objects.get(provider="groq").consecutive_failures == 0


def test_a_check_that_fails_on_its_own_leaves_no_call_in_flight(
    fake_llm: FakeLLMServer, make_catalog: MakeCatalog
) -> None:
    def broken(data: Outline, last: bool) -> Outline:
        raise RuntimeError("the check itself is broken")

    with pytest.raises(RuntimeError):
        Router(make_catalog("groq")).generate(REQUEST, Outline, check=broken)
    call = ProviderCall.objects.get()
    assert (call.outcome, call.finished_at is not None) == ("ok", True)
