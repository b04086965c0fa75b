"""Live status outlives the access token it started with. The WebSocket authenticates once,
and the server closes it when that token expires; the page must reconnect with a new one and
still hear the generation finish."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Browser, expect

from tests.running_app import running_app
from tests.web.browser import watched_page
from tests.web.conftest import OFFLINE
from tests.web.journey import GENERATION_TIMEOUT_MS, module_card, new_email, onboard, sign_up

pytestmark = [pytest.mark.timeout(600), pytest.mark.own_server]

TOKEN_SECONDS = 60  # the shortest allowed: the page renews it every few seconds


def test_generation_status_still_arrives_after_the_first_token_expired(browser: Browser) -> None:
    short_tokens = {
        **OFFLINE,
        "SKILLSYNC_ACCESS_TOKEN_SECONDS": str(TOKEN_SECONDS),
        "SKILLSYNC_JWT_LEEWAY_SECONDS": "0",
    }
    # No worker yet: the module stays queued while the first tokens expire.
    with (
        running_app("--no-worker", env=short_tokens) as app,
        watched_page(browser, app.base, "token renewal") as page,
    ):
        sign_up(page, new_email("grace"))
        onboard(page)
        module = module_card(page, 1)
        module.get_by_role("button", name="Generate lessons").click()
        expect(module.locator(".module-head [data-status=QUEUED]")).to_be_visible()

        time.sleep(TOKEN_SECONDS + 10)  # the token the socket first opened with is dead now

        with app.process("worker"):
            expect(module.locator(".module-head [data-status=READY]")).to_be_visible(
                timeout=GENERATION_TIMEOUT_MS
            )
        expect(page.get_by_test_id("toast").filter(has_text="is ready")).to_be_visible()
