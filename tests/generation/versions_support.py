"""Helpers for the tests of lesson versions: a learner's lesson generated for real (the
built-in provider, through the queue as a worker runs it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.accounts.models import User
from skillsync.generation.delivery import process_request
from skillsync.generation.models import GenerationRequest, RequestStatus
from skillsync.generation.queue import lesson_generation_request
from skillsync.learning.models import Lesson

REGENERATE = """mutation($id: ID!, $instruction: String) {
  regenerateLesson(lessonId: $id, instruction: $instruction) {
    id generationStatus learningStyle content { id generationAttempt } } }"""
SWITCH = """mutation($id: ID!, $style: LearningStyle!) {
  switchLessonStyle(lessonId: $id, style: $style) {
    id generationStatus learningStyle content { id learningStyle } progress { status } } }"""


def planned_lesson(user: User, onboard: Callable[..., Any], **profile: Any) -> Lesson:
    """The first lesson of a new roadmap of ``user`` (Python, hands-on unless told)."""
    profile.setdefault("goal", "Learn Python")
    roadmap = onboard(user, **profile)
    lesson = (
        Lesson.objects.filter(module__roadmap=roadmap)
        .select_related("module__roadmap")
        .order_by("module__position", "position")
        .first()
    )
    assert lesson is not None
    return lesson


def run_pending(lesson: Lesson) -> str:
    """Deliver the lesson's pending request once, as a worker would."""
    request = GenerationRequest.objects.get(
        lesson=lesson, status__in=(RequestStatus.QUEUED, RequestStatus.RUNNING)
    )
    outcome = process_request(request.id)
    lesson.refresh_from_db()
    return outcome


def ready_lesson(user: User, onboard: Callable[..., Any], **profile: Any) -> Lesson:
    """A lesson of ``user`` generated (or reused) and ready."""
    lesson = planned_lesson(user, onboard, **profile)
    lesson_generation_request(user=user, lesson_id=lesson.id)
    assert run_pending(lesson) in ("generated", "reused")
    assert lesson.generation_status == "ready"
    return lesson


def generation_jobs() -> list[ProcrastinateJob]:
    return list(ProcrastinateJob.objects.filter(task_name__endswith="generate_lesson"))
