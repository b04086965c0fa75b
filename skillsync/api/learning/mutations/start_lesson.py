from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.learning.selectors import access_lesson
from skillsync.learning.services import lesson_start


def start_lesson(info: Info[Any, Any], lesson_id: strawberry.ID) -> LessonType:
    """The viewer opened one of their lessons: it becomes IN_PROGRESS (the first time) and
    the roadmap's last lesson. Idempotent; a completed lesson stays completed."""
    user = viewer(info)
    lesson_start(user=user, lesson_id=lesson_id)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson_id, refine=loader(info)))


field = strawberry.mutation(
    resolver=start_lesson,
    description="The viewer opened the lesson: IN_PROGRESS the first time, and the roadmap's "
    "last lesson. Idempotent; a completed lesson stays completed.",
)
