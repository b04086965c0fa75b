"""The log formatters every SkillSync process uses (``settings/logging.py`` picks one with
``SKILLSYNC_LOG_FORMAT``).

- ``JsonFormatter``: one JSON object a line —
  ``{"time": "2026-11-25T10:00:00.123Z", "level": "INFO", "logger": "skillsync.jobs",
  "message": "...", "request_id": "...", "user": "...", "job_id": "...", "task": "...",
  "generation_id": "...", "pid": 1234}``, plus ``"exception"`` (the traceback) when there is
  one. Context fields (``log_context.py``) appear only when bound.
- ``TextFormatter``: ``time LEVEL logger message [request_id=… user=… job_id=…]``.

Both redact secrets from the whole line, whatever logged it, as a last line of defence (the
code itself never logs request bodies, variables or headers): the values of the secret
variables in the environment and settings (API keys, tokens, signing keys, the database
password), bearer tokens, JWTs, ``Authorization`` headers, and the value after any
``password``/``secret``/``token``/``api_key`` name.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime
from typing import Any

from django.conf import settings

from skillsync.core import log_context
from skillsync.settings import env

REDACTED = "[redacted]"
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_AUTHORIZATION = re.compile(r"(?i)(\bauthorization[\"']?\s*[:=]\s*[\"']?)[^\"'\r\n,}]+")
_NAMED_SECRET = re.compile(
    r"(?i)(\b[\w-]*(?:password|passwd|secret|token|api[_-]?key|apikey)[\"']?\s*[:=]\s*)"
    r"(\"[^\"]*\"|'[^']*'|[^\s,;&\"'}]+)"
)


def _secrets() -> list[str]:
    """Known secret values, longest first (so a key that contains another goes whole)."""
    values = set(env.secret_values())
    if settings.configured:
        for name in ("SECRET_KEY", "JWT_SIGNING_KEY", "METRICS_TOKEN"):
            value = getattr(settings, name, "")
            if isinstance(value, str) and len(value) >= 8:
                values.add(value)
        values.update(key for key in getattr(settings, "JWT_PREVIOUS_KEYS", ()) if len(key) >= 8)
    return sorted(values, key=len, reverse=True)


def redact(text: str) -> str:
    for value in _secrets():
        if value in text:
            text = text.replace(value, REDACTED)
    text = _AUTHORIZATION.sub(lambda m: m.group(1) + REDACTED, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _JWT.sub(REDACTED, text)
    return _NAMED_SECRET.sub(lambda m: m.group(1) + REDACTED, text)


def _context(record: logging.LogRecord) -> dict[str, str]:
    """The work this line belongs to. Formatting happens in the thread that logs (the handlers
    are synchronous), so the current context is the line's. procrastinate's own lines name
    their job in ``extra``."""
    context = log_context.current()
    job = getattr(record, "job", None)
    if "job_id" not in context and isinstance(job, dict) and job.get("id") is not None:
        context["job_id"] = str(job["id"])
    return context


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        created = datetime.fromtimestamp(record.created, UTC)
        entry: dict[str, Any] = {
            "time": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
            **_context(record),
            "pid": record.process,
        }
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        context = _context(record)
        if context:
            head, newline, rest = text.partition("\n")
            fields = " ".join(
                f"{name}={context[name]}" for name in log_context.FIELDS if name in context
            )
            text = f"{head} [{fields}]{newline}{rest}"
        return redact(text)
