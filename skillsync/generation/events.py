"""Events the generation domain publishes with PostgreSQL NOTIFY, for any web process to
forward to its subscribers (see ``skillsync.core.db.listener``).

- ``STATUS_CHANNEL``: ``{"lesson", "module", "status"}`` when a lesson's generation status
  changes; ``{"module", "status"}`` when a module's does.
- ``STREAM_CHANNEL``: ``{"lesson", "delivery", "seq", "text"}`` pieces of a lesson's text as it
  streams from the provider; ``"reset": true`` when a new attempt starts over.

A notification is delivered when its transaction commits, never for work that rolled back.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import connection

STATUS_CHANNEL = "skillsync_generation"
STREAM_CHANNEL = "skillsync_lesson_stream"
# PostgreSQL refuses payloads of 8000 bytes or more; streamed text is sent in pieces whose
# encoded text stays below this, leaving room for the rest of the event.
STREAM_PIECE_BYTES = 6000


def encoded(event: dict[str, Any]) -> str:
    return json.dumps(event, ensure_ascii=False, separators=(",", ":"))


def publish(channel: str, event: dict[str, Any]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_notify(%s, %s)", [channel, encoded(event)])


def text_pieces(text: str, limit: int = STREAM_PIECE_BYTES) -> list[str]:
    """``text`` cut so that each piece, JSON-encoded as UTF-8, takes at most ``limit`` bytes
    (escapes and multi-byte characters included)."""
    pieces: list[str] = []
    start, size = 0, 0
    for index, char in enumerate(text):
        width = len(json.dumps(char, ensure_ascii=False).encode()) - 2
        if size + width > limit and index > start:
            pieces.append(text[start:index])
            start, size = index, 0
        size += width
    if start < len(text):
        pieces.append(text[start:])
    return pieces
