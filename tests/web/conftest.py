"""The browser tests: the real product as `make run` starts it (embedded PostgreSQL, the web
server serving the built app, one worker, the built-in provider), driven by Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import Browser

from tests.running_app import App, running_app
from tests.web.browser import chromium

BUILT_APP = Path(settings.BASE_DIR) / "frontend" / "dist" / "index.html"
# Offline and deterministic: no provider keys (the built-in provider writes the lessons) and
# only the offline documentation for research. Empty counts as unset, and beats a `.env`.
OFFLINE = {
    "OPENROUTER_API_KEY": "",
    "GROQ_API_KEY": "",
    "GEMINI_API_KEY": "",
    "YOUTUBE_API_KEY": "",
    "SKILLSYNC_RESEARCH_SOURCES": "none",
}


@pytest.fixture(scope="session")
def web_app() -> Iterator[App]:
    assert BUILT_APP.is_file(), "the web app is not built: run `make test` (it builds frontend/)"
    with running_app(env=OFFLINE) as app:
        yield app


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with chromium() as (_, launched):
        yield launched


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests last: Playwright's synchronous API keeps an event loop running in this
    thread for the rest of the session once the browser starts, and Django's synchronous test
    client cannot run beside it (``AsyncToSync``). The order is otherwise kept."""
    items.sort(key=lambda item: "browser" in getattr(item, "fixturenames", ()))
