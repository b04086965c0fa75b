"""What the reuse lookup keeps: each stored lesson's topic vector, and every lookup made.

Both point at ``learning.LessonContent`` and are owned by this app, so the cache adds no
column to the learning models.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Length, Now
from django.db.models.lookups import Exact, GreaterThanOrEqual, LessThanOrEqual

from skillsync.core.db.constraints import choices_check, not_empty
from skillsync.learning.choices import Difficulty, LearningStyle
from skillsync.learning.models import Lesson, LessonContent

# all-MiniLM-L6-v2's 384 float32 values, little-endian (written here rather than imported from
# embeddings.py, which loads numpy and the tokenizer: the web process never needs them).
VECTOR_DIMENSIONS = 384
VECTOR_BYTES = VECTOR_DIMENSIONS * 4


class TopicEmbedding(models.Model):
    """The embedding of the subject a stored lesson was generated for, with the filters the
    semantic lookup partitions by. The id only grows: the in-process index loads what is new
    by id (see ``index.py``)."""

    content = models.OneToOneField(
        LessonContent, on_delete=models.CASCADE, related_name="topic_embedding"
    )
    topic = models.CharField(max_length=300)  # the subject as it was asked
    canonical_key = models.CharField(max_length=255)
    learning_style = models.CharField(max_length=16, choices=LearningStyle.choices)
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices)
    language = models.CharField(max_length=16)
    schema_version = models.PositiveSmallIntegerField()
    model_version = models.CharField(max_length=100)
    vector = models.BinaryField()
    created_at = models.DateTimeField(db_default=Now())

    class Meta:
        indexes = [
            models.Index(fields=["canonical_key"], name="topicembedding_key"),
            models.Index(fields=["created_at"], name="topicembedding_created"),
        ]
        constraints = [
            not_empty("topic", "topicembedding_topic_not_empty"),
            not_empty("canonical_key", "topicembedding_key_not_empty"),
            choices_check("learning_style", LearningStyle, "topicembedding_style_valid"),
            choices_check("difficulty", Difficulty, "topicembedding_difficulty_valid"),
            models.CheckConstraint(
                condition=Exact(Length("vector"), VECTOR_BYTES), name="topicembedding_vector_size"
            ),
        ]

    def __str__(self) -> str:
        return self.topic


class LookupOutcome(models.TextChoices):
    EXACT = "exact", "Exact key"
    SEMANTIC = "semantic", "Same topic in other words"
    MISS = "miss", "Nothing reusable"


class ReuseLookup(models.Model):
    """One lookup: what was asked, what answered it (or the best candidate refused, and
    why), and how long it took. Rows are only ever added."""

    created_at = models.DateTimeField(db_default=Now())
    topic = models.CharField(max_length=300)
    canonical_key = models.CharField(max_length=255)
    learning_style = models.CharField(max_length=16, choices=LearningStyle.choices)
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices)
    language = models.CharField(max_length=16)
    schema_version = models.PositiveSmallIntegerField()
    outcome = models.CharField(max_length=16, choices=LookupOutcome.choices)
    similarity = models.FloatField(null=True, blank=True)
    content = models.ForeignKey(
        LessonContent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refused_content = models.ForeignKey(
        LessonContent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    refused_similarity = models.FloatField(null=True, blank=True)
    refusal_reason = models.CharField(max_length=200, blank=True)
    latency_ms = models.FloatField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson = models.ForeignKey(
        Lesson, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [models.Index(fields=["created_at"], name="reuselookup_created")]
        constraints = [
            choices_check("outcome", LookupOutcome, "reuselookup_outcome_valid"),
            choices_check("learning_style", LearningStyle, "reuselookup_style_valid"),
            choices_check("difficulty", Difficulty, "reuselookup_difficulty_valid"),
            models.CheckConstraint(
                condition=models.Q(similarity__isnull=True)
                | (
                    GreaterThanOrEqual(models.F("similarity"), -1.0001)
                    & LessThanOrEqual(models.F("similarity"), 1.0001)
                ),
                name="reuselookup_similarity_range",
            ),
            models.CheckConstraint(
                condition=models.Q(latency_ms__gte=0), name="reuselookup_latency_positive"
            ),
            # A hit says how close it was; a miss has nothing to say it about.
            models.CheckConstraint(
                condition=models.Q(outcome=LookupOutcome.MISS, similarity__isnull=True)
                | (~models.Q(outcome=LookupOutcome.MISS) & models.Q(similarity__isnull=False)),
                name="reuselookup_similarity_when_hit",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.outcome}: {self.topic}"
