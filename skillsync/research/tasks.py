"""Periodic maintenance of the research cache (autodiscovered, like every app's ``tasks``)."""

from __future__ import annotations

from procrastinate.contrib.django import app

from skillsync.research import cache

PURGE_ROUNDS = 100  # at most this many batches a run: bounded, and a backlog clears over runs


# Hourly, off the hour; one job per hour cluster-wide (procrastinate records each periodic defer
# once, however many workers run the deferrer).
@app.periodic(cron="41 * * * *")
@app.task(queue="maintenance", retry=2)
def purge_expired_research(timestamp: int) -> int:
    """Idempotent: deletes expired research results, in bounded batches."""
    total = 0
    for _ in range(PURGE_ROUNDS):
        deleted = cache.purge_expired()
        total += deleted
        if not deleted:
            break
    return total
