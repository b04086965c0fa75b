"""A learner's review card for one quiz question (imported by ``learning/models.py``).

A card belongs to the content whose quiz asked the question, by index. It is live while its
lesson still shows that content and the question at that index is still the one it was made
from (``question_key``); otherwise it is retired: never due, never asked. Retirement is read,
not stored, so a lesson switched back to the style it was studied in brings its cards back with
their schedule.
"""

from __future__ import annotations

import hashlib
import uuid

from django.conf import settings
from django.db import models

from skillsync.core.db.constraints import not_empty
from skillsync.learning.spaced import MIN_EASE


def question_key(*, question: str, answer: str) -> str:
    """What identifies a question's wording and right answer (SQL computes the same from the
    stored content: ``selectors.live_cards``)."""
    return hashlib.sha256(f"{question}\x1f{answer}".encode()).hexdigest()


class ReviewCard(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards"
    )
    # The lesson it was last quizzed from (a content shared by two of the learner's lessons
    # has one card per question).
    lesson = models.ForeignKey(
        "learning.Lesson", on_delete=models.CASCADE, related_name="review_cards"
    )
    content = models.ForeignKey(
        "learning.LessonContent", on_delete=models.CASCADE, related_name="review_cards"
    )
    question_index = models.PositiveSmallIntegerField()
    question_key = models.CharField(max_length=64)
    # SM-2's state (``spaced.CardState``).
    ease_factor = models.FloatField(default=2.5)
    interval_days = models.PositiveIntegerField(default=0)
    repetitions = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)
    due_at = models.DateTimeField()
    last_reviewed_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["user", "due_at"], name="reviewcard_user_due")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content", "question_index"], name="reviewcard_question_unique"
            ),
            not_empty("question_key", "reviewcard_question_key_not_empty"),
            models.CheckConstraint(
                condition=models.Q(ease_factor__gte=MIN_EASE), name="reviewcard_ease_min"
            ),
            # Relearning (no right answer in a row) has no interval; a learnt card has one.
            models.CheckConstraint(
                condition=models.Q(repetitions=0, interval_days=0)
                | models.Q(repetitions__gt=0, interval_days__gt=0),
                name="reviewcard_interval_matches_repetitions",
            ),
            models.CheckConstraint(
                condition=models.Q(due_at__gte=models.F("last_reviewed_at")),
                name="reviewcard_due_after_review",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: question {self.question_index} of {self.content_id}"
