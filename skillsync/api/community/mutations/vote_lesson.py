from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.context import loader, viewer
from skillsync.api.learning.types import LessonContentType
from skillsync.community.services import lesson_vote_set
from skillsync.learning.selectors import access_lesson_content


def vote_lesson(info: Info[Any, Any], content_id: strawberry.ID, value: int) -> LessonContentType:
    """Vote on the content of a lesson the viewer has opened: 1 up, -1 down, 0 withdraws.
    One vote per learner and content; voting again replaces it."""
    user = viewer(info)
    lesson_vote_set(user=user, content_id=content_id, value=value)
    found = access_lesson_content(user=user, content_id=content_id, refine=loader(info))
    return cast(LessonContentType, found)


field = strawberry.mutation(
    resolver=vote_lesson,
    description="Vote on the content of a lesson the viewer has opened: 1 up, -1 down, 0 "
    "withdraws. One vote per learner and content; voting again replaces it.",
)
