from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.enums import LearningStyle
from skillsync.api.learning.types import LessonType
from skillsync.api.permissions import IsAuthenticated
from skillsync.api.throttle import throttle_expensive
from skillsync.generation.versions import lesson_style_switch
from skillsync.learning.selectors import access_lesson


def switch_lesson_style(
    info: Info[Any, Any], lesson_id: strawberry.ID, style: LearningStyle
) -> LessonType:
    """Show the lesson in another learning style: READY at once when content in that style
    exists, otherwise its generation is queued (QUEUED). Progress stays."""
    user = viewer(info)
    access_lesson(user=user, lesson_id=lesson_id)
    throttle_expensive(user=user, action="generation")
    lesson = lesson_style_switch(user=user, lesson_id=lesson_id, style=style.value)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson.pk, refine=loader(info)))


field = strawberry.mutation(resolver=switch_lesson_style, permission_classes=[IsAuthenticated])
