"""Writes of review cards: a quiz submission makes them, each review answer moves them on.

The first submission of a content's quiz makes one card per question, scheduled by that answer
(right: due in two days; wrong: due now). Later submissions of the same content leave the
cards as they are: by then the learner has seen the right answers, so a retake says little
about what they remember; the reviews move the schedule. A card whose question changed under
the same index (content edited in place) starts afresh from the new answer.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError
from skillsync.learning import spaced
from skillsync.learning.models import Lesson
from skillsync.learning.quiz import QuizQuestion, QuizScore, quiz_questions
from skillsync.learning.reviews.models import ReviewCard
from skillsync.learning.reviews.selectors import (
    access_review_card,
    card_is_live,
    current_question_key,
)


def _state(card: ReviewCard) -> spaced.CardState:
    return spaced.CardState(
        ease=card.ease_factor,
        interval_days=card.interval_days,
        repetitions=card.repetitions,
        lapses=card.lapses,
        due_at=card.due_at,
        last_reviewed_at=card.last_reviewed_at,
    )


def _apply(card: ReviewCard, state: spaced.CardState) -> None:
    assert state.due_at is not None
    assert state.last_reviewed_at is not None
    card.ease_factor = state.ease
    card.interval_days = state.interval_days
    card.repetitions = state.repetitions
    card.lapses = state.lapses
    card.due_at = state.due_at
    card.last_reviewed_at = state.last_reviewed_at


_SCHEDULE = ["ease_factor", "interval_days", "repetitions", "lapses", "due_at", "last_reviewed_at"]


def review_cards_after_quiz(
    *, user: User, lesson: Lesson, result: QuizScore, now: datetime
) -> None:
    """Make the cards of the quiz just scored on ``lesson``'s content (``quiz_submit`` calls
    this in its transaction). Cards that already exist keep their schedule and follow this
    lesson (the content may be shown by another of the learner's lessons too)."""
    content = lesson.content
    assert content is not None
    existing = {
        card.question_index: card
        for card in ReviewCard.objects.select_for_update().filter(user=user, content=content)
    }
    new: list[ReviewCard] = []
    for index, answered in enumerate(result.questions):
        key = current_question_key(content.content, index)
        card = existing.get(index)
        if key is None or (card is not None and card.question_key == key):
            continue
        fresh = card or ReviewCard(user=user, content=content, question_index=index)
        fresh.lesson, fresh.question_key = lesson, key
        _apply(fresh, spaced.first_answer(correct=answered.correct, now=now))
        if card is None:
            new.append(fresh)
        else:  # the question changed under this index: a new card in all but its id
            fresh.save(update_fields=[*_SCHEDULE, "lesson", "question_key", "updated_at"])
    # Conflicts ignored: a first submission from another lesson showing the same content, at
    # the same moment, may have made them (the two lessons' roadmap locks do not serialise).
    ReviewCard.objects.bulk_create(new, ignore_conflicts=True)
    ReviewCard.objects.filter(user=user, content=content).exclude(lesson=lesson).update(
        lesson=lesson, updated_at=now
    )


@dataclass(frozen=True)
class ReviewOutcome:
    card: ReviewCard
    correct: bool
    correct_index: int
    explanation: str


def _question(card: ReviewCard) -> QuizQuestion:
    questions = card.content.content.get("quiz", {}).get("questions", [])
    raw: Any = questions[card.question_index]
    if not isinstance(raw, Mapping):  # card_is_live has checked it; kept for the type checker
        raise SkillSyncError(ErrorCode.QUIZ_UNAVAILABLE, "this question cannot be scored")
    return quiz_questions({"quiz": {"questions": [raw]}})[0]


@transaction.atomic
def review_card_answer(
    *, user: User, card_id: str | uuid.UUID, answer: int, now: datetime | None = None
) -> ReviewOutcome:
    """Score the learner's answer (an option index) to one of their cards and reschedule it
    from ``now`` (default: the current time), due or not. A card whose lesson shows another
    content by now, or whose question changed, is retired: CONTENT_CHANGED, nothing stored.
    An index that names no option: INVALID_INPUT on ``answer``, nothing stored."""
    card = access_review_card(user=user, card_id=card_id, for_update=True)
    if not card_is_live(card):
        raise SkillSyncError(
            ErrorCode.CONTENT_CHANGED,
            "this question's lesson shows another version now: the card is retired",
        )
    question = _question(card)
    if not 0 <= answer < question.option_count:
        raise InvalidInputError(
            "answer", f"the question has options 0 to {question.option_count - 1}"
        )
    correct = answer == question.correct_index
    when = now or timezone.now()
    _apply(card, spaced.review(_state(card), grade=spaced.grade_for(correct=correct), now=when))
    card.save(update_fields=[*_SCHEDULE, "updated_at"])
    return ReviewOutcome(
        card=card,
        correct=correct,
        correct_index=question.correct_index,
        explanation=question.explanation,
    )
