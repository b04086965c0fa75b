"""The lesson-generation queue's guarantees against the real database and procrastinate's job
table: enqueue with the status change, duplicate detection, exactly-once results, TTL, lease
lapses, and dead-lettering after the maximum number of deliveries."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.db import transaction
from django.utils import timezone
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.accounts.models import User
from skillsync.generation.delivery import process_request
from skillsync.generation.models import GenerationRequest, ProviderCall
from skillsync.generation.providers.router import ProvidersBusy
from skillsync.generation.queue import module_generation_request
from skillsync.generation.sweeper import sweep
from skillsync.learning.models import Lesson, LessonContent, Module
from tests.conftest import GraphQL, access_token, post_graphql

GENERATE = """mutation($id: ID!) { generateModuleLessons(moduleId: $id) {
  id generationStatus lessons { id generationStatus } } }"""


def _jobs() -> list[ProcrastinateJob]:
    return list(ProcrastinateJob.objects.filter(task_name__endswith="generate_lesson"))


def _first_module(user: User, onboard: Callable[..., Any]) -> Module:
    roadmap = onboard(user)
    module = Module.objects.filter(roadmap=roadmap).order_by("position").first()
    assert module is not None
    return module


def test_generate_queues_every_lesson_with_a_job_and_returns_at_once(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    module = _first_module(user, onboard)
    lessons = Lesson.objects.filter(module=module).count()

    result = as_user(GENERATE, {"id": str(module.id)})["data"]["generateModuleLessons"]

    assert result["generationStatus"] == "QUEUED"
    assert {lesson["generationStatus"] for lesson in result["lessons"]} == {"QUEUED"}
    assert GenerationRequest.objects.filter(lesson__module=module).count() == lessons
    assert len(_jobs()) == lessons
    assert {job.queue_name for job in _jobs()} == {"lesson-generation"}


def test_asking_again_makes_no_new_work(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    module = _first_module(user, onboard)
    as_user(GENERATE, {"id": str(module.id)})
    as_user(GENERATE, {"id": str(module.id)})
    assert len(_jobs()) == Lesson.objects.filter(module=module).count()


def test_enqueue_in_a_transaction_that_rolls_back_leaves_no_job(
    user: User, onboard: Callable[..., Any]
) -> None:
    module = _first_module(user, onboard)
    with pytest.raises(RuntimeError), transaction.atomic():  # noqa: PT012 - rolls back
        module_generation_request(user=user, module_id=module.id)
        raise RuntimeError("the caller failed after enqueueing")
    assert _jobs() == []
    assert not GenerationRequest.objects.exists()
    module.refresh_from_db()
    assert module.generation_status == "not_started"


def test_someone_elses_module_is_not_found_and_nothing_is_queued(
    client: Any, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    module = _first_module(user, onboard)
    result = post_graphql(client, GENERATE, {"id": str(module.id)}, token=access_token(other_user))
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert _jobs() == []


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_generate_calls_make_one_request_per_lesson() -> None:
    from tests.concurrency import outcomes_in_parallel
    from tests.conftest import new_roadmap

    roadmap = new_roadmap(goal="Learn Python", style="reading")
    user = roadmap.owner
    module = Module.objects.filter(roadmap=roadmap).order_by("position").first()
    assert module is not None

    def generate() -> str:
        return module_generation_request(user=user, module_id=module.id).generation_status

    results = outcomes_in_parallel(50, generate)

    assert set(results) == {"queued"}
    lessons = Lesson.objects.filter(module=module).count()
    assert GenerationRequest.objects.count() == lessons
    assert len(_jobs()) == lessons


def _queued(user: User, onboard: Callable[..., Any]) -> list[GenerationRequest]:
    module = _first_module(user, onboard)
    module_generation_request(user=user, module_id=module.id)
    return list(GenerationRequest.objects.filter(lesson__module=module))


def test_a_delivery_stores_the_result_once_and_a_redelivery_does_nothing(
    user: User, onboard: Callable[..., Any]
) -> None:
    requests = _queued(user, onboard)
    for request in requests:
        assert process_request(request.id) == "generated"
    module = requests[0].lesson.module
    module.refresh_from_db()
    assert module.generation_status == "ready"
    contents = LessonContent.objects.count()
    assert contents == len(requests)
    assert all(lesson.content_id for lesson in Lesson.objects.filter(module=module))
    metadata = LessonContent.objects.first().generation_metadata  # type: ignore[union-attr]
    assert metadata["ai_provider"] == "builtin"
    assert {"prompt", "system_prompt", "model", "generated_at", "deployment"} <= set(metadata)

    # The job is delivered again (say the worker died before acknowledging it).
    assert process_request(requests[0].id) == "skipped"
    assert LessonContent.objects.count() == contents


def test_a_lesson_is_generated_and_kept_in_the_learners_language(
    user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user, preferred_language="pt")
    module = Module.objects.filter(roadmap=roadmap).order_by("position").first()
    assert module is not None
    module_generation_request(user=user, module_id=module.id)
    request = GenerationRequest.objects.filter(lesson__module=module).first()
    assert request is not None
    process_request(request.id)
    content = LessonContent.objects.get()
    assert content.language == "pt"
    assert ":pt:" in content.cache_key
    assert '"language": "pt"' in content.generation_metadata["prompt"]


def test_another_learners_same_lesson_reuses_the_content(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    for request in _queued(user, onboard):
        process_request(request.id)
    lessons = ProviderCall.objects.filter(task="lesson")
    calls = lessons.count()
    outcomes = [process_request(request.id) for request in _queued(other_user, onboard)]
    assert set(outcomes) == {"reused"}
    assert lessons.count() == calls  # no new generation at all


def test_a_request_past_its_ttl_is_never_executed(user: User, onboard: Callable[..., Any]) -> None:
    request = _queued(user, onboard)[0]
    GenerationRequest.objects.filter(pk=request.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert process_request(request.id) == "skipped"
    request.refresh_from_db()
    assert request.status == "expired"
    assert request.lesson.generation_status == "failed"
    assert not ProviderCall.objects.exists()


def test_the_sweeper_expires_a_stale_backlog(user: User, onboard: Callable[..., Any]) -> None:
    requests = _queued(user, onboard)
    GenerationRequest.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert sweep() == {"retried_jobs": 0, "redelivered": 0, "expired": len(requests)}
    assert set(GenerationRequest.objects.values_list("status", flat=True)) == {"expired"}


def test_a_lapsed_lease_is_taken_back_and_delivered_again(
    user: User, onboard: Callable[..., Any]
) -> None:
    request = _queued(user, onboard)[0]
    # A worker claimed it, then stopped heart-beating (killed).
    GenerationRequest.objects.filter(pk=request.pk).update(
        status="running", deliveries=1, lease_until=timezone.now() - timedelta(seconds=1)
    )
    jobs_before = len(_jobs())
    assert sweep()["redelivered"] == 1
    assert len(_jobs()) == jobs_before + 1
    assert process_request(request.id) == "generated"
    request.refresh_from_db()
    assert (request.status, request.deliveries) == ("succeeded", 2)


@pytest.fixture
def unlimited_groq(fake_llm: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> Iterator[Any]:
    """An operator's catalog with one fake provider and no limits of its own, answering with a
    valid lesson."""
    from skillsync.generation.providers.catalog import catalog
    from skillsync.settings import env
    from tests.generation.faults import lesson_answer

    fake_llm.set_default("groq", lesson_answer())

    path = tmp_path / "providers.toml"
    path.write_text(
        'chain = ["groq"]\n[providers.groq]\nkind = "openai_compatible"\n'
        f'base_url = "{fake_llm.url("groq")}"\nmodel = "openai/gpt-oss-120b"\n'
        'api_key_env = "GROQ_API_KEY"\nfree = true\n'
    )
    monkeypatch.setattr(env, "PROVIDERS_FILE", str(path))
    monkeypatch.setattr(env, "PROVIDER_CHAIN", [])
    monkeypatch.setenv("GROQ_API_KEY", "test-groq-key")
    catalog.cache_clear()
    yield fake_llm
    catalog.cache_clear()


def test_a_request_that_always_fails_is_dead_lettered_after_ten_deliveries(
    user: User, onboard: Callable[..., Any], unlimited_groq: Any
) -> None:
    from tests.fakes import llm_behaviours as fake

    unlimited_groq.set_default("groq", fake.malformed())  # every answer is garbage
    request = _queued(user, onboard)[0]
    for _ in range(10):
        with pytest.raises(ProvidersBusy):
            process_request(request.id)
    request.refresh_from_db()
    assert request.status == "dead_lettered"
    assert request.deliveries == 10
    assert request.dead_letter_reason == "failed: ProvidersBusy"
    assert "invalid_output" in request.last_error
    assert process_request(request.id) == "skipped"  # an 11th delivery does nothing
    assert request.lesson.generation_status == "failed"


def test_a_provider_that_hangs_past_the_generation_time_limit_fails_the_delivery(
    user: User, onboard: Callable[..., Any], unlimited_groq: Any, settings: Any
) -> None:
    from skillsync.generation.lessons import GenerationTimeoutError
    from tests.fakes import llm_behaviours as fake

    settings.GENERATION_CALL_TIMEOUT = timedelta(seconds=1)
    unlimited_groq.script("groq", fake.hang(30))
    request = _queued(user, onboard)[0]
    jobs = len(_jobs())
    started = time.monotonic()

    with pytest.raises(GenerationTimeoutError):
        process_request(request.id)

    assert time.monotonic() - started < 5
    request.refresh_from_db()
    assert (request.status, request.deliveries) == ("queued", 1)  # counted, to be retried
    assert "timed out after 1 s" in request.last_error
    assert len(_jobs()) == jobs + 1
    assert process_request(request.id) == "generated"  # the provider answers now
    request.refresh_from_db()
    assert (request.status, request.deliveries) == ("succeeded", 2)


def _listener() -> Any:
    import psycopg
    from django.db import connection

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    listener = psycopg.connect(**params, autocommit=True)
    listener.execute("LISTEN skillsync_generation")
    return listener


def _events(listener: Any) -> list[dict[str, str]]:
    import json

    return [json.loads(n.payload) for n in listener.notifies(timeout=0.5, stop_after=100)]


@pytest.mark.django_db(transaction=True)
def test_every_status_change_is_published_in_order_at_commit() -> None:
    from tests.conftest import new_roadmap

    roadmap = new_roadmap(goal="Learn Python", style="reading")
    user = roadmap.owner
    module = Module.objects.filter(roadmap=roadmap).order_by("position").first()
    assert module is not None
    listener = _listener()
    try:
        module_generation_request(user=user, module_id=module.id)
        request = GenerationRequest.objects.filter(lesson__module=module).first()
        assert request is not None
        process_request(request.id)
        events = _events(listener)
    finally:
        listener.close()

    lesson_events = [e["status"] for e in events if e.get("lesson") == str(request.lesson_id)]
    assert lesson_events == ["queued", "generating", "ready"]
    assert all(e["module"] == str(module.id) for e in events if "lesson" in e)
    module_events = [
        e["status"] for e in events if "lesson" not in e and e.get("module") == str(module.id)
    ]
    assert module_events[0] == "queued"
    assert module_events[-1] in ("queued", "generating")  # other lessons still to do


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_enqueue_publishes_nothing() -> None:
    from tests.conftest import new_roadmap

    roadmap = new_roadmap(goal="Learn Go", style="video")
    user = roadmap.owner
    module = Module.objects.filter(roadmap=roadmap).first()
    assert module is not None
    listener = _listener()
    try:
        with pytest.raises(RuntimeError), transaction.atomic():  # noqa: PT012 - rolls back
            module_generation_request(user=user, module_id=module.id)
            raise RuntimeError("rolled back")
        assert _events(listener) == []
    finally:
        listener.close()


def test_dead_letters_can_be_listed_shown_requeued_and_purged(
    user: User, onboard: Callable[..., Any]
) -> None:
    from io import StringIO

    from django.core.management import call_command

    first, second = _queued(user, onboard)[:2]
    GenerationRequest.objects.filter(pk__in=[first.pk, second.pk]).update(
        status="dead_lettered",
        deliveries=10,
        dead_letter_reason="failed: ServerError",
        finished_at=timezone.now(),
    )
    out = StringIO()
    call_command("dlq", "list", stdout=out)
    assert str(first.id) in out.getvalue()
    assert "failed: ServerError" in out.getvalue()

    out = StringIO()
    call_command("dlq", "show", str(first.id), stdout=out)
    assert '"deliveries": 10' in out.getvalue()

    jobs = len(_jobs())
    call_command("dlq", "requeue", str(first.id), stdout=StringIO())
    first.refresh_from_db()
    assert (first.status, first.deliveries) == ("queued", 0)
    assert len(_jobs()) == jobs + 1
    assert process_request(first.id) == "generated"

    call_command("dlq", "purge", stdout=StringIO())
    assert not GenerationRequest.objects.filter(status="dead_lettered").exists()


def test_requeue_refuses_requests_that_are_not_dead(
    user: User, onboard: Callable[..., Any]
) -> None:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    request = _queued(user, onboard)[0]
    with pytest.raises(CommandError, match="not dead-lettered"):
        call_command("dlq", "requeue", str(request.id))
    with pytest.raises(CommandError, match="no generation request"):
        call_command("dlq", "show", "not-a-uuid")


def test_readyz_reports_queue_depth_and_oldest_age(
    client: Any, user: User, onboard: Callable[..., Any]
) -> None:
    requests = _queued(user, onboard)
    GenerationRequest.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    queue = client.get("/readyz").json()["queue"]
    assert queue["depth"] == len(requests)
    assert 290 < queue["oldest_age_seconds"] < 400


def test_a_queued_request_whose_job_failed_gets_a_new_job(
    user: User, onboard: Callable[..., Any]
) -> None:
    request = _queued(user, onboard)[0]
    # Its job failed before it could claim the request (say the database went away then):
    # the request stays queued with no job waiting for it.
    ProcrastinateJob.objects.filter(args__request_id=str(request.id)).update(status="failed")
    GenerationRequest.objects.filter(pk=request.pk).update(
        updated_at=timezone.now() - timedelta(minutes=11)
    )
    assert sweep()["redelivered"] == 1
    waiting = ProcrastinateJob.objects.filter(args__request_id=str(request.id), status="todo")
    assert waiting.count() == 1
    assert sweep()["redelivered"] == 0  # once is enough: a job now waits for it


def _worker_row(*, silent_for: timedelta) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO procrastinate_workers (last_heartbeat) "
            "VALUES (NOW() - make_interval(secs => %s)) RETURNING id",
            [silent_for.total_seconds()],
        )
        row = cursor.fetchone()
    assert row is not None
    return int(row[0])


def test_the_jobs_of_a_worker_that_stopped_heart_beating_go_back_to_the_queue(
    user: User, onboard: Callable[..., Any], settings: Any
) -> None:
    settings.WORKER_STALLED_AFTER = timedelta(seconds=60)
    dead, alive = (
        _worker_row(silent_for=timedelta(seconds=61)),
        _worker_row(silent_for=timedelta(seconds=5)),
    )
    first, second = _queued(user, onboard)[:2]
    ProcrastinateJob.objects.filter(args__request_id=str(first.id)).update(
        status="doing", worker_id=dead
    )
    ProcrastinateJob.objects.filter(args__request_id=str(second.id)).update(
        status="doing", worker_id=alive
    )

    assert sweep()["retried_jobs"] == 1

    retried = ProcrastinateJob.objects.get(args__request_id=str(first.id))
    assert (retried.status, retried.attempts) == ("todo", 1)
    assert ProcrastinateJob.objects.get(args__request_id=str(second.id)).status == "doing"
    assert sweep()["retried_jobs"] == 0  # a job back in the queue is not stalled any more
    assert process_request(first.id) == "generated"
