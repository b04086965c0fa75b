from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import RoadmapType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import module_remove
from skillsync.learning.selectors import access_roadmap


def remove_module(info: Info[Any, Any], module_id: strawberry.ID) -> RoadmapType:
    user = viewer(info)
    roadmap = module_remove(user=user, module_id=module_id)
    return cast(RoadmapType, access_roadmap(user=user, roadmap_id=roadmap.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=remove_module,
    permission_classes=[IsAuthenticated],
    description="Remove a module with its lessons from the roadmap and its progress; "
    "everything is kept for `restoreModule`. GENERATION_IN_PROGRESS while one of its lessons "
    "is being generated.",
)
