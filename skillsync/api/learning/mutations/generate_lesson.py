from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.api.permissions import IsAuthenticated
from skillsync.api.throttle import throttle_expensive
from skillsync.generation.queue import lesson_generation_request
from skillsync.learning.selectors import access_lesson


def generate_lesson(info: Info[Any, Any], lesson_id: strawberry.ID) -> LessonType:
    """Queue the generation of one lesson; returns at once with its status."""
    user = viewer(info)
    access_lesson(user=user, lesson_id=lesson_id)
    throttle_expensive(user=user, action="generation")
    lesson = lesson_generation_request(user=user, lesson_id=lesson_id)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson.pk, refine=loader(info)))


field = strawberry.mutation(resolver=generate_lesson, permission_classes=[IsAuthenticated])
