from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import ModuleType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import lesson_restore
from skillsync.learning.selectors import access_module


def restore_lesson(info: Info[Any, Any], lesson_id: strawberry.ID) -> ModuleType:
    user = viewer(info)
    module = lesson_restore(user=user, lesson_id=lesson_id)
    return cast(ModuleType, access_module(user=user, module_id=module.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=restore_lesson,
    permission_classes=[IsAuthenticated],
    description="Bring a removed lesson back where it was in its module (or at the end) with "
    "its progress. Idempotent. A lesson of a removed module: restore the module.",
)
