"""Global provider budgets in PostgreSQL: sliding windows never exceeded, learned blocks,
the circuit breaker, the daily cost cap, and two processes sharing one budget."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings

from skillsync.generation.models import CallOutcome, ProviderCall
from skillsync.generation.providers import budgets
from skillsync.generation.providers.budgets import Reservation, Unavailable
from skillsync.generation.providers.catalog import ProviderConfig
from skillsync.settings import env
from tests.processes import child_environment


def provider(name: str = "groq", *, free: bool = True, **limits: int) -> ProviderConfig:
    return ProviderConfig(
        name=name,
        kind="openai_compatible",
        base_url="http://127.0.0.1:1/v1",  # type: ignore[arg-type]
        model="m",
        api_key_env="K",
        free=free,
        limits=limits,  # type: ignore[arg-type]
        prices={"input_per_million_usd": 1.0, "output_per_million_usd": 1.0},  # type: ignore[arg-type]
    )


def test_requests_per_minute_are_never_exceeded_and_the_wait_is_exact(db: None) -> None:
    config = provider(requests_per_minute=3)
    granted = [budgets.reserve(provider=config, tokens=10) for _ in range(3)]
    assert all(isinstance(r, Reservation) for r in granted)

    refused = budgets.reserve(provider=config, tokens=10)

    assert isinstance(refused, Unavailable)
    assert refused.reason == "requests budget"
    first = granted[0]
    assert isinstance(first, Reservation)
    # The window is counted a little long, so the provider never sees one call too many.
    assert refused.until == first.started_at + timedelta(minutes=1) * (1 + budgets.WINDOW_MARGIN)
    assert ProviderCall.objects.count() == 3  # the refusal reserved nothing


def test_tokens_per_minute_count_reservations_then_actual_usage(db: None) -> None:
    config = provider(tokens_per_minute=1000)
    first = budgets.reserve(provider=config, tokens=900)
    assert isinstance(first, Reservation)
    assert isinstance(budgets.reserve(provider=config, tokens=200), Unavailable)
    # The provider counted fewer tokens than reserved: the budget frees the difference.
    budgets.finish(
        reservation=first, outcome=CallOutcome.OK, prompt_tokens=300, completion_tokens=100
    )
    assert isinstance(budgets.reserve(provider=config, tokens=200), Reservation)


def test_a_request_larger_than_the_token_limit_is_permanently_unavailable(db: None) -> None:
    refused = budgets.reserve(provider=provider(tokens_per_minute=100), tokens=101)
    assert isinstance(refused, Unavailable)
    assert refused.permanent


def test_daily_limits_use_a_day_window(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 86_400.0)  # a "day" lasts one second
    config = provider(requests_per_day=2)
    assert isinstance(budgets.reserve(provider=config, tokens=1), Reservation)
    assert isinstance(budgets.reserve(provider=config, tokens=1), Reservation)
    refused = budgets.reserve(provider=config, tokens=1)
    assert isinstance(refused, Unavailable)
    time.sleep(max(0.0, (refused.until - budgets.database_now()).total_seconds()) + 0.05)
    assert isinstance(budgets.reserve(provider=config, tokens=1), Reservation)


def test_blocked_and_disabled_providers_are_not_reserved(db: None) -> None:
    config = provider()
    until = budgets.database_now() + timedelta(seconds=30)
    budgets.block_until("groq", until, "rate limited")
    refused = budgets.reserve(provider=config, tokens=1)
    assert isinstance(refused, Unavailable)
    assert refused.until == until
    budgets.disable("groq", "authentication failed")
    disabled = budgets.reserve(provider=config, tokens=1)
    assert isinstance(disabled, Unavailable)
    assert disabled.permanent
    assert disabled.reason == "authentication failed"


def test_circuit_opens_after_repeated_failures_then_lets_one_probe_through(
    db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 60.0)  # 30 s cool-down becomes 0.5 s
    config = provider()
    for _ in range(budgets.CIRCUIT_FAILURE_THRESHOLD):
        budgets.record_failure("groq")
    refused = budgets.reserve(provider=config, tokens=1)
    assert isinstance(refused, Unavailable)
    assert refused.reason == "circuit open"

    time.sleep(0.6)
    probe = budgets.reserve(provider=config, tokens=1)
    assert isinstance(probe, Reservation)  # half-open: one probe
    second = budgets.reserve(provider=config, tokens=1)
    assert isinstance(second, Unavailable)
    assert "probing" in second.reason

    budgets.record_success("groq")  # the probe worked: closed again
    assert isinstance(budgets.reserve(provider=config, tokens=1), Reservation)


def test_a_failed_probe_reopens_the_circuit(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(env, "LLM_TIME_SCALE", 60.0)
    for _ in range(budgets.CIRCUIT_FAILURE_THRESHOLD):
        budgets.record_failure("groq")
    time.sleep(0.6)
    assert isinstance(budgets.reserve(provider=provider(), tokens=1), Reservation)
    budgets.record_failure("groq")
    refused = budgets.reserve(provider=provider(), tokens=1)
    assert isinstance(refused, Unavailable)
    assert refused.reason == "circuit open"


def test_the_daily_cost_cap_stops_paid_providers_only(db: None) -> None:
    paid, free = provider("openrouter", free=False), provider("groq", free=True)
    spent = budgets.reserve(provider=paid, tokens=1)
    assert isinstance(spent, Reservation)
    budgets.finish(reservation=spent, outcome=CallOutcome.OK, cost_usd=0.95)

    refused = budgets.reserve(
        provider=paid, tokens=1, estimated_cost_usd=0.10, daily_cost_cap_usd=1.0
    )
    assert isinstance(refused, Unavailable)
    assert refused.reason == "daily cost cap reached"
    assert isinstance(
        budgets.reserve(provider=free, tokens=1, estimated_cost_usd=0.10, daily_cost_cap_usd=1.0),
        Reservation,
    )


RESERVE_IN_A_PROCESS = """
import json, os, sys, time
import django
django.setup()
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # both processes start together
from skillsync.generation.providers import budgets
from tests.generation.test_budgets import provider
granted = 0
for _ in range(int(sys.argv[1])):
    if isinstance(budgets.reserve(provider=provider(requests_per_minute=20), tokens=5),
                  budgets.Reservation):
        granted += 1
print(json.dumps(granted))
"""


@pytest.mark.django_db(transaction=True)
def test_two_processes_share_one_budget_without_exceeding_it() -> None:
    env_vars = child_environment()
    start_at = str(time.time() + 3)  # after both have started Django
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", RESERVE_IN_A_PROCESS, "30", start_at],
            env=env_vars,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=settings.BASE_DIR,
        )
        for _ in range(2)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert sum(results) == 20
    assert ProviderCall.objects.filter(provider="groq").count() == 20
