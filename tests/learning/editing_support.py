"""Reading a roadmap's shape and a learner's keepsakes, to show that edits change the one and
never the other."""

from __future__ import annotations

import uuid
from typing import Any

from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.accounts.models import User
from skillsync.community.models import LessonVote
from skillsync.generation.models import GenerationRequest
from skillsync.learning.models import (
    Lesson,
    LessonProgress,
    Module,
    PersonalIntro,
    QuizAttempt,
    Roadmap,
)

type Layout = list[tuple[uuid.UUID, list[uuid.UUID]]]


def layout(roadmap: Roadmap) -> Layout:
    """The modules the learner sees, in order, each with its lessons in order; checks on the
    way that positions are 0..n-1 at both levels."""
    modules = list(
        Module.objects.filter(roadmap=roadmap, removed_at__isnull=True).order_by("position")
    )
    assert [m.position for m in modules] == list(range(len(modules)))
    shape: Layout = []
    for module in modules:
        lessons = list(
            Lesson.objects.filter(module=module, removed_at__isnull=True).order_by("position")
        )
        assert [lesson.position for lesson in lessons] == list(range(len(lessons)))
        shape.append((module.pk, [lesson.pk for lesson in lessons]))
    return shape


def keepsakes(user: User) -> dict[str, Any]:
    """Everything of the learner's that belongs to lessons: progress, quiz attempts, votes,
    personal introductions and the content each lesson shows (removed lessons included)."""
    return {
        "progress": {
            p.lesson_id: (p.status, p.quiz_score, p.started_at, p.completed_at)
            for p in LessonProgress.objects.filter(user=user)
        },
        "attempts": sorted(
            (str(a.id), a.lesson_id, a.content_id, a.score)
            for a in QuizAttempt.objects.filter(user=user)
        ),
        "votes": {v.content_id: v.value for v in LessonVote.objects.filter(user=user)},
        "intros": {i.lesson_id: i.text for i in PersonalIntro.objects.filter(user=user)},
        "contents": dict(
            Lesson.objects.filter(module__roadmap__owner=user).values_list("id", "content_id")
        ),
    }


def queued_work() -> tuple[int, int]:
    """Generation requests and queue jobs in existence: edits never add any."""
    return GenerationRequest.objects.count(), ProcrastinateJob.objects.count()


def progress_of(roadmap: Roadmap) -> dict[str, Any]:
    roadmap.refresh_from_db()
    return dict(roadmap.progress)


def structure(roadmap: Roadmap) -> dict[str, Any]:
    """Every stored detail edits could change, removed rows included: to show a refused edit
    changed nothing."""
    roadmap.refresh_from_db()
    return {
        "roadmap": (roadmap.title, roadmap.edited_at, roadmap.progress),
        "modules": sorted(
            Module.objects.filter(roadmap=roadmap).values_list(
                "id", "title", "description", "position", "removed_at", "generation_status"
            )
        ),
        "lessons": sorted(
            Lesson.objects.filter(module__roadmap=roadmap).values_list(
                "id", "title", "module_id", "position", "removed_at", "content_id"
            )
        ),
    }
