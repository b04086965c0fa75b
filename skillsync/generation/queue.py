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
(shared) content, regenerates its current version (``versions.py``), or replaces rejected
shared content for every lesson showing it (``replacement.py``: the request's lesson is only
its carrier, one with nothing pending — unless every lesson showing the content is being
regenerated, the one case where a lesson has two); a regeneration's or replacement's result
replaces the version it started from only where a lesson still holds that version.

This module queues work; ``delivery.py`` runs one delivery of a request in a worker.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.core.log_context import job_log_kwargs
from skillsync.generation.events import STATUS_CHANNEL, publish
from skillsync.generation.lessons import SCHEMA_VERSION
from skillsync.generation.models import GenerationRequest, RequestKind, RequestStatus
from skillsync.learning.choices import GenerationStatus
from skillsync.learning.models import Lesson, LessonContent, Module, Roadmap
from skillsync.learning.selectors import access_lesson, access_module, module_lessons

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


def finish_failed(request: GenerationRequest, status: str, reason: str) -> None:
    request.status = status
    request.dead_letter_reason = reason[:200]
    request.finished_at = timezone.now()
    request.lease_until = None
    request.save()
    lesson_status_set(request.lesson_id, GenerationStatus.FAILED)


def _module_refresh_status(module_id: uuid.UUID) -> None:
    """A module's status follows its lessons' (removed ones left out): ready when all are,
    failed when any failed and none is still moving, generating/queued while work is pending
    (a module with no lessons has not started)."""
    statuses = set(module_lessons(module_id=module_id).values_list("generation_status", flat=True))
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


def module_status_refresh(module_id: uuid.UUID) -> None:
    """For writers outside the queue that change which lessons a module has (``editing.py``):
    its status follows them again, published if it changed."""
    _module_refresh_status(module_id)


def request_create(
    lesson: Lesson,
    user: User | None,
    *,
    key: str,
    regenerate_from: LessonContent | None = None,
    instruction: str = "",
    kind: RequestKind | None = None,
) -> GenerationRequest:
    """Inside the caller's transaction (which holds the lesson's row lock and has checked
    that nothing is pending): a new request, its job, and the lesson queued. The kind is a
    generation, or a regeneration when it starts from a version, unless told."""
    if kind is None:
        kind = RequestKind.GENERATE if regenerate_from is None else RequestKind.REGENERATE
    request = GenerationRequest.objects.create(
        idempotency_key=key,
        lesson=lesson,
        requested_by=user,
        kind=kind,
        regenerate_from=regenerate_from,
        instruction=instruction,
        expires_at=timezone.now() + settings.GENERATION_TTL,
        max_deliveries=settings.GENERATION_MAX_DELIVERIES,
    )
    lesson_status_set(lesson.pk, GenerationStatus.QUEUED)
    from skillsync.generation.tasks import generate_lesson

    generate_lesson.defer(request_id=str(request.id), **job_log_kwargs())
    return request


def lesson_enqueue(lesson: Lesson, user: User | None) -> GenerationRequest | None:
    """Inside the caller's transaction, the lesson's row locked: the request, the job, the
    status — or nothing new (None for a lesson with content, the pending request if there is
    one). ``user``: who asked (the content's author), None when no learner did."""
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
    # Read again under the lock: a lesson removed meanwhile is not found (editing.py).
    lesson = access_lesson(user=user, lesson_id=lesson_id)
    lesson_enqueue(lesson, user)
    _module_refresh_status(lesson.module_id)
    lesson.refresh_from_db()
    return lesson


@transaction.atomic
def module_generation_request(*, user: User, module_id: str | uuid.UUID) -> Module:
    """Queue every lesson of the module that has no content (owner only; removed lessons are
    left alone). Idempotent: 50 concurrent calls make one request per lesson."""
    module = access_module(user=user, module_id=module_id)
    # Serialised per roadmap, with the learner's edits (which take its row first, as here), then
    # read again: a module removed meanwhile is not found, a lesson moved in or out counts
    # where it is now.
    Roadmap.objects.select_for_update().filter(pk=module.roadmap_id).first()
    module = access_module(user=user, module_id=module_id)
    for lesson in module_lessons(module_id=module.pk):
        lesson_enqueue(lesson, user)
    _module_refresh_status(module.pk)
    module.refresh_from_db()
    return module
