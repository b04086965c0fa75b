"""Submitting a quiz: scored on the server against the lesson's current content, every attempt
kept, the progress showing the latest score; a refusal stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import IntegrityError, transaction

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.choices import ProgressStatus
from skillsync.learning.models import LessonProgress, QuizAttempt
from skillsync.learning.quiz import QuestionResult
from skillsync.learning.services import lesson_mark_complete, quiz_submit
from tests.factories import LessonContentFactory
from tests.learning.support import QUIZ, RIGHT, first_lesson, holding, quiz_content


def test_all_right_scores_100_and_keeps_the_attempt(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    submission = quiz_submit(user=user, lesson_id=str(lesson.id), answers=RIGHT)

    assert (submission.result.score, submission.result.correct_count) == (100, 3)
    attempt = QuizAttempt.objects.get()
    assert (attempt.user_id, attempt.lesson_id, attempt.content_id) == (
        user.pk,
        lesson.pk,
        lesson.content_id,
    )
    assert (attempt.answers, attempt.correct_count, attempt.total, attempt.score) == (
        RIGHT,
        3,
        3,
        100,
    )
    progress = LessonProgress.objects.get(user=user, lesson=lesson)
    assert (progress.status, progress.quiz_score) == (ProgressStatus.IN_PROGRESS, 100)
    assert progress.started_at is not None


def test_partly_right_is_a_rounded_percentage_with_each_question_explained(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    result = quiz_submit(user=user, lesson_id=lesson.id, answers=[1, 1, 0]).result

    assert (result.score, result.correct_count, result.total) == (33, 1, 3)
    assert result.questions == (
        QuestionResult(1, 1, True, "Python defines functions with def."),
        QuestionResult(1, 0, False, "Lists can be changed in place."),
        QuestionResult(0, 3, False, "It counts the four items."),
    )
    two_right = quiz_submit(user=user, lesson_id=lesson.id, answers=[1, 0, 0]).result
    assert two_right.score == 67


def test_a_half_percent_rounds_up(user: User, onboard: Callable[..., Any]) -> None:
    question = {"question": "?", "options": ["a", "b"], "answer": "a", "explanation": "a."}
    lesson = holding(first_lesson(user, onboard), quiz_content({"questions": [question] * 8}))

    result = quiz_submit(user=user, lesson_id=lesson.id, answers=[0] * 5 + [1] * 3).result

    assert result.score == 63  # 62.5, where Python's round() would say 62


def test_every_attempt_is_kept_and_the_progress_shows_the_latest(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])

    scores = list(QuizAttempt.objects.order_by("created_at").values_list("score", flat=True))
    assert scores == [100, 0]
    assert LessonProgress.objects.get(user=user, lesson=lesson).quiz_score == 0


def test_a_completed_lesson_stays_completed_with_its_new_score(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    completed = lesson_mark_complete(user=user, lesson_id=lesson.id)

    quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)

    progress = LessonProgress.objects.get(user=user, lesson=lesson)
    assert (progress.status, progress.quiz_score) == (ProgressStatus.COMPLETED, 100)
    assert progress.completed_at == completed.completed_at


def test_the_quiz_of_the_current_content_is_the_one_scored(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    rewritten = {"questions": [{**QUIZ["questions"][0], "answer": "fn"}]}
    holding(lesson, quiz_content(rewritten))

    submission = quiz_submit(user=user, lesson_id=lesson.id, answers=[2])

    assert submission.result.score == 100
    assert submission.attempt.content_id == lesson.content_id


@pytest.mark.parametrize(
    "answers",
    [[], [1, 0], [1, 0, 3, 0], [1, 0, 4], [3, 0, 3], [1, 2, 3], [-1, 0, 3], [1, 0, -4]],
    ids=["none", "too-few", "too-many", "past-last", "past-first", "past-two", "neg", "neg-4"],
)
def test_answers_that_do_not_fit_the_quiz_are_refused_and_nothing_is_stored(
    user: User, onboard: Callable[..., Any], answers: list[int]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    with pytest.raises(SkillSyncError) as caught:
        quiz_submit(user=user, lesson_id=lesson.id, answers=answers)

    assert caught.value.extensions == {"code": "INVALID_INPUT", "field": "answers"}
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()


def test_a_lesson_without_content_has_no_quiz_yet(user: User, onboard: Callable[..., Any]) -> None:
    lesson = first_lesson(user, onboard)

    with pytest.raises(SkillSyncError) as caught:
        quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)

    assert caught.value.code == ErrorCode.LESSON_NOT_GENERATED
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize(
    "content",
    [
        {"title": "No quiz"},
        {"quiz": {"questions": []}},
        {"quiz": {"questions": [{**QUIZ["questions"][0], "answer": "lambda"}]}},
        {"quiz": {"questions": [QUIZ["questions"][0], "not a question"]}},
        {"quiz": "ask me"},
    ],
    ids=["missing", "empty", "answer-not-an-option", "unreadable-question", "not-a-quiz"],
)
def test_content_without_a_usable_quiz_is_refused_and_nothing_is_stored(
    user: User, onboard: Callable[..., Any], content: dict[str, Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), LessonContentFactory.create(content=content))

    with pytest.raises(SkillSyncError) as caught:
        quiz_submit(user=user, lesson_id=lesson.id, answers=[1])

    assert caught.value.code == ErrorCode.QUIZ_UNAVAILABLE
    assert not QuizAttempt.objects.exists()


def test_another_learners_lesson_is_not_found_and_nothing_is_stored(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    with pytest.raises(SkillSyncError) as caught:
        quiz_submit(user=other_user, lesson_id=lesson.id, answers=RIGHT)

    assert caught.value.code == ErrorCode.NOT_FOUND
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize(
    "values",
    [
        {"score": 101},
        {"total": 0, "correct_count": 0},
        {"correct_count": 4},
        {"answers": {"0": 1}},
    ],
    ids=["score-over-100", "no-questions", "more-right-than-asked", "answers-not-a-list"],
)
def test_the_database_refuses_an_impossible_attempt(
    user: User, onboard: Callable[..., Any], values: dict[str, Any]
) -> None:
    lesson = first_lesson(user, onboard)
    row = {"answers": RIGHT, "correct_count": 3, "total": 3, "score": 100, **values}

    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(user=user, lesson=lesson, **row)
