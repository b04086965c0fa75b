"""Beyond a lesson in the browser: asking the tutor, a round of spaced-repetition reviews,
editing the roadmap without losing progress, and exporting a lesson as Markdown."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.running_app import App
from tests.web.browser import audit, screenshot, watched_page
from tests.web.journey import GENERATION_TIMEOUT_MS, module_card, new_email, onboard, sign_up

pytestmark = [pytest.mark.timeout(600), pytest.mark.own_server]


def _open_first_lesson(page: Page) -> str:
    module = module_card(page, 1)
    module.get_by_role("button", name="Generate lessons").click()
    expect(module.locator(".module-head [data-status=READY]")).to_be_visible(
        timeout=GENERATION_TIMEOUT_MS
    )
    module.get_by_role("link").first.click()
    expect(page.get_by_role("button", name="Mark as complete")).to_be_visible()
    return page.url.rsplit("/", 1)[1]


def test_tutor_reviews_editing_and_export(web_app: App, browser: Browser) -> None:
    with watched_page(browser, web_app.base, "learning tools") as page:
        sign_up(page, new_email("lin"))
        roadmap_path = onboard(page, goal="Learn Python to automate spreadsheets")
        lesson_id = _open_first_lesson(page)

        # The tutor answers from the lesson and its sources, with references, written live.
        tutor = page.get_by_role("region", name="Ask the tutor")
        tutor.get_by_label("Your question").fill("What is the interactive prompt used for?")
        tutor.get_by_role("button", name="Ask").click()
        answer = tutor.locator(".tutor-answer").last
        expect(answer.get_by_role("list", name="Sources of this answer")).to_be_visible(
            timeout=GENERATION_TIMEOUT_MS
        )
        expect(tutor.get_by_role("button", name="Ask")).to_be_enabled()
        screenshot(page, "30-tutor-answer")
        screenshot(tutor, "30-tutor-panel")
        audit(page, "lesson with the tutor")

        # Export: the lesson as Markdown with its numbered sources.
        with page.expect_download() as download:
            page.get_by_role("button", name="Download as Markdown").click()
        markdown = download.value.path().read_text()
        assert markdown.startswith("# ")
        assert re.search(r"\[1\]", markdown)
        assert "Sources" in markdown

        # Quiz, then the questions come back for review (the days in between simulated).
        quiz = page.get_by_role("form", name="Quiz")
        groups = quiz.get_by_role("group")
        for index in range(groups.count()):
            groups.nth(index).get_by_role("radio").first.check()
        quiz.get_by_role("button", name=re.compile("Submit")).click()
        expect(quiz.get_by_text(re.compile(r"\d+ of \d+ correct"))).to_be_visible()
        page.get_by_role("button", name="Mark as complete").click()
        expect(page.get_by_role("button", name=re.compile("Completed"))).to_be_disabled()
        web_app.manage(
            "shell",
            "-c",
            "from django.utils import timezone\n"
            "from skillsync.learning.models import ReviewCard\n"
            "ReviewCard.objects.update(due_at=timezone.now())\n",
        )
        page.get_by_role("link", name="Dashboard").first.click()
        reviews = page.get_by_role("region", name="Reviews")
        reviews.get_by_role("button", name=re.compile(r"^Review \d+ now")).click()
        for _ in range(10):
            card = reviews.get_by_role("form", name="Review question")
            card.get_by_role("radio").first.check()
            card.get_by_role("button", name="Check").click()
            expect(card.get_by_role("status")).to_contain_text(re.compile("Correct|Not quite"))
            screenshot(page, "31-review-answered")
            done = card.get_by_role("button", name="Finish")
            if done.count():
                done.click()
                break
            card.get_by_role("button", name="Next question").click()
        expect(reviews).to_contain_text(re.compile("Nothing to review right now|due for review"))
        screenshot(reviews, "31-reviews-panel")
        audit(page, "dashboard after reviews")

        # Editing the roadmap keeps progress: rename and move the completed lesson, remove and
        # restore another, add one.
        page.goto(roadmap_path)
        page.get_by_role("button", name="Edit roadmap").click()
        module = module_card(page, 1)
        first_title = module.get_by_role("link").first.inner_text()
        module.get_by_role("button", name=f"Rename “{first_title}”").first.click()
        module.get_by_label(f"New name for the lesson “{first_title}”").fill(
            "Python's prompt, my way"
        )
        module.get_by_role("button", name="Save").click()
        renamed = module.get_by_role("link", name="Python's prompt, my way")
        expect(renamed).to_be_visible()
        module.get_by_role("button", name="Move “Python's prompt, my way” down").click()
        expect(module.get_by_role("link").nth(1)).to_have_text("Python's prompt, my way")
        second_title = module.get_by_role("link").first.inner_text()
        module.get_by_role("button", name=f"Remove “{second_title}”").click()
        expect(module.get_by_role("link", name=second_title)).to_have_count(0)
        page.get_by_test_id("toast").filter(has_text="removed").get_by_role(
            "button", name="Undo"
        ).click()
        expect(module.get_by_role("link", name=second_title)).to_be_visible()
        module.get_by_label(re.compile("Title of a new lesson")).fill("Reading Excel files")
        module.get_by_role("button", name="Add lesson").click()
        expect(module.get_by_role("link", name="Reading Excel files")).to_be_visible()
        screenshot(page, "32-roadmap-edited")
        audit(page, "roadmap being edited")
        # Same lesson id, still completed.
        assert renamed.get_attribute("href") == f"/lessons/{lesson_id}"
        row = module.locator("li.lesson-row").filter(has_text="Python's prompt, my way")
        expect(row.get_by_text("Completed")).to_be_visible()
