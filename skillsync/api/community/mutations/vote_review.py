from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.community.types import MentorReviewType
from skillsync.api.context import viewer
from skillsync.api.permissions import IsAuthenticated
from skillsync.community.reviews import review_vote_set


def vote_review(info: Info[Any, Any], review_id: strawberry.ID, value: int) -> MentorReviewType:
    review = review_vote_set(user=viewer(info), review_id=review_id, value=value)
    return cast(MentorReviewType, review)


field = strawberry.mutation(
    resolver=vote_review,
    permission_classes=[IsAuthenticated],
    description="Contributors and above: judge someone else's review, 1 helpful, -1 "
    "unhelpful, 0 withdraws; one vote per curator and review.",
)
