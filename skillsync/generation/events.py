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
# PostgreSQL refuses payloads of 8000 bytes or more; text is sent in pieces well below that.
STREAM_PIECE_CHARS = 1000


def publish(channel: str, event: dict[str, Any]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_notify(%s, %s)", [channel, json.dumps(event)])
