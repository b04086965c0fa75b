"""Live generation status and streamed lesson text, for the owner only.

Each subscription first sends the current state, then every change as it is committed (by a
worker anywhere), forwarded from PostgreSQL NOTIFY by this process's listener. After a gap
(the listener reconnected, or the client fell behind) the current state is sent again.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import AsyncGenerator
from typing import Any

import strawberry
from channels.db import database_sync_to_async
from strawberry.types import Info

from skillsync.accounts.models import User
from skillsync.accounts.sessions import session_authenticate
from skillsync.api.context import viewer
from skillsync.api.enums import GenerationStatus
from skillsync.core.db.listener import GAP, Event, subscribe
from skillsync.generation.events import STATUS_CHANNEL, STREAM_CHANNEL
from skillsync.generation.streaming import StreamSnapshot, stream_snapshot
from skillsync.learning.choices import GenerationStatus as Status
from skillsync.learning.models import Lesson, Module
from skillsync.learning.selectors import access_lesson, access_module, module_lessons

FINAL = frozenset({Status.READY, Status.FAILED})
GAP_JITTER_SECONDS = 0.5


@strawberry.type
class GenerationStatusEvent:
    """A module's status (``lessonId`` null) or one of its lessons'."""

    module_id: strawberry.ID
    lesson_id: strawberry.ID | None
    status: GenerationStatus


@strawberry.type
class LessonStreamChunk:
    """A piece of the lesson's text as the provider writes it. ``reset``: discard what you
    have and start from ``text``. ``done``: generation ended (see ``status``); fetch the
    lesson for its stored content."""

    lesson_id: strawberry.ID
    sequence: int
    text: str
    reset: bool
    done: bool
    status: GenerationStatus


def _status(value: str) -> GenerationStatus:
    return Status(value)


async def _after_gap() -> None:
    """Spread the re-reads of many subscribers that all got a GAP at once."""
    await asyncio.sleep(random.uniform(0, GAP_JITTER_SECONDS))  # noqa: S311 - not a secret


def _module_snapshot(module_id: uuid.UUID) -> list[GenerationStatusEvent]:
    module = Module.objects.values_list("generation_status", flat=True).get(pk=module_id)
    events = [
        GenerationStatusEvent(
            module_id=strawberry.ID(str(module_id)), lesson_id=None, status=_status(module)
        )
    ]
    for lesson_id, status in module_lessons(module_id=module_id).values_list(
        "id", "generation_status"
    ):
        events.append(
            GenerationStatusEvent(
                module_id=strawberry.ID(str(module_id)),
                lesson_id=strawberry.ID(str(lesson_id)),
                status=_status(status),
            )
        )
    return events


def _lesson_snapshot(lesson_id: uuid.UUID) -> GenerationStatusEvent:
    module_id, status = Lesson.objects.values_list("module_id", "generation_status").get(
        pk=lesson_id
    )
    return GenerationStatusEvent(
        module_id=strawberry.ID(str(module_id)),
        lesson_id=strawberry.ID(str(lesson_id)),
        status=_status(status),
    )


def _status_event(event: Event) -> GenerationStatusEvent:
    lesson = event.get("lesson")
    return GenerationStatusEvent(
        module_id=strawberry.ID(str(event["module"])),
        lesson_id=None if lesson is None else strawberry.ID(str(lesson)),
        status=_status(event["status"]),
    )


def _chunk(
    lesson_id: uuid.UUID, sequence: int, text: str, status: str, *, reset: bool
) -> LessonStreamChunk:
    return LessonStreamChunk(
        lesson_id=strawberry.ID(str(lesson_id)),
        sequence=sequence,
        text=text,
        reset=reset,
        done=status in FINAL,
        status=_status(status),
    )


def _live_viewer(info: Info[Any, Any]) -> User:
    """The viewer, with the connection's session checked again now (it may have ended since
    the socket opened)."""
    token = getattr(info.context, "token", None)
    if token is not None:
        info.context.request.user, _claims = session_authenticate(token=token)
    return viewer(info)


@database_sync_to_async
def _owned_module(info: Info[Any, Any], module_id: strawberry.ID) -> uuid.UUID:
    return access_module(user=_live_viewer(info), module_id=module_id).pk


@database_sync_to_async
def _owned_lesson(info: Info[Any, Any], lesson_id: strawberry.ID) -> uuid.UUID:
    return access_lesson(user=_live_viewer(info), lesson_id=lesson_id).pk


@strawberry.type
class LearningSubscription:
    @strawberry.subscription(
        description="A module's generation status and each of its lessons': the current "
        "state first, then every change."
    )
    async def module_generation(
        self, info: Info[Any, Any], module_id: strawberry.ID
    ) -> AsyncGenerator[GenerationStatusEvent]:
        pk = await _owned_module(info, module_id)
        async with subscribe(STATUS_CHANNEL, keys={str(pk)}) as queue:
            snapshot = database_sync_to_async(_module_snapshot)
            for event in await snapshot(pk):
                yield event
            while True:  # until the client stops or the connection closes
                event = await queue.get()
                if event is GAP:
                    await _after_gap()
                    for current in await snapshot(pk):
                        yield current
                elif event.get("module") == str(pk):
                    yield _status_event(event)

    @strawberry.subscription(
        description="A lesson's generation status: the current state first, then every change."
    )
    async def lesson_generation(
        self, info: Info[Any, Any], lesson_id: strawberry.ID
    ) -> AsyncGenerator[GenerationStatusEvent]:
        pk = await _owned_lesson(info, lesson_id)
        async with subscribe(STATUS_CHANNEL, keys={str(pk)}) as queue:
            snapshot = database_sync_to_async(_lesson_snapshot)
            yield await snapshot(pk)
            while True:  # until the client stops or the connection closes
                event = await queue.get()
                if event is GAP:
                    await _after_gap()
                    yield await snapshot(pk)
                elif event.get("lesson") == str(pk):
                    yield _status_event(event)

    @strawberry.subscription(
        description="The lesson as the provider writes it (its raw JSON text, unvalidated and "
        "untrusted until stored: parse leniently, never render it as HTML): the text so far "
        "first, then each new piece; ends when generation ends."
    )
    async def lesson_stream(
        self, info: Info[Any, Any], lesson_id: strawberry.ID
    ) -> AsyncGenerator[LessonStreamChunk]:
        pk = await _owned_lesson(info, lesson_id)
        async with subscribe(STREAM_CHANNEL, STATUS_CHANNEL, keys={str(pk)}) as queue:
            read = database_sync_to_async(stream_snapshot)
            current: StreamSnapshot | None = await read(pk)
            while current is not None:
                yield _chunk(pk, current.sequence, current.text, current.status, reset=True)
                if current.status in FINAL:
                    return
                sequence, status, current = current.sequence, current.status, None
                while current is None:
                    event = await queue.get()
                    if event is GAP:
                        await _after_gap()
                        current = await read(pk)
                    elif event.get("lesson") != str(pk):
                        continue
                    elif "seq" in event:
                        if event["seq"] <= sequence:
                            continue  # already in the text read at the start
                        sequence = event["seq"]
                        reset = bool(event.get("reset"))
                        yield _chunk(pk, sequence, str(event["text"]), status, reset=reset)
                    elif "status" in event:
                        status = event["status"]
                        if status in FINAL:
                            yield _chunk(pk, sequence, "", status, reset=False)
                            return
