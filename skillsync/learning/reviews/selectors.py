"""Reads of review cards: the learner's due queue, and one card by id for its owner."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, F, Func, IntegerField, JSONField, Min, Q, QuerySet, TextField
from django.db.models.functions import Cast

from skillsync.accounts.models import User
from skillsync.core.errors import NotFoundError
from skillsync.core.ids import parse_id
from skillsync.learning.reviews.models import ReviewCard, question_key
from skillsync.learning.selectors import MAX_PAGE_SIZE


def _stored_question() -> Func:
    """The question at the card's index in its content's stored quiz (jsonb; NULL when there
    is none)."""
    return Func(
        F("content__content"),
        Cast("question_index", IntegerField()),
        template="(%(expressions)s)",
        arg_joiner=" -> 'quiz' -> 'questions' -> ",
        output_field=JSONField(),
    )


def _stored_question_key() -> Func:
    """``question_key`` of that question, as PostgreSQL computes it."""
    text, answer = (
        Func(
            _stored_question(), template=f"(%(expressions)s ->> '{key}')", output_field=TextField()
        )
        for key in ("question", "answer")
    )
    return Func(
        text,
        answer,
        template="encode(sha256(convert_to(%(expressions)s, 'UTF8')), 'hex')",
        arg_joiner=" || chr(31) || ",
        output_field=TextField(),
    )


def live_cards(*, user: User) -> QuerySet[ReviewCard]:
    """The user's cards that can be asked: the lesson still shows the card's content, the
    question at its index is unchanged, and the lesson is not removed from the roadmap."""
    return (
        ReviewCard.objects.filter(
            user=user,
            lesson__content_id=F("content_id"),
            lesson__removed_at__isnull=True,
            lesson__module__removed_at__isnull=True,
        )
        .alias(stored_key=_stored_question_key())
        .filter(stored_key=F("question_key"))
    )


def card_is_live(card: ReviewCard) -> bool:
    """The same test as ``live_cards`` for a card loaded with its lesson and content."""
    lesson = card.lesson
    if lesson.content_id != card.content_id or lesson.removed_at is not None:
        return False
    if lesson.module.removed_at is not None:
        return False
    return current_question_key(card.content.content, card.question_index) == card.question_key


def current_question_key(content: Any, index: int) -> str | None:
    quiz = content.get("quiz") if isinstance(content, Mapping) else None
    questions = quiz.get("questions") if isinstance(quiz, Mapping) else None
    if not isinstance(questions, list) or not 0 <= index < len(questions):
        return None
    raw = questions[index]
    if not isinstance(raw, Mapping):
        return None
    text, answer = raw.get("question"), raw.get("answer")
    if not isinstance(text, str) or not isinstance(answer, str):
        return None
    return question_key(question=text, answer=answer)


@dataclass(frozen=True)
class DueQueue:
    total_due: int
    cards: Sequence[ReviewCard]
    next_due_at: datetime | None  # the earliest live card not yet due


def due_reviews(*, user: User, now: datetime, first: int = 10) -> DueQueue:
    """The user's live cards due at ``now``, most overdue first, ``first`` of them (1 to 50),
    each with ``stored_question`` (its question's stored JSON) and ``lesson_title``. Two
    queries."""
    first = max(1, min(first, MAX_PAGE_SIZE))
    live = live_cards(user=user)
    summary = live.aggregate(
        total=Count("id", filter=Q(due_at__lte=now)),
        next_due_at=Min("due_at", filter=Q(due_at__gt=now)),
    )
    # The question alone, not the whole lesson document of each card; a quiz's questions due
    # together come in their order.
    cards = list(
        live.filter(due_at__lte=now)
        .annotate(stored_question=_stored_question(), lesson_title=F("lesson__title"))
        .order_by("due_at", "content_id", "question_index")[:first]
    )
    return DueQueue(total_due=summary["total"], cards=cards, next_due_at=summary["next_due_at"])


def access_review_card(
    *, user: User, card_id: str | uuid.UUID, for_update: bool = False
) -> ReviewCard:
    """One of the user's cards with its lesson (and module) and content; NOT_FOUND for a
    missing id and another learner's card alike. ``for_update`` locks the card's row."""
    pk = parse_id(card_id)
    cards = ReviewCard.objects.filter(pk=pk, user=user).select_related("lesson__module", "content")
    if for_update:
        cards = cards.select_for_update(of=("self",))
    card = cards.first()
    if card is None:
        raise NotFoundError("review card")
    return card


@dataclass(frozen=True)
class CardPrompt:
    """What a learner is shown of a card before answering: never the answer."""

    question: str
    options: list[str]


def card_prompt(card: ReviewCard) -> CardPrompt:
    """The card's question and options, from ``stored_question`` when ``due_reviews`` loaded
    it, or else from its content."""
    raw = getattr(card, "stored_question", None)
    if raw is None:
        quiz = card.content.content.get("quiz") if isinstance(card.content.content, dict) else {}
        questions = quiz.get("questions") if isinstance(quiz, dict) else []
        index = card.question_index
        raw = questions[index] if isinstance(questions, list) and index < len(questions) else {}
    raw = raw if isinstance(raw, Mapping) else {}
    options = raw.get("options")
    return CardPrompt(
        question=str(raw.get("question") or ""),
        options=[str(o) for o in options] if isinstance(options, list) else [],
    )
