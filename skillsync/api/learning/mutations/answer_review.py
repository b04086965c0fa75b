from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.context import viewer
from skillsync.api.learning.reviews import ReviewCard
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.reviews.services import review_card_answer


@strawberry.type
class ReviewAnswer:
    card: ReviewCard = strawberry.field(description="The card, rescheduled.")
    correct: bool
    correct_index: int = strawberry.field(description="The index of the right option.")
    explanation: str


def answer_review(info: Info[Any, Any], card_id: strawberry.ID, answer: int) -> ReviewAnswer:
    outcome = review_card_answer(user=viewer(info), card_id=card_id, answer=answer)
    return ReviewAnswer(
        card=ReviewCard(_card=outcome.card),
        correct=outcome.correct,
        correct_index=outcome.correct_index,
        explanation=outcome.explanation,
    )


field = strawberry.mutation(
    resolver=answer_review,
    permission_classes=[IsAuthenticated],
    description="Answer one of the viewer's review cards (`answer`: the option's index) and "
    "reschedule it from now, due or not: right, further out; wrong, due again now. "
    "CONTENT_CHANGED for a retired card (its lesson shows another version).",
)
