"""Queue benchmark: the job queue itself (procrastinate on PostgreSQL), with real
``skillsync worker`` processes running the do-nothing ``queue_probe`` task on the ``probe``
queue, so the figures are the queue's own cost and no task's work.

1. Throughput: a backlog of ``BACKLOG`` probe jobs is deferred in one transaction, then
   ``WORKERS`` worker processes are started on it. jobs/s = jobs / (first job started → last
   job finished); worker start-up comes before the first start, so it is not counted (it is in
   ``wall_clock_seconds_with_start_up``). Done once per ``--concurrency`` in
   ``CONCURRENCY_LEVELS``, with fresh workers each time; ``jobs_per_second`` is the default
   (one job at a time per worker).
2. Latency: the workers of the default run, now idle, get a steady trickle of ``TRICKLE``
   jobs, each deferred (and committed) on its own at ``TRICKLE_PER_SECOND``. Latency = the
   job's ``started`` event (a worker took it) minus its ``deferred`` event.

Every time comes from procrastinate's ``procrastinate_events`` rows, stamped by triggers with
the database's clock (``now()``: the start of the transaction that wrote them — for a defer in
autocommit, its commit a moment later; for a start or finish, the worker's own statement).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

import psutil

BACKLOG = 3000
TRICKLE = 200
TRICKLE_PER_SECOND = 40.0
WORKERS = 2
# Jobs each worker runs at once (`skillsync worker --concurrency`): a backlog run for each.
CONCURRENCY_LEVELS = (1, 4)
LATENCY_CONCURRENCY = 1  # the trickle runs on the workers of this backlog run, once idle
WAIT_SECONDS = 180.0  # bound on any one wait for the workers


def _start_workers(
    concurrency: int, log_dir: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    """Start the workers, adding each to ``processes`` as soon as it runs (for the caller to
    stop, whatever happens next)."""
    from django.conf import settings

    from skillsync.core.tasks import PROBE_QUEUE
    from tests.processes import child_environment

    environment = child_environment()
    for n in range(WORKERS):
        with (log_dir / f"worker-c{concurrency}-{n}.log").open("wb") as log:
            processes.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "skillsync.cli",
                        "worker",
                        "--queue",
                        PROBE_QUEUE,
                        "--concurrency",
                        str(concurrency),
                    ],
                    env=environment,
                    cwd=settings.BASE_DIR,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )


def _stop_workers(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM (a graceful stop), then SIGKILL whatever is still running after 10 s."""
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _statuses(job_ids: list[int]) -> dict[str, int]:
    """How many of these jobs are in each status. Only the benchmark defers probe jobs, and
    it defers them in order, so an id range on the probe queue is exactly these jobs (and
    much cheaper to ask about, many times a second, than a list of thousands of ids)."""
    from django.db.models import Count
    from procrastinate.contrib.django.models import ProcrastinateJob

    from skillsync.core.tasks import PROBE_QUEUE

    rows = (
        ProcrastinateJob.objects.filter(
            queue_name=PROBE_QUEUE, id__gte=min(job_ids), id__lte=max(job_ids)
        )
        .values_list("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    return dict(rows)


def _backend_pids() -> set[int]:
    """The PostgreSQL server processes serving clients of the benchmark database (the
    workers' connections; not this process's, nor autovacuum), when the server runs on this
    machine (the embedded one always does); none otherwise."""
    from django.db import connection

    host = connection.settings_dict.get("HOST") or ""
    if host and not host.startswith("/") and host not in ("127.0.0.1", "localhost", "::1"):
        return set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
            " AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
        )
        return {row[0] for row in cursor.fetchall()}


def _cpu_seconds(pids: set[int]) -> dict[int, float]:
    seconds = {}
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.Error:
            continue
        seconds[pid] = times.user + times.system
    return seconds


def _cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds between two readings; a process first seen in ``after`` started since."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


def _drain(job_ids: list[int], processes: list[subprocess.Popen[bytes]]) -> dict[str, float]:
    """Wait until every job has finished (fails fast if a worker exits or a job fails).

    Returns the CPU time per job spent by the workers and by PostgreSQL, counted from the
    first poll that sees a job taken (worker start-up is over by then) to the end."""
    workers = {process.pid for process in processes}
    mark: tuple[int, dict[int, float], dict[int, float]] | None = None
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        counts = _statuses(job_ids)
        succeeded = counts.get("succeeded", 0)
        if mark is None and counts.get("todo", 0) < len(job_ids):
            mark = (succeeded, _cpu_seconds(workers), _cpu_seconds(_backend_pids()))
        if succeeded == len(job_ids):
            break
        if set(counts) - {"todo", "doing", "succeeded"}:
            raise RuntimeError(f"probe jobs did not succeed: {counts}")
        if any(process.poll() is not None for process in processes):
            raise RuntimeError("a queue benchmark worker exited")
        if time.monotonic() > deadline:
            raise RuntimeError(f"probe jobs not finished after {WAIT_SECONDS} s: {counts}")
        time.sleep(0.25)
    assert mark is not None
    jobs = max(1, len(job_ids) - mark[0])
    cpu = {"workers": _cpu_used(mark[1], _cpu_seconds(workers)) * 1000 / jobs}
    backends = _backend_pids() | set(mark[2])
    if backends:
        cpu["postgresql"] = _cpu_used(mark[2], _cpu_seconds(backends)) * 1000 / jobs
    return {name: round(ms, 2) for name, ms in cpu.items()}


def _events(job_ids: list[int]) -> dict[int, dict[str, datetime]]:
    from procrastinate.contrib.django.models import ProcrastinateEvent

    events: dict[int, dict[str, datetime]] = defaultdict(dict)
    rows = ProcrastinateEvent.objects.filter(
        job_id__in=job_ids, type__in=["deferred", "started", "succeeded"]
    ).values_list("job_id", "type", "at")
    for job_id, kind, at in rows:
        events[job_id][kind] = at
    return events


def _throughput(concurrency: int, processes_started: float, job_ids: list[int]) -> dict[str, Any]:
    from procrastinate.contrib.django.models import ProcrastinateJob

    from bench.harness import percentile

    events = _events(job_ids)
    first_start = min(e["started"] for e in events.values())
    last_finish = max(e["succeeded"] for e in events.values())
    busy = (last_finish - first_start).total_seconds()
    per_worker: dict[int, list[dict[str, datetime]]] = defaultdict(list)
    for job_id, worker_id in ProcrastinateJob.objects.filter(id__in=job_ids).values_list(
        "id", "worker_id"
    ):
        per_worker[worker_id].append(events[job_id])
    figures: dict[str, Any] = {
        "concurrency_per_worker": concurrency,
        "jobs": len(job_ids),
        "seconds": round(busy, 3),
        "jobs_per_second": round(len(job_ids) / busy, 1),
        "jobs_per_worker": sorted(len(jobs) for jobs in per_worker.values()),
        # How long after the first worker's first job the other worker took its first.
        "last_worker_joined_after_s": round(
            max(
                (min(e["started"] for e in jobs) - first_start).total_seconds()
                for jobs in per_worker.values()
            ),
            3,
        ),
        "wall_clock_seconds_with_start_up": round(time.monotonic() - processes_started, 3),
    }
    if concurrency == 1:
        # One job at a time, so a worker's time splits in two. The events are stamped when the
        # fetch and the finish statements begin, so "taken → finished" is the rest of the
        # fetch, handing the task to a thread, running it and logging; "finished → next taken"
        # is the finish statement and the worker's turn back to the next fetch.
        held, between = [], []
        for jobs in per_worker.values():
            jobs.sort(key=lambda e: e["started"])
            held += [(e["succeeded"] - e["started"]).total_seconds() * 1000 for e in jobs]
            between += [
                (b["started"] - a["succeeded"]).total_seconds() * 1000 for a, b in pairwise(jobs)
            ]
        figures["per_job_ms_p50"] = {
            "taken_to_finished": round(percentile(held, 50), 2),
            "finished_to_next_taken": round(percentile(between, 50), 2),
        }
    return figures


def _latency(job_ids: list[int]) -> dict[str, float]:
    from bench.harness import percentile

    events = _events(job_ids)
    waits = sorted((e["started"] - e["deferred"]).total_seconds() for e in events.values())
    return {
        "p50_s": round(percentile(waits, 50), 4),
        "p95_s": round(percentile(waits, 95), 4),
        "max_s": round(waits[-1], 4),
    }


def _trickle() -> list[int]:
    """``TRICKLE`` jobs, one defer (one committed transaction) each, evenly spaced."""
    from skillsync.core.tasks import queue_probe

    job_ids = []
    began = time.monotonic()
    for n in range(TRICKLE):
        pause = began + n / TRICKLE_PER_SECOND - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        job_ids.append(queue_probe.defer())
    return job_ids


def run() -> dict[str, Any]:
    from django.db import transaction

    from bench.harness import bench_database, machine
    from skillsync.core.tasks import queue_probe

    runs: list[dict[str, Any]] = []
    latency: dict[str, float] = {}
    with bench_database(), tempfile.TemporaryDirectory(prefix="queue-bench-") as logs:
        for concurrency in CONCURRENCY_LEVELS:
            with transaction.atomic():
                backlog = queue_probe.batch_defer(*({} for _ in range(BACKLOG)))
            processes: list[subprocess.Popen[bytes]] = []
            processes_started = time.monotonic()
            try:
                _start_workers(concurrency, Path(logs), processes)
                cpu_ms_per_job = _drain(backlog, processes)
                runs.append(_throughput(concurrency, processes_started, backlog))
                runs[-1]["cpu_ms_per_job"] = cpu_ms_per_job
                if concurrency == LATENCY_CONCURRENCY:
                    trickle = _trickle()
                    _drain(trickle, processes)
                    latency = _latency(trickle)
            except Exception:
                for log in sorted(Path(logs).iterdir()):
                    sys.stderr.write(f"--- {log.name}\n{log.read_text()[-4000:]}\n")
                raise
            finally:
                _stop_workers(processes)
        headline = next(r for r in runs if r["concurrency_per_worker"] == 1)
        return {
            "enqueue_to_start_p50_s": latency["p50_s"],
            "enqueue_to_start_p95_s": latency["p95_s"],
            "enqueue_to_start_max_s": latency["max_s"],
            "trickle": {
                "jobs": TRICKLE,
                "per_second": TRICKLE_PER_SECOND,
                "concurrency_per_worker": LATENCY_CONCURRENCY,
            },
            # `skillsync worker` as started with no options: one job at a time.
            "jobs_per_second": headline["jobs_per_second"],
            "concurrency_per_worker": 1,
            **{
                f"jobs_per_second_concurrency_{r['concurrency_per_worker']}": r["jobs_per_second"]
                for r in runs
                if r is not headline
            },
            "worker_processes": WORKERS,
            "backlog_runs": runs,
            "machine": machine(),
        }
