"""A client for the HTTP control API of a fake LLM server running in another process
(``python -m tests.fakes.llm_server``): the same operations as ``FakeLLMServer``'s methods."""

from __future__ import annotations

from tests.fakes.fake_control import FakeControl, Layout
from tests.fakes.llm_behaviours import Behaviour

PATH_PREFIXES = {
    "openrouter": "/openrouter/api/v1",
    "groq": "/groq/openai/v1",
    "gemini": "/gemini/v1beta",
}
LAYOUT = Layout("provider", PATH_PREFIXES)


def known_provider(provider: str) -> str:
    return LAYOUT.known(provider)


class FakeLLMControl(FakeControl[Behaviour]):
    """Drives a fake LLM server running in another process, over its /_control/ API."""

    layout = LAYOUT
