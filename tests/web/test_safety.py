"""Untrusted text in the browser: a learner's own words and a lesson's content (LLM output,
quoted web pages) never become markup, scripts or script links, under the strict CSP."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.running_app import App
from tests.web.browser import screenshot, watched_page
from tests.web.journey import GENERATION_TIMEOUT_MS, module_card, new_email, onboard, sign_up

pytestmark = [pytest.mark.timeout(600), pytest.mark.own_server]

HOSTILE = (
    '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>'
    '<a href="javascript:window.__pwned=1">click me</a>'
)
HOSTILE_MARKDOWN = (
    HOSTILE + " [also me](javascript:window.__pwned=1) ![pic](https://evil.example/x.png)"
)
# Mermaid's own ways to make a link or run code from a diagram.
HOSTILE_DIAGRAM = (
    "flowchart TD\n"
    '  A["<img src=x onerror=window.__pwned=1>"] --> B[Safe]\n'
    '  click A "javascript:window.__pwned=1"\n'
    '  click B "https://evil.example/away" _self\n'
)


def _assert_inert(page: Page) -> None:
    assert page.evaluate("window.__pwned") is None
    main = page.locator("main")
    expect(main.locator("script")).to_have_count(0)
    expect(main.locator("img[src='x'], img[onerror], img[src*='evil.example']")).to_have_count(0)
    expect(main.locator("a[href^='javascript:'], [onerror], [onclick]")).to_have_count(0)
    # A diagram links nowhere (a Markdown image is shown as an ordinary external link).
    expect(main.locator("svg a, svg [*|href*='evil.example']")).to_have_count(0)


def test_the_app_is_served_with_the_strict_csp_and_cacheable_files(web_app: App) -> None:
    with httpx.Client(base_url=web_app.base, timeout=5) as http:
        page = http.get("/lessons/anything")
        assert page.status_code == 200
        script_src = page.headers["Content-Security-Policy"].split("script-src")[1].split(";")[0]
        assert script_src.strip() == "'self'"
        script = re.search(
            r'<script type="module" crossorigin src="(/assets/[^"]+\.js)"', page.text
        )
        assert script, page.text
        # No inline script for the CSP to refuse: every <script> loads a file.
        assert re.findall(r"<script\b[^>]*>", page.text) == re.findall(
            r"<script\b[^>]*\bsrc=[^>]*>", page.text
        )
        bundle = http.get(script.group(1))
    assert bundle.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert bundle.headers["Content-Type"].startswith("text/javascript")


def test_a_learners_goal_with_markup_shows_as_text(web_app: App, browser: Browser) -> None:
    with watched_page(browser, web_app.base, "hostile goal") as page:
        sign_up(page, new_email("mallory"))
        onboard(page, goal=f"Learn Python {HOSTILE}")
        expect(page.get_by_text("window.__pwned=1").first).to_be_visible()
        _assert_inert(page)
        page.get_by_role("link", name="Dashboard").first.click()
        expect(page.get_by_role("progressbar").first).to_be_visible()
        _assert_inert(page)


def test_hostile_lesson_content_renders_inert(web_app: App, browser: Browser) -> None:
    with watched_page(browser, web_app.base, "hostile lesson") as page:
        sign_up(page, new_email("trent"))
        onboard(page, style="Reading")
        first = module_card(page, 1)
        first.get_by_role("link").first.click()
        page.get_by_role("button", name="Generate this lesson").click()
        expect(page.get_by_role("heading", name=re.compile("Key takeaways", re.I))).to_be_visible(
            timeout=GENERATION_TIMEOUT_MS
        )
        lesson_id = page.url.rsplit("/", 1)[1]

        # A compromised row: the stored lesson's text rewritten with markup and script links
        # (the pipeline itself refuses such text; the browser must hold the line too).
        web_app.manage(
            "shell",
            "-c",
            "from skillsync.learning.models import Lesson\n"
            f"lesson = Lesson.objects.select_related('content').get(pk={lesson_id!r})\n"
            "content = lesson.content\n"
            f"hostile = {json.dumps(HOSTILE_MARKDOWN)}\n"
            "content.content['title'] = hostile\n"
            "content.content['summary'] = hostile\n"
            "for section in content.content['sections']:\n"
            "    section['body'] = hostile\n"
            "    section['heading'] = hostile[:200]\n"
            "content.content['key_takeaways'] = [hostile]\n"
            f"content.content['diagrams'] = [{json.dumps(HOSTILE_DIAGRAM)}]\n"
            "content.save(update_fields=['content'])\n",
        )
        page.reload()
        expect(page.get_by_text("window.__pwned=1").first).to_be_visible()
        expect(page.locator(".lc-diagram-svg[role=img] svg")).to_be_visible()  # drawn, inert
        _assert_inert(page)
        screenshot(page, "12-hostile-lesson-inert")
