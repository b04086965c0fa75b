"""Community curation in the browser: a mentor approves a lesson from the review queue, and the
next learner who needs that lesson receives the approved one from reuse."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.running_app import App
from tests.web.browser import audit, screenshot, watched_page
from tests.web.journey import (
    GENERATION_TIMEOUT_MS,
    module_card,
    new_email,
    onboard,
    sign_up,
)

pytestmark = [pytest.mark.timeout(600), pytest.mark.own_server]

GOAL = "Get started with Python for automating reports"


def _first_lesson_generated(page: Page) -> str:
    """Generates module 1, opens its first lesson; the id of the content it shows."""
    module = module_card(page, 1)
    module.get_by_role("button", name="Generate lessons").click()
    expect(module.locator(".module-head [data-status=READY]")).to_be_visible(
        timeout=GENERATION_TIMEOUT_MS
    )
    module.get_by_role("link").first.click()
    article = page.locator("article.lesson[data-content-id]")
    expect(article).to_be_visible()
    content_id = article.get_attribute("data-content-id")
    assert content_id
    return content_id


def test_a_mentor_approves_from_the_queue_and_the_next_learner_gets_it_from_reuse(
    web_app: App, browser: Browser
) -> None:
    with watched_page(browser, web_app.base, "first learner") as first:
        sign_up(first, new_email("ada"))
        onboard(first, goal=GOAL, style="Reading")
        content_id = _first_lesson_generated(first)
        expect(first.locator("[data-approval=PENDING]")).to_be_visible()

    mentor_email = new_email("mentor")
    with watched_page(browser, web_app.base, "mentor") as mentor:
        sign_up(mentor, mentor_email)
        expect(mentor.get_by_role("link", name="Review")).to_have_count(0)
        web_app.manage("mentor_tier", mentor_email, "mentor")
        mentor.goto("/review")
        item = mentor.locator(f"a[href='/review/{content_id}']")
        expect(item).to_be_visible()
        screenshot(mentor, "20-review-queue")
        audit(mentor, "review queue")
        item.click()
        mentor.get_by_label("Approve").check()
        mentor.get_by_label("Comments").fill("Accurate, cites the documentation, exercises run.")
        mentor.get_by_role("button", name="Record decision").click()
        expect(mentor.get_by_test_id("toast").filter(has_text="Decision recorded")).to_be_visible()
        expect(mentor.locator("header [data-approval=APPROVED]")).to_be_visible()
        reviews = mentor.get_by_role("region", name="Reviews")
        expect(reviews.get_by_text("Accurate, cites the documentation")).to_be_visible()
        expect(reviews.get_by_text("Decision", exact=True)).to_be_visible()
        screenshot(mentor, "21-review-approved")
        audit(mentor, "review item")

    with watched_page(browser, web_app.base, "second learner") as second:
        sign_up(second, new_email("bob"))
        onboard(second, goal=GOAL, style="Reading")
        assert _first_lesson_generated(second) == content_id  # the same lesson, reused
        expect(second.locator("[data-approval=APPROVED]")).to_be_visible()
        expect(
            second.get_by_role("heading", name=re.compile("Key takeaways", re.I))
        ).to_be_visible()
        screenshot(second, "22-reused-approved-lesson")
