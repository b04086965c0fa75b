from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.context import viewer
from skillsync.api.permissions import IsAuthenticated
from skillsync.api.tutor.types import TutorExchange, message_type
from skillsync.tutor.services import tutor_question_ask


def ask_tutor(info: Info[Any, Any], lesson_id: strawberry.ID, message: str) -> TutorExchange:
    exchange = tutor_question_ask(user=viewer(info), lesson_id=lesson_id, message=message)
    return TutorExchange(
        question=message_type(exchange.question), answer=message_type(exchange.answer)
    )


field = strawberry.mutation(
    resolver=ask_tutor,
    permission_classes=[IsAuthenticated],
    description="Ask the tutor about one of the viewer's lessons (1 to 1000 characters): "
    "returns the question and the PENDING answer at once; follow the answer with "
    "`tutorStream(messageId)`. Answers are grounded on the lesson and its sources, with "
    "citations. TUTOR_BUSY while the previous answer is being written; LESSON_NOT_GENERATED "
    "for a lesson with no content; RATE_LIMITED past the per-user limit.",
)
