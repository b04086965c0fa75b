"""Jobs that belong to no domain.

``queue_probe`` does nothing. It exists to measure the job queue itself — the time from a
``defer`` to a worker starting the job, and how many jobs a worker gets through — without any
task's own work in the figures (``bench/queue.py``). It runs on its own queue, ``probe``, so a
probe never waits behind real work and real work never waits behind probes: only a worker
started with ``--queue probe`` (or on all queues) runs it.
"""

from __future__ import annotations

from procrastinate.contrib.django import app

PROBE_QUEUE = "probe"


@app.task(queue=PROBE_QUEUE, pass_context=False)
def queue_probe() -> None:
    """Nothing: the job's events (deferred, started, succeeded) are the measurement."""
