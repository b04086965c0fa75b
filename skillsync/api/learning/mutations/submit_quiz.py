from __future__ import annotations

import uuid
from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.accounts.models import User
from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.api.permissions import IsAuthenticated
from skillsync.api.throttle import throttle_expensive
from skillsync.learning.selectors import access_lesson
from skillsync.learning.services import QuizSubmission, quiz_submit


@strawberry.type
class QuizQuestionResult:
    """One question as answered (indexes into the question's ``options``)."""

    chosen: int
    correct_index: int = strawberry.field(description="The index of the right option.")
    correct: bool
    explanation: str


def _lesson(root: QuizResult, info: Info[Any, Any]) -> LessonType:
    """Loaded here, under this field's own selection, so the optimizer sees what it needs."""
    found = access_lesson(user=root._user, lesson_id=root._lesson_id, refine=loader(info))
    return cast(LessonType, found)


@strawberry.type
class QuizResult:
    """A scored quiz submission."""

    lesson: LessonType = strawberry.field(
        resolver=_lesson, description="The lesson, its progress holding this score."
    )
    score: int = strawberry.field(description="Percentage of right answers, 0 to 100.")
    correct_count: int
    total: int
    questions: list[QuizQuestionResult]
    _user: strawberry.Private[User]
    _lesson_id: strawberry.Private[uuid.UUID]

    @classmethod
    def of(cls, submission: QuizSubmission, user: User) -> QuizResult:
        result = submission.result
        return cls(
            _user=user,
            _lesson_id=submission.attempt.lesson_id,
            score=result.score,
            correct_count=result.correct_count,
            total=result.total,
            questions=[
                QuizQuestionResult(
                    chosen=q.chosen,
                    correct_index=q.correct_index,
                    correct=q.correct,
                    explanation=q.explanation,
                )
                for q in result.questions
            ],
        )


def submit_quiz(
    info: Info[Any, Any],
    lesson_id: strawberry.ID,
    answers: list[int],
    content_id: strawberry.ID | None = None,
) -> QuizResult:
    """Score the viewer's answers to the quiz of the lesson's current content (``answers[i]``
    is the index of the option chosen for question i) and keep the attempt."""
    user = viewer(info)
    submission = quiz_submit(
        user=user,
        lesson_id=lesson_id,
        answers=answers,
        content_id=content_id,
        # Counted only once valid: no content, no quiz or answers that do not fit are free.
        admit=lambda: throttle_expensive(user=user, action="quiz"),
    )
    return QuizResult.of(submission, user)


field = strawberry.mutation(
    resolver=submit_quiz,
    permission_classes=[IsAuthenticated],
    description="Score the viewer's answers to the lesson's quiz (`answers[i]`: the index of the "
    "option chosen for question i, one per question) and keep the attempt. `contentId`: the "
    "version answered (CONTENT_CHANGED when the lesson shows another one now).",
)
