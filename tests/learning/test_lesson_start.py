"""Opening a lesson: progress starts once, is never downgraded, and the roadmap remembers it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.choices import ProgressStatus
from skillsync.learning.models import Lesson, LessonProgress, Roadmap
from skillsync.learning.services import lesson_mark_complete, lesson_start
from tests.learning.support import first_lesson, holding, quiz_content


def test_the_first_open_starts_the_lesson_and_becomes_the_roadmaps_last(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    progress = lesson_start(user=user, lesson_id=str(lesson.id))

    assert progress.status == ProgressStatus.IN_PROGRESS
    assert progress.started_at is not None
    assert progress.completed_at is None
    roadmap = Roadmap.objects.get(pk=lesson.module.roadmap_id)
    assert roadmap.progress["last_lesson_id"] == str(lesson.id)
    assert roadmap.progress["completed_lessons"] == 0


def test_opening_again_keeps_the_first_start_and_moves_the_last_lesson(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)
    other = Lesson.objects.filter(module__roadmap=lesson.module.roadmap).exclude(pk=lesson.pk)[0]
    first = lesson_start(user=user, lesson_id=lesson.id)
    lesson_start(user=user, lesson_id=other.id)

    again = lesson_start(user=user, lesson_id=lesson.id)

    assert again.pk == first.pk
    assert again.started_at == first.started_at
    assert LessonProgress.objects.filter(user=user, lesson=lesson).count() == 1
    roadmap = Roadmap.objects.get(pk=lesson.module.roadmap_id)
    assert roadmap.progress["last_lesson_id"] == str(lesson.id)


def test_a_lesson_without_content_is_still_recorded(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)
    assert lesson.content_id is None

    progress = lesson_start(user=user, lesson_id=lesson.id)

    assert progress.status == ProgressStatus.IN_PROGRESS
    assert Roadmap.objects.get(pk=lesson.module.roadmap_id).progress["last_lesson_id"] == str(
        lesson.id
    )


def test_opening_a_completed_lesson_leaves_it_completed(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)
    completed = lesson_mark_complete(user=user, lesson_id=lesson.id)

    progress = lesson_start(user=user, lesson_id=lesson.id)

    assert progress.status == ProgressStatus.COMPLETED
    assert progress.completed_at == completed.completed_at
    assert progress.started_at == completed.started_at
    assert Roadmap.objects.get(pk=lesson.module.roadmap_id).progress["completed_lessons"] == 1


def test_a_progress_row_left_not_started_is_started(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)
    LessonProgress.objects.create(user=user, lesson=lesson)

    progress = lesson_start(user=user, lesson_id=lesson.id)

    assert progress.status == ProgressStatus.IN_PROGRESS
    assert progress.started_at is not None


def test_another_learners_lesson_is_not_found_and_nothing_is_written(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)
    before = Roadmap.objects.get(pk=lesson.module.roadmap_id).progress

    with pytest.raises(SkillSyncError) as caught:
        lesson_start(user=other_user, lesson_id=lesson.id)

    assert caught.value.code == ErrorCode.NOT_FOUND
    assert not LessonProgress.objects.exists()
    assert Roadmap.objects.get(pk=lesson.module.roadmap_id).progress == before
