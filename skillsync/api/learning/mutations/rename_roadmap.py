from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import RoadmapType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import roadmap_rename
from skillsync.learning.selectors import access_roadmap


def rename_roadmap(info: Info[Any, Any], roadmap_id: strawberry.ID, title: str) -> RoadmapType:
    user = viewer(info)
    roadmap = roadmap_rename(user=user, roadmap_id=roadmap_id, title=title)
    return cast(RoadmapType, access_roadmap(user=user, roadmap_id=roadmap.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=rename_roadmap,
    permission_classes=[IsAuthenticated],
    description="A new title for one of the viewer's roadmaps (1-200 characters).",
)
