"""Style advice: the learner's own record per style (first quiz attempts, started and completed
lessons, by the style of the content studied), and a suggestion only when the evidence is
clear and points away from their current style."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson
from skillsync.learning.services import lesson_mark_complete, lesson_start, quiz_submit
from skillsync.learning.style_advice import StyleStats, advise, style_advice, style_stats
from tests.factories import LessonContentFactory
from tests.learning.support import QUIZ, RIGHT

ALL_WRONG = [0, 1, 0]


def stats(
    style: str, *, started: int, completed: int, quizzes: int, score: float | None
) -> StyleStats:
    return StyleStats(style, started, completed, quizzes, score)


def test_a_clear_score_gap_suggests_the_better_style() -> None:
    record = [
        stats("reading", started=5, completed=4, quizzes=5, score=86.0),
        stats("video", started=4, completed=3, quizzes=4, score=64.0),
    ]

    advice = advise(record, current_style="video")

    assert advice.suggested_style == "reading"
    assert advice.reason == (
        "Your quiz scores are 22 points higher in reading lessons (5 quizzes) than in video "
        "lessons (4)."
    )
    assert advice.insights == record


def test_a_clear_completion_gap_suggests_the_better_style() -> None:
    record = [
        stats("hands_on", started=6, completed=5, quizzes=3, score=70.0),
        stats("video", started=6, completed=2, quizzes=3, score=72.0),
    ]

    advice = advise(record, current_style="video")

    assert advice.suggested_style == "hands_on"
    assert advice.reason == (
        "You finish 50 points more of the hands-on lessons you start (5 of 6) than of video "
        "lessons (2 of 6)."
    )


@pytest.mark.parametrize(
    ("record", "current"),
    [
        # Not enough quizzes in the weaker style.
        (
            [
                stats("reading", started=5, completed=4, quizzes=5, score=90.0),
                stats("video", started=5, completed=4, quizzes=2, score=40.0),
            ],
            "video",
        ),
        # Not enough started lessons in the better style.
        (
            [
                stats("reading", started=2, completed=2, quizzes=5, score=90.0),
                stats("video", started=5, completed=4, quizzes=5, score=40.0),
            ],
            "video",
        ),
        # Gaps too small: 14 points of score, 19 of completion.
        (
            [
                stats("reading", started=20, completed=19, quizzes=5, score=80.0),
                stats("video", started=100, completed=76, quizzes=5, score=66.0),
            ],
            "video",
        ),
        # Better scores but clearly worse completion: mixed evidence.
        (
            [
                stats("reading", started=5, completed=1, quizzes=5, score=90.0),
                stats("video", started=5, completed=5, quizzes=5, score=60.0),
            ],
            "video",
        ),
        # The clear winner is the current style already.
        (
            [
                stats("reading", started=5, completed=4, quizzes=5, score=90.0),
                stats("video", started=5, completed=4, quizzes=5, score=60.0),
            ],
            "reading",
        ),
        # One style only.
        ([stats("reading", started=9, completed=9, quizzes=9, score=99.0)], "video"),
        # The best of three does not beat all the others clearly.
        (
            [
                stats("reading", started=5, completed=4, quizzes=5, score=90.0),
                stats("video", started=5, completed=4, quizzes=5, score=60.0),
                stats("mixed", started=5, completed=4, quizzes=5, score=80.0),
            ],
            "video",
        ),
    ],
)
def test_no_suggestion_unless_the_evidence_is_clear(record: list[StyleStats], current: str) -> None:
    advice = advise(record, current_style=current)

    assert (advice.suggested_style, advice.reason) == (None, None)


def test_the_reason_compares_with_the_current_style_when_it_can() -> None:
    record = [
        stats("reading", started=5, completed=4, quizzes=5, score=95.0),
        stats("video", started=5, completed=4, quizzes=5, score=60.0),
        stats("mixed", started=5, completed=4, quizzes=5, score=75.0),
    ]

    assert "than in video lessons" in str(advise(record, current_style="video").reason)
    assert "than in mixed lessons" in str(advise(record, current_style="hands_on").reason)


def _lesson_in(user: User, onboard: Callable[..., Any], style: str) -> Lesson:
    roadmap = onboard(user, goal=f"Learn Python in {style} {Lesson.objects.count()}")
    lesson = Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position").first()
    assert lesson is not None
    lesson.content = LessonContentFactory.create(
        learning_style=style, content={"title": "t", "summary": "s", "quiz": QUIZ}
    )
    lesson.save(update_fields=["content"])
    return lesson


def test_the_record_counts_first_attempts_and_lessons_by_the_content_style(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    for _ in range(3):
        lesson = _lesson_in(user, onboard, "reading")
        quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)
        lesson_mark_complete(user=user, lesson_id=lesson.id)
    for _ in range(3):
        lesson = _lesson_in(user, onboard, "video")
        quiz_submit(user=user, lesson_id=lesson.id, answers=ALL_WRONG)
        quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)  # a retake counts once
    lesson_start(user=user, lesson_id=_lesson_in(user, onboard, "video").id)
    _lesson_in(user, onboard, "mixed")  # never opened
    theirs = _lesson_in(other_user, onboard, "mixed")
    quiz_submit(user=other_user, lesson_id=theirs.id, answers=RIGHT)

    with CaptureQueriesContext(connection) as queries:
        record, current = style_stats(user=user)

    assert len(queries.captured_queries) == 2
    assert current == "hands_on"  # the profile's style (onboarding's default in the tests)
    assert [(s.style, s.lessons_started, s.lessons_completed, s.quizzes) for s in record] == [
        ("hands_on", 0, 0, 0),
        ("video", 4, 0, 3),
        ("reading", 3, 3, 3),
        ("mixed", 0, 0, 0),
    ]
    by_style = {s.style: s for s in record}
    assert (by_style["reading"].mean_quiz_score, by_style["video"].mean_quiz_score) == (100.0, 0.0)
    assert (by_style["reading"].completion_rate, by_style["video"].completion_rate) == (100.0, 0.0)
    assert by_style["mixed"].completion_rate is None
    assert by_style["mixed"].mean_quiz_score is None
    advice = style_advice(user=user)
    assert advice.suggested_style == "reading"
    assert advice.reason == (
        "Your quiz scores are 100 points higher in reading lessons (3 quizzes) than in video "
        "lessons (3)."
    )


def test_a_learner_with_no_record_gets_every_style_and_no_suggestion(user: User) -> None:
    advice = style_advice(user=user)

    assert [s.style for s in advice.insights] == ["hands_on", "video", "reading", "mixed"]
    assert all(s.lessons_started == 0 and s.quizzes == 0 for s in advice.insights)
    assert advice.suggested_style is None
