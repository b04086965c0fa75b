"""A learner's own versions of a lesson: regenerating it with a wish, switching its style.

- ``lesson_regeneration_request`` queues a new version of the lesson's current content. The
  version is personal (``LessonContent.reusable`` false, ``personal_lesson`` set), chained to
  the one it replaces, and the lesson moves to it when it is stored; learners who hold the
  earlier version keep it. The learner's progress is on the lesson, so it stays.
- ``lesson_style_switch`` gives the lesson another learning style: the lesson's own latest
  version in that style, else shared content that exists for it (``existing_content``), at
  once; otherwise the generation is queued.

Both refuse while a generation of the lesson is queued or running (GENERATION_IN_PROGRESS), so
a lesson has at most one pending request and what it produces can never land on a lesson that
has changed since.
"""

from __future__ import annotations

import unicodedata
import uuid

from django.db import transaction
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.generation.learner import learner_of
from skillsync.generation.lessons import SCHEMA_VERSION, existing_content
from skillsync.generation.models import INSTRUCTION_MAX_LENGTH, GenerationRequest, RequestKind
from skillsync.generation.queue import (
    idempotency_key,
    lesson_status_set,
    pending_request,
    request_create,
)
from skillsync.learning.choices import GenerationStatus
from skillsync.learning.models import Lesson, LessonContent
from skillsync.learning.profile_input import validate_learning_style
from skillsync.learning.selectors import access_lesson

# Unicode categories refused in a wish: control characters (but line breaks and tabs), format
# characters (invisible text, direction overrides, tag characters), surrogates, private use
# and unassigned code points. None of them belongs in a sentence about a lesson, and several
# are ways to hide text from the person reading it.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ALLOWED_CONTROLS = frozenset("\n\t")


def _invalid_instruction(reason: str, message: str) -> SkillSyncError:
    return SkillSyncError(
        ErrorCode.INVALID_INPUT, message, field="instruction", details={"reason": reason}
    )


def clean_instruction(instruction: str | None) -> str:
    """The learner's wish, trimmed; INVALID_INPUT (field ``instruction``, ``reason``
    TOO_LONG or CONTROL_CHARACTER) when it cannot be used. None or blank: no wish."""
    text = (instruction or "").replace("\r\n", "\n").strip()
    if len(text) > INSTRUCTION_MAX_LENGTH:
        raise _invalid_instruction(
            "TOO_LONG", f"the instruction is longer than {INSTRUCTION_MAX_LENGTH} characters"
        )
    for char in text:
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise _invalid_instruction(
                "CONTROL_CHARACTER",
                f"the instruction contains a control or invisible character (U+{ord(char):04X})",
            )
    return text


def _locked(user: User, lesson_id: str | uuid.UUID) -> Lesson:
    lesson = access_lesson(user=user, lesson_id=lesson_id)
    Lesson.objects.select_for_update().filter(pk=lesson.pk).first()
    # Read again under the lock: a lesson removed meanwhile is not found (editing.py).
    return access_lesson(
        user=user, lesson_id=lesson.pk, refine=lambda qs: qs.select_related("module__roadmap")
    )


def _in_progress() -> SkillSyncError:
    return SkillSyncError(
        ErrorCode.GENERATION_IN_PROGRESS,
        "a generation of this lesson is queued or running: try again when it is ready",
    )


def regeneration_key(lesson: Lesson, number: int) -> str:
    return f"lesson:{lesson.id}:v{SCHEMA_VERSION}:regen:{number}"


def _next_regeneration_key(lesson: Lesson) -> str:
    taken = set(
        GenerationRequest.objects.filter(
            idempotency_key__startswith=regeneration_key(lesson, 0)[:-1]
        ).values_list("idempotency_key", flat=True)
    )
    number = len(taken) + 1
    while regeneration_key(lesson, number) in taken:  # some were purged: the next free one
        number += 1
    return regeneration_key(lesson, number)


@transaction.atomic
def lesson_regeneration_request(
    *, user: User, lesson_id: str | uuid.UUID, instruction: str | None = None
) -> Lesson:
    """Queue a new version of the lesson's current content, steered by ``instruction``
    (owner only). Asking again with the same wish while it is pending changes nothing."""
    wish = clean_instruction(instruction)
    lesson = _locked(user, lesson_id)
    if lesson.content_id is None:
        raise SkillSyncError(
            ErrorCode.LESSON_NOT_GENERATED,
            "the lesson has no content yet: generate it before asking for a new version",
        )
    pending = pending_request(lesson.pk)
    if pending is not None:
        same = (
            pending.kind == RequestKind.REGENERATE
            and pending.regenerate_from_id == lesson.content_id
            and pending.instruction == wish
        )
        if not same:
            raise _in_progress()
        return lesson
    base = LessonContent.objects.get(pk=lesson.content_id)
    request_create(
        lesson, user, key=_next_regeneration_key(lesson), regenerate_from=base, instruction=wish
    )
    lesson.refresh_from_db()
    return lesson


def _own_version(lesson: Lesson, style: str) -> LessonContent | None:
    """The lesson's newest personal version in ``style`` (it was regenerated in that style
    before a switch away)."""
    return (
        LessonContent.objects.filter(personal_lesson=lesson, learning_style=style)
        .order_by("-generation_attempt", "-created_at")
        .first()
    )


@transaction.atomic
def lesson_style_switch(*, user: User, lesson_id: str | uuid.UUID, style: str) -> Lesson:
    """Give the lesson ``style`` (owner only): its content in that style at once when there
    is some, else its generation queued. Progress stays with the lesson."""
    style = validate_learning_style(style)
    lesson = _locked(user, lesson_id)
    if pending_request(lesson.pk) is not None:
        raise _in_progress()
    if style == lesson.learning_style:
        return lesson
    learner = learner_of(lesson)
    found = _own_version(lesson, style) or existing_content(
        lesson, style=style, difficulty=learner.difficulty, language=learner.language
    )
    Lesson.objects.filter(pk=lesson.pk).update(
        learning_style=style, content=found, updated_at=timezone.now()
    )
    lesson.refresh_from_db()
    if found is not None:
        lesson_status_set(lesson.pk, GenerationStatus.READY)
    else:
        key = idempotency_key(lesson)
        GenerationRequest.objects.filter(idempotency_key=key).delete()  # finished: not pending
        request_create(lesson, user, key=key)
    lesson.refresh_from_db()
    return lesson
