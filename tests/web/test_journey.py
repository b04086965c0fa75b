"""A new learner's whole journey in a real browser, and a second learner who must not see it.

Every page is screenshotted into frontend/test-results/; any JavaScript error, console error or
CSP violation on any page fails the test (tests/web/browser.py)."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.running_app import App
from tests.web.browser import audit, screenshot, watched_page
from tests.web.journey import (
    GENERATION_TIMEOUT_MS,
    PASSWORD,
    module_card,
    new_email,
    onboard,
    sign_up,
)

pytestmark = [pytest.mark.timeout(600), pytest.mark.own_server]


def _generate_first_module(page: Page) -> None:
    first = module_card(page, 1)
    first.get_by_role("button", name="Generate lessons").click()
    # Live status over the WebSocket: queued or generating with a spinner, then ready.
    expect(first.locator("[data-status=QUEUED], [data-status=GENERATING]").first).to_be_visible()
    screenshot(page, "03-roadmap-generating")
    expect(first.locator(".module-head [data-status=READY]")).to_be_visible(
        timeout=GENERATION_TIMEOUT_MS
    )
    expect(page.get_by_test_id("toast").filter(has_text="is ready")).to_be_visible()
    screenshot(page, "04-roadmap-ready")
    audit(page, "roadmap")


def _answer_quiz(page: Page) -> None:
    """Answers every question (the first option), sees the score, and finds it again after a
    reload: the server scored and kept it."""
    quiz = page.get_by_role("form", name="Quiz")
    groups = quiz.get_by_role("group")
    for index in range(groups.count()):
        groups.nth(index).get_by_role("radio").first.check()
    quiz.get_by_role("button", name=re.compile("Submit")).click()
    scored = quiz.get_by_text(re.compile(r"\d+ of \d+ correct — \d+ %"))
    expect(scored).to_be_visible()
    percent = re.search(r"(\d+) %", scored.inner_text()).group(1)  # type: ignore[union-attr]
    page.reload()
    expect(page.get_by_text(f"Your previous score: {percent} %")).to_be_visible()


def test_a_new_learner_signs_up_onboards_generates_learns_and_sees_progress(
    web_app: App, browser: Browser
) -> None:
    email = new_email("ada")
    with watched_page(browser, web_app.base, "journey") as page:
        sign_up(page, email, shot="01-signup")
        roadmap_path = onboard(page, shot="02-onboarding-style")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        expect(page.locator("[data-status=NOT_STARTED]").first).to_be_visible()

        _generate_first_module(page)

        # Open the first lesson: ready, in the learner's style (hands-on: exercises).
        first_module = module_card(page, 1)
        first_module.get_by_role("link").first.click()
        expect(page).to_have_url(re.compile(r"/lessons/[0-9a-f-]+$"))
        lesson_path = page.url.split(web_app.base)[1]
        expect(
            page.get_by_role("heading", name=re.compile("Exercises?", re.I)).first
        ).to_be_visible()
        expect(page.get_by_role("button", name="Hands-on")).to_have_attribute(
            "aria-pressed", "true"
        )
        screenshot(page, "05-lesson-hands-on")
        audit(page, "hands-on lesson")

        # Switch style: reading (written now, streamed, or found from reuse).
        page.get_by_role("button", name="Reading").click()
        expect(page.get_by_role("heading", name=re.compile("Key takeaways", re.I))).to_be_visible(
            timeout=GENERATION_TIMEOUT_MS
        )
        expect(page.get_by_role("button", name="Reading")).to_have_attribute("aria-pressed", "true")
        # Its Mermaid diagram is drawn as SVG under the strict CSP (not left as source).
        expect(page.locator(".lc-diagram-svg[role=img] svg").first).to_be_visible()
        screenshot(page, "06-lesson-reading")

        _answer_quiz(page)
        screenshot(page, "07-quiz-scored")
        audit(page, "reading lesson, quiz scored")

        page.get_by_role("button", name="Mark as complete").click()
        expect(page.get_by_role("button", name=re.compile("Completed"))).to_be_disabled()
        up = page.get_by_role("button", name=re.compile("^▲? ?Yes"))
        up.click()
        expect(up).to_have_attribute("aria-pressed", "true")
        expect(up.locator(".count")).to_have_text("1")
        expect(page.get_by_role("button", name=re.compile("No")).locator(".count")).to_have_text(
            "0"
        )
        screenshot(page, "08-lesson-completed")

        # The dashboard shows the progress and where to continue.
        page.get_by_role("link", name="Dashboard").first.click()
        done = page.get_by_text(re.compile(r"1 of \d+ lessons done"))
        expect(done).to_be_visible()
        total = int(re.search(r"1 of (\d+) lessons", done.inner_text()).group(1))  # type: ignore[union-attr]
        progress = page.get_by_role("progressbar").first
        expect(progress).to_have_attribute("aria-valuenow", str(round(100 / total)))
        expect(page.get_by_role("link", name=re.compile("^Continue"))).to_have_attribute(
            "href", lesson_path
        )
        screenshot(page, "09-dashboard")
        audit(page, "dashboard")

        # A second learner cannot open the first one's roadmap or lesson.
        with watched_page(browser, web_app.base, "second learner") as other:
            sign_up(other, new_email("eve"))
            for path in (roadmap_path, lesson_path):
                other.goto(path)
                expect(
                    other.get_by_role("heading", name=re.compile("couldn't find"))
                ).to_be_visible()
                expect(other.get_by_text("Learn Python for data analysis")).to_have_count(0)
            screenshot(other, "10-second-learner-not-found")

        # Signing out everywhere (from another device) sends this tab to log in, with a message.
        with httpx.Client(base_url=web_app.base, timeout=10) as device:
            login = device.post(
                "/graphql",
                json={
                    "query": "mutation($e: String!, $p: String!) "
                    "{ login(email: $e, password: $p) { accessToken } }",
                    "variables": {"e": email, "p": PASSWORD},
                },
            )
            token = login.json()["data"]["login"]["accessToken"]
            ended = device.post(
                "/graphql",
                json={"query": "mutation { logoutAll }"},
                headers={"Authorization": f"Bearer {token}"},
            ).json()
            assert ended["data"]["logoutAll"] >= 2, ended
        page.reload()
        expect(page).to_have_url(re.compile(r"/login"))
        expect(page.get_by_role("status").filter(has_text="session has ended")).to_be_visible()
        screenshot(page, "11-session-revoked")
        audit(page, "log in, session ended")
