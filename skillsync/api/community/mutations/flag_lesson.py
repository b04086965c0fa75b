from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.api.community.types import ContentFlagType
from skillsync.api.context import viewer
from skillsync.api.enums import FlagReason
from skillsync.api.permissions import IsAuthenticated
from skillsync.community.flags import content_flag_create


def flag_lesson(
    info: Info[Any, Any], content_id: strawberry.ID, reason: FlagReason, details: str = ""
) -> ContentFlagType:
    """Report the content of a lesson the viewer has opened (details at most 1000
    characters). One open flag per learner and content; enough of them hide it from other
    learners until a mentor reviews it."""
    flag = content_flag_create(
        user=viewer(info), content_id=content_id, reason=reason.value, details=details
    )
    return cast(ContentFlagType, flag)


field = strawberry.mutation(
    resolver=flag_lesson,
    permission_classes=[IsAuthenticated],
    description="Report the content of a lesson the viewer has opened: one open flag per "
    "learner and content; enough of them hide it from other learners until a mentor reviews it.",
)
