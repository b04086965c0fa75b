"""The sweeper (a periodic task, once a minute cluster-wide): what no worker will finish by
itself is put back on its way. Jobs left "doing" by workers that stopped heart-beating go back
to the queue; deliveries whose lease lapsed are delivered again; queued requests with no job get
one; queued requests past their TTL are expired. Every part is bounded per run."""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from skillsync.generation.models import GenerationRequest, RequestStatus
from skillsync.generation.queue import finish_failed

logger = logging.getLogger(__name__)


def _requeue_orphans(now: datetime) -> int:
    """Queued requests with no job waiting for them, quiet for a whole lease: a safety net
    behind ``_retry_stalled_jobs`` (say a job was lost with its worker's row). Give each a new
    job; a duplicate job is harmless, the claim admits one delivery."""
    from procrastinate.contrib.django.models import ProcrastinateJob

    from skillsync.generation.tasks import generate_lesson

    quiet = GenerationRequest.objects.filter(
        status=RequestStatus.QUEUED, updated_at__lt=now - settings.GENERATION_LOCK
    ).values_list("id", flat=True)[: settings.GENERATION_SWEEP_BATCH]
    waiting = {
        str(args.get("request_id"))
        for args in ProcrastinateJob.objects.filter(
            task_name=generate_lesson.name, status="todo"
        ).values_list("args", flat=True)
    }
    requeued = 0
    for request_id in quiet:
        if str(request_id) in waiting:
            continue
        with transaction.atomic():
            touched = GenerationRequest.objects.filter(
                pk=request_id, status=RequestStatus.QUEUED
            ).update(updated_at=now)
            if touched:
                generate_lesson.defer(request_id=str(request_id))
                requeued += 1
    return requeued


def _retry_stalled_jobs(now: datetime) -> int:
    """Jobs left "doing" by a worker that stopped heart-beating (killed, machine lost):
    procrastinate never takes them back by itself. Put them back in the queue, due now, using
    procrastinate's own heartbeat query. Safe for every task: tasks are idempotent, and a
    generation job re-checks its request under the row lock before doing anything."""
    from procrastinate import sql
    from procrastinate.contrib.django.django_connector import DjangoConnector
    from procrastinate.manager import JobManager

    connector = DjangoConnector()  # this thread's Django connection, whatever the app uses
    stalled = connector.execute_query_all(
        query=sql.queries["select_stalled_jobs_by_heartbeat"],
        queue=None,
        task_name=None,
        seconds_since_heartbeat=settings.WORKER_STALLED_AFTER.total_seconds(),
    )
    jobs = JobManager(connector)
    for row in stalled[: settings.GENERATION_SWEEP_BATCH]:
        jobs.retry_job_by_id(job_id=row["id"], retry_at=now)
        logger.warning(
            "job %s (%s) of stalled worker %s put back in the queue",
            row["id"],
            row["task_name"],
            row["worker_id"],
        )
    return min(len(stalled), settings.GENERATION_SWEEP_BATCH)


def sweep() -> dict[str, int]:
    """Periodic: jobs of dead workers go back to the queue; deliveries whose lease lapsed
    (their worker died or hung) are delivered again; queued requests with no job get one;
    queued requests past their TTL are expired. Bounded per run."""
    now = timezone.now()
    retried_jobs = _retry_stalled_jobs(now)
    redelivered = expired = 0
    lapsed = GenerationRequest.objects.filter(
        status=RequestStatus.RUNNING, lease_until__lt=now
    ).values_list("id", flat=True)[: settings.GENERATION_SWEEP_BATCH]
    from skillsync.generation.tasks import generate_lesson

    for request_id in lapsed:
        with transaction.atomic():
            request = (
                GenerationRequest.objects.select_for_update(skip_locked=True)
                .filter(pk=request_id, status=RequestStatus.RUNNING, lease_until__lt=now)
                .first()
            )
            if request is None:
                continue
            request.status = RequestStatus.QUEUED
            request.last_error = request.last_error or "the worker stopped renewing its lease"
            request.save()
            generate_lesson.defer(request_id=str(request.id))
            redelivered += 1
    redelivered += _requeue_orphans(now)
    stale = GenerationRequest.objects.filter(
        status=RequestStatus.QUEUED, expires_at__lte=now
    ).values_list("id", flat=True)[: settings.GENERATION_SWEEP_BATCH]
    for request_id in stale:
        with transaction.atomic():
            request = (
                GenerationRequest.objects.select_for_update(skip_locked=True)
                .filter(pk=request_id, status=RequestStatus.QUEUED)
                .first()
            )
            if request is not None:
                finish_failed(request, RequestStatus.EXPIRED, "expired before it could run")
                expired += 1
    return {"retried_jobs": retried_jobs, "redelivered": redelivered, "expired": expired}
