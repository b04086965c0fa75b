"""Writes of the learning domain: onboarding, progress, quiz attempts and learning-style
changes."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from skillsync.accounts.models import LearnerProfile, User
from skillsync.core.errors import ErrorCode, NotFoundError, SkillSyncError
from skillsync.core.ids import parse_id
from skillsync.learning.choices import ProgressStatus
from skillsync.learning.models import Lesson, LessonProgress, Module, QuizAttempt, Roadmap
from skillsync.learning.planner import (
    BuiltinRoadmapPlanner,
    PlannedRoadmap,
    PlannerProfile,
    RoadmapPlanner,
)
from skillsync.learning.profile_input import ProfileInput, validate_learning_style, validate_profile
from skillsync.learning.quiz import QuizScore, quiz_score
from skillsync.learning.reviews.services import review_cards_after_quiz
from skillsync.learning.selectors import access_lesson, lesson_quiz, roadmap_lessons


def onboarding_complete(
    *, user: User, profile: ProfileInput, planner: RoadmapPlanner | None = None
) -> Roadmap:
    """Save the learner's profile and create a roadmap skeleton: modules and planned lessons in
    the learner's own style, with no lesson content (lessons are generated on demand).

    Planning happens before the transaction opens: a planner may call an LLM provider, and a
    provider call inside a transaction would hold the provider's budget lock for the whole
    call and vanish from the accounting if the transaction rolled back."""
    clean = validate_profile(profile)
    plan = (planner or BuiltinRoadmapPlanner()).plan(
        PlannerProfile(
            goal=clean.goal,
            experience_level=clean.experience_level,
            weekly_hours=clean.weekly_hours,
            learning_style=clean.learning_style,
            industry=clean.industry,
            career_stage=clean.career_stage,
            language=clean.preferred_language,
        )
    )
    return _onboarding_store(user=user, profile=clean, plan=plan)


@transaction.atomic
def _onboarding_store(*, user: User, profile: ProfileInput, plan: PlannedRoadmap) -> Roadmap:
    LearnerProfile.objects.update_or_create(
        user=user,
        defaults={
            "goals": profile.goal,
            "experience_level": profile.experience_level,
            "weekly_hours": profile.weekly_hours,
            "learning_style": profile.learning_style,
            "career_stage": profile.career_stage,
            "industry": profile.industry,
            "preferred_language": profile.preferred_language,
        },
    )
    roadmap = _roadmap_create(user=user, profile=profile, plan=plan)
    roadmap_refresh_progress(roadmap=roadmap)
    if plan.needs_refinement:
        # Deferred in this transaction: the job exists exactly when the roadmap does.
        from skillsync.generation.tasks import refine_roadmap

        refine_roadmap.defer(roadmap_id=str(roadmap.id))
    return roadmap


def _roadmap_create(*, user: User, profile: ProfileInput, plan: PlannedRoadmap) -> Roadmap:
    roadmap = Roadmap.objects.create(
        owner=user,
        skill=plan.skill,
        goal=profile.goal,
        title=plan.title,
        description=plan.description,
        difficulty=plan.difficulty,
        user_profile_snapshot=dataclasses.asdict(profile),
    )
    _modules_create(roadmap=roadmap, plan=plan, learning_style=profile.learning_style)
    return roadmap


def _modules_create(*, roadmap: Roadmap, plan: PlannedRoadmap, learning_style: str) -> None:
    modules = Module.objects.bulk_create(
        Module(
            roadmap=roadmap,
            position=index,
            title=planned.title,
            description=planned.description,
            topics=list(planned.topics),
            difficulty=planned.difficulty,
            estimated_hours=planned.estimated_hours,
        )
        for index, planned in enumerate(plan.modules)
    )
    Lesson.objects.bulk_create(
        Lesson(
            module=module,
            position=index,
            title=lesson.title,
            learning_style=learning_style,
        )
        for module, planned in zip(modules, plan.modules, strict=True)
        for index, lesson in enumerate(planned.lessons)
    )


@transaction.atomic
def roadmap_replace_plan(*, roadmap_id: uuid.UUID, plan: PlannedRoadmap) -> bool:
    """Swap a roadmap's planned skeleton for a better plan, but only while the learner has not
    started it (no progress, no generated lesson) nor edited it: nothing of theirs is ever
    replaced."""
    roadmap = Roadmap.objects.select_for_update().filter(pk=roadmap_id).first()
    if roadmap is None or roadmap.edited_at is not None:
        return False
    lessons = Lesson.objects.filter(module__roadmap=roadmap)
    started = (
        lessons.filter(content__isnull=False).exists()
        or LessonProgress.objects.filter(lesson__module__roadmap=roadmap).exists()
    )
    if started:
        return False
    style = str(roadmap.user_profile_snapshot.get("learning_style") or "mixed")
    Module.objects.filter(roadmap=roadmap).delete()
    roadmap.skill, roadmap.title, roadmap.description = plan.skill, plan.title, plan.description
    roadmap.difficulty = plan.difficulty
    roadmap.save(update_fields=["skill", "title", "description", "difficulty", "updated_at"])
    _modules_create(roadmap=roadmap, plan=plan, learning_style=style)
    roadmap_refresh_progress(roadmap=roadmap)
    return True


def roadmap_refresh_progress(*, roadmap: Roadmap, last_lesson_id: uuid.UUID | None = None) -> None:
    """Recompute the roadmap's progress summary from the LessonProgress rows (never
    incremented, so it cannot drift). Removed lessons, and those of removed modules, count for
    nothing, and stop being the last lesson."""
    lessons = roadmap_lessons(roadmap_id=roadmap.pk)
    total = lessons.count()
    completed = LessonProgress.objects.filter(
        lesson__in=lessons, user_id=roadmap.owner_id, status=ProgressStatus.COMPLETED
    ).count()
    last = str(last_lesson_id) if last_lesson_id else roadmap.progress.get("last_lesson_id")
    if last and not last_lesson_id and not lessons.filter(pk=last).exists():
        last = None
    summary = {
        "total_lessons": total,
        "completed_lessons": completed,
        "percent": round(100 * completed / total) if total else 0,
        "last_lesson_id": last,
    }
    Roadmap.objects.filter(pk=roadmap.pk).update(progress=summary, updated_at=timezone.now())
    roadmap.progress = summary


def _locked_roadmap_of(lesson: Lesson) -> Roadmap:
    """The lesson's roadmap, locked: writers of a roadmap's progress or shape take its row first.
    A lesson removed while this waited (``editing.py``) is NOT_FOUND, as if removed before."""
    roadmap = Roadmap.objects.select_for_update().get(pk=lesson.module.roadmap_id)
    if not roadmap_lessons(roadmap_id=roadmap.pk).filter(pk=lesson.pk).exists():
        raise NotFoundError("lesson")
    return roadmap


@transaction.atomic
def lesson_mark_complete(*, user: User, lesson_id: str | uuid.UUID) -> LessonProgress:
    """Mark the lesson complete for its owner. Idempotent: completing twice keeps the first
    completion time."""
    lesson = access_lesson(
        user=user, lesson_id=lesson_id, refine=lambda qs: qs.select_related("module")
    )
    roadmap = _locked_roadmap_of(lesson)
    now = timezone.now()
    progress, _ = LessonProgress.objects.select_for_update().get_or_create(
        user=user, lesson=lesson, defaults={"started_at": now}
    )
    if progress.status != ProgressStatus.COMPLETED:
        progress.status = ProgressStatus.COMPLETED
        progress.started_at = progress.started_at or now
        progress.completed_at = now
        progress.save(update_fields=["status", "started_at", "completed_at", "updated_at"])
    roadmap_refresh_progress(roadmap=roadmap, last_lesson_id=lesson.id)
    return progress


def _lesson_opened(*, user: User, lesson: Lesson) -> LessonProgress:
    """The learner's progress on ``lesson``, moved from NOT_STARTED to IN_PROGRESS with its
    first start time (never back from COMPLETED), and the lesson recorded as the roadmap's
    last. The roadmap row is locked first, as in ``lesson_mark_complete``: writes to one
    roadmap's progress queue up, so two first opens cannot both create the row."""
    roadmap = _locked_roadmap_of(lesson)
    now = timezone.now()
    progress, _ = LessonProgress.objects.select_for_update().get_or_create(
        user=user,
        lesson=lesson,
        defaults={"status": ProgressStatus.IN_PROGRESS, "started_at": now},
    )
    if progress.status == ProgressStatus.NOT_STARTED or (
        progress.status == ProgressStatus.IN_PROGRESS and progress.started_at is None
    ):
        progress.status = ProgressStatus.IN_PROGRESS
        progress.started_at = progress.started_at or now
        progress.save(update_fields=["status", "started_at", "updated_at"])
    roadmap_refresh_progress(roadmap=roadmap, last_lesson_id=lesson.id)
    return progress


@transaction.atomic
def lesson_start(*, user: User, lesson_id: str | uuid.UUID) -> LessonProgress:
    """The learner opened the lesson (with or without content: one without shows the Generate
    button, and is still where they are). Idempotent: opening again keeps the first start."""
    lesson = access_lesson(
        user=user, lesson_id=lesson_id, refine=lambda qs: qs.select_related("module")
    )
    return _lesson_opened(user=user, lesson=lesson)


@dataclass(frozen=True)
class QuizSubmission:
    attempt: QuizAttempt
    result: QuizScore


@transaction.atomic
def quiz_submit(
    *,
    user: User,
    lesson_id: str | uuid.UUID,
    answers: Sequence[int],
    content_id: str | uuid.UUID | None = None,
    admit: Callable[[], None] = lambda: None,
) -> QuizSubmission:
    """Score the learner's answers (one option index per question) against the quiz of the
    lesson's current content, here on the server where the answers cannot be tampered with,
    and keep the attempt; the progress shows the latest score. ``content_id``, when given, is
    the version the learner answered: another one now (a regeneration finished, a style was
    switched in another tab) is CONTENT_CHANGED rather than a score against questions they
    never saw. ``admit`` runs once the submission is valid, before anything is stored (the
    API's rate limit: refused submissions do not count). A refusal stores nothing. The first
    submission of a content's quiz also makes its review cards (``reviews/services.py``)."""
    lesson = access_lesson(
        user=user, lesson_id=lesson_id, refine=lambda qs: qs.select_related("module", "content")
    )
    questions = lesson_quiz(lesson=lesson)
    if content_id is not None and parse_id(content_id) != lesson.content_id:
        raise SkillSyncError(
            ErrorCode.CONTENT_CHANGED, "the lesson shows another version now: reload it"
        )
    result = quiz_score(questions=questions, answers=answers)
    admit()
    progress = _lesson_opened(user=user, lesson=lesson)
    progress.quiz_score = result.score
    progress.save(update_fields=["quiz_score", "updated_at"])
    attempt = QuizAttempt.objects.create(
        user=user,
        lesson=lesson,
        content_id=lesson.content_id,
        answers=list(answers),
        correct_count=result.correct_count,
        total=result.total,
        score=result.score,
    )
    review_cards_after_quiz(user=user, lesson=lesson, result=result, now=attempt.created_at)
    return QuizSubmission(attempt=attempt, result=result)


@transaction.atomic
def profile_update_learning_style(*, user: User, learning_style: str) -> LearnerProfile:
    """Change the learner's style. Planned lessons that have no content yet follow it; lessons
    already generated keep theirs (switching those is an explicit, per-lesson action)."""
    style = validate_learning_style(learning_style)
    profile = LearnerProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        raise SkillSyncError(
            ErrorCode.ONBOARDING_REQUIRED, "complete onboarding before choosing a learning style"
        )
    profile.learning_style = style
    profile.save(update_fields=["learning_style", "updated_at"])
    Lesson.objects.filter(module__roadmap__owner=user, content__isnull=True).exclude(
        learning_style=style
    ).update(learning_style=style, updated_at=timezone.now())
    return profile
