"""A tutor answer as it is written, for the learner who asked only: the text so far first,
then each new piece, then the stored answer with ``done``."""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator
from typing import Any

import strawberry
from channels.db import database_sync_to_async
from strawberry.types import Info

from skillsync.api.learning.subscriptions import _after_gap, _live_viewer
from skillsync.api.tutor.types import TutorStreamChunk
from skillsync.core.db.listener import GAP, subscribe
from skillsync.tutor.choices import FINISHED, TutorMessageStatus
from skillsync.tutor.selectors import StreamSnapshot, access_tutor_message, tutor_stream_snapshot
from skillsync.tutor.streaming import TUTOR_CHANNEL


@database_sync_to_async
def _owned_message(info: Info[Any, Any], message_id: strawberry.ID) -> tuple[uuid.UUID, str]:
    message = access_tutor_message(user=_live_viewer(info), message_id=message_id)
    return message.pk, str(message.lesson_id)


def _chunk(
    message_id: uuid.UUID, sequence: int, text: str, status: str, *, reset: bool
) -> TutorStreamChunk:
    return TutorStreamChunk(
        message_id=strawberry.ID(str(message_id)),
        sequence=sequence,
        text=text,
        reset=reset,
        done=status in FINISHED,
        status=TutorMessageStatus(status),
    )


def _snapshot_chunk(pk: uuid.UUID, current: StreamSnapshot) -> TutorStreamChunk:
    return _chunk(pk, current.sequence, current.text, current.status, reset=True)


@strawberry.type
class TutorSubscription:
    @strawberry.subscription(
        description="A tutor answer as the provider writes it: the text so far first, then "
        "each new piece; ends with `done` and the stored answer's text."
    )
    async def tutor_stream(
        self, info: Info[Any, Any], message_id: strawberry.ID
    ) -> AsyncGenerator[TutorStreamChunk]:
        pk, lesson_key = await _owned_message(info, message_id)
        # Events are routed by lesson: this subscriber keeps its message's.
        async with subscribe(TUTOR_CHANNEL, keys={lesson_key}) as queue:
            read = database_sync_to_async(tutor_stream_snapshot)
            current: StreamSnapshot | None = await read(pk)
            while current is not None:
                yield _snapshot_chunk(pk, current)
                if current.status in FINISHED:
                    return
                sequence, status, current = current.sequence, current.status, None
                while current is None:
                    event = await queue.get()
                    if event is GAP:
                        await _after_gap()
                        current = await read(pk)
                    elif event.get("message") != str(pk) or event.get("seq", 0) <= sequence:
                        continue  # another message's, or already in the text read
                    elif event.get("status") in FINISHED:
                        current = await read(pk)  # the stored answer, done
                    else:
                        sequence = int(event["seq"])
                        status = str(event.get("status") or status)
                        yield _chunk(
                            pk,
                            sequence,
                            str(event.get("text") or ""),
                            status,
                            reset=bool(event.get("reset")),
                        )
