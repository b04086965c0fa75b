"""Periodic maintenance of log-in sessions (autodiscovered by procrastinate's Django app)."""

from __future__ import annotations

from procrastinate.contrib.django import app

from skillsync.accounts.sessions import sessions_purge_expired


# Daily; procrastinate defers each (task, timestamp) once, however many workers run.
@app.periodic(cron="23 3 * * *")
@app.task(queue="maintenance", retry=2)
def purge_expired_sessions(timestamp: int) -> dict[str, int]:
    """Idempotent: a repeated run deletes what is left, nothing more."""
    return sessions_purge_expired()
