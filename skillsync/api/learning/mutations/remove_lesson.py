from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import ModuleType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import lesson_remove
from skillsync.learning.selectors import access_module


def remove_lesson(info: Info[Any, Any], lesson_id: strawberry.ID) -> ModuleType:
    user = viewer(info)
    module = lesson_remove(user=user, lesson_id=lesson_id)
    return cast(ModuleType, access_module(user=user, module_id=module.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=remove_lesson,
    permission_classes=[IsAuthenticated],
    description="Remove a lesson from its module and the roadmap's progress; its progress, quiz "
    "attempts and content are kept for `restoreLesson`. GENERATION_IN_PROGRESS while it is "
    "being generated.",
)
