from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import lesson_add
from skillsync.learning.selectors import access_lesson


def add_lesson(
    info: Info[Any, Any], module_id: strawberry.ID, title: str, position: int | None = None
) -> LessonType:
    user = viewer(info)
    lesson = lesson_add(user=user, module_id=module_id, title=title, position=position)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=add_lesson,
    permission_classes=[IsAuthenticated],
    description="A new lesson at `position` (0-based; null: at the end), NOT_STARTED with no "
    "content in the viewer's learning style: nothing is generated until asked. At most 50 "
    "lessons in a module.",
)
