"""What learners say about shared lessons. A vote belongs to a lesson's content, not to a
lesson: content is shared across learners, and the reuse lookup prefers content with more net
votes. ``LessonContent.upvotes``/``downvotes`` count the rows; ``weighted_upvotes``/
``weighted_downvotes`` add up their weights; both are kept exact by
``services.lesson_vote_set``."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models


class LessonVote(models.Model):
    """One learner's up (1) or down (-1) vote on one content; withdrawing deletes the row.
    ``weight`` is what the vote counts for, fixed when it was cast (``weights.py``)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_votes"
    )
    content = models.ForeignKey(
        "learning.LessonContent", on_delete=models.CASCADE, related_name="votes"
    )
    value = models.SmallIntegerField()
    weight = models.DecimalField(max_digits=3, decimal_places=2, default=Decimal("1.00"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "content"], name="vote_user_content_unique"),
            models.CheckConstraint(condition=models.Q(value__in=[-1, 1]), name="vote_value_valid"),
            models.CheckConstraint(
                condition=models.Q(weight__gt=0, weight__lte=1), name="vote_weight_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} on {self.content_id}: {self.value:+d}"
