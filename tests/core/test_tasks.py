"""The queue probe: a do-nothing task that the queue benchmark (bench/queue.py) runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from procrastinate.contrib.django import app
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.core.tasks import PROBE_QUEUE, queue_probe
from tests.processes import child_environment, wait_until


def test_workers_import_the_probe_task_on_its_own_queue() -> None:
    # given the modules a worker imports at start-up (core is not an app: no autodiscovery)
    assert "skillsync.core.tasks" in app.import_paths
    app.perform_import_paths()
    # then the probe is a task of the app, on the probe queue only
    assert app.tasks["skillsync.core.tasks.queue_probe"] is queue_probe
    assert queue_probe.queue == PROBE_QUEUE == "probe"


def test_a_deferred_probe_waits_on_the_probe_queue_and_does_nothing(db: None) -> None:
    # when a probe is deferred
    job_id = queue_probe.defer()
    # then it waits for a worker of the probe queue
    job = ProcrastinateJob.objects.get(id=job_id)
    assert (job.queue_name, job.task_name, job.status) == (
        "probe",
        "skillsync.core.tasks.queue_probe",
        "todo",
    )
    assert job.args == {}
    # and running it does nothing
    assert queue_probe() is None


@pytest.mark.django_db(transaction=True)
@pytest.mark.timeout(120)
def test_a_real_worker_runs_the_probe(tmp_path: Path) -> None:
    """`skillsync worker` finds tasks outside the apps' `tasks` modules, as the benchmark needs."""
    job_id = queue_probe.defer()
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "skillsync.cli", "worker", "--queue", PROBE_QUEUE],
        env=child_environment(),
        cwd=settings.BASE_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:

        def finished() -> bool:
            return ProcrastinateJob.objects.get(id=job_id).status in ("succeeded", "failed")

        assert wait_until(finished, 60, every=0.2), (tmp_path / "worker.log").read_text()
        assert ProcrastinateJob.objects.get(id=job_id).status == "succeeded"
    finally:
        worker.kill()
        worker.wait(timeout=10)
