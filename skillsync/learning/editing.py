"""The learner's edits of a roadmap: rename, reorder, add, remove and restore its modules and
lessons.

- Ids never change. A move changes positions (and a lesson's module), nothing else: progress,
  quiz attempts, votes, personal introductions, tutor history and content belong to the lesson
  and stay with it through every edit.
- Positions are 0..n-1 after every edit, among a roadmap's modules and among a module's lessons
  (removed ones left out). Rows are renumbered in place: the unique constraints on positions
  are checked at commit, so two rows can swap inside the transaction.
- Every edit takes the roadmap's row lock first, as progress writes and module generation do,
  then reads what it edits again: edits of one roadmap queue up, each on the result of the one
  before, and cannot deadlock with each other.
- Removing is soft (``removed_at``). A removed lesson, or a module with its lessons, leaves the
  roadmap's lists, its progress totals and module generation; everything it had stays, so
  restoring brings it back as it was, at the position it had (or the end, if the list is
  shorter now). A lesson removed on its own stays removed when its module is restored. A
  removed module or lesson answers NOT_FOUND to everything but its restore.
- Edits never generate anything and never queue work: a renamed lesson keeps its content (a
  later generation or regeneration uses the new title); an added lesson is NOT_STARTED, with
  no content, in the learner's current style. A module's status follows the lessons it has now.
- Every edit marks the roadmap edited (a refined plan never replaces it) and recomputes its
  progress.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from skillsync.accounts.models import LearnerProfile, User
from skillsync.core.errors import ErrorCode, NotFoundError, SkillSyncError
from skillsync.core.text import clean_paragraphs, clean_title
from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue import PENDING, module_status_refresh, pending_request
from skillsync.learning.models import Lesson, Module, Roadmap
from skillsync.learning.selectors import (
    access_lesson,
    access_module,
    access_roadmap,
    module_lessons,
    roadmap_modules,
)
from skillsync.learning.services import roadmap_refresh_progress

MAX_TITLE_CHARS = 200
MAX_DESCRIPTION_CHARS = 2000


# Input and refusals.


def _title(value: str) -> str:
    return clean_title("title", value, max_chars=MAX_TITLE_CHARS)


def _description(value: str) -> str:
    return clean_paragraphs("description", value, max_chars=MAX_DESCRIPTION_CHARS, required=False)


def _position(position: int | None, *, last: int) -> int:
    """``position`` checked against 0..``last``; None is ``last`` (the end)."""
    if position is None:
        return last
    if not 0 <= position <= last:
        raise SkillSyncError(
            ErrorCode.INVALID_INPUT,
            f"position must be between 0 and {last}",
            field="position",
            details={"reason": "OUT_OF_RANGE", "max": last},
        )
    return position


def _room(count: int, *, limit: int, field: str, reason: str) -> None:
    """A list of ``count`` items can take one more, or INVALID_INPUT naming ``field``."""
    if count >= limit:
        raise SkillSyncError(
            ErrorCode.INVALID_INPUT,
            f"at most {limit} fit here: remove one first",
            field=field,
            details={"reason": reason, "limit": limit},
        )


def _module_removed(field: str) -> SkillSyncError:
    return SkillSyncError(
        ErrorCode.INVALID_INPUT,
        "the module is removed: restore it first",
        field=field,
        details={"reason": "MODULE_REMOVED"},
    )


def _generation_in_progress() -> SkillSyncError:
    return SkillSyncError(
        ErrorCode.GENERATION_IN_PROGRESS,
        "a generation is queued or running here: try again when it is ready",
    )


# Locking, ordering and the end of every edit.


def _locked_roadmap(roadmap_id: uuid.UUID) -> Roadmap:
    return Roadmap.objects.select_for_update().get(pk=roadmap_id)


def _locked_module(
    user: User, module_id: str | uuid.UUID, *, include_removed: bool = False
) -> tuple[Roadmap, Module]:
    """The module's roadmap, locked, and the module read again under the lock."""
    found = access_module(user=user, module_id=module_id, include_removed=include_removed)
    roadmap = _locked_roadmap(found.roadmap_id)
    module = access_module(user=user, module_id=found.pk, include_removed=include_removed)
    return roadmap, module


def _locked_lesson(
    user: User, lesson_id: str | uuid.UUID, *, include_removed: bool = False
) -> tuple[Roadmap, Lesson]:
    """The lesson's roadmap, locked, and the lesson (with its module) read again under it."""
    found = access_lesson(
        user=user, lesson_id=lesson_id, include_removed=include_removed, refine=_with_module
    )
    roadmap = _locked_roadmap(found.module.roadmap_id)
    lesson = access_lesson(
        user=user, lesson_id=found.pk, include_removed=include_removed, refine=_with_module
    )
    return roadmap, lesson


def _with_module(lessons: QuerySet[Lesson]) -> QuerySet[Lesson]:
    return lessons.select_related("module")


def _renumber[T: (Module, Lesson)](items: list[T]) -> None:
    """Give ``items`` the positions 0..n-1 in their order, writing the ones that changed."""
    now = timezone.now()
    changed = []
    for index, item in enumerate(items):
        if item.position != index:
            item.position, item.updated_at = index, now
            changed.append(item)
    if changed:
        type(changed[0]).objects.bulk_update(changed, ["position", "updated_at"])


def _put_back[T: (Module, Lesson)](
    item: T, siblings: list[T], *, limit: int, field: str, reason: str
) -> None:
    """Un-remove ``item`` where it was among its ``siblings`` (the end if there are fewer of
    them now), if one more fits (INVALID_INPUT ``reason`` otherwise)."""
    _room(len(siblings), limit=limit, field=field, reason=reason)
    item.removed_at = None
    siblings.insert(min(item.position, len(siblings)), item)
    item.save(update_fields=["removed_at", "updated_at"])
    _renumber(siblings)


def _edited(roadmap: Roadmap, **changes: object) -> None:
    """Every edit ends here: the roadmap is marked edited (with ``changes`` to its own
    fields) and its progress recomputed."""
    now = timezone.now()
    Roadmap.objects.filter(pk=roadmap.pk).update(edited_at=now, **changes)
    for name, value in {"edited_at": now, **changes}.items():
        setattr(roadmap, name, value)
    roadmap_refresh_progress(roadmap=roadmap)


# The roadmap and its modules.


@transaction.atomic
def roadmap_rename(*, user: User, roadmap_id: str | uuid.UUID, title: str) -> Roadmap:
    clean = _title(title)
    roadmap = _locked_roadmap(access_roadmap(user=user, roadmap_id=roadmap_id).pk)
    _edited(roadmap, title=clean)
    return roadmap


@transaction.atomic
def module_rename(
    *, user: User, module_id: str | uuid.UUID, title: str, description: str | None = None
) -> Module:
    """A new title, and a new description unless ``description`` is None."""
    clean = _title(title)
    fields = {"title": clean}
    if description is not None:
        fields["description"] = _description(description)
    roadmap, module = _locked_module(user, module_id)
    for name, value in fields.items():
        setattr(module, name, value)
    module.save(update_fields=[*fields, "updated_at"])
    _edited(roadmap)
    return module


@transaction.atomic
def module_move(*, user: User, module_id: str | uuid.UUID, position: int) -> Roadmap:
    """The module to ``position`` (0-based) among the roadmap's modules."""
    roadmap, module = _locked_module(user, module_id)
    modules = list(roadmap_modules(roadmap_id=roadmap.pk))
    target = _position(position, last=len(modules) - 1)
    modules.remove(module)
    modules.insert(target, module)
    _renumber(modules)
    _edited(roadmap)
    return roadmap


@transaction.atomic
def module_add(
    *,
    user: User,
    roadmap_id: str | uuid.UUID,
    title: str,
    description: str = "",
    position: int | None = None,
) -> Module:
    """A new module with no lessons at ``position`` (None: at the end), at the roadmap's
    difficulty."""
    clean, about = _title(title), _description(description)
    roadmap = _locked_roadmap(access_roadmap(user=user, roadmap_id=roadmap_id).pk)
    modules = list(roadmap_modules(roadmap_id=roadmap.pk))
    _room(
        len(modules),
        limit=settings.ROADMAP_MAX_MODULES,
        field="roadmap_id",
        reason="TOO_MANY_MODULES",
    )
    target = _position(position, last=len(modules))
    module = Module.objects.create(
        roadmap=roadmap,
        position=target,
        title=clean,
        description=about,
        topics=[],
        difficulty=roadmap.difficulty,
        estimated_hours=1,
    )
    modules.insert(target, module)
    _renumber(modules)
    _edited(roadmap)
    return module


@transaction.atomic
def module_remove(*, user: User, module_id: str | uuid.UUID) -> Roadmap:
    """Remove the module with its lessons (GENERATION_IN_PROGRESS while one of them has a
    generation queued or running)."""
    roadmap, module = _locked_module(user, module_id)
    # Locked so that a generation asked for now waits, then finds the module gone.
    list(
        Lesson.objects.select_for_update()
        .filter(module=module)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if GenerationRequest.objects.filter(lesson__module=module, status__in=PENDING).exists():
        raise _generation_in_progress()
    module.removed_at = timezone.now()
    module.save(update_fields=["removed_at", "updated_at"])
    _renumber(list(roadmap_modules(roadmap_id=roadmap.pk)))
    _edited(roadmap)
    return roadmap


@transaction.atomic
def module_restore(*, user: User, module_id: str | uuid.UUID) -> Roadmap:
    """Bring a removed module back where it was (the end if there are fewer modules now), with
    the lessons removed with it. Restoring a module that is not removed changes nothing."""
    roadmap, module = _locked_module(user, module_id, include_removed=True)
    if module.removed_at is None:
        return roadmap
    _put_back(
        module,
        list(roadmap_modules(roadmap_id=roadmap.pk)),
        limit=settings.ROADMAP_MAX_MODULES,
        field="module_id",
        reason="TOO_MANY_MODULES",
    )
    module_status_refresh(module.pk)
    _edited(roadmap)
    return roadmap


# Lessons.


def _current_style(user: User, roadmap: Roadmap) -> str:
    """The learner's learning style now (planned lessons follow it when it changes)."""
    style = LearnerProfile.objects.filter(user=user).values_list("learning_style", flat=True)
    return str(style.first() or roadmap.user_profile_snapshot.get("learning_style") or "mixed")


@transaction.atomic
def lesson_rename(*, user: User, lesson_id: str | uuid.UUID, title: str) -> Lesson:
    """A new title; the content stays (a later generation or regeneration uses the title)."""
    clean = _title(title)
    roadmap, lesson = _locked_lesson(user, lesson_id)
    lesson.title = clean
    lesson.save(update_fields=["title", "updated_at"])
    _edited(roadmap)
    return lesson


def _destination(user: User, roadmap: Roadmap, module_id: str | uuid.UUID) -> Module:
    """A module of ``roadmap`` to put a lesson in: NOT_FOUND for any other, INVALID_INPUT
    (MODULE_REMOVED) for a removed one."""
    module = access_module(user=user, module_id=module_id, include_removed=True)
    if module.roadmap_id != roadmap.pk:
        raise NotFoundError("module")
    if module.removed_at is not None:
        raise _module_removed("module_id")
    return module


@transaction.atomic
def lesson_move(
    *, user: User, lesson_id: str | uuid.UUID, module_id: str | uuid.UUID, position: int
) -> Roadmap:
    """The lesson to ``position`` (0-based) among the lessons of ``module_id``: its own module
    or another of the same roadmap."""
    roadmap, lesson = _locked_lesson(user, lesson_id)
    target = _destination(user, roadmap, module_id)
    source_id = lesson.module_id
    if target.pk == source_id:
        lessons = list(module_lessons(module_id=source_id))
        index = _position(position, last=len(lessons) - 1)
        lessons.remove(lesson)
        lessons.insert(index, lesson)
        _renumber(lessons)
    else:
        lessons = list(module_lessons(module_id=target.pk))
        _room(
            len(lessons),
            limit=settings.MODULE_MAX_LESSONS,
            field="module_id",
            reason="TOO_MANY_LESSONS",
        )
        index = _position(position, last=len(lessons))
        lesson.module = target
        lesson.save(update_fields=["module", "updated_at"])
        lessons.insert(index, lesson)
        _renumber(lessons)
        _renumber(list(module_lessons(module_id=source_id)))
        module_status_refresh(source_id)
        module_status_refresh(target.pk)
    _edited(roadmap)
    return roadmap


@transaction.atomic
def lesson_add(
    *, user: User, module_id: str | uuid.UUID, title: str, position: int | None = None
) -> Lesson:
    """A new lesson at ``position`` (None: at the end), NOT_STARTED with no content in the
    learner's current style; nothing is generated until asked."""
    clean = _title(title)
    roadmap, module = _locked_module(user, module_id, include_removed=True)
    if module.removed_at is not None:
        raise _module_removed("module_id")
    lessons = list(module_lessons(module_id=module.pk))
    _room(
        len(lessons),
        limit=settings.MODULE_MAX_LESSONS,
        field="module_id",
        reason="TOO_MANY_LESSONS",
    )
    index = _position(position, last=len(lessons))
    lesson = Lesson.objects.create(
        module=module, position=index, title=clean, learning_style=_current_style(user, roadmap)
    )
    lessons.insert(index, lesson)
    _renumber(lessons)
    module_status_refresh(module.pk)
    _edited(roadmap)
    return lesson


@transaction.atomic
def lesson_remove(*, user: User, lesson_id: str | uuid.UUID) -> Module:
    """Remove the lesson (GENERATION_IN_PROGRESS while a generation of it is queued or
    running)."""
    roadmap, lesson = _locked_lesson(user, lesson_id)
    # Locked so that a generation asked for now waits, then finds the lesson gone.
    Lesson.objects.select_for_update().filter(pk=lesson.pk).first()
    if pending_request(lesson.pk) is not None:
        raise _generation_in_progress()
    lesson.removed_at = timezone.now()
    lesson.save(update_fields=["removed_at", "updated_at"])
    _renumber(list(module_lessons(module_id=lesson.module_id)))
    module_status_refresh(lesson.module_id)
    _edited(roadmap)
    return lesson.module


@transaction.atomic
def lesson_restore(*, user: User, lesson_id: str | uuid.UUID) -> Module:
    """Bring a removed lesson back where it was in its module (the end if the module has fewer
    lessons now). A lesson of a removed module: INVALID_INPUT (MODULE_REMOVED), restore the
    module. Restoring a lesson that is not removed changes nothing."""
    roadmap, lesson = _locked_lesson(user, lesson_id, include_removed=True)
    if lesson.module.removed_at is not None:
        raise _module_removed("lesson_id")
    if lesson.removed_at is None:
        return lesson.module
    _put_back(
        lesson,
        list(module_lessons(module_id=lesson.module_id)),
        limit=settings.MODULE_MAX_LESSONS,
        field="lesson_id",
        reason="TOO_MANY_LESSONS",
    )
    module_status_refresh(lesson.module_id)
    _edited(roadmap)
    return lesson.module
