from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import ModuleType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import module_rename
from skillsync.learning.selectors import access_module


def rename_module(
    info: Info[Any, Any], module_id: strawberry.ID, title: str, description: str | None = None
) -> ModuleType:
    user = viewer(info)
    module = module_rename(user=user, module_id=module_id, title=title, description=description)
    return cast(ModuleType, access_module(user=user, module_id=module.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=rename_module,
    permission_classes=[IsAuthenticated],
    description="A new title (1-200 characters) and, unless null, description (at most 2000) "
    "for a module. Its lessons and their content stay as they are.",
)
