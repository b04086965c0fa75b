"""Review cards: made by the first quiz submission of a content, left alone by later ones,
retired while their lesson shows another version (and back when it shows theirs again), and
refused answers that store nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from freezegun import freeze_time

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, InvalidInputError, NotFoundError, SkillSyncError
from skillsync.learning.models import Lesson, ReviewCard
from skillsync.learning.reviews.selectors import due_reviews
from skillsync.learning.reviews.services import review_card_answer
from skillsync.learning.services import quiz_submit
from tests.learning.support import QUIZ, RIGHT, first_lesson, holding, quiz_content

LATER = timedelta(days=3)


def _snapshot() -> list[tuple[Any, ...]]:
    return list(
        ReviewCard.objects.order_by("question_index").values_list(
            "question_index", "ease_factor", "interval_days", "repetitions", "lapses", "due_at"
        )
    )


def test_the_first_submission_makes_a_card_per_question_scheduled_by_its_answer(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    now = timezone.now()
    with freeze_time(now):
        quiz_submit(user=user, lesson_id=lesson.id, answers=[RIGHT[0], 1, RIGHT[2]])

    cards = list(ReviewCard.objects.order_by("question_index"))
    assert [(c.user_id, c.lesson_id, c.content_id) for c in cards] == [
        (user.pk, lesson.pk, lesson.content_id)
    ] * 3
    assert [(c.repetitions, c.interval_days, c.due_at - now) for c in cards] == [
        (1, 2, timedelta(days=2)),
        (0, 0, timedelta(0)),  # wrong: relearn it today
        (1, 2, timedelta(days=2)),
    ]
    assert [c.ease_factor for c in cards] == [2.5, 1.96, 2.5]
    assert len({c.question_key for c in cards}) == 3


def test_later_submissions_of_the_same_content_leave_the_cards_alone(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])  # all wrong
    wrong = ReviewCard.objects.get(question_index=0)
    review_card_answer(user=user, card_id=wrong.pk, answer=RIGHT[0])
    before = _snapshot()

    with freeze_time(timezone.now() + LATER):
        quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)

    assert _snapshot() == before
    assert ReviewCard.objects.count() == 3


def test_a_card_is_retired_while_its_lesson_shows_another_version(
    user: User, onboard: Callable[..., Any]
) -> None:
    first = quiz_content()
    lesson = holding(first_lesson(user, onboard), first)
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])
    card = ReviewCard.objects.get(question_index=0)
    before = _snapshot()
    holding(lesson, quiz_content())  # regenerated, switched style or replaced

    assert due_reviews(user=user, now=timezone.now()).total_due == 0
    with pytest.raises(SkillSyncError) as refused:
        review_card_answer(user=user, card_id=card.pk, answer=RIGHT[0])
    assert refused.value.code == ErrorCode.CONTENT_CHANGED
    assert _snapshot() == before
    # The new version's quiz makes its own cards; the old ones stay retired.
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])
    queue = due_reviews(user=user, now=timezone.now())
    assert {c.content_id for c in queue.cards} == {lesson.content_id}
    assert queue.total_due == 3
    # Back to the version they were made from: the old cards come back with their schedule.
    holding(lesson, first)
    assert {c.content_id for c in due_reviews(user=user, now=timezone.now()).cards} == {first.pk}


def test_a_question_changed_in_place_retires_its_card_until_the_next_submission(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])
    card = ReviewCard.objects.get(question_index=1)
    edited = {"questions": [dict(q) for q in QUIZ["questions"]]}
    edited["questions"][1]["question"] = "Is a tuple mutable?"
    edited["questions"][1]["answer"] = "no"
    content = lesson.content
    assert content is not None
    content.content = {**content.content, "quiz": edited}
    content.save(update_fields=["content"])

    assert sorted(c.question_index for c in due_reviews(user=user, now=timezone.now()).cards) == [
        0,
        2,
    ]
    with pytest.raises(SkillSyncError) as refused:
        review_card_answer(user=user, card_id=card.pk, answer=1)
    assert refused.value.code == ErrorCode.CONTENT_CHANGED

    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])  # "no" is right now

    card.refresh_from_db()
    assert (card.repetitions, card.interval_days) == (1, 2)
    assert due_reviews(user=user, now=timezone.now()).total_due == 2


def test_a_card_follows_the_lesson_its_content_was_last_quizzed_from(
    user: User, onboard: Callable[..., Any]
) -> None:
    shared = quiz_content()
    one = holding(first_lesson(user, onboard), shared)
    two = holding(first_lesson(user, onboard), shared)  # a second roadmap, same content
    quiz_submit(user=user, lesson_id=one.id, answers=[0, 1, 0])
    before = _snapshot()

    quiz_submit(user=user, lesson_id=two.id, answers=RIGHT)

    assert set(ReviewCard.objects.values_list("lesson_id", flat=True)) == {two.pk}
    assert _snapshot() == before
    holding(one, quiz_content())  # the first lesson moving on retires nothing
    assert due_reviews(user=user, now=timezone.now()).total_due == 3


def test_cards_of_a_removed_lesson_are_not_due(user: User, onboard: Callable[..., Any]) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])

    Lesson.objects.filter(pk=lesson.pk).update(removed_at=timezone.now())

    assert due_reviews(user=user, now=timezone.now()).total_due == 0


def test_refused_answers_store_nothing(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    quiz_submit(user=user, lesson_id=lesson.id, answers=[0, 1, 0])
    card = ReviewCard.objects.get(question_index=0)
    before = _snapshot()

    for answer in (-1, 3, 99):
        with pytest.raises(InvalidInputError) as invalid:
            review_card_answer(user=user, card_id=card.pk, answer=answer)
        assert invalid.value.field == "answer"
    with pytest.raises(NotFoundError):
        review_card_answer(user=other_user, card_id=card.pk, answer=RIGHT[0])

    assert _snapshot() == before


def test_the_database_keeps_the_schedule_sane(user: User, onboard: Callable[..., Any]) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    quiz_submit(user=user, lesson_id=lesson.id, answers=RIGHT)
    card = ReviewCard.objects.get(question_index=0)

    for change in (
        {"ease_factor": 1.29},
        {"repetitions": 0},  # relearning with an interval
        {"interval_days": 0},  # learnt without one
        {"due_at": card.last_reviewed_at - timedelta(seconds=1)},
        {"question_key": ""},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            ReviewCard.objects.filter(pk=card.pk).update(**change)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewCard.objects.create(
            user=user,
            lesson=lesson,
            content=card.content,
            question_index=0,
            question_key="x",
            due_at=card.due_at,
            last_reviewed_at=card.last_reviewed_at,
        )
