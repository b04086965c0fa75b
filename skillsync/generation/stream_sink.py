"""What a lesson's stream and a tutor answer's stream share: text the provider streams is
buffered and written out in pieces, at most every ``flush_seconds`` (or sooner once
``flush_chars`` are waiting). Each piece is appended to its row and announced in one
transaction, so a subscriber that reads the row and then follows the announcements neither
misses nor repeats a piece. Publishing is best effort: a failure is logged and streaming stops,
the generation itself goes on.

A subclass says how a piece is appended (``_append``: the row's new sequence number, or None
when this delivery no longer owns the row) and announced (``_announce``).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.db import DatabaseError, connection, transaction

from skillsync.generation.events import text_pieces

logger = logging.getLogger(__name__)


class StreamSink:
    flush_seconds = 0.2
    flush_chars = 4000

    def __init__(self, *, label: str) -> None:
        self.label = label  # names the stream in log lines, e.g. "lesson <id>"
        self._buffer: list[str] = []
        self._buffered = 0
        self._last_flush = time.monotonic()
        self._stopped = False

    def write(self, text: str) -> None:
        if not text:
            return
        self._buffer.append(text)
        self._buffered += len(text)
        waited = time.monotonic() - self._last_flush
        if self._buffered >= self.flush_chars or waited >= self.flush_seconds:
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

    def _append(self, text: str, *, reset: bool) -> int | None:
        raise NotImplementedError

    def _announce(self, sequence: int, text: str, *, reset: bool) -> None:
        raise NotImplementedError

    def _send(self, text: str, *, reset: bool) -> None:
        if self._stopped:
            return
        if connection.in_atomic_block:
            # Inside someone's transaction a piece would only be announced at its commit, and
            # the row would stay locked through the provider call: don't stream.
            logger.warning("%s: not streamed (called inside a transaction)", self.label)
            self._stopped = True
            return
        try:
            with transaction.atomic():
                sequence = self._append(text, reset=reset)
                if sequence is None:  # this delivery lost the row: another one streams now
                    self._stopped = True
                    return
                self._announce(sequence, text, reset=reset)
        except DatabaseError:
            logger.warning("%s: streaming stopped", self.label, exc_info=True)
            self._stopped = True


def append_returning_sequence(sql: str, params: dict[str, Any]) -> int | None:
    """Run an ``UPDATE ... RETURNING stream_sequence``: the new sequence, or None if no row
    matched."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return None if row is None else int(row[0])
