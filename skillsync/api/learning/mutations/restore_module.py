from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import RoadmapType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import module_restore
from skillsync.learning.selectors import access_roadmap


def restore_module(info: Info[Any, Any], module_id: strawberry.ID) -> RoadmapType:
    user = viewer(info)
    roadmap = module_restore(user=user, module_id=module_id)
    return cast(RoadmapType, access_roadmap(user=user, roadmap_id=roadmap.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=restore_module,
    permission_classes=[IsAuthenticated],
    description="Bring a removed module back where it was (or at the end), with the lessons "
    "removed with it and all their progress. Idempotent.",
)
