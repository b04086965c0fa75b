from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import RoadmapType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import module_move
from skillsync.learning.selectors import access_roadmap


def move_module(info: Info[Any, Any], module_id: strawberry.ID, position: int) -> RoadmapType:
    user = viewer(info)
    roadmap = module_move(user=user, module_id=module_id, position=position)
    return cast(RoadmapType, access_roadmap(user=user, roadmap_id=roadmap.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=move_module,
    permission_classes=[IsAuthenticated],
    description="Move a module to `position` (0-based) among its roadmap's modules; the "
    "others close up. Ids, progress and content are unchanged.",
)
