"""Spaced-repetition reviews over GraphQL: the viewer's due cards, and the types
``answerReview`` returns."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from django.utils import timezone
from strawberry.types import Info

from skillsync.api.context import viewer
from skillsync.learning.reviews.models import ReviewCard as CardModel
from skillsync.learning.reviews.selectors import card_prompt, due_reviews


@strawberry.type(
    description="A quiz question to recall, from one of the viewer's lessons. Its answer "
    "comes back from `answerReview`."
)
class ReviewCard:
    _card: strawberry.Private[CardModel]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._card.pk))

    @strawberry.field
    def lesson_id(self) -> strawberry.ID:
        return strawberry.ID(str(self._card.lesson_id))

    @strawberry.field
    def lesson_title(self) -> str:
        title = getattr(self._card, "lesson_title", None)
        return str(title if title is not None else self._card.lesson.title)

    @strawberry.field
    def question(self) -> str:
        return card_prompt(self._card).question

    @strawberry.field
    def options(self) -> list[str]:
        return card_prompt(self._card).options

    @strawberry.field(description="When the card is (or was) due for review.")
    def due_at(self) -> datetime:
        return self._card.due_at

    @strawberry.field(description="Days between the last review and the next; 0 while relearning.")
    def interval_days(self) -> int:
        return self._card.interval_days

    @strawberry.field(description="Right answers in a row.")
    def repetitions(self) -> int:
        return self._card.repetitions


@strawberry.type
class DueReviews:
    total_due: int = strawberry.field(description="All the viewer's cards due now.")
    cards: list[ReviewCard] = strawberry.field(description="The first of them, most overdue first.")
    next_due_at: datetime | None = strawberry.field(
        description="When the next card not yet due becomes due (null if none)."
    )


@strawberry.type
class ReviewQuery:
    @strawberry.field(
        description="The viewer's review cards due now, most overdue first (`first` at most "
        "50). Cards whose lesson shows another version (or whose question changed) are "
        "retired and never listed."
    )
    def due_reviews(self, info: Info[Any, Any], first: int = 10) -> DueReviews:
        queue = due_reviews(user=viewer(info), now=timezone.now(), first=first)
        return DueReviews(
            total_due=queue.total_due,
            cards=[ReviewCard(_card=card) for card in queue.cards],
            next_due_at=queue.next_due_at,
        )
