"""Worker processes under faults that leave them alive: their database sessions terminated, a
provider that hangs, SIGTERM while work runs. Real `skillsync worker` processes on the test's
database, generating through the fake provider."""

from __future__ import annotations

import signal
import time
from datetime import datetime
from functools import partial

import pytest
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.generation.models import GenerationRequest, ProviderCall
from skillsync.generation.sweeper import sweep
from skillsync.learning.models import LessonContent
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.faults import (
    StartWorker,
    lesson_answer,
    queue_lessons,
    settled,
    terminate_worker_backends,
    unfinished,
    worker_backends,
)
from tests.processes import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(180)]


def _status(request: GenerationRequest) -> str:
    return GenerationRequest.objects.values_list("status", flat=True).get(pk=request.pk)


def _worked_since(moment: datetime) -> bool:
    return GenerationRequest.objects.filter(
        status__in=["running", "succeeded"], updated_at__gt=moment
    ).exists()


def test_workers_whose_database_sessions_are_terminated_reconnect_and_lose_nothing(
    fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    fake_llm.set_default("groq", lesson_answer(latency=0.5))
    requests = queue_lessons(12)
    workers = [start_worker(), start_worker()]
    for _ in range(3):
        # Cut them off while they work, once they have claimed or stored something since the
        # last time (so each cut finds them reconnected and busy).
        assert wait_until(partial(_worked_since, timezone.now()), 30), unfinished()
        assert terminate_worker_backends() > 0
    for _ in range(60):  # then a flapping network: cut after cut, whatever they are doing
        terminate_worker_backends()
        time.sleep(0.03)

    def drained() -> bool:
        sweep()
        return settled()

    assert wait_until(drained, 60, every=0.5), unfinished()
    assert [worker.poll() for worker in workers] == [None, None]  # neither gave up
    assert wait_until(lambda: len(worker_backends()) >= 2, 20)  # both are connected again
    assert set(GenerationRequest.objects.values_list("status", flat=True)) == {"succeeded"}
    assert GenerationRequest.objects.count() == len(requests)
    topics = {r.lesson.title for r in GenerationRequest.objects.select_related("lesson")}
    assert LessonContent.objects.count() == len(topics)


def test_a_provider_that_hangs_times_out_counts_the_delivery_and_the_next_one_succeeds(
    fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    fake_llm.script("groq", fake.hang(60))  # the first call hangs, later ones answer
    request = queue_lessons(1)[0]
    started = time.monotonic()
    start_worker(
        SKILLSYNC_GENERATION_CALL_TIMEOUT_SECONDS="2",
        SKILLSYNC_GENERATION_RETRY_DELAY_SECONDS="2",
    )

    def failed_once() -> bool:
        request.refresh_from_db()
        return request.status == "queued" and request.deliveries == 1

    assert wait_until(failed_once, 30, every=0.05), unfinished()
    assert time.monotonic() - started < 20  # the call gave up after 2 s, not 60
    assert "timed out after 2 s" in request.last_error
    assert request.lesson.generation_status == "queued"

    assert wait_until(lambda: _status(request) == "succeeded", 30), unfinished()
    request.refresh_from_db()
    assert request.deliveries == 2
    assert "timed out" in request.last_error
    outcomes = list(ProviderCall.objects.order_by("started_at").values_list("outcome", flat=True))
    assert outcomes == ["timeout", "ok"]
    assert len(fake_llm.requests_for("groq")) == 2


def test_sigterm_lets_the_running_job_finish_and_exits_cleanly(
    fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    fake_llm.set_default("groq", lesson_answer(latency=3))
    request = queue_lessons(1)[0]
    worker = start_worker("--shutdown-timeout", "20")
    assert wait_until(lambda: _status(request) == "running", 30), unfinished()

    worker.send_signal(signal.SIGTERM)
    assert _status(request) == "running"  # signalled in the middle of the job

    assert worker.wait(timeout=20) == 0
    request.refresh_from_db()
    assert (request.status, request.deliveries) == ("succeeded", 1)
    job = ProcrastinateJob.objects.get(args__request_id=str(request.id))
    assert job.status == "succeeded"


def test_sigterm_past_the_shutdown_timeout_releases_the_delivery_for_another_worker(
    fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    fake_llm.script("groq", fake.hang(60))
    request = queue_lessons(1)[0]
    first_job = ProcrastinateJob.objects.get(args__request_id=str(request.id))
    worker = start_worker("--shutdown-timeout", "1")
    assert wait_until(lambda: _status(request) == "running", 30), unfinished()
    # Signalled while the provider call hangs (research and reuse come before it).
    assert wait_until(lambda: bool(fake_llm.requests_for("groq")), 30), unfinished()

    signalled = time.monotonic()
    worker.send_signal(signal.SIGTERM)

    assert worker.wait(timeout=15) == 0
    assert time.monotonic() - signalled < 10  # not held by the hanging call
    request.refresh_from_db()
    assert (request.status, request.deliveries) == ("queued", 0)  # the delivery not counted
    assert "shut down" in request.last_error
    assert request.lesson.generation_status == "queued"
    first_job.refresh_from_db()
    assert first_job.status == "aborted"
    waiting = ProcrastinateJob.objects.filter(args__request_id=str(request.id), status="todo")
    assert waiting.count() == 1  # a new job waits for it

    start_worker()
    assert wait_until(lambda: _status(request) == "succeeded", 30), unfinished()
    request.refresh_from_db()
    assert request.deliveries == 1
