from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import ModuleType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import module_add
from skillsync.learning.selectors import access_module


def add_module(
    info: Info[Any, Any],
    roadmap_id: strawberry.ID,
    title: str,
    description: str = "",
    position: int | None = None,
) -> ModuleType:
    user = viewer(info)
    module = module_add(
        user=user, roadmap_id=roadmap_id, title=title, description=description, position=position
    )
    return cast(ModuleType, access_module(user=user, module_id=module.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=add_module,
    permission_classes=[IsAuthenticated],
    description="A new, empty module at `position` (0-based; null: at the end). Nothing is "
    "generated. At most 40 modules in a roadmap.",
)
