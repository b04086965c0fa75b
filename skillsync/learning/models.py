"""Roadmaps, modules, planned lessons, shared lesson content and per-learner progress.

A Roadmap belongs to one learner. Its Modules and Lessons are planned at onboarding with no
content; a Lesson points at a LessonContent once one is generated (or reused). LessonContent
is shared across learners and addressed by a unique cache key, except the versions a learner
asked to regenerate: those are personal to their lesson (``personal_lesson``, not reusable)
and chained to the version they replace (``regenerated_from``). LessonProgress is a learner's
state on a lesson; QuizAttempt keeps every quiz submission.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Func
from django.db.models.lookups import Exact

from skillsync.core.db.constraints import (
    choices_check,
    max_length,
    not_empty,
    position_unique_unless_removed,
)
from skillsync.learning.choices import (
    ApprovalStatus,
    Difficulty,
    GenerationStatus,
    LearningStyle,
    ProgressStatus,
    RoadmapStatus,
)


class Roadmap(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roadmaps"
    )
    skill = models.CharField(max_length=200)
    goal = models.TextField(max_length=500)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices)
    user_profile_snapshot = models.JSONField(default=dict)
    # Summary of LessonProgress rows, recomputed (never incremented) by the progress service.
    progress = models.JSONField(default=dict)
    status = models.CharField(
        max_length=16, choices=RoadmapStatus.choices, default=RoadmapStatus.ACTIVE
    )
    # The learner's last edit of its modules or lessons (``editing.py``); a roadmap the learner
    # has edited is never replaced by a refined plan.
    edited_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"], name="roadmap_owner_recent")]
        constraints = [
            choices_check("difficulty", Difficulty, "roadmap_difficulty_valid"),
            choices_check("status", RoadmapStatus, "roadmap_status_valid"),
            not_empty("title", "roadmap_title_not_empty"),
            not_empty("skill", "roadmap_skill_not_empty"),
            not_empty("goal", "roadmap_goal_not_empty"),
            max_length("goal", 500, "roadmap_goal_max_length"),
        ]

    def __str__(self) -> str:
        return self.title


class Module(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    roadmap = models.ForeignKey(Roadmap, on_delete=models.CASCADE, related_name="modules")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    topics = ArrayField(models.CharField(max_length=200), default=list)
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices)
    estimated_hours = models.PositiveSmallIntegerField()
    generation_status = models.CharField(
        max_length=16, choices=GenerationStatus.choices, default=GenerationStatus.NOT_STARTED
    )
    resources = models.JSONField(default=list)
    # Removed by the learner (``editing.py``): hidden with its lessons, everything kept for a
    # restore; ``position`` is then where it was.
    removed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            position_unique_unless_removed("roadmap", "module_position_unique"),
            not_empty("title", "module_title_not_empty"),
            max_length("description", 2000, "module_description_max_length"),
            choices_check("difficulty", Difficulty, "module_difficulty_valid"),
            choices_check("generation_status", GenerationStatus, "module_generation_status_valid"),
            models.CheckConstraint(
                condition=models.Q(estimated_hours__gte=1), name="module_estimated_hours_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class LessonContent(models.Model):
    """A generated lesson, shared by every learner whose lesson has the same cache key, or a
    personal version regenerated for one lesson."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    cache_key = models.CharField(max_length=255, unique=True)
    topic = models.CharField(max_length=200)
    learning_style = models.CharField(max_length=16, choices=LearningStyle.choices)
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices)
    language = models.CharField(max_length=16, default="en")
    content = models.JSONField(default=dict)
    source_attribution = models.JSONField(default=dict)
    research_metadata = models.JSONField(default=dict)
    generation_metadata = models.JSONField(default=dict)
    ai_model_version = models.CharField(max_length=100, blank=True)
    approval_status = models.CharField(
        max_length=16, choices=ApprovalStatus.choices, default=ApprovalStatus.PENDING
    )
    upvotes = models.PositiveIntegerField(default=0)
    downvotes = models.PositiveIntegerField(default=0)
    # The same votes, each counted at the weight it was cast with (less for accounts created
    # minutes before, or sharing a device with the content's author): what auto-approval and
    # the reuse ranking read. Kept in step with the vote rows by the community app.
    weighted_upvotes = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    weighted_downvotes = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    # Flagged heavily enough that reuse skips it until a mentor's review settles the flags.
    hidden_from_reuse = models.BooleanField(default=False)
    # Who asked for the generation that wrote it (the first request to store it; a reused
    # content keeps its first author; a replacement's is the reviewer who asked for it). It may
    # not review it, and votes from browsers it uses weigh less. Null for content written
    # outside the queue, or when the account is gone.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_contents",
    )
    # Versions: a regenerated version points at the one it replaces and counts one more
    # attempt; the first version of a lesson is attempt 1 with nothing before it.
    regenerated_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="regenerations"
    )
    generation_attempt = models.PositiveSmallIntegerField(default=1)
    # Whether another learner's lesson may be given this content (reuse lookups read only
    # reusable content). False for a version regenerated on one learner's instruction.
    reusable = models.BooleanField(default=True)
    # The lesson a personal (regenerated) version was made for; null for shared content.
    personal_lesson = models.ForeignKey(
        "Lesson",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="personal_versions",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            # jsonb_path_ops: smaller and faster for the containment (@>) queries the
            # selectors run on generation_metadata.
            GinIndex(
                fields=["generation_metadata"],
                name="lessoncontent_genmeta_gin",
                opclasses=["jsonb_path_ops"],
            ),
            models.Index(
                fields=["topic", "learning_style", "difficulty", "language"],
                name="lessoncontent_lookup",
            ),
        ]
        constraints = [
            choices_check("learning_style", LearningStyle, "content_learning_style_valid"),
            choices_check("difficulty", Difficulty, "content_difficulty_valid"),
            choices_check("approval_status", ApprovalStatus, "content_approval_status_valid"),
            models.CheckConstraint(
                condition=models.Q(weighted_upvotes__gte=0, weighted_downvotes__gte=0),
                name="content_weighted_votes_not_negative",
            ),
            models.CheckConstraint(
                condition=~models.Q(cache_key=""), name="content_cache_key_not_empty"
            ),
            models.CheckConstraint(
                condition=models.Q(generation_attempt__gte=1), name="content_attempt_positive"
            ),
            # A personal version is never handed to another learner.
            models.CheckConstraint(
                condition=models.Q(personal_lesson__isnull=True) | models.Q(reusable=False),
                name="content_personal_not_reusable",
            ),
            # The first attempt replaces nothing; a later one names what it replaced (until
            # that version is deleted: the link is then cleared, the attempt number kept).
            models.CheckConstraint(
                condition=models.Q(generation_attempt__gt=1)
                | models.Q(regenerated_from__isnull=True),
                name="content_first_attempt_has_no_parent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.topic} ({self.learning_style}, {self.difficulty})"


class Lesson(models.Model):
    """A planned lesson of a module; its content is generated on demand and may be shared."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="lessons")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    learning_style = models.CharField(max_length=16, choices=LearningStyle.choices)
    content = models.ForeignKey(
        LessonContent, null=True, blank=True, on_delete=models.SET_NULL, related_name="lessons"
    )
    generation_status = models.CharField(
        max_length=16, choices=GenerationStatus.choices, default=GenerationStatus.NOT_STARTED
    )
    # Removed by the learner on its own (``editing.py``; a lesson of a removed module is hidden
    # by its module instead): hidden, its progress, attempts and content kept for a restore;
    # ``position`` is then where it was.
    removed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            position_unique_unless_removed("module", "lesson_position_unique"),
            choices_check("learning_style", LearningStyle, "lesson_learning_style_valid"),
            choices_check("generation_status", GenerationStatus, "lesson_generation_status_valid"),
            not_empty("title", "lesson_title_not_empty"),
        ]

    def __str__(self) -> str:
        return self.title


class LessonProgress(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="progress")
    status = models.CharField(
        max_length=16, choices=ProgressStatus.choices, default=ProgressStatus.NOT_STARTED
    )
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    time_spent_seconds = models.PositiveIntegerField(default=0)
    quiz_score = models.PositiveSmallIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="progress_user_lesson_unique"),
            choices_check("status", ProgressStatus, "progress_status_valid"),
            models.CheckConstraint(
                condition=models.Q(quiz_score__isnull=True) | models.Q(quiz_score__lte=100),
                name="progress_quiz_score_range",
            ),
            # A completion time exactly when completed, never before the start.
            models.CheckConstraint(
                condition=models.Q(status=ProgressStatus.COMPLETED, completed_at__isnull=False)
                | (
                    ~models.Q(status=ProgressStatus.COMPLETED) & models.Q(completed_at__isnull=True)
                ),
                name="progress_completed_has_time",
            ),
            models.CheckConstraint(
                condition=models.Q(started_at__isnull=True)
                | models.Q(completed_at__isnull=True)
                | models.Q(started_at__lte=models.F("completed_at")),
                name="progress_started_before_completed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.lesson_id}: {self.status}"


class PersonalIntro(models.Model):
    """A few sentences for one learner that link a lesson's topic to their industry and goal:
    the personal layer over shared content generated for someone else (the shared lesson
    itself never addresses one learner)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_intros"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="personal_intros")
    # The shared content it was written beside (kept for reference when the lesson moves on).
    content = models.ForeignKey(
        LessonContent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(max_length=1200)
    industry = models.CharField(max_length=100, blank=True)
    generation_metadata = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="intro_user_lesson_unique"),
            not_empty("text", "intro_text_not_empty"),
            max_length("text", 1200, "intro_text_max_length"),
        ]

    def __str__(self) -> str:
        return f"intro for {self.user_id} on {self.lesson_id}"


class QuizAttempt(models.Model):
    """One submission of a lesson's quiz, kept whole (every answer, against the exact content
    it was scored on) so later features such as spaced-repetition reviews can tell which
    questions a learner got wrong and when. The progress row keeps only the latest score."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="quiz_attempts")
    # The content whose quiz was answered (the lesson may show another version later); the
    # learner's history outlives a deleted version.
    content = models.ForeignKey(
        LessonContent, null=True, on_delete=models.SET_NULL, related_name="quiz_attempts"
    )
    answers = models.JSONField(default=list)  # the chosen option's index, per question
    correct_count = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField()  # 0..100
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["user", "lesson", "created_at"], name="quizattempt_user_lesson_time"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=0, score__lte=100), name="quizattempt_score_range"
            ),
            models.CheckConstraint(
                condition=models.Q(total__gte=1, correct_count__lte=models.F("total")),
                name="quizattempt_counts_valid",
            ),
            models.CheckConstraint(
                condition=Exact(
                    Func("answers", function="jsonb_typeof", output_field=models.TextField()),
                    "array",
                ),
                name="quizattempt_answers_is_list",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.lesson_id}: {self.score}"


# Review cards live in their own module; imported here so Django registers the model.
from skillsync.learning.reviews.models import ReviewCard as ReviewCard  # noqa: E402
