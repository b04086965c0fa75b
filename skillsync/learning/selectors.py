"""Reads of the learning domain. Every object read on behalf of a user goes through an
``access_*`` selector, which answers "not found" alike for missing and foreign objects."""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    Case,
    Exists,
    Model,
    OuterRef,
    QuerySet,
    Subquery,
    UUIDField,
    Value,
    When,
)
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, InvalidInputError, NotFoundError, SkillSyncError
from skillsync.core.ids import parse_id
from skillsync.learning.models import (
    Lesson,
    LessonContent,
    LessonProgress,
    Module,
    PersonalIntro,
    Roadmap,
)
from skillsync.learning.quiz import QuizQuestion, quiz_questions

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


def next_lesson_of_roadmap(column: str) -> Subquery:
    """Where the learner continues a roadmap, as a subquery of roadmaps: ``column`` of the
    lesson they opened last if it is still part of the roadmap, else of its first lesson (null
    when it has none). One statement for a page of roadmaps, however many lessons they hold."""
    last = Cast(KeyTextTransform("last_lesson_id", OuterRef("progress")), UUIDField())
    lessons = (
        Lesson.objects.filter(
            module__roadmap=OuterRef("pk"),
            removed_at__isnull=True,
            module__removed_at__isnull=True,
        )
        .annotate(opened_last=Case(When(id=last, then=Value(0)), default=Value(1)))
        .order_by("opened_last", "module__position", "position")
    )
    return Subquery(lessons.values(column)[:1])


def roadmap_next_lesson(*, roadmap_id: uuid.UUID) -> tuple[uuid.UUID, str] | None:
    """The lesson to continue ``roadmap_id`` with (see ``next_lesson_of_roadmap``): its id and
    title, or None when the roadmap has no lessons. The caller has checked access."""
    found = (
        Roadmap.objects.filter(pk=roadmap_id)
        .annotate(
            next_lesson_id=next_lesson_of_roadmap("id"),
            next_lesson_title=next_lesson_of_roadmap("title"),
        )
        .values_list("next_lesson_id", "next_lesson_title")
        .first()
    )
    if found is None or found[0] is None:
        return None
    return found[0], found[1]


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
    *,
    user: User,
    module_id: str | uuid.UUID,
    refine: Refine[Module] = _identity,
    include_removed: bool = False,
) -> Module:
    """One of the user's modules; a removed one answers like a missing one unless
    ``include_removed`` (restoring it)."""
    pk = parse_id(module_id)
    modules = Module.objects.filter(pk=pk, roadmap__owner=user)
    if not include_removed:
        modules = modules.filter(removed_at__isnull=True)
    return _first_or_not_found(refine(modules), "module")


def access_lesson(
    *,
    user: User,
    lesson_id: str | uuid.UUID,
    refine: Refine[Lesson] = _identity,
    include_removed: bool = False,
) -> Lesson:
    """One of the user's lessons; a removed one, or one of a removed module, answers like a
    missing one unless ``include_removed`` (restoring it)."""
    pk = parse_id(lesson_id)
    lessons = Lesson.objects.filter(pk=pk, module__roadmap__owner=user)
    if not include_removed:
        lessons = lessons.filter(removed_at__isnull=True, module__removed_at__isnull=True)
    return _first_or_not_found(refine(lessons), "lesson")


def roadmap_modules(*, roadmap_id: uuid.UUID) -> QuerySet[Module]:
    """The roadmap's modules in order, removed ones left out."""
    return Module.objects.filter(roadmap_id=roadmap_id, removed_at__isnull=True).order_by(
        "position"
    )


def module_lessons(*, module_id: uuid.UUID) -> QuerySet[Lesson]:
    """The module's lessons in order, removed ones left out."""
    return Lesson.objects.filter(module_id=module_id, removed_at__isnull=True).order_by("position")


def roadmap_lessons(*, roadmap_id: uuid.UUID) -> QuerySet[Lesson]:
    """The lessons the learner sees in the roadmap: neither removed nor in a removed module
    (what its progress counts)."""
    return Lesson.objects.filter(
        module__roadmap_id=roadmap_id, removed_at__isnull=True, module__removed_at__isnull=True
    )


def lesson_quiz(*, lesson: Lesson) -> list[QuizQuestion]:
    """The questions of the quiz of the lesson's current content: LESSON_NOT_GENERATED for a
    lesson with no content yet, QUIZ_UNAVAILABLE for content without a quiz."""
    if lesson.content is None:
        raise SkillSyncError(ErrorCode.LESSON_NOT_GENERATED, "this lesson has no content yet")
    return quiz_questions(lesson.content.content)


def access_lesson_content(
    *, user: User, content_id: str | uuid.UUID, refine: Refine[LessonContent] = _identity
) -> LessonContent:
    """Content that one of the user's lessons shows now. Content the user's lessons do not
    show answers like a missing id, shared content included: holding a lesson is what
    entitles a learner to see (and judge) its content. A removed lesson holds nothing until
    it is restored."""
    pk = parse_id(content_id)
    held = Lesson.objects.filter(
        content=OuterRef("pk"),
        module__roadmap__owner=user,
        removed_at__isnull=True,
        module__removed_at__isnull=True,
    )
    return _first_or_not_found(
        refine(LessonContent.objects.filter(Exists(held), pk=pk)), "lesson content"
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


def personal_intros_for(*, user: User) -> QuerySet[PersonalIntro]:
    return PersonalIntro.objects.filter(user=user)


# Far more versions than a learner can ask for (regeneration is throttled): a bound on the walk.
MAX_CHAIN = 10_000
_CHAIN = f"""
    WITH RECURSIVE chain (id, parent, depth) AS (
        SELECT id, regenerated_from_id, 1 FROM {LessonContent._meta.db_table} WHERE id = %s
        UNION ALL
        SELECT c.id, c.regenerated_from_id, chain.depth + 1
          FROM {LessonContent._meta.db_table} c JOIN chain ON c.id = chain.parent
         WHERE chain.depth < %s
    )
    SELECT id FROM chain ORDER BY depth
"""  # noqa: S608 - the table name is ours; values are parameters


def content_chain(*, content_id: uuid.UUID) -> list[uuid.UUID]:
    """The version ``content_id`` and every version before it, newest first."""
    with connection.cursor() as cursor:
        cursor.execute(_CHAIN, [content_id, MAX_CHAIN])
        return [row[0] for row in cursor.fetchall()]


@dataclass(frozen=True)
class VersionPage:
    versions: list[LessonContent]
    total_count: int
    has_next_page: bool
    current_id: uuid.UUID | None


def version_cursor(version: LessonContent) -> str:
    """An opaque cursor after ``version`` (its attempt number: attempts only fall along a
    chain, newest first)."""
    return base64.urlsafe_b64encode(f"attempt:{version.generation_attempt}".encode()).decode()


def _attempt_after(cursor: str) -> int:
    try:
        kind, _, number = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if kind == "attempt" and number.isdigit():
            return int(number)
    except (binascii.Error, UnicodeError, ValueError):
        pass
    raise InvalidInputError("after", "not a cursor of this list")


def lesson_versions(
    *, user: User, lesson_id: str | uuid.UUID, first: int = 10, after: str | None = None
) -> VersionPage:
    """The versions in the chain of the lesson's current content (owner only): the current
    one first, then the ones it was regenerated from, ``first`` at a time after the cursor
    ``after``. A lesson with no content has none."""
    lesson = access_lesson(user=user, lesson_id=lesson_id)
    first = max(1, min(first, MAX_PAGE_SIZE))
    if lesson.content_id is None:
        if after is not None:
            _attempt_after(after)
        return VersionPage(versions=[], total_count=0, has_next_page=False, current_id=None)
    chain = content_chain(content_id=lesson.content_id)
    versions = LessonContent.objects.filter(pk__in=chain).order_by("-generation_attempt")
    if after is not None:
        versions = versions.filter(generation_attempt__lt=_attempt_after(after))
    page = list(versions[: first + 1])
    return VersionPage(
        versions=page[:first],
        total_count=len(chain),
        has_next_page=len(page) > first,
        current_id=lesson.content_id,
    )
