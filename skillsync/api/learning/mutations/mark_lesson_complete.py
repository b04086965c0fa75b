from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.learning.selectors import access_lesson
from skillsync.learning.services import lesson_mark_complete


def mark_lesson_complete(info: Info[Any, Any], lesson_id: strawberry.ID) -> LessonType:
    """Mark one of the viewer's lessons complete (idempotent)."""
    user = viewer(info)
    lesson_mark_complete(user=user, lesson_id=lesson_id)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson_id, refine=loader(info)))


field = strawberry.mutation(resolver=mark_lesson_complete)
