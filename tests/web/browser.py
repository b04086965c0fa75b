"""Debian's Chromium driven by Playwright, with a watch on everything that must never happen
in the app: a JavaScript error, a console error, a Content-Security-Policy violation."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Locator,
    Page,
    Playwright,
    ViewportSize,
    sync_playwright,
)

CHROMIUM = os.environ.get("SKILLSYNC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "frontend" / "test-results"
# axe-core (an npm dev dependency of the web app) checks each page against WCAG 2 A and AA.
AXE = Path(settings.BASE_DIR) / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
PHONE = ViewportSize(width=360, height=780)
DESKTOP = ViewportSize(width=1200, height=900)

# Reports CSP violations from inside the page to the test (scripts added by the browser
# driver are not subject to the page's policy). Chromium also logs them as console errors.
WATCH_CSP = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.skillsyncCspViolation(event.violatedDirective + " " + event.blockedURI);
});
"""


@contextmanager
def chromium() -> Iterator[tuple[Playwright, Browser]]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield playwright, browser
        finally:
            browser.close()


@dataclass
class Watch:
    """What went wrong in a page while a test used it."""

    errors: list[str] = field(default_factory=list)

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def csp(self, violation: str) -> None:
        self.errors.append(f"CSP violation: {violation}")


@contextmanager
def watched_page(browser: Browser, base_url: str, name: str) -> Iterator[Page]:
    """A page in a fresh context (its own cookies) whose JavaScript errors, console errors and
    CSP violations fail the test at the end. Phone-width and desktop tests choose the size."""
    context = browser.new_context(base_url=base_url, viewport=DESKTOP)
    context.set_default_timeout(20_000)
    watch = Watch()
    context.expose_function("skillsyncCspViolation", watch.csp)
    context.add_init_script(WATCH_CSP)
    context.add_init_script(path=AXE)
    page = context.new_page()
    page.on("console", watch.console)
    page.on("pageerror", lambda error: watch.errors.append(f"page error: {error}"))
    try:
        yield page
        assert watch.errors == [], f"{name}: the page reported problems:\n" + "\n".join(
            watch.errors
        )
    finally:
        context.close()


def screenshot(page: Page | Locator, name: str) -> None:
    """The whole page, or one part of it (a locator), into frontend/test-results/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = str(SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png")
    if isinstance(page, Page):
        page.screenshot(path=path, full_page=True)
    else:
        page.screenshot(path=path)


# The outermost elements that stick out on the right, to name in a failure.
WIDEST = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== "visible") return true;
    }
    return false;
  };
  const out = (el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el);
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].map((c) => "." + c).join("");
  return [...document.body.querySelectorAll("*")]
    .filter((el) => out(el) && !(el.parentElement && out(el.parentElement)))
    .slice(0, 5)
    .map((el) => `${name(el.parentElement)} > ${name(el)} (right ${
      Math.round(el.getBoundingClientRect().right)}px)`);
}"""


def audit(page: Page, name: str) -> None:
    """The page as it is now passes axe's WCAG 2 A/AA rules (labels, names, contrast, roles,
    landmarks...), and at phone width nothing sticks out sideways. Leaves the desktop size."""
    found = page.evaluate(
        """async () => {
          const only = { type: "tag", values: ["wcag2a", "wcag2aa"] };
          const result = await axe.run(document, { runOnly: only });
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        }"""
    )
    assert found == [], f"{name}: accessibility problems:\n" + "\n".join(found)
    page.set_viewport_size(PHONE)
    try:
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        culprits = [] if overflow <= 0 else page.evaluate(WIDEST)
        assert overflow <= 0, (
            f"{name}: {overflow}px wider than a {PHONE['width']}px phone; sticking out: "
            + ", ".join(culprits)
        )
    finally:
        page.set_viewport_size(DESKTOP)
