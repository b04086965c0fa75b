"""Periodic maintenance of the rate-limit counters (autodiscovered by procrastinate's Django
app, which imports every installed app's ``tasks`` module)."""

from __future__ import annotations

from procrastinate.contrib.django import app

from skillsync.ratelimit import services


# Daily, off the hour. Every worker runs a periodic deferrer, but procrastinate records each
# (task, timestamp) defer once, so one job is queued per day however many workers there are.
@app.periodic(cron="17 3 * * *")
@app.task(queue="maintenance", retry=2)
def purge_expired_rate_limit_counters(timestamp: int) -> int:
    """Idempotent: a retried or duplicated run deletes what is left, nothing more."""
    return services.purge_expired()
