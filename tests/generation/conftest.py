from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from skillsync.generation.providers.catalog import Catalog, catalog, parse_catalog
from skillsync.settings import env
from tests.fakes.llm_server import DEFAULT_KEYS, FakeLLMServer, fake_llm  # noqa: F401 - a fixture
from tests.generation.faults import (  # noqa: F401 - fixtures of the worker-fault tests
    empty_job_tables,
    provider_file,
    start_worker,
    sweeper_settings,
)

KINDS = {"openrouter": "openai_compatible", "groq": "openai_compatible", "gemini": "gemini"}
MODELS = {
    "openrouter": "deepseek/deepseek-chat-v3.1",
    "groq": "openai/gpt-oss-120b",
    "gemini": "gemini-3.8-flash",
}

MakeCatalog = Callable[..., Catalog]


@pytest.fixture
def make_catalog(fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> MakeCatalog:  # noqa: F811
    """A catalog whose providers are the fake server's, with their keys in the environment."""

    def build(
        *chain: str,
        limits: dict[str, dict[str, int]] | None = None,
        paid: tuple[str, ...] = (),
        cap: float = 1.0,
        read_seconds: float = 5,
        **extra: Any,
    ) -> Catalog:
        providers = {}
        for name in chain:
            monkeypatch.setenv(f"{name.upper()}_API_KEY", DEFAULT_KEYS[name])
            providers[name] = {
                "kind": KINDS[name],
                "base_url": fake_llm.url(name),
                "model": MODELS[name],
                "api_key_env": f"{name.upper()}_API_KEY",
                "free": name not in paid,
                "limits": (limits or {}).get(name, {}),
                "prices": {"input_per_million_usd": 1.0, "output_per_million_usd": 4.0}
                if name in paid
                else {},
                "timeouts": {"connect_seconds": 2, "read_seconds": read_seconds},
            }
        return parse_catalog(
            {"chain": list(chain), "daily_cost_cap_usd": cap, "providers": providers, **extra}
        )

    return build


@pytest.fixture
def llm_chain(fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:  # noqa: F811
    """The process's own catalog pointed at the fake Groq, as an operator would configure it."""
    monkeypatch.setattr(env, "PROVIDER_CHAIN", ["groq"])
    monkeypatch.setenv("GROQ_API_KEY", DEFAULT_KEYS["groq"])
    monkeypatch.setenv("SKILLSYNC_PROVIDER_GROQ_BASE_URL", fake_llm.url("groq"))
    catalog.cache_clear()
    yield fake_llm
    catalog.cache_clear()
