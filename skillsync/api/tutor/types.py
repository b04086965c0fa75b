"""GraphQL types of the tutor chat."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry

from skillsync.api.learning.types import PageInfo
from skillsync.tutor.choices import TutorMessageStatus, TutorRole
from skillsync.tutor.models import TutorMessage
from skillsync.tutor.selectors import ConversationPage

strawberry.enum(TutorRole, name="TutorRole")
strawberry.enum(TutorMessageStatus, name="TutorMessageStatus")


@strawberry.type(
    description="What a statement of an answer relies on: a section of the lesson (`kind` "
    '"section", `id` such as "S2", `title` its heading) or a research passage (`kind` "passage", '
    "`id` its passage_id in the content's sourceAttribution, with its `title` and `url`). The "
    "answer's text marks each with its id in square brackets: [S2], [p_0123456789ab]."
)
class TutorCitation:
    id: str
    kind: str
    title: str
    url: str | None

    @classmethod
    def of(cls, raw: Any) -> TutorCitation | None:
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("kind"):
            return None
        return cls(
            id=str(raw["id"]),
            kind=str(raw["kind"]),
            title=str(raw.get("title") or ""),
            url=str(raw["url"]) if raw.get("url") else None,
        )


@strawberry.type(
    name="TutorMessage",
    description="A learner's question or the tutor's answer. An answer is PENDING (queued), "
    "STREAMING (follow `tutorStream`), then COMPLETE with its citations, or FAILED with "
    "`errorCode` (PROVIDERS_UNAVAILABLE, TIMED_OUT, CONTENT_UNAVAILABLE or INTERNAL): ask again. "
    "An answer's text is model output: Markdown to show as text, never as HTML.",
)
class TutorMessageType:
    _message: strawberry.Private[TutorMessage]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._message.pk))

    @strawberry.field
    def role(self) -> TutorRole:
        return TutorRole(self._message.role)

    @strawberry.field(description="For an answer still being written, the text so far.")
    def text(self) -> str:
        message = self._message
        if message.status in (TutorMessageStatus.PENDING, TutorMessageStatus.STREAMING):
            return message.stream_text
        return message.text

    @strawberry.field
    def citations(self) -> list[TutorCitation]:
        raw = self._message.citations if isinstance(self._message.citations, list) else []
        return [found for found in map(TutorCitation.of, raw) if found is not None]

    @strawberry.field
    def status(self) -> TutorMessageStatus:
        return TutorMessageStatus(self._message.status)

    @strawberry.field
    def error_code(self) -> str | None:
        return self._message.error_code or None

    @strawberry.field
    def created_at(self) -> datetime:
        return self._message.created_at


def message_type(message: TutorMessage) -> TutorMessageType:
    return TutorMessageType(_message=message)


@strawberry.type
class TutorExchange:
    question: TutorMessageType
    answer: TutorMessageType


@strawberry.type(
    description="A page of the learner's conversation about a lesson, oldest first. "
    "`pageInfo.hasNextPage`: earlier messages exist; pass `pageInfo.endCursor` as `before` "
    "for them."
)
class TutorConversation:
    nodes: list[TutorMessageType]
    page_info: PageInfo
    total_count: int

    @classmethod
    def of(cls, page: ConversationPage) -> TutorConversation:
        return cls(
            nodes=[message_type(message) for message in page.messages],
            page_info=PageInfo(has_next_page=page.has_earlier, end_cursor=page.earliest_cursor),
            total_count=page.total_count,
        )


@strawberry.type(
    description="A piece of a tutor answer as the provider writes it (plain text, untrusted "
    "until stored). `reset`: discard what you have and start from `text`. `done`: the answer "
    "is finished (see `status`) and `text` is the stored answer, its citation markers checked "
    "(empty when FAILED): fetch the message for its citations."
)
class TutorStreamChunk:
    message_id: strawberry.ID
    sequence: int
    text: str
    reset: bool
    done: bool
    status: TutorMessageStatus
