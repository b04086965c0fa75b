"""The queue under real faults: real worker processes (`skillsync worker`) on the test
database, generating through a fake provider, killed with SIGKILL at any moment. Afterwards
nothing is lost, nothing is generated twice, and every request ends ready or dead-lettered."""

from __future__ import annotations

import os
import random
import signal
import time
from typing import Any

import psycopg
import pytest
from django.db import connection
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.generation.models import GenerationRequest
from skillsync.generation.sweeper import sweep
from skillsync.learning.models import LessonContent
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.faults import (
    LEASE_SECONDS,
    STALLED_SECONDS,
    StartWorker,
    lesson_answer,
    queue_lessons,
    settled,
    unfinished,
    worker_backends,
)
from tests.processes import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]


def test_killing_workers_at_random_twenty_times_loses_and_duplicates_nothing(
    fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    fake_llm.set_default("groq", lesson_answer(latency=0.3))
    requests = queue_lessons(24)
    rng = random.Random(20261125)  # noqa: S311 - a reproducible schedule of kills
    workers = [start_worker(), start_worker()]
    for _ in range(20):
        time.sleep(rng.uniform(0.2, 1.0))
        victim = workers.pop(rng.randrange(len(workers)))
        os.kill(victim.pid, signal.SIGKILL)  # at any point: fetching, claiming, generating...
        victim.wait(timeout=10)
        sweep()  # what the periodic sweeper does every minute
        workers.append(start_worker())

    def drained() -> bool:
        sweep()
        return settled()

    assert wait_until(drained, 90, every=0.5), unfinished()
    assert GenerationRequest.objects.count() == len(requests)  # none lost
    assert set(GenerationRequest.objects.values_list("status", flat=True)) == {"succeeded"}
    # One content per distinct lesson topic: nothing generated twice.
    topics = {r.lesson.title for r in GenerationRequest.objects.select_related("lesson")}
    assert LessonContent.objects.count() == len(topics)
    for request in GenerationRequest.objects.select_related("lesson"):
        assert request.lesson.content_id == request.content_id
        assert request.lesson.generation_status == "ready"


def test_a_job_whose_worker_always_dies_is_dead_lettered_after_its_last_delivery(
    fake_llm: FakeLLMServer, start_worker: StartWorker, settings: Any
) -> None:
    """Each killed delivery counts; the last one allowed dead-letters the request. A request
    keeps the limit it was queued with (``GENERATION_MAX_DELIVERIES``, 10 by default): three
    here, so the test kills three workers rather than ten."""
    settings.GENERATION_MAX_DELIVERIES = 3
    fake_llm.set_default("groq", fake.hang(30))  # every delivery is still running when killed
    request = queue_lessons(1)[0]
    assert request.max_deliveries == 3
    for _ in range(4):
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
    # The next worker (or the sweeper's redelivery) finds the last failure and gives up.
    start_worker()
    assert wait_until(
        lambda: GenerationRequest.objects.get(pk=request.pk).status == "dead_lettered", 30
    ), unfinished()
    request.refresh_from_db()
    assert request.deliveries == 3
    assert "gave up after 3 deliveries" in request.dead_letter_reason


def _lock_row(request: GenerationRequest) -> psycopg.Connection[Any]:
    """Hold the request's row lock from another session, as a long transaction would."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    holder = psycopg.connect(**params)
    holder.execute(
        "SELECT 1 FROM generation_generationrequest WHERE id = %s FOR UPDATE", [request.id]
    )
    return holder


def _waiting_on_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s) AND wait_event_type = "
            "'Lock'",
            [worker_backends()],
        )
        row = cursor.fetchone()
    return bool(row and row[0])


def test_a_job_left_doing_by_a_killed_worker_goes_back_to_the_queue_and_completes(
    fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    # The case the twenty kills hit by chance: the worker took the job, then died before it
    # claimed the request. The request is still queued and its only job stays "doing".
    request = queue_lessons(1)[0]
    job = ProcrastinateJob.objects.get(args__request_id=str(request.id))
    holder = _lock_row(request)
    try:
        worker = start_worker()
        assert wait_until(_waiting_on_a_lock, 30), "the worker never reached the claim"
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        holder.close()
    job.refresh_from_db()
    request.refresh_from_db()
    assert (job.status, request.status, request.deliveries) == ("doing", "queued", 0)
    assert sweep()["retried_jobs"] == 0  # its worker's heartbeat is still recent

    assert wait_until(lambda: sweep()["retried_jobs"] == 1, STALLED_SECONDS + 10, every=0.2)
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("todo", 1)

    start_worker()
    assert wait_until(settled, 30), unfinished()
    request.refresh_from_db()
    assert (request.status, request.deliveries) == ("succeeded", 1)
    # The same job, delivered again (the worker acknowledges it just after the result).
    assert wait_until(lambda: ProcrastinateJob.objects.get(pk=job.pk).status == "succeeded", 10), (
        unfinished()
    )
    assert ProcrastinateJob.objects.filter(args__request_id=str(request.id)).count() == 1
