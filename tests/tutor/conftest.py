from __future__ import annotations

from collections.abc import Iterator

import pytest

from skillsync.generation.providers.catalog import catalog
from skillsync.settings import env
from tests.fakes.llm_server import DEFAULT_KEYS, FakeLLMServer, fake_llm  # noqa: F401 - a fixture


@pytest.fixture
def llm_chain(fake_llm: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:  # noqa: F811
    """The process's own catalog pointed at the fake Groq, as an operator would configure it."""
    monkeypatch.setattr(env, "PROVIDER_CHAIN", ["groq"])
    monkeypatch.setenv("GROQ_API_KEY", DEFAULT_KEYS["groq"])
    monkeypatch.setenv("SKILLSYNC_PROVIDER_GROQ_BASE_URL", fake_llm.url("groq"))
    catalog.cache_clear()
    yield fake_llm
    catalog.cache_clear()
