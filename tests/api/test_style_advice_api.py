"""styleAdvice over GraphQL: the viewer's record per style and a suggestion when it is clear."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson
from skillsync.learning.services import lesson_mark_complete, quiz_submit
from tests.conftest import GraphQL, error_of
from tests.factories import LessonContentFactory
from tests.learning.support import QUIZ, RIGHT

ADVICE = """query { styleAdvice { suggestedStyle reason insights {
  style lessonsStarted lessonsCompleted completionRate quizzes meanQuizScore } } }"""


def _studied(
    user: User, onboard: Callable[..., Any], style: str, answers: list[int], n: int
) -> None:
    for index in range(n):
        roadmap = onboard(user, goal=f"Learn Python {style} {index}")
        lesson = Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position").first()
        assert lesson is not None
        lesson.content = LessonContentFactory.create(
            learning_style=style, content={"title": "t", "summary": "s", "quiz": QUIZ}
        )
        lesson.save(update_fields=["content"])
        quiz_submit(user=user, lesson_id=lesson.id, answers=answers)
        if answers == RIGHT:
            lesson_mark_complete(user=user, lesson_id=lesson.id)


def test_style_advice_suggests_a_style_when_the_record_is_clear(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    assert as_user(ADVICE)["data"]["styleAdvice"]["suggestedStyle"] is None
    _studied(user, onboard, "reading", RIGHT, 3)
    _studied(user, onboard, "hands_on", [1, 1, 3], 3)  # two of three right: 67

    advice = as_user(ADVICE)["data"]["styleAdvice"]

    assert advice["suggestedStyle"] == "READING"
    assert advice["reason"] == (
        "Your quiz scores are 33 points higher in reading lessons (3 quizzes) than in hands-on "
        "lessons (3)."
    )
    assert advice["insights"] == [
        {
            "style": "HANDS_ON",
            "lessonsStarted": 3,
            "lessonsCompleted": 0,
            "completionRate": 0.0,
            "quizzes": 3,
            "meanQuizScore": 67.0,
        },
        {
            "style": "VIDEO",
            "lessonsStarted": 0,
            "lessonsCompleted": 0,
            "completionRate": None,
            "quizzes": 0,
            "meanQuizScore": None,
        },
        {
            "style": "READING",
            "lessonsStarted": 3,
            "lessonsCompleted": 3,
            "completionRate": 100.0,
            "quizzes": 3,
            "meanQuizScore": 100.0,
        },
        {
            "style": "MIXED",
            "lessonsStarted": 0,
            "lessonsCompleted": 0,
            "completionRate": None,
            "quizzes": 0,
            "meanQuizScore": None,
        },
    ]


def test_style_advice_needs_a_signed_in_viewer(gql: GraphQL) -> None:
    assert error_of(gql(ADVICE))["extensions"]["code"] == "UNAUTHENTICATED"
