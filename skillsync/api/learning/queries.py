"""Read-only entry points of the learning domain."""

from __future__ import annotations

from typing import Any, cast

import strawberry
from django.db.models import prefetch_related_objects
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.exports import ExportQuery
from skillsync.api.learning.reviews import ReviewQuery
from skillsync.api.learning.style_advice import StyleAdviceQuery
from skillsync.api.learning.types import (
    Dashboard,
    LessonType,
    LessonVersionConnection,
    ModuleType,
    RoadmapType,
)
from skillsync.community.selectors import viewer_flags_prefetch, viewer_votes_prefetch
from skillsync.learning import selectors


@strawberry.type
class LearningQuery(ReviewQuery, ExportQuery, StyleAdviceQuery):
    @strawberry.field(description="The viewer's roadmaps with their progress, newest first.")
    def dashboard(self, info: Info[Any, Any], offset: int = 0, limit: int = 20) -> Dashboard:
        offset, limit = selectors.clamp_page(offset=offset, limit=limit)
        return Dashboard(offset=offset, limit=limit, _user=viewer(info))

    @strawberry.field
    def roadmap(self, info: Info[Any, Any], id: strawberry.ID) -> RoadmapType:
        found = selectors.access_roadmap(user=viewer(info), roadmap_id=id, refine=loader(info))
        return cast(RoadmapType, found)

    @strawberry.field
    def module(self, info: Info[Any, Any], id: strawberry.ID) -> ModuleType:
        found = selectors.access_module(user=viewer(info), module_id=id, refine=loader(info))
        return cast(ModuleType, found)

    @strawberry.field
    def lesson(self, info: Info[Any, Any], id: strawberry.ID) -> LessonType:
        found = selectors.access_lesson(user=viewer(info), lesson_id=id, refine=loader(info))
        return cast(LessonType, found)

    @strawberry.field(
        description="The versions of the lesson's content, newest first: the one it shows, "
        "then each it was regenerated from (`first` at most 50, `after` a version's cursor)."
    )
    def lesson_versions(
        self,
        info: Info[Any, Any],
        lesson_id: strawberry.ID,
        first: int = 10,
        after: str | None = None,
    ) -> LessonVersionConnection:
        user = viewer(info)
        page = selectors.lesson_versions(user=user, lesson_id=lesson_id, first=first, after=after)
        # The optimizer does not reach these contents: the viewer's votes and flags, a query
        # each.
        prefetch_related_objects(
            page.versions, viewer_votes_prefetch(user), viewer_flags_prefetch(user)
        )
        return LessonVersionConnection.of(page)
