from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.community.types import ReviewItem
from skillsync.api.context import viewer
from skillsync.api.enums import ReviewDecision
from skillsync.api.permissions import IsAuthenticated
from skillsync.community.queue import review_entry
from skillsync.community.reviews import content_review_create


def mentor_review_lesson(
    info: Info[Any, Any],
    content_id: strawberry.ID,
    decision: ReviewDecision,
    comments: str,
    requested_changes: str | None = None,
) -> ReviewItem:
    user = viewer(info)
    content_review_create(
        reviewer=user,
        content_id=content_id,
        decision=decision.value,
        comments=comments,
        requested_changes=requested_changes,
    )
    return ReviewItem(_entry=review_entry(viewer=user, content_id=content_id))


field = strawberry.mutation(
    resolver=mentor_review_lesson,
    permission_classes=[IsAuthenticated],
    description="Review a shared lesson. Contributors advise; mentors decide (APPROVE, "
    "REJECT, REQUEST_CHANGES with `requestedChanges`, which steer its replacement); senior "
    "mentors also VERIFY and change decided lessons. Comments are required for a decision.",
)
