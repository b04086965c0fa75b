"""The queue under real faults: real worker processes (`skillsync worker`) on the test
database, generating through a fake provider, killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue import lesson_generation_request, sweep
from skillsync.learning.models import Lesson
from tests.conftest import new_roadmap
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer
from tests.processes import child_environment, wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]
LEASE_SECONDS = 2


@pytest.fixture
def provider_file(fake_llm: FakeLLMServer, tmp_path: Path) -> Path:
    path = tmp_path / "providers.toml"
    path.write_text(
        'chain = ["groq"]\n[providers.groq]\nkind = "openai_compatible"\n'
        f'base_url = "{fake_llm.url("groq")}"\nmodel = "openai/gpt-oss-120b"\n'
        'api_key_env = "GROQ_API_KEY"\nfree = true\n'
    )
    return path


@pytest.fixture
def start_worker(provider_file: Path, tmp_path: Path) -> Iterator[Any]:
    started: list[subprocess.Popen[bytes]] = []
    environment = child_environment(
        SKILLSYNC_PROVIDERS_FILE=str(provider_file),
        GROQ_API_KEY="test-groq-key",
        SKILLSYNC_GENERATION_LOCK_SECONDS=str(LEASE_SECONDS),
    )

    def start() -> subprocess.Popen[bytes]:
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
            ],
            env=environment,
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


def _queue_module(lessons_wanted: int) -> list[GenerationRequest]:
    """Queue exactly ``lessons_wanted`` lessons of a new learner's roadmap."""
    roadmap = new_roadmap(goal="Learn Python", style="hands_on")
    user = roadmap.owner
    lessons = Lesson.objects.filter(module__roadmap=roadmap).order_by(
        "module__position", "position"
    )[:lessons_wanted]
    for lesson in lessons:
        lesson_generation_request(user=user, lesson_id=lesson.id)
    return list(GenerationRequest.objects.all())


def _settled() -> bool:
    return not GenerationRequest.objects.filter(status__in=["queued", "running"]).exists()


def test_a_job_whose_worker_always_dies_is_dead_lettered_after_ten_deliveries(
    fake_llm: FakeLLMServer, start_worker: Any
) -> None:
    fake_llm.set_default("groq", fake.hang(30))  # every delivery is still running when killed
    request = _queue_module(1)[0]
    for _ in range(11):
        worker = start_worker()
        assert wait_until(
            lambda: GenerationRequest.objects.get(pk=request.pk).status != "queued", 30, every=0.1
        )
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
        time.sleep(LEASE_SECONDS + 0.2)
        sweep()
        if GenerationRequest.objects.get(pk=request.pk).status == "dead_lettered":
            break
        if GenerationRequest.objects.get(pk=request.pk).status == "queued":
            continue
    # The next worker (or the sweeper's redelivery) finds the tenth failure and gives up.
    worker = start_worker()
    assert wait_until(
        lambda: GenerationRequest.objects.get(pk=request.pk).status == "dead_lettered", 30
    )
    request.refresh_from_db()
    assert request.deliveries == 10
    assert "gave up after 10 deliveries" in request.dead_letter_reason
