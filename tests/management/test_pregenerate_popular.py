"""``skillsync pregenerate_popular``: the topics most learners hold without content are queued
once, through the ordinary queue, and later learners are served the stored lesson."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.generation.delivery import process_request
from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue import lesson_generation_request
from skillsync.learning.models import Lesson
from tests.management.conftest import Terminal
from tests.management.support import learner_holding

pytestmark = pytest.mark.django_db

COMPREHENSIONS = "Python list comprehensions"
DICTIONARIES = "Python dictionaries"


def _popular() -> dict[str, list[Lesson]]:
    """Comprehensions: three learners (one says it in other words); dictionaries: two (one of
    them twice); decorators: one; comprehensions as reading: two."""
    first = learner_holding(COMPREHENSIONS, DICTIONARIES, "Python decorators")
    second = learner_holding(COMPREHENSIONS, DICTIONARIES)
    second += learner_holding(DICTIONARIES, user=second[0].module.roadmap.owner)
    third = learner_holding("List comprehensions in Python")
    reading = learner_holding(COMPREHENSIONS, style="reading")
    reading += learner_holding(COMPREHENSIONS, style="reading")
    return {
        "comprehensions": [first[0], second[0], third[0]],
        "dictionaries": [first[1], second[1], second[2]],
        "reading": reading,
    }


def _run(*arguments: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("pregenerate_popular", *arguments, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _jobs() -> int:
    return ProcrastinateJob.objects.filter(task_name__endswith="generate_lesson").count()


def test_a_dry_run_lists_the_popular_topics_by_learner_count_and_queues_nothing() -> None:
    _popular()

    out, err = _run("--dry-run")

    lines = out.splitlines()
    assert lines[0] == "would queue 3 topics (learners, lessons, topic):"
    assert lines[1].split()[:2] == ["3", "3"]
    assert lines[1].endswith("Python list comprehensions (hands_on, beginner, en)")
    listed = sorted([*line.split(None, 2)[:2], line.lower()] for line in lines[2:4])
    assert [row[:2] for row in listed] == [["2", "2"], ["2", "3"]]
    assert "python list comprehensions (reading, beginner, en)" in listed[0][2]
    assert "python dictionaries (hands_on, beginner, en)" in listed[1][2]
    assert "decorators" not in out  # one learner: generated when that learner asks
    assert lines[4] == (
        "not queued: 0 topics with stored content to reuse, 1 with fewer learners than "
        "--min-learners, 0 beyond --limit; 9 lessons without content read"
    )
    assert err == ""
    assert not GenerationRequest.objects.exists()
    assert _jobs() == 0


def test_the_limit_keeps_the_most_popular_and_min_learners_lets_single_ones_in() -> None:
    _popular()

    out, _ = _run("--dry-run", "--limit", "1")
    assert "would queue 1 topics" in out
    assert "comprehensions (hands_on" in out.lower()
    assert "2 beyond --limit" in out

    out, _ = _run("--dry-run", "--min-learners", "1")
    assert "would queue 4 topics" in out
    assert "Python decorators (hands_on, beginner, en)" in out


def test_running_queues_each_topic_once_and_a_second_run_queues_nothing_new() -> None:
    topics = _popular()

    out, _ = _run("--limit", "2")

    assert out.splitlines()[-2:] == [
        "queued 2, already queued 0, skipped 0",
        "not queued: 0 topics with stored content to reuse, 1 with fewer learners than "
        "--min-learners, 1 beyond --limit; 9 lessons without content read",
    ]
    requests = list(GenerationRequest.objects.select_related("lesson"))
    assert len(requests) == 2
    assert {r.requested_by_id for r in requests} == {None}  # no learner asked
    assert {r.lesson.generation_status for r in requests} == {"queued"}
    carriers = {r.lesson_id for r in requests}
    assert len(carriers & {lesson.id for lesson in topics["comprehensions"]}) == 1
    assert _jobs() == 2

    out, _ = _run("--limit", "2")

    assert "queued 0, already queued 2, skipped 0" in out
    assert out.count("already_queued  ") == 2
    assert GenerationRequest.objects.count() == 2
    assert _jobs() == 2


def test_a_topic_already_queued_by_its_learner_is_left_as_it_is() -> None:
    topics = _popular()
    lesson = topics["dictionaries"][0]
    lesson_generation_request(user=lesson.module.roadmap.owner, lesson_id=lesson.id)

    out, _ = _run("--dry-run")
    assert "dictionaries (hands_on, beginner, en)  [already queued]" in out.lower()

    out, _ = _run()

    assert "queued 2, already queued 1, skipped 0" in out
    assert GenerationRequest.objects.filter(lesson__in=topics["dictionaries"]).count() == 1
    assert _jobs() == 3


def test_once_generated_the_topic_is_left_out_and_its_other_learners_reuse_it() -> None:
    topics = _popular()
    _run("--limit", "1")
    request = GenerationRequest.objects.get()

    assert process_request(request.id) == "generated"

    out, _ = _run("--dry-run")
    assert "comprehensions (hands_on" not in out.lower()
    assert "1 topics with stored content to reuse" in out
    other = next(lesson for lesson in topics["comprehensions"] if lesson.id != request.lesson_id)
    lesson_generation_request(user=other.module.roadmap.owner, lesson_id=other.id)
    asked = GenerationRequest.objects.get(lesson=other)
    assert process_request(asked.id) == "reused"
    other.refresh_from_db()
    request.refresh_from_db()
    assert other.content_id == request.content_id


def test_waiting_without_a_worker_times_out_with_the_bar_at_zero() -> None:
    _popular()
    err = Terminal()

    with pytest.raises(CommandError, match=r"timed out after 0\.3 s with 1 generations unfinished"):
        call_command(
            "pregenerate_popular",
            "--limit=1",
            "--wait",
            "--timeout=0.3",
            "--poll=0.1",
            stdout=io.StringIO(),
            stderr=err,
        )

    assert "generations:   0%" in err.getvalue()
    assert "0/1" in err.getvalue()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--limit", "0"], "--limit must be between 1 and 500, not 0"),
        (["--limit", "501"], "--limit must be between 1 and 500, not 501"),
        (["--min-learners", "0"], "--min-learners must be at least 1, not 0"),
        (["--wait", "--timeout", "0"], "--timeout must be above 0"),
        (["--dry-run", "--wait"], "--dry-run queues nothing to wait for"),
    ],
)
def test_bad_options_are_refused_before_anything_is_queued(
    arguments: list[str], message: str
) -> None:
    _popular()

    with pytest.raises(CommandError, match=message):
        _run(*arguments)

    assert not GenerationRequest.objects.exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(180)
def test_waiting_follows_a_real_worker_to_the_end(start_worker: Callable[..., Any]) -> None:
    _popular()
    start_worker()
    out, err = io.StringIO(), Terminal()

    call_command(
        "pregenerate_popular",
        "--limit=2",
        "--wait",
        "--timeout=90",
        "--poll=0.2",
        stdout=out,
        stderr=err,
    )

    assert "queued 2, already queued 0, skipped 0" in out.getvalue()
    assert out.getvalue().endswith("finished 2 of 2: 2 succeeded, 0 failed\n")
    assert "generations: 100%" in err.getvalue()
    assert "2/2" in err.getvalue()
    assert Lesson.objects.filter(content__isnull=False).count() == 2
