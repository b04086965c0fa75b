"""Lessons to open, answer and vote on: a learner's first planned lesson, with a quiz whose
right answers are known."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson, LessonContent
from tests.factories import LessonContentFactory

# Right answers: 1, 0, 3.
QUIZ = {
    "questions": [
        {
            "question": "Which keyword defines a function?",
            "options": ["func", "def", "fn"],
            "answer": "def",
            "explanation": "Python defines functions with def.",
        },
        {
            "question": "Is a list mutable?",
            "options": ["yes", "no"],
            "answer": "yes",
            "explanation": "Lists can be changed in place.",
        },
        {
            "question": "What does len([1, 2, 3, 4]) return?",
            "options": ["1", "2", "3", "4"],
            "answer": "4",
            "explanation": "It counts the four items.",
        },
    ]
}
RIGHT = [1, 0, 3]


def quiz_content(quiz: dict[str, Any] | None = None) -> LessonContent:
    return LessonContentFactory.create(
        content={"title": "Functions", "summary": "s", "quiz": QUIZ if quiz is None else quiz}
    )


def first_lesson(user: User, onboard: Callable[..., Any]) -> Lesson:
    roadmap = onboard(user)
    lesson = (
        Lesson.objects.filter(module__roadmap=roadmap)
        .order_by("module__position", "position")
        .select_related("module__roadmap")
        .first()
    )
    assert lesson is not None
    return lesson


def holding(lesson: Lesson, content: LessonContent) -> Lesson:
    """The lesson, now showing ``content``."""
    lesson.content = content
    lesson.save(update_fields=["content", "updated_at"])
    return lesson
