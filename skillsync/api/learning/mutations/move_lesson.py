from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import RoadmapType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import lesson_move
from skillsync.learning.selectors import access_roadmap


def move_lesson(
    info: Info[Any, Any], lesson_id: strawberry.ID, module_id: strawberry.ID, position: int
) -> RoadmapType:
    user = viewer(info)
    roadmap = lesson_move(user=user, lesson_id=lesson_id, module_id=module_id, position=position)
    return cast(RoadmapType, access_roadmap(user=user, roadmap_id=roadmap.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=move_lesson,
    permission_classes=[IsAuthenticated],
    description="Move a lesson to `position` (0-based) in `moduleId`: its own module or "
    "another of the same roadmap. Ids, progress and content are unchanged.",
)
