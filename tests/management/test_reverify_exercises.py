"""``skillsync reverify_exercises``: stored lessons' Python exercises run again in the real
sandbox, the verdicts recorded on each content, and a lesson whose exercise fails now makes
the command fail."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from skillsync.generation.reverify import METADATA_KEY
from skillsync.learning.models import LessonContent
from tests.factories import LessonContentFactory
from tests.generation.lesson_samples import exercise, hands_on, reading
from tests.management.conftest import Terminal
from tests.processes import child_environment

pytestmark = pytest.mark.django_db


def _stored(**overrides: Any) -> LessonContent:
    """A stored hands-on lesson whose two Python exercises pass."""
    return LessonContentFactory.create(content=hands_on(**overrides))


def _run(*arguments: str, stderr: io.StringIO | None = None) -> str:
    out = io.StringIO()
    call_command("reverify_exercises", *arguments, stdout=out, stderr=stderr or io.StringIO())
    return out.getvalue()


def _reverification(content: LessonContent) -> dict[str, Any]:
    content.refresh_from_db()
    entry: dict[str, Any] = content.generation_metadata[METADATA_KEY]
    return entry


def test_the_verdicts_are_recorded_beside_what_generation_recorded() -> None:
    content = _stored()
    before = content.generation_metadata
    updated_at = content.updated_at

    out = _run()

    assert out == "passed 1, failed 0, skipped 0\n"
    entry = _reverification(content)
    assert [(r["title"], r["verdict"]) for r in entry["results"]] == [
        ("Squares", "PASSED"),
        ("Evens", "PASSED"),
    ]
    assert (entry["checked"], entry["passed"], entry["unreadable"]) == (2, 2, 0)
    assert timezone.now() - timedelta(minutes=1) < datetime.fromisoformat(entry["reverified_at"])
    assert {k: v for k, v in content.generation_metadata.items() if k != METADATA_KEY} == before
    assert content.updated_at == updated_at  # the lesson itself did not change


def test_an_edited_solution_that_prints_something_else_fails_with_a_non_zero_status() -> None:
    good = _stored()
    broken = _stored()
    lesson = broken.content
    lesson["exercises"][1]["solution"] = "print([2, 4])\n"
    LessonContent.objects.filter(pk=broken.pk).update(content=lesson)

    out = io.StringIO()
    with pytest.raises(CommandError, match="1 lessons have exercises that fail now") as failed:
        call_command("reverify_exercises", stdout=out, stderr=io.StringIO())

    assert failed.value.returncode == 1
    assert out.getvalue().splitlines() == [
        f"FAILED {broken.pk}  {broken.topic}: 'Evens' WRONG_OUTPUT",
        "passed 1, failed 1, skipped 0",
    ]
    assert [r["verdict"] for r in _reverification(broken)["results"]] == [
        "PASSED",
        "WRONG_OUTPUT",
    ]
    assert _reverification(good)["passed"] == 2


def test_lessons_without_python_exercises_are_skipped_and_others_not_even_read() -> None:
    text_only = _stored(exercises=[exercise(language="text")])
    prose = LessonContentFactory.create(content=reading())

    out = _run("-v", "2")

    assert out.splitlines() == [
        f"skipped {text_only.pk}  {text_only.topic}: no Python exercise",
        "passed 0, failed 0, skipped 1",
    ]
    text_only.refresh_from_db()
    prose.refresh_from_db()
    assert METADATA_KEY not in text_only.generation_metadata
    assert METADATA_KEY not in prose.generation_metadata


def test_one_content_or_those_since_a_date_or_the_oldest_few() -> None:
    old, middle, new = _stored(), _stored(), _stored()
    LessonContent.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=9))
    LessonContent.objects.filter(pk=middle.pk).update(created_at=timezone.now() - timedelta(days=5))

    assert _run("--content", str(middle.pk)) == "passed 1, failed 0, skipped 0\n"
    assert [METADATA_KEY in c.generation_metadata for c in _fresh(old, middle, new)] == [
        False,
        True,
        False,
    ]

    since = (timezone.now() - timedelta(days=2)).date().isoformat()
    assert _run("--since", since) == "passed 1, failed 0, skipped 0\n"
    assert [METADATA_KEY in c.generation_metadata for c in _fresh(old, middle, new)] == [
        False,
        True,
        True,
    ]

    listed = _run("--dry-run", "--limit", "2").splitlines()
    assert listed[0] == "would run the exercises of 2 lessons:"
    assert [line.split()[0] for line in listed[1:]] == [str(old.pk), str(middle.pk)]
    assert "2 Python exercises" in listed[1]
    assert METADATA_KEY not in _fresh(old)[0].generation_metadata  # a dry run records nothing


def test_many_lessons_are_read_a_chunk_at_a_time_oldest_first_up_to_the_limit() -> None:
    start = timezone.now() - timedelta(days=1)
    contents = LessonContentFactory.create_batch(120, content=hands_on())
    for number, content in enumerate(contents):
        # Three at a time share a moment, so chunks (of 50) end inside a tie: (48, 49, 50).
        moment = start + timedelta(seconds=number // 3)
        LessonContent.objects.filter(pk=content.pk).update(created_at=moment)
    expected = list(
        LessonContent.objects.order_by("created_at", "id").values_list("id", flat=True)[:110]
    )

    listed = _run("--dry-run", "--limit", "110").splitlines()

    assert listed[0] == "would run the exercises of 110 lessons:"
    assert [line.split()[0] for line in listed[1:]] == [str(pk) for pk in expected]


def _fresh(*contents: LessonContent) -> list[LessonContent]:
    for content in contents:
        content.refresh_from_db()
    return list(contents)


def test_a_terminal_sees_a_bar_per_lesson_and_a_log_or_no_progress_sees_none() -> None:
    _stored()
    _stored()

    terminal = Terminal()
    _run(stderr=terminal)
    assert "reverifying: 100%" in terminal.getvalue()
    assert "2/2" in terminal.getvalue()
    assert "lesson/s" in terminal.getvalue()

    log = io.StringIO()
    _run(stderr=log)
    assert log.getvalue() == ""

    terminal = Terminal()
    _run("--no-progress", stderr=terminal)
    assert terminal.getvalue() == ""


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--limit", "0"], "--limit must be between 1 and 20000, not 0"),
        (["--since", "last tuesday"], "--since: 'last tuesday' is not a date"),
        (["--since", "2026-02-30"], "--since: '2026-02-30' is not a date"),
        (["--content", "nope"], "--content: 'nope' is not an id"),
        (
            ["--content", "00000000-0000-0000-0000-000000000000"],
            "--content: no lesson content 00000000-0000-0000-0000-000000000000",
        ),
        (["--run-seconds", "0"], "--run-seconds must be above 0"),
    ],
)
def test_bad_options_are_refused_before_anything_runs(arguments: list[str], message: str) -> None:
    content = _stored()

    with pytest.raises(CommandError, match=message):
        _run(*arguments)

    content.refresh_from_db()
    assert METADATA_KEY not in content.generation_metadata


@pytest.mark.django_db(transaction=True)
def test_the_skillsync_command_exits_with_status_1_when_an_exercise_fails() -> None:
    content = _stored(exercises=[exercise(solution="print('no')\n")])

    finished = subprocess.run(
        [sys.executable, "-m", "skillsync.cli", "reverify_exercises", "--content", str(content.pk)],
        env=child_environment(),
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 1, finished.stderr
    assert "'Squares' WRONG_OUTPUT" in finished.stdout
    assert "CommandError: 1 lessons have exercises that fail now" in finished.stderr
    assert "reverifying" not in finished.stderr  # a pipe, not a terminal: no bar
    assert _reverification(content)["results"][0]["verdict"] == "WRONG_OUTPUT"
