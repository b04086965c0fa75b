"""Reads of the learning domain. Every object read on behalf of a user goes through an
``access_*`` selector, which answers "not found" alike for missing and foreign objects."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.db.models import Model, QuerySet

from skillsync.accounts.models import User
from skillsync.core.errors import NotFoundError
from skillsync.core.ids import parse_id
from skillsync.learning.models import Lesson, LessonContent, LessonProgress, Module, Roadmap

MAX_PAGE_SIZE = 50


type Refine[M: Model] = Callable[[QuerySet[M]], QuerySet[M]]


def _identity[M: Model](qs: QuerySet[M]) -> QuerySet[M]:
    return qs


def clamp_page(*, offset: int, limit: int) -> tuple[int, int]:
    """A page request within bounds: offset >= 0, 1 <= limit <= MAX_PAGE_SIZE."""
    return max(0, offset), max(1, min(limit, MAX_PAGE_SIZE))


def roadmaps_owned(*, user: User) -> QuerySet[Roadmap]:
    return Roadmap.objects.filter(owner=user)


def roadmaps_for_dashboard(*, user: User, offset: int = 0, limit: int = 20) -> QuerySet[Roadmap]:
    """A page of the user's roadmaps, newest first (unevaluated, so the API's optimizer can add
    the prefetches a query needs)."""
    offset, limit = clamp_page(offset=offset, limit=limit)
    return roadmaps_owned(user=user).order_by("-created_at", "id")[offset : offset + limit]


def _first_or_not_found[M: Model](qs: QuerySet[M], what: str) -> M:
    found = qs.first()
    if found is None:
        raise NotFoundError(what)
    return found


def access_roadmap(
    *, user: User, roadmap_id: str | uuid.UUID, refine: Refine[Roadmap] = _identity
) -> Roadmap:
    pk = parse_id(roadmap_id)
    return _first_or_not_found(refine(Roadmap.objects.filter(pk=pk, owner=user)), "roadmap")


def access_module(
    *, user: User, module_id: str | uuid.UUID, refine: Refine[Module] = _identity
) -> Module:
    pk = parse_id(module_id)
    return _first_or_not_found(refine(Module.objects.filter(pk=pk, roadmap__owner=user)), "module")


def access_lesson(
    *, user: User, lesson_id: str | uuid.UUID, refine: Refine[Lesson] = _identity
) -> Lesson:
    pk = parse_id(lesson_id)
    return _first_or_not_found(
        refine(Lesson.objects.filter(pk=pk, module__roadmap__owner=user)), "lesson"
    )


def lesson_progress_for(*, user: User) -> QuerySet[LessonProgress]:
    return LessonProgress.objects.filter(user=user)


def lesson_contents_by_model(*, model: str) -> QuerySet[LessonContent]:
    """Lessons generated with a given model (the seed's query). Containment (@>) is what the
    GIN index on generation_metadata serves; ``->>`` equality would not use it."""
    return LessonContent.objects.filter(generation_metadata__contains={"model": model})


def lesson_contents_by_style_and_difficulty(
    *, learning_style: str, difficulty: str
) -> QuerySet[LessonContent]:
    """Lessons by the learning style and difficulty recorded at generation (the seed's query)."""
    return LessonContent.objects.filter(
        generation_metadata__contains={"learning_style": learning_style, "difficulty": difficulty}
    )
