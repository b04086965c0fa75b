"""Read-only entry points of the tutor chat."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.context import viewer
from skillsync.api.tutor.types import TutorConversation
from skillsync.tutor.selectors import tutor_conversation


@strawberry.type
class TutorQuery:
    @strawberry.field(
        description="The viewer's conversation with the tutor about one of their lessons: the "
        "`last` messages (at most 50) before the cursor `before` (the newest when null), "
        "oldest first."
    )
    def tutor_conversation(
        self,
        info: Info[Any, Any],
        lesson_id: strawberry.ID,
        last: int = 20,
        before: str | None = None,
    ) -> TutorConversation:
        page = tutor_conversation(user=viewer(info), lesson_id=lesson_id, last=last, before=before)
        return TutorConversation.of(page)
