"""Spaced repetition: SM-2 (Wozniak, 1987) with its first intervals tuned to reviews on about
day 2, day 7 and day 30. Pure functions over a card's state; the clock is a parameter, so tests
simulate days by passing later times.

A learner's answer is a grade from 0 to 5 (SM-2's "quality"); multiple-choice reviews give
only right or wrong, mapped to 4 ("correct after some thought", which leaves the ease as it is)
and 1 ("wrong, the answer recognised once shown"). Each grade moves the ease factor by SM-2's
formula, never below 1.3. A right answer moves the card one rung up the ladder below (then
multiplies the last interval by the ease); a wrong one sends it back to relearning: due at
once, repetitions 0, and the next right answer starts the ladder again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

MIN_EASE = 1.3
START_EASE = 2.5
# Days until the next review after the 1st, 2nd and 3rd right answers in a row: a right quiz
# answer on day 0 brings the question back on day 2, then day 7, then day 30. SM-2's own first
# intervals (1 and 6 days) are constants too; the third here scales with the card's ease, so a
# question that was often missed comes back sooner.
LADDER = (2, 5, 23)
MAX_INTERVAL_DAYS = 365
CORRECT_GRADE = 4
WRONG_GRADE = 1
PASSING_GRADE = 3


@dataclass(frozen=True)
class CardState:
    ease: float = START_EASE
    interval_days: int = 0  # 0 while (re)learning
    repetitions: int = 0  # right answers in a row
    lapses: int = 0  # times a learnt card (repetitions > 0) was answered wrong
    due_at: datetime | None = None
    last_reviewed_at: datetime | None = None


def grade_for(*, correct: bool) -> int:
    return CORRECT_GRADE if correct else WRONG_GRADE


def next_ease(ease: float, grade: int) -> float:
    """SM-2: EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), at least 1.3 (rounded to
    hundredths, as stored)."""
    miss = 5 - grade
    return round(max(MIN_EASE, ease + 0.1 - miss * (0.08 + miss * 0.02)), 2)


def _interval(repetitions: int, previous_days: int, ease: float) -> int:
    if repetitions <= 2:
        return LADDER[repetitions - 1]
    days = round(LADDER[2] * ease / START_EASE) if repetitions == 3 else round(previous_days * ease)
    return min(MAX_INTERVAL_DAYS, max(previous_days + 1, days))


def review(state: CardState, *, grade: int, now: datetime) -> CardState:
    """The card's state after an answer graded ``grade`` (0..5) at ``now``. The next review is
    counted from ``now``, whether or not the card was due: answering early reschedules."""
    if not 0 <= grade <= 5:
        raise ValueError(f"a grade is 0 to 5, not {grade}")
    ease = next_ease(state.ease, grade)
    if grade < PASSING_GRADE:
        return CardState(
            ease=ease,
            interval_days=0,
            repetitions=0,
            lapses=state.lapses + (1 if state.repetitions > 0 else 0),
            due_at=now,
            last_reviewed_at=now,
        )
    repetitions = state.repetitions + 1
    days = _interval(repetitions, state.interval_days, ease)
    return CardState(
        ease=ease,
        interval_days=days,
        repetitions=repetitions,
        lapses=state.lapses,
        due_at=now + timedelta(days=days),
        last_reviewed_at=now,
    )


def first_answer(*, correct: bool, now: datetime) -> CardState:
    """A new card, scheduled by the quiz answer that created it (its first review): right, due
    in two days; wrong, due now (relearn it today)."""
    return review(CardState(), grade=grade_for(correct=correct), now=now)
