"""Onboarding, progress and learning-style services against the real database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from skillsync.accounts.models import LearnerProfile, User
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.choices import ProgressStatus
from skillsync.learning.models import Lesson, LessonProgress, Module, Roadmap
from skillsync.learning.services import lesson_mark_complete, profile_update_learning_style
from tests.factories import LessonContentFactory


def test_onboarding_plans_modules_and_lessons_without_content(
    user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user, learning_style="video")
    lessons = Lesson.objects.filter(module__roadmap=roadmap)
    assert lessons.exists()
    assert not lessons.filter(content__isnull=False).exists()
    assert set(lessons.values_list("learning_style", flat=True)) == {"video"}
    assert roadmap.user_profile_snapshot["learning_style"] == "video"
    assert roadmap.progress["total_lessons"] == lessons.count()


def test_mark_complete_is_idempotent_and_keeps_the_first_completion(
    user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    lesson = Lesson.objects.filter(module__roadmap=roadmap).first()
    assert lesson is not None
    first = lesson_mark_complete(user=user, lesson_id=lesson.id)
    second = lesson_mark_complete(user=user, lesson_id=str(lesson.id))
    assert first.id == second.id
    assert second.completed_at == first.completed_at
    assert LessonProgress.objects.filter(user=user).count() == 1
    roadmap.refresh_from_db()
    assert roadmap.progress["completed_lessons"] == 1


def test_changing_learning_style_moves_planned_lessons_but_not_generated_ones(
    user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user, learning_style="hands_on")
    generated = Lesson.objects.filter(module__roadmap=roadmap).first()
    assert generated is not None
    generated.content = LessonContentFactory.create()
    generated.save()

    profile = profile_update_learning_style(user=user, learning_style="reading")

    assert profile.learning_style == "reading"
    generated.refresh_from_db()
    assert generated.learning_style == "hands_on"
    others = Lesson.objects.filter(module__roadmap=roadmap).exclude(pk=generated.pk)
    assert set(others.values_list("learning_style", flat=True)) == {"reading"}


def test_changing_style_before_onboarding_is_refused(user: User) -> None:
    with pytest.raises(SkillSyncError) as caught:
        profile_update_learning_style(user=user, learning_style="video")
    assert caught.value.code == ErrorCode.ONBOARDING_REQUIRED


def test_unknown_style_is_refused_and_nothing_changes(
    user: User, onboard: Callable[..., Any]
) -> None:
    onboard(user, learning_style="mixed")
    with pytest.raises(SkillSyncError) as caught:
        profile_update_learning_style(user=user, learning_style="telepathy")
    assert caught.value.extensions == {"code": "INVALID_INPUT", "field": "learningStyle"}
    assert LearnerProfile.objects.get(user=user).learning_style == "mixed"


# The database enforces the invariants itself, whatever code writes to it.


def _violates(write: Callable[[], object]) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():  # noqa: PT012 - savepoint inside
        # Position uniqueness is deferred to commit (so reorders can swap); check it now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        write()


def test_database_constraints_hold_without_python_checks(
    user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    module = Module.objects.filter(roadmap=roadmap).first()
    lesson = Lesson.objects.filter(module=module).first()
    assert module is not None
    assert lesson is not None

    _violates(lambda: LearnerProfile.objects.filter(user=user).update(weekly_hours=0))
    _violates(lambda: LearnerProfile.objects.filter(user=user).update(learning_style="telepathy"))
    _violates(lambda: LearnerProfile.objects.filter(user=user).update(goals=""))
    _violates(lambda: Roadmap.objects.filter(pk=roadmap.pk).update(status="lost"))
    _violates(lambda: Module.objects.filter(pk=module.pk).update(generation_status="half"))
    _violates(lambda: Module.objects.filter(pk=module.pk).update(estimated_hours=0))
    _violates(
        lambda: Lesson.objects.create(
            module=module, position=0, title="dup", learning_style="video"
        )
    )
    _violates(lambda: LessonProgress.objects.create(user=user, lesson=lesson, quiz_score=101))
    _violates(
        lambda: LessonProgress.objects.create(
            user=user, lesson=lesson, status=ProgressStatus.COMPLETED
        )
    )
    _violates(lambda: User.objects.create(email=user.email.upper()))
    _violates(lambda: LearnerProfile.objects.filter(user=user).update(goals="g" * 501))
    _violates(lambda: LearnerProfile.objects.filter(user=user).update(preferred_language="xx_"))
    _violates(lambda: Roadmap.objects.filter(pk=roadmap.pk).update(skill=""))
    _violates(lambda: Roadmap.objects.filter(pk=roadmap.pk).update(goal="g" * 501))
    _violates(lambda: Module.objects.filter(pk=module.pk).update(title=""))
    now = timezone.now()
    _violates(lambda: LessonProgress.objects.create(user=user, lesson=lesson, completed_at=now))
    _violates(
        lambda: LessonProgress.objects.create(
            user=user,
            lesson=lesson,
            status=ProgressStatus.COMPLETED,
            started_at=now,
            completed_at=now - timedelta(seconds=1),
        )
    )
    _violates(lambda: LessonContentFactory.create(cache_key=""))
    content = LessonContentFactory.create()
    _violates(lambda: LessonContentFactory.create(cache_key=content.cache_key))


def test_positions_can_be_swapped_in_one_transaction(
    user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    first, second = Module.objects.filter(roadmap=roadmap).order_by("position")[:2]
    ids = (first.id, second.id)
    with transaction.atomic():
        Module.objects.filter(pk=first.pk).update(position=1)
        Module.objects.filter(pk=second.pk).update(position=0)
        # Making deferred constraints immediate checks them now, as a commit would.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    swapped = list(Module.objects.filter(roadmap=roadmap).order_by("position")[:2])
    assert (swapped[0].id, swapped[1].id) == (ids[1], ids[0])


def test_progress_counts_only_the_owners_lessons_once(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    lessons = list(Lesson.objects.filter(module__roadmap=roadmap))
    # A stray progress row of another user (written around the services) changes nothing.
    LessonProgress.objects.create(user=other_user, lesson=lessons[0])
    lesson_mark_complete(user=user, lesson_id=lessons[1].id)
    roadmap.refresh_from_db()
    assert roadmap.progress["total_lessons"] == len(lessons)
    assert roadmap.progress["completed_lessons"] == 1
