from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonType
from skillsync.api.permissions import IsAuthenticated
from skillsync.api.throttle import throttle_expensive
from skillsync.generation.versions import clean_instruction, lesson_regeneration_request
from skillsync.learning.selectors import access_lesson


def regenerate_lesson(
    info: Info[Any, Any], lesson_id: strawberry.ID, instruction: str | None = None
) -> LessonType:
    """Queue a new version of the lesson's current content, steered by the learner's wish
    (optional, at most 500 characters); returns at once with its status. The new version is
    the learner's own; earlier ones stay listed in ``lessonVersions``."""
    user = viewer(info)
    access_lesson(user=user, lesson_id=lesson_id)  # not found before anything else
    clean_instruction(instruction)  # a bad wish is refused before it counts against the limit
    throttle_expensive(user=user, action="regeneration")
    lesson = lesson_regeneration_request(user=user, lesson_id=lesson_id, instruction=instruction)
    return cast(LessonType, access_lesson(user=user, lesson_id=lesson.pk, refine=loader(info)))


field = strawberry.mutation(resolver=regenerate_lesson, permission_classes=[IsAuthenticated])
