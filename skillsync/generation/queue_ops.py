"""Operating the lesson-generation queue: the dead-letter queue and queue health."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from skillsync.generation.models import GenerationRequest, RequestStatus
from skillsync.generation.queue import lesson_status_set
from skillsync.learning.choices import GenerationStatus


def dead_letters(*, offset: int = 0, limit: int = 50) -> list[GenerationRequest]:
    """Dead-lettered requests, newest first, a page at a time."""
    limit = max(1, min(limit, 500))
    return list(
        GenerationRequest.objects.filter(status=RequestStatus.DEAD_LETTERED)
        .select_related("lesson")
        .order_by("-finished_at")[max(0, offset) : max(0, offset) + limit]
    )


@transaction.atomic
def dead_letter_requeue(*, request_id: uuid.UUID) -> GenerationRequest:
    """Give a dead-lettered (or expired) request a fresh start: deliveries and TTL reset, a new
    job queued with the status change."""
    request = GenerationRequest.objects.select_for_update().get(pk=request_id)
    if request.status not in (RequestStatus.DEAD_LETTERED, RequestStatus.EXPIRED):
        raise ValueError(f"request {request_id} is {request.status}, not dead-lettered")
    request.status = RequestStatus.QUEUED
    request.deliveries = 0
    request.dead_letter_reason = ""
    request.finished_at = None
    request.expires_at = timezone.now() + settings.GENERATION_TTL
    request.save()
    lesson_status_set(request.lesson_id, GenerationStatus.QUEUED)
    from skillsync.generation.tasks import generate_lesson

    generate_lesson.defer(request_id=str(request.id))
    return request


def dead_letters_purge() -> int:
    """Delete every dead-lettered request (their lessons stay failed; generating them again
    makes a new request)."""
    deleted, _ = GenerationRequest.objects.filter(status=RequestStatus.DEAD_LETTERED).delete()
    return deleted


def queue_health() -> dict[str, float | int]:
    """Depth of the queue (queued or running) and the age of its oldest request, for /readyz
    and monitoring."""
    pending = GenerationRequest.objects.filter(
        status__in=(RequestStatus.QUEUED, RequestStatus.RUNNING)
    )
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "depth": pending.count(),
        "oldest_age_seconds": round((timezone.now() - oldest).total_seconds(), 1) if oldest else 0,
        "dead_lettered": GenerationRequest.objects.filter(
            status=RequestStatus.DEAD_LETTERED
        ).count(),
    }
