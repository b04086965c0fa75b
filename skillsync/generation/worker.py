"""A job worker (`skillsync worker`): procrastinate's worker on the PostgreSQL queue, with the
heartbeat period from the settings and a bounded shutdown.

On SIGTERM or SIGINT the worker stops fetching jobs and lets the running ones finish, for up to
``shutdown_timeout`` seconds (a second signal cuts the wait short). Work still running then is
handed back rather than left half-done: each lesson delivery is released (its request queued
again, the delivery not counted, a new job waiting) and its job marked aborted; any other job
goes back to the queue. Then the process exits at once: a thread blocked in a provider call
cannot be interrupted, and nothing it could still do would be kept.

procrastinate stops a worker whose own query fails (the database restarting, its session
terminated); it is started again in the same process (see MAX_FAILURES).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import uuid
from collections.abc import Coroutine, Iterable
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import connection
from django.utils import timezone
from procrastinate import jobs
from procrastinate import worker as procrastinate_worker
from procrastinate.contrib.django import app
from procrastinate.contrib.django.django_connector import DjangoConnector

from skillsync.core.log_context import job_log_context

logger = logging.getLogger(__name__)
SHUTDOWN_REASON = "the worker shut down before the delivery finished"
# A worker that stops by itself (a failed query or side task) is started again in the same
# process, unless it stopped within HEALTHY_RUN_SECONDS of starting more than MAX_FAILURES
# times in a row: then the process exits 1, for its supervisor to restart.
MAX_FAILURES = 5
HEALTHY_RUN_SECONDS = 60.0


def run(*, queues: Iterable[str] | None, concurrency: int, shutdown_timeout: float) -> int:
    """Run a worker until it is asked to stop; the process's exit status."""
    # The Django connector cannot LISTEN; workers use procrastinate's pool on the same database
    # (what `manage.py procrastinate worker` does).
    assert isinstance(app.connector, DjangoConnector)
    with app.replace_connector(app.connector.get_worker_connector()):
        return asyncio.run(
            _serve(
                queues=list(queues) if queues else None,
                concurrency=concurrency,
                shutdown_timeout=shutdown_timeout,
            )
        )


class _Signals:
    """SIGTERM/SIGINT: the first asks the current worker to stop, a second cuts the wait."""

    def __init__(self) -> None:
        self.stop_requested, self.hurry = asyncio.Event(), asyncio.Event()
        self.worker: procrastinate_worker.Worker | None = None
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.received)

    def received(self) -> None:
        if self.stop_requested.is_set():
            self.hurry.set()
        self.stop_requested.set()
        if self.worker is not None:
            self.worker.stop()  # type: ignore[no-untyped-call]


async def _serve(*, queues: list[str] | None, concurrency: int, shutdown_timeout: float) -> int:
    async with app.open_async():
        signals = _Signals()
        print(f"worker on {', '.join(queues) if queues else 'all queues'}", file=sys.stderr)
        running = await _run_until_stopped(signals, queues=queues, concurrency=concurrency)
        if isinstance(running, int):
            return running
        if not running.done():
            await _first(running, signals.hurry.wait(), timeout=shutdown_timeout)
        if running.done():
            if not running.cancelled() and running.exception() is not None:
                logger.error("the worker failed while stopping", exc_info=running.exception())
            return 0
        assert signals.worker is not None
        try:
            await _hand_back(signals.worker)
        except Exception:  # exit all the same: leases lapse, the sweeper takes the rest back
            logger.exception("could not hand back all running work at shutdown")
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        # Now, without closing the pool or joining threads: a thread blocked in a provider call
        # would hold the exit until its call ends, and nothing it could still do is kept.
        os._exit(0)


async def _run_until_stopped(
    signals: _Signals, *, queues: list[str] | None, concurrency: int
) -> asyncio.Task[None] | int:
    """Run workers until a stop is requested: the running worker's task then (it is stopping),
    or an exit status when there is none (stopped between two, or failing over and over)."""
    loop = asyncio.get_running_loop()
    failures = 0
    while not signals.stop_requested.is_set():  # bounded: MAX_FAILURES short runs in a row
        signals.worker = _new_worker(queues=queues, concurrency=concurrency)
        started = loop.time()
        running = asyncio.create_task(signals.worker.run(), name="worker")  # type: ignore[no-untyped-call]
        await _first(running, signals.stop_requested.wait())
        if signals.stop_requested.is_set():
            return running
        # It stopped by itself: a query or a side task failed (database restarting, session
        # terminated); its running jobs have finished. Start a fresh one, unless it keeps
        # failing at once.
        failures = 0 if loop.time() - started >= HEALTHY_RUN_SECONDS else failures + 1
        error = running.exception()
        if failures > MAX_FAILURES:
            logger.error("the worker keeps stopping (%r); exiting for a restart", error)
            return 1
        logger.warning("the worker stopped (%r); starting it again", error)
        await _first(asyncio.sleep(min(failures, 5)), signals.stop_requested.wait())
    return 0


def _new_worker(*, queues: list[str] | None, concurrency: int) -> procrastinate_worker.Worker:
    # Tasks outside the installed apps' `tasks` modules (the queue probe).
    app.perform_import_paths()  # type: ignore[no-untyped-call]
    defaults = app.worker_defaults  # the Django connection clean-up around each task
    options: dict[str, Any] = {
        **defaults,
        # Outermost: each job's log lines carry its id and its request's (core/log_context.py).
        "task_middleware": [job_log_context, *defaults.get("task_middleware", [])],
        "queues": queues,
        "concurrency": concurrency,
        "install_signal_handlers": False,  # ours, in _serve
        "update_heartbeat_interval": settings.WORKER_HEARTBEAT.total_seconds(),
        "stalled_worker_timeout": settings.WORKER_STALLED_AFTER.total_seconds(),
    }
    return procrastinate_worker.Worker(app=app, **options)


async def _first(
    *waits: asyncio.Future[Any] | Coroutine[Any, Any, Any], timeout: float | None = None
) -> None:
    """Wait until any of ``waits`` is done, or ``timeout`` passes. Coroutines are run for the
    wait and cancelled after it; tasks passed in are left running."""
    ours = [asyncio.ensure_future(wait) for wait in waits if asyncio.iscoroutine(wait)]
    theirs = [wait for wait in waits if isinstance(wait, asyncio.Future)]
    try:
        await asyncio.wait({*ours, *theirs}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in ours:
            wait.cancel()


async def _hand_back(worker: procrastinate_worker.Worker) -> None:
    """Give back what is still running when the grace period ends (see the module doc)."""
    from skillsync.generation.tasks import generate_lesson

    released = {str(request_id) for request_id in await sync_to_async(_release_deliveries)()}
    worker_id = worker.worker_id
    if worker_id is None:
        return
    for job in await app.job_manager.list_jobs_async(worker_id=worker_id, status="doing"):
        assert job.id is not None
        if job.task_name == generate_lesson.name and job.task_kwargs.get("request_id") in released:
            await app.job_manager.finish_job_by_id_async(
                job_id=job.id, status=jobs.Status.ABORTED, delete_job=False
            )
        else:
            await app.job_manager.retry_job_by_id_async(job_id=job.id, retry_at=timezone.now())
        logger.warning("job %s (%s) handed back at shutdown", job.id, job.task_name)
    await app.job_manager.unregister_worker(worker_id)


def _release_deliveries() -> list[uuid.UUID]:
    from skillsync.generation.delivery import release_in_flight

    try:
        released = release_in_flight(SHUTDOWN_REASON)
    finally:
        connection.close()
    for request_id in released:
        logger.warning("generation request %s released at shutdown", request_id)
    return released
