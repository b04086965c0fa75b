"""Background jobs of the generation domain (procrastinate, on PostgreSQL)."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import Error as DatabaseFailure
from django.utils import timezone
from procrastinate import BaseRetryStrategy, RetryDecision, RetryStrategy
from procrastinate.contrib.django import app
from procrastinate.jobs import Job

from skillsync.generation.planning import LLMRoadmapPlanner
from skillsync.generation.providers.router import ProvidersBusy
from skillsync.learning.models import Roadmap
from skillsync.learning.planner import PlannerProfile
from skillsync.learning.services import roadmap_replace_plan

logger = logging.getLogger(__name__)
REFINE_TIME_BUDGET_SECONDS = 120.0
BUSY_RETRY = timedelta(minutes=30)


@app.task(
    queue="planning",
    retry=RetryStrategy(max_attempts=6, exponential_wait=30),
    pass_context=False,
)
def refine_roadmap(roadmap_id: str) -> bool:
    """Replace a stand-in roadmap with the LLM's plan, if the learner has not started it.
    Idempotent: once the learner starts, or the plan was replaced, it does nothing more.
    Raises (and is retried later) while no provider can answer."""
    roadmap = Roadmap.objects.filter(pk=uuid.UUID(roadmap_id)).first()
    if roadmap is None:
        return False
    snapshot = roadmap.user_profile_snapshot
    profile = PlannerProfile(
        goal=snapshot["goal"],
        experience_level=snapshot["experience_level"],
        weekly_hours=snapshot["weekly_hours"],
        learning_style=snapshot["learning_style"],
        industry=snapshot.get("industry", ""),
        career_stage=snapshot.get("career_stage", ""),
        language=snapshot.get("preferred_language", "en"),
    )
    planner = LLMRoadmapPlanner(time_budget=REFINE_TIME_BUDGET_SECONDS)
    try:
        plan = planner.plan_with_llm(profile, wait_up_to=60.0)
    except ProvidersBusy as busy:
        # Never dropped: come back when the earliest provider budget opens (a daily quota can
        # outlast any retry schedule).
        later = busy.retry_at or timezone.now() + BUSY_RETRY
        refine_roadmap.configure(schedule_at=later).defer(roadmap_id=roadmap_id)
        logger.info("roadmap %s: providers busy, refinement moved to %s", roadmap_id, later)
        return False
    replaced = roadmap_replace_plan(roadmap_id=roadmap.id, plan=plan)
    logger.info("roadmap %s refined: %s", roadmap_id, replaced)
    return replaced


class RetryOnDatabaseFailure(BaseRetryStrategy):
    """A delivery that failed on the database itself (connection lost, server restarting)
    may not have claimed its request, or recorded what happened: run the job again a little
    later. Every other failure is recorded on the request, which schedules its own retry."""

    max_attempts = 5

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        if not isinstance(exception, DatabaseFailure) or job.attempts >= self.max_attempts:
            return None
        return RetryDecision(
            retry_at=timezone.now() + settings.GENERATION_RETRY_DELAY * (job.attempts + 1)
        )


@app.task(queue="lesson-generation", pass_context=False, retry=RetryOnDatabaseFailure())
def generate_lesson(request_id: str, log_context: dict[str, str] | None = None) -> str:
    """One delivery of a lesson-generation request (see queue.py for the guarantees, delivery.py
    for the work). ``log_context``: what the web request that asked for it carried (its request
    id, the hashed user), read by the job middleware for the worker's log lines
    (``skillsync/core/log_context.py``)."""
    from skillsync.generation.delivery import process_request

    return process_request(uuid.UUID(request_id))


@app.periodic(cron="* * * * *")
@app.task(queue="maintenance", pass_context=False)
def sweep_generation_requests(timestamp: int) -> dict[str, int]:
    """Redeliver requests whose worker stopped heart-beating; expire those past their TTL."""
    from skillsync.generation.sweeper import sweep

    return sweep()
