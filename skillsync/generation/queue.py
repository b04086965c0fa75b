"""The lesson-generation queue: requests (the source of truth) and their jobs.

Semantics (the seed's Service Bus settings, each a setting):
- enqueue: the request row and its job commit together with the status change;
- duplicate detection: one request per idempotency key; asking again returns it;
- TTL: a request older than GENERATION_TTL is never executed, only marked expired;
- lock: a delivery holds a lease (GENERATION_LOCK); a worker that stops renewing it loses the
  request to the sweeper, which delivers it again;
- max deliveries: the GENERATION_MAX_DELIVERIES-th failed delivery dead-letters the request
  with its reason and last error, crash loops included (a delivery counts when it starts);
- idempotent consumer: a delivery whose result is stored does nothing; the result is written
  once, under the request's row lock;
- dead workers: a job left "doing" by a worker that stopped heart-beating goes back to the
  queue (sweeper.py, after WORKER_STALLED_AFTER); a worker asked to stop gives back, uncounted,
  the deliveries still running at the end of its shutdown timeout (``release_in_flight``).

A lesson has at most one pending (queued or running) request at a time: the services that
queue work check it under the lesson's row lock. A request either generates the lesson's
(shared) content or regenerates its current version (``versions.py``); a regeneration's result
replaces the version it started from only if the lesson still holds that version.
"""

from __future__ import annotations

import logging
import threading
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import Error as DatabaseFailure
from django.db import connection, transaction
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.generation.events import STATUS_CHANNEL, publish
from skillsync.generation.learner import Learner, learner_of
from skillsync.generation.lessons import (
    SCHEMA_VERSION,
    lesson_content_generate,
    lesson_content_regenerate,
)
from skillsync.generation.models import GenerationRequest, RequestKind, RequestStatus
from skillsync.generation.providers.router import ProvidersBusy
from skillsync.generation.streaming import LessonStream, stream_reset_at_claim
from skillsync.learning.choices import GenerationStatus
from skillsync.learning.models import Lesson, LessonContent, Module
from skillsync.learning.selectors import access_lesson, access_module

logger = logging.getLogger(__name__)
PENDING = (RequestStatus.QUEUED, RequestStatus.RUNNING)


def idempotency_key(lesson: Lesson) -> str:
    """The generation of this lesson's content in its style (never a time: asking again finds
    the same request)."""
    return f"lesson:{lesson.id}:v{SCHEMA_VERSION}:{lesson.learning_style}"


def pending_request(lesson_id: uuid.UUID) -> GenerationRequest | None:
    """The lesson's queued or running request, if any."""
    return (
        GenerationRequest.objects.filter(lesson_id=lesson_id, status__in=PENDING)
        .order_by("-created_at")
        .first()
    )


def lesson_status_set(lesson_id: uuid.UUID, status: str) -> None:
    """Set a lesson's status and publish it (with its module's), delivered at commit."""
    Lesson.objects.filter(pk=lesson_id).update(generation_status=status, updated_at=timezone.now())
    module_id = Lesson.objects.values_list("module_id", flat=True).get(pk=lesson_id)
    publish(STATUS_CHANNEL, {"lesson": str(lesson_id), "module": str(module_id), "status": status})
    _module_refresh_status(module_id)


def _module_refresh_status(module_id: uuid.UUID) -> None:
    """A module's status follows its lessons': ready when all are, failed when any failed and
    none is still moving, generating/queued while work is pending."""
    statuses = set(
        Lesson.objects.filter(module_id=module_id).values_list("generation_status", flat=True)
    )
    if statuses == {GenerationStatus.READY}:
        status = GenerationStatus.READY
    elif GenerationStatus.GENERATING in statuses:
        status = GenerationStatus.GENERATING
    elif GenerationStatus.QUEUED in statuses:
        status = GenerationStatus.QUEUED
    elif GenerationStatus.FAILED in statuses:
        status = GenerationStatus.FAILED
    else:
        status = GenerationStatus.NOT_STARTED
    changed = (
        Module.objects.filter(pk=module_id)
        .exclude(generation_status=status)
        .update(generation_status=status, updated_at=timezone.now())
    )
    if changed:
        publish(STATUS_CHANNEL, {"module": str(module_id), "status": status})


def request_create(
    lesson: Lesson,
    user: User | None,
    *,
    key: str,
    regenerate_from: LessonContent | None = None,
    instruction: str = "",
) -> GenerationRequest:
    """Inside the caller's transaction (which holds the lesson's row lock and has checked
    that nothing is pending): a new request, its job, and the lesson queued."""
    request = GenerationRequest.objects.create(
        idempotency_key=key,
        lesson=lesson,
        requested_by=user,
        kind=RequestKind.GENERATE if regenerate_from is None else RequestKind.REGENERATE,
        regenerate_from=regenerate_from,
        instruction=instruction,
        expires_at=timezone.now() + settings.GENERATION_TTL,
        max_deliveries=settings.GENERATION_MAX_DELIVERIES,
    )
    lesson_status_set(lesson.pk, GenerationStatus.QUEUED)
    from skillsync.generation.tasks import generate_lesson

    generate_lesson.defer(request_id=str(request.id))
    return request


def _enqueue(lesson: Lesson, user: User | None) -> GenerationRequest | None:
    """Inside the caller's transaction: the request, the job, the status — or nothing new."""
    pending = pending_request(lesson.pk)
    if lesson.content_id is not None:
        if pending is None and lesson.generation_status != GenerationStatus.READY:
            lesson_status_set(lesson.pk, GenerationStatus.READY)
        return None
    if pending is not None:
        return pending  # duplicate detection: the pending one answers
    key = idempotency_key(lesson)
    # A finished attempt that left no content (expired, dead-lettered, or content since
    # removed) makes way for a new one.
    GenerationRequest.objects.filter(idempotency_key=key).delete()
    return request_create(lesson, user, key=key)


@transaction.atomic
def lesson_generation_request(*, user: User, lesson_id: str | uuid.UUID) -> Lesson:
    """Queue the lesson's generation (owner only). Idempotent: a lesson that is ready or
    already queued gets no new work."""
    lesson = access_lesson(user=user, lesson_id=lesson_id)
    Lesson.objects.select_for_update().filter(pk=lesson.pk).first()
    lesson.refresh_from_db()
    _enqueue(lesson, user)
    _module_refresh_status(lesson.module_id)
    lesson.refresh_from_db()
    return lesson


@transaction.atomic
def module_generation_request(*, user: User, module_id: str | uuid.UUID) -> Module:
    """Queue every lesson of the module that has no content (owner only). Idempotent: 50
    concurrent calls make one request per lesson."""
    module = access_module(user=user, module_id=module_id)
    Module.objects.select_for_update().filter(pk=module.pk).first()  # serialise per module
    for lesson in Lesson.objects.filter(module=module).order_by("position"):
        _enqueue(lesson, user)
    _module_refresh_status(module.pk)
    module.refresh_from_db()
    return module


@dataclass(frozen=True)
class Claim:
    request_id: uuid.UUID
    lesson_id: uuid.UUID
    delivery: int
    kind: str = RequestKind.GENERATE
    regenerate_from_id: uuid.UUID | None = None
    instruction: str = ""


@transaction.atomic
def _claim(request_id: uuid.UUID) -> Claim | None:
    """Start a delivery: under the row lock, refuse expired, finished or exhausted requests,
    count the delivery (before any work, so crashes count too) and take the lease."""
    request = GenerationRequest.objects.select_for_update().filter(pk=request_id).first()
    if request is None or request.status not in (RequestStatus.QUEUED, RequestStatus.RUNNING):
        return None
    now = timezone.now()
    if (
        request.status == RequestStatus.RUNNING
        and request.lease_until
        and request.lease_until > now
    ):
        return None  # another worker holds it
    if request.expires_at <= now:
        finish_failed(request, RequestStatus.EXPIRED, "expired before it could run")
        return None
    if request.deliveries >= request.max_deliveries:
        finish_failed(
            request, RequestStatus.DEAD_LETTERED, f"gave up after {request.deliveries} deliveries"
        )
        return None
    request.deliveries += 1
    request.status = RequestStatus.RUNNING
    request.lease_until = now + settings.GENERATION_LOCK
    stream_reset_at_claim(request)
    request.save(
        update_fields=[
            "deliveries",
            "status",
            "lease_until",
            "stream_text",
            "stream_sequence",
            "updated_at",
        ]
    )
    lesson_status_set(request.lesson_id, GenerationStatus.GENERATING)
    return Claim(
        request_id=request.id,
        lesson_id=request.lesson_id,
        delivery=request.deliveries,
        kind=request.kind,
        regenerate_from_id=request.regenerate_from_id,
        instruction=request.instruction,
    )


def finish_failed(request: GenerationRequest, status: str, reason: str) -> None:
    request.status = status
    request.dead_letter_reason = reason[:200]
    request.finished_at = timezone.now()
    request.lease_until = None
    request.save()
    lesson_status_set(request.lesson_id, GenerationStatus.FAILED)


def process_request(request_id: uuid.UUID) -> str:
    """One delivery of a request, as the worker runs it. Returns what happened."""
    claim = _claim(request_id)
    if claim is None:
        return "skipped"
    lesson = Lesson.objects.select_related("module__roadmap").get(pk=claim.lesson_id)
    learner = learner_of(lesson)
    base = None
    if claim.kind == RequestKind.REGENERATE:
        if claim.regenerate_from_id is not None:
            base = LessonContent.objects.filter(pk=claim.regenerate_from_id).first()
        if base is None or lesson.content_id != base.pk:
            _abandon(claim, "the version to regenerate is no longer the lesson's")
            return "abandoned"
    try:
        with _heartbeat(claim):
            content, reused = _produce(claim, lesson, learner, base)
    except ProvidersBusy as busy:
        if busy.retry_at is None:  # every provider failed for this request: a failed delivery
            _delivery_failed(claim, busy)
            raise
        _release(claim, busy)
        return "busy"
    except Exception as error:
        _delivery_failed(claim, error)
        raise
    _store(claim, content.pk)
    if reused:
        from skillsync.generation.personal_touch import personal_touch_add

        personal_touch_add(lesson=lesson, content=content)
    if base is not None:
        return "regenerated"
    return "reused" if reused else "generated"


def _produce(
    claim: Claim, lesson: Lesson, learner: Learner, base: LessonContent | None
) -> tuple[LessonContent, bool]:
    """The content a delivery stores, and whether it was reused rather than written."""
    stream = LessonStream(
        request_id=claim.request_id, lesson_id=claim.lesson_id, delivery=claim.delivery
    )
    if base is None:
        return lesson_content_generate(
            lesson,
            difficulty=learner.difficulty,
            language=learner.language,
            industry=learner.industry,
            goal=learner.goal,
            stream=stream,
        )
    version = lesson_content_regenerate(
        lesson,
        base=base,
        instruction=claim.instruction,
        # One version per request, whichever delivery writes it.
        cache_key=f"regen:{claim.request_id}",
        industry=learner.industry,
        goal=learner.goal,
        stream=stream,
    )
    return version, False


@transaction.atomic
def _abandon(claim: Claim, reason: str) -> None:
    """A request that can no longer do what it was for: dead-lettered with the reason."""
    request = GenerationRequest.objects.select_for_update().get(pk=claim.request_id)
    if request.status != RequestStatus.RUNNING or request.deliveries != claim.delivery:
        return
    request.status = RequestStatus.DEAD_LETTERED
    request.dead_letter_reason = reason[:200]
    request.finished_at = timezone.now()
    request.lease_until = None
    request.save()
    # The lesson keeps what it holds: ready when it has content.
    has_content = Lesson.objects.filter(pk=claim.lesson_id, content__isnull=False).exists()
    lesson_status_set(
        claim.lesson_id, GenerationStatus.READY if has_content else GenerationStatus.FAILED
    )


# The deliveries this process is running, so a worker that must stop can give them back.
_in_flight: set[Claim] = set()
_in_flight_lock = threading.Lock()


@contextmanager
def _heartbeat(claim: Claim) -> Iterator[None]:
    """While the work runs, renew the lease every third of its length from a side thread: a
    slow but live delivery keeps its request; a dead worker stops renewing and loses it. The
    claim is listed as in flight meanwhile (see ``release_in_flight``)."""
    stop = threading.Event()
    every = settings.GENERATION_LOCK.total_seconds() / 3

    def renew() -> None:
        try:
            while not stop.wait(every):  # ends with the delivery
                try:
                    GenerationRequest.objects.filter(
                        pk=claim.request_id,
                        status=RequestStatus.RUNNING,
                        deliveries=claim.delivery,
                    ).update(lease_until=timezone.now() + settings.GENERATION_LOCK)
                except DatabaseFailure as error:
                    # The connection died (server restart, terminated backend): drop it, the
                    # next renewal reconnects. One missed renewal leaves two thirds of the lease.
                    logger.warning("lease renewal for %s failed: %s", claim.request_id, error)
                    connection.close()
        finally:
            connection.close()

    thread = threading.Thread(target=renew, name=f"lease-{claim.request_id}", daemon=True)
    with _in_flight_lock:
        _in_flight.add(claim)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=10)
        with _in_flight_lock:
            _in_flight.discard(claim)


def _drop_broken_connection() -> None:
    """After a failure the connection may be dead (server restart, terminated backend): close
    it so the next query reconnects, instead of failing the bookkeeping that follows."""
    if connection.in_atomic_block or not connection.errors_occurred:
        return
    if not connection.is_usable():
        connection.close()


@transaction.atomic
def _store(claim: Claim, content_id: uuid.UUID) -> None:
    """Write the result exactly once: a request already finished keeps its first result."""
    request = GenerationRequest.objects.select_for_update().get(pk=claim.request_id)
    if request.status != RequestStatus.RUNNING or request.deliveries != claim.delivery:
        return  # the lease lapsed and another delivery took over: its result wins
    request.status = RequestStatus.SUCCEEDED
    request.content_id = content_id
    request.finished_at = timezone.now()
    request.lease_until = None
    request.save()
    lessons = Lesson.objects.filter(pk=claim.lesson_id)
    if claim.kind == RequestKind.REGENERATE:
        # The new version replaces the one it was made from, and only that one.
        lessons = lessons.filter(content_id=claim.regenerate_from_id)
    else:
        lessons = lessons.filter(content__isnull=True)
    lessons.update(content_id=content_id, updated_at=timezone.now())
    lesson_status_set(claim.lesson_id, GenerationStatus.READY)


def _release(claim: Claim, busy: ProvidersBusy) -> None:
    """No provider could answer: not the request's fault. Give the delivery back and come
    back when the earliest provider budget opens."""
    _drop_broken_connection()
    later = busy.retry_at or timezone.now() + settings.GENERATION_BUSY_RETRY
    _give_back(claim, str(busy), later)


@transaction.atomic
def _give_back(claim: Claim, reason: str, later: datetime) -> bool:
    """Undo a delivery that was not the request's fault: it does not count, the request is
    queued again with a job for ``later``. False when the delivery is no longer current."""
    request = GenerationRequest.objects.select_for_update().get(pk=claim.request_id)
    if request.status != RequestStatus.RUNNING or request.deliveries != claim.delivery:
        return False
    request.deliveries -= 1
    request.status = RequestStatus.QUEUED
    request.lease_until = None
    request.last_error = reason[:2000]
    request.save()
    lesson_status_set(claim.lesson_id, GenerationStatus.QUEUED)
    from skillsync.generation.tasks import generate_lesson

    generate_lesson.configure(schedule_at=later).defer(request_id=str(request.id))
    return True


def release_in_flight(reason: str) -> list[uuid.UUID]:
    """Give back every delivery this process is still running (a worker that must stop before
    they finish): each request is queued again, uncounted, with a new job. Returns their ids.
    A delivery that finishes afterwards stores nothing: its claim is no longer current."""
    with _in_flight_lock:
        claims = list(_in_flight)
    released = []
    for claim in claims:
        try:
            if _give_back(claim, reason, timezone.now()):
                released.append(claim.request_id)
        except DatabaseFailure:  # its lease will lapse instead, and the sweeper take it back
            logger.exception("could not release generation request %s", claim.request_id)
            _drop_broken_connection()
    return released


def _delivery_failed(claim: Claim, error: Exception) -> None:
    _drop_broken_connection()
    _record_failure(claim, error)


@transaction.atomic
def _record_failure(claim: Claim, error: Exception) -> None:
    request = GenerationRequest.objects.select_for_update().get(pk=claim.request_id)
    if request.status != RequestStatus.RUNNING or request.deliveries != claim.delivery:
        return
    request.last_error = "".join(traceback.format_exception_only(error))[:2000]
    if request.deliveries >= request.max_deliveries:
        finish_failed(request, RequestStatus.DEAD_LETTERED, f"failed: {type(error).__name__}")
        return
    request.status = RequestStatus.QUEUED
    request.lease_until = None
    request.save()
    lesson_status_set(claim.lesson_id, GenerationStatus.QUEUED)
    from skillsync.generation.tasks import generate_lesson

    generate_lesson.configure(
        schedule_at=timezone.now() + settings.GENERATION_RETRY_DELAY * request.deliveries
    ).defer(request_id=str(request.id))
