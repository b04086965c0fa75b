"""Reads of the tutor chat. A conversation is its learner's only: every read goes through the
lesson's ``access_lesson`` or the message's owner, and answers "not found" alike for missing
and foreign ids."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q, QuerySet

from skillsync.accounts.models import User
from skillsync.core.errors import InvalidInputError, NotFoundError
from skillsync.core.ids import parse_id
from skillsync.learning.selectors import MAX_PAGE_SIZE, access_lesson
from skillsync.tutor.choices import UNFINISHED, TutorMessageStatus, TutorRole
from skillsync.tutor.models import TutorMessage

_CURSOR_KIND = "tutor"


def access_tutor_message(*, user: User, message_id: str | uuid.UUID) -> TutorMessage:
    pk = parse_id(message_id)
    found = TutorMessage.objects.filter(
        pk=pk, user=user, lesson__module__roadmap__owner=user
    ).first()
    if found is None:
        raise NotFoundError("tutor message")
    return found


def conversation_of(*, user: User, lesson_id: uuid.UUID) -> QuerySet[TutorMessage]:
    return TutorMessage.objects.filter(user=user, lesson_id=lesson_id)


def unfinished_answer(*, user: User, lesson_id: uuid.UUID) -> TutorMessage | None:
    return (
        conversation_of(user=user, lesson_id=lesson_id)
        .filter(role=TutorRole.TUTOR, status__in=UNFINISHED)
        .first()
    )


def message_cursor(message: TutorMessage) -> str:
    """An opaque cursor at ``message``: pass it as ``before`` for the messages before it."""
    raw = f"{_CURSOR_KIND}|{message.created_at.isoformat()}|{message.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _position(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        kind, moment, pk = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        if kind == _CURSOR_KIND:
            created = datetime.fromisoformat(moment)
            if created.tzinfo is not None:
                return created, uuid.UUID(pk)
    except (binascii.Error, UnicodeError, ValueError):
        pass
    raise InvalidInputError("before", "not a cursor of this conversation")


@dataclass(frozen=True)
class ConversationPage:
    messages: list[TutorMessage]  # oldest first
    total_count: int
    has_earlier: bool  # messages before the first of this page exist

    @property
    def earliest_cursor(self) -> str | None:
        return message_cursor(self.messages[0]) if self.messages else None


def tutor_conversation(
    *, user: User, lesson_id: str | uuid.UUID, last: int = 20, before: str | None = None
) -> ConversationPage:
    """The ``last`` messages of the learner's conversation about the lesson (owner only)
    before the cursor ``before`` (the newest when none), oldest first."""
    lesson = access_lesson(user=user, lesson_id=lesson_id)
    last = max(1, min(last, MAX_PAGE_SIZE))
    messages = conversation_of(user=user, lesson_id=lesson.pk)
    total = messages.count()
    if before is not None:
        created, pk = _position(before)
        messages = messages.filter(Q(created_at__lt=created) | Q(created_at=created, pk__lt=pk))
    page = list(messages.order_by("-created_at", "-id")[: last + 1])
    return ConversationPage(
        messages=page[:last][::-1], total_count=total, has_earlier=len(page) > last
    )


def history_before(message: TutorMessage, *, limit: int) -> list[TutorMessage]:
    """The conversation's last ``limit`` finished turns before ``message`` (an answer's
    question excluded), oldest first: questions and the answers that were written."""
    earlier = (
        conversation_of(user=message.user, lesson_id=message.lesson_id)
        .filter(
            Q(role=TutorRole.LEARNER) | Q(status=TutorMessageStatus.COMPLETE),
            created_at__lt=message.created_at,
        )
        .order_by("-created_at", "-id")
    )
    if message.reply_to_id is not None:
        earlier = earlier.exclude(pk=message.reply_to_id)
    return list(earlier[:limit])[::-1]


@dataclass(frozen=True)
class StreamSnapshot:
    lesson_id: uuid.UUID
    status: str
    sequence: int
    text: str  # the stored text once complete; what streamed so far before


def tutor_stream_snapshot(message_id: uuid.UUID) -> StreamSnapshot | None:
    found = (
        TutorMessage.objects.filter(pk=message_id)
        .values("lesson_id", "status", "stream_sequence", "stream_text", "text")
        .first()
    )
    if found is None:
        return None
    status = found["status"]
    if status == TutorMessageStatus.COMPLETE:
        text = found["text"]
    elif status == TutorMessageStatus.FAILED:
        text = ""
    else:
        text = found["stream_text"]
    return StreamSnapshot(
        lesson_id=found["lesson_id"], status=status, sequence=found["stream_sequence"], text=text
    )
