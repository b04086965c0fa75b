"""The per-lesson budget, against the fake provider servers (they report token usage; prices
come from the catalog): once a lesson's attempts cost the budget, no further provider or repair
is tried and the delivery fails with LESSON_BUDGET_EXCEEDED."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from skillsync.accounts.models import User
from skillsync.analytics.cost_controls import cost_controls_set
from skillsync.generation.delivery import process_request
from skillsync.generation.models import GenerationRequest, ProviderCall
from skillsync.generation.providers.catalog import catalog
from skillsync.generation.providers.router import CostBudgetExceeded, Router
from skillsync.generation.queue import module_generation_request
from skillsync.learning.models import Module
from skillsync.settings import env
from tests.analytics.test_cost_controls import REQUEST
from tests.factories import UserFactory
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import DEFAULT_KEYS, FakeLLMServer, fake_llm  # noqa: F401
from tests.generation.conftest import MakeCatalog, make_catalog  # noqa: F401 - a fixture
from tests.generation.faults import lesson_answer
from tests.generation.test_router import Outline

pytestmark = pytest.mark.django_db

# $1 in and $4 out per million tokens: 6,000 in and 2,000 out cost $0.014.
EXPENSIVE_AND_WRONG = fake.ok('{"nothing": "of the schema"}', 6000, 2000)


def test_no_repair_nor_next_provider_once_the_attempts_cost_the_budget(
    fake_llm: FakeLLMServer,  # noqa: F811
    make_catalog: MakeCatalog,  # noqa: F811
) -> None:
    router = Router(make_catalog("openrouter", "groq", paid=("openrouter", "groq")))
    fake_llm.set_default("openrouter", EXPENSIVE_AND_WRONG)

    with pytest.raises(CostBudgetExceeded) as stopped:
        router.generate(REQUEST, Outline, cost_budget_usd=0.01)

    assert stopped.value.spent == pytest.approx(0.014)
    assert stopped.value.budget == 0.01
    assert [(a.provider, a.outcome) for a in stopped.value.attempts] == [
        ("openrouter", "invalid_output")
    ]
    assert len(fake_llm.requests_for("openrouter")) == 1  # no repair
    assert fake_llm.requests_for("groq") == []  # no next provider
    assert ProviderCall.objects.count() == 1


def test_under_the_budget_the_repair_and_the_next_provider_are_tried(
    fake_llm: FakeLLMServer,  # noqa: F811
    make_catalog: MakeCatalog,  # noqa: F811
) -> None:
    router = Router(make_catalog("openrouter", "groq", paid=("openrouter", "groq")))
    fake_llm.set_default("openrouter", EXPENSIVE_AND_WRONG)
    fake_llm.set_default("groq", fake.ok(prompt_tokens=10, completion_tokens=10))

    # $0.014 after the first attempt, $0.028 after the repair: the next provider is not asked.
    with pytest.raises(CostBudgetExceeded):
        router.generate(REQUEST, Outline, cost_budget_usd=0.02)
    assert len(fake_llm.requests_for("openrouter")) == 2
    assert fake_llm.requests_for("groq") == []

    answer = router.generate(REQUEST, Outline, cost_budget_usd=0.05)
    assert answer.provider == "groq"
    assert [a.provider for a in answer.attempts] == ["openrouter", "openrouter", "groq"]

    assert router.generate(REQUEST, Outline).provider == "groq"  # no budget at all


def test_an_answer_that_costs_more_than_the_budget_is_still_accepted(
    fake_llm: FakeLLMServer,  # noqa: F811
    make_catalog: MakeCatalog,  # noqa: F811
) -> None:
    router = Router(make_catalog("openrouter", paid=("openrouter",)))
    fake_llm.set_default("openrouter", fake.ok(prompt_tokens=6000, completion_tokens=2000))
    answer = router.generate(REQUEST, Outline, cost_budget_usd=0.001)
    assert answer.cost_usd == pytest.approx(0.014)


@pytest.fixture
def paid_chain(
    fake_llm: FakeLLMServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> Iterator[FakeLLMServer]:
    """The process's own catalog: two paid providers on the fake servers, priced like the
    shipped OpenRouter's order of magnitude ($1 in, $4 out per million tokens)."""
    lines = ['chain = ["openrouter", "groq"]', "daily_cost_cap_usd = 100.0"]
    for name, kind, model in (
        ("openrouter", "openai_compatible", "deepseek/deepseek-chat-v3.1"),
        ("groq", "openai_compatible", "openai/gpt-oss-120b"),
    ):
        monkeypatch.setenv(f"{name.upper()}_API_KEY", DEFAULT_KEYS[name])
        lines += [
            f"[providers.{name}]",
            f'kind = "{kind}"',
            f'base_url = "{fake_llm.url(name)}"',
            f'model = "{model}"',
            f'api_key_env = "{name.upper()}_API_KEY"',
            "free = false",
            "prices = { input_per_million_usd = 1.0, output_per_million_usd = 4.0 }",
        ]
    path = tmp_path / "providers.toml"
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(env, "PROVIDERS_FILE", str(path))
    monkeypatch.setattr(env, "PROVIDER_CHAIN", [])
    catalog.cache_clear()
    yield fake_llm
    catalog.cache_clear()


def _queued(user: User, onboard: Callable[..., Any]) -> GenerationRequest:
    roadmap = onboard(user, goal="Learn Python")
    module = Module.objects.filter(roadmap=roadmap).order_by("position").first()
    assert module is not None
    module_generation_request(user=user, module_id=module.id)
    request = GenerationRequest.objects.filter(lesson__module=module).first()
    assert request is not None
    return request


def test_a_lesson_over_its_budget_fails_its_delivery_with_the_reason(
    user: User, onboard: Callable[..., Any], paid_chain: FakeLLMServer
) -> None:
    cost_controls_set(user=UserFactory.create(role="admin"), per_lesson_budget_usd=0.01)
    paid_chain.set_default("openrouter", EXPENSIVE_AND_WRONG)
    paid_chain.set_default("groq", lesson_answer())
    request = _queued(user, onboard)

    assert process_request(request.id) == "budget_exceeded"

    request.refresh_from_db()
    assert request.status == "dead_lettered"
    assert request.dead_letter_reason == "LESSON_BUDGET_EXCEEDED"
    assert request.last_error.startswith("LESSON_BUDGET_EXCEEDED: ")
    assert "$0.014000" in request.last_error
    assert "$0.010000 budget" in request.last_error
    assert request.content is None
    assert request.lesson.generation_status == "failed"
    assert len(paid_chain.requests_for("openrouter")) == 1
    assert paid_chain.requests_for("groq") == []
    assert process_request(request.id) == "skipped"  # not delivered again


def test_without_a_budget_the_same_lesson_goes_on_to_the_next_provider(
    user: User, onboard: Callable[..., Any], paid_chain: FakeLLMServer
) -> None:
    paid_chain.set_default("openrouter", EXPENSIVE_AND_WRONG)
    paid_chain.set_default("groq", lesson_answer())
    request = _queued(user, onboard)

    assert process_request(request.id) == "generated"
    request.refresh_from_db()
    assert request.status == "succeeded"
    assert len(paid_chain.requests_for("openrouter")) == 2  # the answer and its repair
    assert len(paid_chain.requests_for("groq")) == 1
