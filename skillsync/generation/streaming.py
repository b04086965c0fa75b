"""A lesson's text while the provider streams it: written by the worker, read by subscribers.

The worker appends each piece to its request's ``stream_text`` and announces it on
``STREAM_CHANNEL`` in the same transaction, at most every ``StreamSink.flush_seconds``. A subscriber
reads the text so far, then follows the announcements with a higher sequence number, so it
neither misses nor repeats a piece whenever it joins. Sequence numbers only grow within a
request; a new attempt (another delivery, another provider, a repair) announces a reset.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from skillsync.generation.events import STREAM_CHANNEL, publish
from skillsync.generation.models import GenerationRequest, RequestStatus
from skillsync.generation.stream_sink import StreamSink, append_returning_sequence

_APPEND = f"""
    UPDATE {GenerationRequest._meta.db_table}
       SET stream_text = CASE WHEN %(reset)s THEN '' ELSE stream_text END || %(text)s,
           stream_sequence = stream_sequence + 1
     WHERE id = %(id)s AND status = %(running)s AND deliveries = %(delivery)s
 RETURNING stream_sequence
"""  # noqa: S608 - the table name is ours; values are parameters


def stream_reset_at_claim(request: GenerationRequest) -> None:
    """Inside the claim's transaction: a new delivery starts with no text (announced at
    commit), so a delivery that streams nothing (a reused lesson, busy providers) does not leave
    the previous one's text behind."""
    request.stream_text = ""
    request.stream_sequence += 1
    publish(
        STREAM_CHANNEL,
        {
            "lesson": str(request.lesson_id),
            "delivery": request.deliveries,
            "seq": request.stream_sequence,
            "text": "",
            "reset": True,
        },
    )


class LessonStream(StreamSink):
    """The ``on_chunk`` sink of one delivery of a lesson."""

    def __init__(self, *, request_id: uuid.UUID, lesson_id: uuid.UUID, delivery: int) -> None:
        super().__init__(label=f"lesson {lesson_id}")
        self.request_id = request_id
        self.lesson_id = lesson_id
        self.delivery = delivery

    def __call__(self, text: str) -> None:
        self.write(text)

    def _append(self, text: str, *, reset: bool) -> int | None:
        return append_returning_sequence(
            _APPEND,
            {
                "reset": reset,
                "text": text,
                "id": self.request_id,
                "running": RequestStatus.RUNNING,
                "delivery": self.delivery,
            },
        )

    def _announce(self, sequence: int, text: str, *, reset: bool) -> None:
        event: dict[str, object] = {
            "lesson": str(self.lesson_id),
            "delivery": self.delivery,
            "seq": sequence,
            "text": text,
        }
        if reset:
            event["reset"] = True
        publish(STREAM_CHANNEL, event)


@dataclass(frozen=True)
class StreamSnapshot:
    status: str  # the lesson's generation status
    sequence: int
    text: str


def stream_snapshot(lesson_id: uuid.UUID) -> StreamSnapshot | None:
    """The lesson's status and its current request's text so far (None: no such lesson)."""
    from skillsync.learning.models import Lesson

    status = Lesson.objects.filter(pk=lesson_id).values_list("generation_status", flat=True)
    found = status.first()
    if found is None:
        return None
    request = (
        GenerationRequest.objects.filter(lesson_id=lesson_id)
        .order_by("-created_at")
        .values("stream_sequence", "stream_text")
        .first()
    )
    if request is None:
        return StreamSnapshot(status=found, sequence=0, text="")
    return StreamSnapshot(
        status=found, sequence=request["stream_sequence"], text=request["stream_text"]
    )
