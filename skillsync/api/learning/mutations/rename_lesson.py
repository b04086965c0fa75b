from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.api.permissions import IsAuthenticated
from skillsync.learning.editing import lesson_rename
from skillsync.learning.selectors import access_lesson


def rename_lesson(info: Info[Any, Any], lesson_id: strawberry.ID, title: str) -> LessonType:
    user = viewer(info)
    lesson = lesson_rename(user=user, lesson_id=lesson_id, title=title)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson.pk, refine=loader(info)))


field = strawberry.mutation(
    resolver=rename_lesson,
    permission_classes=[IsAuthenticated],
    description="A new title (1-200 characters). The content stays; a later generation or "
    "regeneration uses the new title.",
)
