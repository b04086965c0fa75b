"""One delivery of a generation request, as a worker runs it: claim the request under its row
lock, produce the content (reused, generated or regenerated), store it exactly once, or give
the delivery back / count it as failed. The queue's semantics are described in ``queue.py``;
what is particular to replacing rejected content (``kind`` replace) is in ``replacement.py``.
"""

from __future__ import annotations

import contextvars
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

from skillsync.core.log_context import job_log_kwargs
from skillsync.core.log_context import scope as log_scope
from skillsync.generation.learner import Learner, learner_of
from skillsync.generation.lessons import (
    LessonBudgetExceededError,
    lesson_content_generate,
    lesson_content_regenerate,
)
from skillsync.generation.models import GenerationRequest, RequestKind, RequestStatus
from skillsync.generation.providers.router import ProvidersBusy
from skillsync.generation.queue import finish_failed, lesson_status_set
from skillsync.generation.replacement import (
    NOTHING_TO_REPLACE,
    replaced_content,
    replacement_produce,
    replacement_store,
)
from skillsync.generation.streaming import LessonStream, stream_reset_at_claim
from skillsync.learning.choices import GenerationStatus
from skillsync.learning.models import Lesson, LessonContent

logger = logging.getLogger(__name__)


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


def process_request(request_id: uuid.UUID) -> str:
    """One delivery of a request, as the worker runs it. Returns what happened. Its log lines
    carry the generation id (with the job's context: see core/log_context.py)."""
    with log_scope(generation_id=request_id):
        logger.info("generation delivery started")
        outcome = _deliver(request_id)
        logger.info("generation delivery finished: %s", outcome)
        return outcome


def _deliver(request_id: uuid.UUID) -> str:
    claim = _claim(request_id)
    if claim is None:
        return "skipped"
    lesson = Lesson.objects.select_related("module__roadmap").get(pk=claim.lesson_id)
    learner = learner_of(lesson)
    base = None
    if claim.kind != RequestKind.GENERATE:
        base, gone = _base(claim, lesson)
        if base is None:
            _abandon(claim, gone)
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
    except LessonBudgetExceededError as exceeded:
        _budget_exceeded(claim, exceeded)
        return "budget_exceeded"
    except Exception as error:
        _delivery_failed(claim, error)
        raise
    _store(claim, content.pk)
    if claim.kind == RequestKind.REPLACE:
        return "replaced"  # no introductions written: those the lessons have are on the topic
    if reused:
        from skillsync.generation.personal_touch import personal_touch_add

        personal_touch_add(lesson=lesson, content=content)
    if base is not None:
        return "regenerated"
    return "reused" if reused else "generated"


def _base(claim: Claim, lesson: Lesson) -> tuple[LessonContent | None, str]:
    """The content a regeneration or a replacement starts from, or why it cannot run: a
    regeneration needs its version still on its lesson, a replacement any lesson showing the
    content it replaces (its carrier may have moved on)."""
    if claim.kind == RequestKind.REPLACE:
        return replaced_content(claim.regenerate_from_id), NOTHING_TO_REPLACE
    base = None
    if claim.regenerate_from_id is not None:
        base = LessonContent.objects.filter(pk=claim.regenerate_from_id).first()
    if base is None or lesson.content_id != base.pk:
        return None, "the version to regenerate is no longer the lesson's"
    return base, ""


def _produce(
    claim: Claim, lesson: Lesson, learner: Learner, base: LessonContent | None
) -> tuple[LessonContent, bool]:
    """The content a delivery stores, and whether it was reused rather than written."""
    stream = LessonStream(
        request_id=claim.request_id, lesson_id=claim.lesson_id, delivery=claim.delivery
    )
    if claim.kind == RequestKind.REPLACE and base is not None:
        return replacement_produce(
            lesson,
            learner,
            base,
            instruction=claim.instruction,
            request_id=claim.request_id,
            stream=stream,
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


def _budget_exceeded(claim: Claim, exceeded: LessonBudgetExceededError) -> None:
    """The lesson's attempts cost its budget: the delivery failed, and the request is
    dead-lettered at once (another delivery would spend as much again). The learner may ask
    again (a new request); an operator may requeue it after raising the budget."""
    logger.warning("generation request %s: %s", claim.request_id, exceeded)
    _drop_broken_connection()
    _dead_letter_over_budget(claim, exceeded)


@transaction.atomic
def _dead_letter_over_budget(claim: Claim, exceeded: LessonBudgetExceededError) -> None:
    request = GenerationRequest.objects.select_for_update().get(pk=claim.request_id)
    if request.status != RequestStatus.RUNNING or request.deliveries != claim.delivery:
        return
    request.last_error = str(exceeded)[:2000]
    finish_failed(request, RequestStatus.DEAD_LETTERED, exceeded.code.value)


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

    thread = threading.Thread(  # in this context: its lines name the job and generation too
        target=contextvars.copy_context().run,
        args=(renew,),
        name=f"lease-{claim.request_id}",
        daemon=True,
    )
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
    # Its first requester is its author for good (a reused content keeps the one it has).
    LessonContent.objects.filter(pk=content_id, author__isnull=True).update(
        author_id=request.requested_by_id
    )
    if claim.kind == RequestKind.REPLACE:
        replacement_store(
            replaced_id=claim.regenerate_from_id, content_id=content_id, carrier_id=claim.lesson_id
        )
        return
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

    generate_lesson.configure(schedule_at=later).defer(
        request_id=str(request.id), **job_log_kwargs()
    )
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
    ).defer(request_id=str(request.id), **job_log_kwargs())
