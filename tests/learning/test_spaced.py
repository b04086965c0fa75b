"""The review schedule over simulated days: SM-2 with reviews on about day 2, 7 and 30 for
answers that keep coming right, relearning after a wrong one, the ease never below 1.3. First
the pure schedule, then the same days through the quiz and the review service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from freezegun import freeze_time

from skillsync.accounts.models import User
from skillsync.learning import spaced
from skillsync.learning.models import ReviewCard
from skillsync.learning.reviews.selectors import due_reviews
from skillsync.learning.reviews.services import review_card_answer
from skillsync.learning.services import quiz_submit
from tests.learning.support import RIGHT, first_lesson, holding, quiz_content

DAY0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def day(n: float) -> datetime:
    return DAY0 + timedelta(days=n)


def _days_until_due(state: spaced.CardState) -> float:
    assert state.due_at is not None
    return (state.due_at - DAY0) / timedelta(days=1)


def test_right_answers_bring_a_question_back_on_days_2_7_and_30() -> None:
    state = spaced.first_answer(correct=True, now=day(0))
    due_days = [_days_until_due(state)]
    for _ in range(3):
        assert state.due_at is not None
        state = spaced.review(state, grade=spaced.CORRECT_GRADE, now=state.due_at)
        due_days.append(_days_until_due(state))

    assert due_days == [2, 7, 30, 88]  # then 58 days: the last interval times the ease (2.5)
    assert (state.repetitions, state.lapses, state.ease) == (4, 0, spaced.START_EASE)


def test_a_wrong_answer_relearns_at_once_and_lowers_the_ease() -> None:
    learnt = spaced.review(spaced.first_answer(correct=True, now=day(0)), grade=4, now=day(2))

    missed = spaced.review(learnt, grade=spaced.WRONG_GRADE, now=day(7))

    assert (missed.repetitions, missed.interval_days, missed.lapses) == (0, 0, 1)
    assert missed.due_at == day(7)  # due again now: relearn it today
    assert missed.ease == 1.96  # 2.5 - 0.54
    relearnt = spaced.review(missed, grade=4, now=day(7))
    assert (relearnt.repetitions, relearnt.due_at) == (1, day(9))  # the ladder starts again


def test_the_ease_never_falls_below_1_3() -> None:
    state = spaced.first_answer(correct=False, now=day(0))
    eases = [state.ease]
    for n in range(1, 5):
        state = spaced.review(state, grade=0, now=day(n))
        eases.append(state.ease)

    assert eases == [1.96, 1.3, 1.3, 1.3, 1.3]
    assert state.lapses == 0  # never learnt, so never lapsed


def test_a_low_ease_shortens_the_third_interval_and_later_ones_grow() -> None:
    state = spaced.CardState(ease=1.3)
    intervals = []
    for n in range(5):
        state = spaced.review(state, grade=4, now=day(n))
        intervals.append(state.interval_days)

    assert intervals == [2, 5, 12, 16, 21]  # 23 * 1.3 / 2.5, then x 1.3


def test_a_first_wrong_answer_is_due_now_and_answering_early_reschedules_from_now() -> None:
    wrong = spaced.first_answer(correct=False, now=day(0))
    assert (wrong.due_at, wrong.interval_days) == (day(0), 0)

    right = spaced.first_answer(correct=True, now=day(0))
    early = spaced.review(right, grade=4, now=day(1))  # due on day 2, answered on day 1

    assert early.due_at == day(6)


@pytest.mark.parametrize("grade", [-1, 6])
def test_a_grade_outside_0_to_5_is_a_bug(grade: int) -> None:
    with pytest.raises(ValueError, match="grade"):
        spaced.review(spaced.CardState(), grade=grade, now=day(0))


def _due(user: User, when: datetime) -> list[int]:
    return sorted(card.question_index for card in due_reviews(user=user, now=when).cards)


def test_the_schedule_over_simulated_days_through_the_quiz_and_reviews(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    with freeze_time(day(0)):
        quiz_submit(user=user, lesson_id=lesson.id, answers=[RIGHT[0], RIGHT[1], 0])

    # Day 0: the question answered wrong is due at once; the right ones on day 2.
    assert _due(user, day(0)) == [2]
    assert _due(user, day(1.9)) == [2]
    assert _due(user, day(2)) == [0, 1, 2]
    card = ReviewCard.objects.get(question_index=0)
    seen = []
    for when in (day(2), day(7), day(30)):
        assert card.pk in {c.pk for c in due_reviews(user=user, now=when).cards}
        outcome = review_card_answer(user=user, card_id=card.pk, answer=RIGHT[0], now=when)
        assert outcome.correct
        seen.append((outcome.card.due_at, outcome.card.repetitions))
        assert card.pk not in {c.pk for c in due_reviews(user=user, now=when).cards}

    assert seen == [(day(7), 2), (day(30), 3), (day(88), 4)]
    missed = review_card_answer(user=user, card_id=card.pk, answer=0, now=day(88))
    assert (missed.correct, missed.correct_index) == (False, RIGHT[0])
    card.refresh_from_db()
    assert (card.repetitions, card.interval_days, card.lapses, card.ease_factor) == (0, 0, 1, 1.96)
    assert card.due_at == day(88)
    assert 0 in _due(user, day(88))
