"""What the fault tests share: real `skillsync worker` processes on the test's database,
generating through the fake Groq server, with every queue delay shortened; and a report of the
requests still unfinished, to tell which path left them behind when a test fails."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue import lesson_generation_request
from skillsync.learning.models import Lesson
from tests.conftest import new_roadmap
from tests.fakes.llm_behaviours import Behaviour, ok
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.lesson_samples import as_answer, exercise, sample_lesson
from tests.processes import child_environment

LEASE_SECONDS = 2
HEARTBEAT_SECONDS = 0.5
STALLED_SECONDS = 3
# The workers' settings: every wait of the queue shortened, so a fault recovers in seconds.
WORKER_ENVIRONMENT = {
    "SKILLSYNC_GENERATION_LOCK_SECONDS": str(LEASE_SECONDS),
    "SKILLSYNC_GENERATION_RETRY_DELAY_SECONDS": "0.5",
    "SKILLSYNC_GENERATION_BUSY_RETRY_SECONDS": "1",
    "SKILLSYNC_WORKER_HEARTBEAT_SECONDS": str(HEARTBEAT_SECONDS),
    "SKILLSYNC_WORKER_STALLED_SECONDS": str(STALLED_SECONDS),
}
StartWorker = Callable[..., "subprocess.Popen[bytes]"]


def lesson_answer(latency: float = 0) -> Behaviour:
    """A valid hands-on lesson, whatever lesson is asked for. Its exercises are not Python, so
    none is run: these tests are about the queue, not about exercise verification."""
    written = [exercise(language="text"), exercise(title="Evens", language="text")]
    return ok(as_answer(sample_lesson("hands_on", exercises=written)), latency=latency)


@pytest.fixture
def provider_file(fake_llm: FakeLLMServer, tmp_path: Path) -> Path:
    """The fake Groq as the only provider, with no limits of its own — nor on the fake's side:
    these tests are about workers and faults, not about a free tier's tokens per minute."""
    fake_llm.set_limits("groq", rpm=100_000, rpd=1_000_000, tpm=100_000_000, tpd=1_000_000_000)
    fake_llm.set_default("groq", lesson_answer())
    path = tmp_path / "providers.toml"
    path.write_text(
        'chain = ["groq"]\n[providers.groq]\nkind = "openai_compatible"\n'
        f'base_url = "{fake_llm.url("groq")}"\nmodel = "openai/gpt-oss-120b"\n'
        'api_key_env = "GROQ_API_KEY"\nfree = true\n'
    )
    return path


@pytest.fixture
def empty_job_tables() -> Iterator[None]:
    """procrastinate's tables are not Django's to flush between tests: jobs and workers left by
    another test (killed workers included) would be fetched, or found stalled, here; and this
    test's would be elsewhere."""

    def empty() -> None:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE procrastinate_jobs, procrastinate_workers CASCADE")

    empty()
    yield
    empty()


@pytest.fixture
def sweeper_settings(settings: Any) -> Any:
    """The test process runs the sweeper: it judges workers stalled as the workers are told
    to (the lease stays at its default here, so the orphan safety net cannot step in)."""
    settings.WORKER_STALLED_AFTER = timedelta(seconds=STALLED_SECONDS)
    return settings


@pytest.fixture
def start_worker(
    provider_file: Path, tmp_path: Path, sweeper_settings: Any, empty_job_tables: None
) -> Iterator[StartWorker]:
    """Start a worker on the lesson-generation queue: ``start("--shutdown-timeout", "1",
    SKILLSYNC_...="...")``. Workers still running at the end are killed."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*arguments: str, **environment: str) -> subprocess.Popen[bytes]:
        log = (tmp_path / f"worker-{len(started)}.log").open("wb")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "skillsync.cli",
                "worker",
                "--queue",
                "lesson-generation",
                "--concurrency",
                "2",
                *arguments,
            ],
            env=child_environment(
                SKILLSYNC_PROVIDERS_FILE=str(provider_file),
                GROQ_API_KEY="test-groq-key",
                **{**WORKER_ENVIRONMENT, **environment},
            ),
            cwd=settings.BASE_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def queue_lessons(count: int) -> list[GenerationRequest]:
    """Queue exactly ``count`` lessons of a new learner's roadmap."""
    roadmap = new_roadmap(goal="Learn Python", style="hands_on")
    lessons = Lesson.objects.filter(module__roadmap=roadmap).order_by(
        "module__position", "position"
    )[:count]
    for lesson in lessons:
        lesson_generation_request(user=roadmap.owner, lesson_id=lesson.id)
    requests = list(GenerationRequest.objects.filter(lesson__module__roadmap=roadmap))
    assert len(requests) == count
    return requests


def settled() -> bool:
    return not GenerationRequest.objects.filter(status__in=["queued", "running"]).exists()


def unfinished() -> str:
    """Each request still queued or running, with its procrastinate jobs."""
    lines = [f"now={timezone.now().isoformat()}"]
    for request in GenerationRequest.objects.filter(status__in=["queued", "running"]):
        lines.append(
            f"request {request.id} status={request.status} deliveries={request.deliveries} "
            f"lease_until={request.lease_until} updated_at={request.updated_at} "
            f"last_error={request.last_error!r}"
        )
        jobs = ProcrastinateJob.objects.filter(args__request_id=str(request.id)).order_by("id")
        lines.extend(
            f"  job {job.id} status={job.status} worker={job.worker_id} "
            f"scheduled_at={job.scheduled_at} attempts={job.attempts}"
            for job in jobs
        )
    return "\n".join(lines)


def worker_backends() -> list[int]:
    """The database sessions of the workers (named by `skillsync worker`), never this
    process's own."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name LIKE 'skillsync-worker-%%' AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


def terminate_worker_backends() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name LIKE 'skillsync-worker-%%' "
            "AND pid <> pg_backend_pid()"
        )
        row = cursor.fetchone()
    assert row is not None
    return int(row[0])
