"""The operator's view in the browser: an admin sees what SkillSync costs and how it works
(charts with their figures), the daily quotas, and changes the cost controls."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

from tests.running_app import App
from tests.web.browser import audit, screenshot, watched_page
from tests.web.journey import PASSWORD, module_card, new_email, onboard, sign_up

pytestmark = [pytest.mark.timeout(600), pytest.mark.own_server]


def test_an_admin_reads_the_analytics_and_sets_the_cost_controls(
    web_app: App, browser: Browser
) -> None:
    email = new_email("ops")
    with watched_page(browser, web_app.base, "analytics") as page:
        sign_up(page, email)
        onboard(page)
        module = module_card(page, 1)
        module.get_by_role("button", name="Generate lessons").click()
        expect(module.locator(".module-head [data-status=READY]")).to_be_visible(timeout=120_000)
        expect(page.get_by_role("link", name="Analytics")).to_have_count(0)

        web_app.manage(
            "shell",
            "-c",
            "from skillsync.accounts.models import User\n"
            f"User.objects.filter(email={email!r}).update(role='admin')\n",
        )
        page.get_by_role("button", name="Log out").click()
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.get_by_role("link", name="Analytics").click()

        expect(page.get_by_role("heading", name="Analytics", level=1)).to_be_visible()
        expect(page.get_by_role("region", name="Cost per day")).to_be_visible()
        expect(page.locator(".recharts-surface").first).to_be_visible()
        lessons = page.get_by_role("region", name="Lessons generated and reused")
        lessons.get_by_text("Figures").click()
        expect(lessons.get_by_role("row")).not_to_have_count(1)  # a row per day under the header
        quotas = page.get_by_role("region", name="Daily quotas")
        expect(quotas.get_by_role("row").nth(1)).to_be_visible()

        controls = page.get_by_role("form", name="Cost controls")
        controls.get_by_label("Daily cost cap (USD)").fill("12.5")
        controls.get_by_label("Budget per lesson (USD)").fill("0.05")
        controls.get_by_role("button", name="Save cost controls").click()
        expect(page.get_by_test_id("toast").filter(has_text="Cost controls saved")).to_be_visible()
        page.reload()
        expect(controls.get_by_label("Daily cost cap (USD)")).to_have_value("12.5")
        expect(controls.get_by_text(re.compile(r"Last changed .* by"))).to_be_visible()
        screenshot(page, "40-analytics")
        audit(page, "analytics")
