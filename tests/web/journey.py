"""Steps of a learner's journey through the app, shared by the browser tests."""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from uuid import uuid4

from playwright.sync_api import Locator, Page, expect

from tests.web.browser import audit, screenshot

PASSWORD = "a long passphrase for tests"
GENERATION_TIMEOUT_MS = 120_000


def new_email(who: str) -> str:
    return f"{who}-{uuid4().hex[:8]}@example.org"


def sign_up(page: Page, email: str, shot: str | None = None) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login"))
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    if shot:
        screenshot(page, shot)
        audit(page, "sign up")
    page.get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/onboarding$"))


def onboard(
    page: Page,
    *,
    goal: str = "Learn Python for data analysis",
    industry: str = "finance",
    style: str = "Hands-on",
    shot: str | None = None,
) -> str:
    """Walks the wizard; returns the new roadmap's path."""
    page.get_by_label("What do you want to be able to do?").fill(goal)
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Beginner").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Your industry (optional)").fill(industry)
    page.get_by_label("Hours a week you can spend").fill("5")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("radio", name=re.compile(f"^{style}")).check()
    if shot:
        screenshot(page, shot)
        audit(page, "onboarding, learning style")
    page.get_by_role("button", name="Create my roadmap").click()
    expect(page).to_have_url(re.compile(r"/roadmaps/[0-9a-f-]+$"))
    return urlsplit(page.url).path


def module_card(page: Page, number: int) -> Locator:
    """The roadmap's card of module ``number`` (1 is the first)."""
    heading = page.get_by_role("heading", name=re.compile(rf"^Module {number}\."))
    return page.get_by_role("listitem").filter(has=heading)
