"""A lesson's text while the provider streams it: written by the worker, read by subscribers.

The worker appends each piece to its request's ``stream_text`` and announces it on
``STREAM_CHANNEL`` in the same transaction, at most every ``FLUSH_SECONDS``. A subscriber
reads the text so far, then follows the announcements with a higher sequence number, so it
neither misses nor repeats a piece whenever it joins. Sequence numbers only grow within a
request; a new attempt (another delivery, another provider, a repair) announces a reset.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass

from django.db import DatabaseError, connection, transaction

from skillsync.generation.events import STREAM_CHANNEL, publish, text_pieces
from skillsync.generation.models import GenerationRequest, RequestStatus

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 0.2
FLUSH_CHARS = 4000

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


class LessonStream:
    """The ``on_chunk`` sink of one delivery. Publishing is best effort: a failure to publish
    is logged and streaming stops, the generation itself goes on."""

    def __init__(self, *, request_id: uuid.UUID, lesson_id: uuid.UUID, delivery: int) -> None:
        self.request_id = request_id
        self.lesson_id = lesson_id
        self.delivery = delivery
        self._buffer: list[str] = []
        self._buffered = 0
        self._last_flush = time.monotonic()
        self._stopped = False

    def __call__(self, text: str) -> None:
        self._buffer.append(text)
        self._buffered += len(text)
        if self._buffered >= FLUSH_CHARS or time.monotonic() - self._last_flush >= FLUSH_SECONDS:
            self.flush()

    def restart(self) -> None:
        """A new attempt begins: what was streamed so far is void."""
        self._buffer.clear()
        self._buffered = 0
        self._send("", reset=True)

    def flush(self) -> None:
        text = "".join(self._buffer)
        self._buffer.clear()
        self._buffered = 0
        self._last_flush = time.monotonic()
        for piece in text_pieces(text):
            self._send(piece, reset=False)

    def _send(self, text: str, *, reset: bool) -> None:
        if self._stopped:
            return
        if connection.in_atomic_block:
            # Inside someone's transaction the piece would only be announced at its commit,
            # and the request row would stay locked through the provider call: don't stream.
            logger.warning("lesson %s: not streamed (called inside a transaction)", self.lesson_id)
            self._stopped = True
            return
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(
                    _APPEND,
                    {
                        "reset": reset,
                        "text": text,
                        "id": self.request_id,
                        "running": RequestStatus.RUNNING,
                        "delivery": self.delivery,
                    },
                )
                row = cursor.fetchone()
                if row is None:  # this delivery lost its lease: another one streams now
                    self._stopped = True
                    return
                event: dict[str, object] = {
                    "lesson": str(self.lesson_id),
                    "delivery": self.delivery,
                    "seq": row[0],
                    "text": text,
                }
                if reset:
                    event["reset"] = True
                publish(STREAM_CHANNEL, event)
        except DatabaseError:
            logger.warning("lesson %s: streaming stopped", self.lesson_id, exc_info=True)
            self._stopped = True


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
