"""A tutor answer's text while the provider writes it: written by the worker, read by the
``tutorStream`` subscription (the same scheme as a lesson's stream, ``generation.streaming``).

The provider streams the answer's raw JSON (``{"text": "..."}``); ``AnswerText`` pulls the
decoded text out of it as it arrives, so the learner sees words, not JSON. Each piece is
appended to the message's ``stream_text`` and announced on ``TUTOR_CHANNEL`` in the same
transaction, at most every ``StreamSink.flush_seconds``; sequence numbers only grow. A new
attempt (another provider, a repair, another delivery) announces a reset. The end is announced
as a status event (``complete`` or ``failed``): a subscriber then reads the stored message, whose
text (citations checked) replaces what streamed.

Events: ``{"lesson", "message", "seq", "text", "reset"?, "status"?}`` for pieces (a claim is a
reset with ``status: "streaming"``), ``{"lesson", "message", "seq", "status"}`` at the end. They
are routed by ``lesson``: a subscriber listens to its message's lesson and keeps its message.
"""

from __future__ import annotations

import re

from skillsync.generation.events import publish
from skillsync.generation.stream_sink import StreamSink, append_returning_sequence
from skillsync.tutor.choices import TutorMessageStatus
from skillsync.tutor.models import TutorMessage

TUTOR_CHANNEL = "skillsync_tutor_stream"

_KEY = re.compile(r'"text"\s*:\s*"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

_APPEND = f"""
    UPDATE {TutorMessage._meta.db_table}
       SET stream_text = CASE WHEN %(reset)s THEN '' ELSE stream_text END || %(text)s,
           stream_sequence = stream_sequence + 1
     WHERE id = %(id)s AND status = %(streaming)s AND deliveries = %(delivery)s
 RETURNING stream_sequence
"""  # noqa: S608 - the table name is ours; values are parameters


class AnswerText:
    """The value of the ``"text"`` field of a JSON object that arrives in pieces: ``feed``
    returns what of it became readable with each piece (escapes decoded, an escape cut in two
    waited for)."""

    def __init__(self) -> None:
        self._raw = ""
        self._at: int | None = None  # where the value's unread characters start
        self._ended = False

    def feed(self, piece: str) -> str:
        self._raw += piece
        if self._ended:
            return ""
        if self._at is None:
            found = _KEY.search(self._raw)
            if found is None:
                return ""
            self._at = found.end()
        raw, at, out = self._raw, self._at, []
        while at < len(raw):
            char = raw[at]
            if char == '"':
                self._ended = True
                break
            if char != "\\":
                out.append(char)
                at += 1
                continue
            decoded, used = _escape(raw, at)
            if used == 0:  # the rest of the escape has not arrived yet
                break
            out.append(decoded)
            at += used
        self._at = at
        return "".join(out)


def _escape(raw: str, at: int) -> tuple[str, int]:
    """The character an escape at ``raw[at]`` stands for, and its length (0: incomplete)."""
    if at + 1 >= len(raw):
        return "", 0
    kind = raw[at + 1]
    if kind != "u":
        return _ESCAPES.get(kind, kind), 2
    if at + 6 > len(raw):
        return "", 0
    try:
        code = int(raw[at + 2 : at + 6], 16)
    except ValueError:
        return "\ufffd", 6
    if 0xD800 <= code < 0xDC00:  # a surrogate pair: wait for its second half
        if at + 12 > len(raw):
            return "", 0
        if raw[at + 6 : at + 8] == "\\u":
            try:
                low = int(raw[at + 8 : at + 12], 16)
            except ValueError:
                return "\ufffd", 6
            if 0xDC00 <= low < 0xE000:
                return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), 12
        return "\ufffd", 6
    return chr(code), 6


def event(message: TutorMessage, **fields: object) -> dict[str, object]:
    return {"lesson": str(message.lesson_id), "message": str(message.pk), **fields}


def publish_event(payload: dict[str, object]) -> None:
    publish(TUTOR_CHANNEL, payload)


class TutorStream(StreamSink):
    """The ``on_chunk`` sink of one delivery of an answer: the provider's raw JSON in, the
    answer's decoded text out."""

    flush_chars = 2000

    def __init__(self, *, message: TutorMessage, delivery: int) -> None:
        super().__init__(label=f"tutor message {message.pk}")
        self.message = message
        self.delivery = delivery
        self._text = AnswerText()

    def __call__(self, raw: str) -> None:
        self.write(self._text.feed(raw))

    def restart(self) -> None:
        self._text = AnswerText()
        super().restart()

    def _append(self, text: str, *, reset: bool) -> int | None:
        return append_returning_sequence(
            _APPEND,
            {
                "reset": reset,
                "text": text,
                "id": self.message.pk,
                "streaming": TutorMessageStatus.STREAMING,
                "delivery": self.delivery,
            },
        )

    def _announce(self, sequence: int, text: str, *, reset: bool) -> None:
        fields: dict[str, object] = {"seq": sequence, "text": text}
        if reset:
            fields["reset"] = True
        publish_event(event(self.message, **fields))
