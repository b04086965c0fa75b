"""Read-only entry points of curation."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from skillsync.api.community.types import CurationProfileType, ReviewItem, ReviewQueueConnection
from skillsync.api.context import viewer
from skillsync.api.enums import QueueFilter
from skillsync.api.permissions import IsAuthenticated
from skillsync.community.queue import review_entry, review_queue
from skillsync.community.selectors import curator_of


@strawberry.type
class CommunityQuery:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The viewer's curation tier, reputation and what they may do.",
    )
    def curation_profile(self, info: Info[Any, Any]) -> CurationProfileType:
        return CurationProfileType.of(curator_of(viewer(info)))

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Contributors and above: shared lessons awaiting review (pending or "
        "flagged), the most used first (`first` at most 50, `after` an item's cursor).",
    )
    def review_queue(
        self,
        info: Info[Any, Any],
        first: int = 20,
        after: str | None = None,
        queue_filter: Annotated[QueueFilter, strawberry.argument(name="filter")] = QueueFilter.ALL,
    ) -> ReviewQueueConnection:
        page = review_queue(
            viewer=viewer(info), first=first, after=after, queue_filter=queue_filter.value
        )
        return ReviewQueueConnection.of(page)

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Contributors and above: any shared lesson as curators see it.",
    )
    def review_item(self, info: Info[Any, Any], content_id: strawberry.ID) -> ReviewItem:
        return ReviewItem(_entry=review_entry(viewer=viewer(info), content_id=content_id))
