"""Learners' reports that a shared lesson is wrong, outdated, unsafe or off-topic."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models

from skillsync.community.choices import FlagReason, FlagResolution
from skillsync.core.db.constraints import choices_check, max_length

FLAG_DETAILS_MAX_LENGTH = 1000


class ContentFlag(models.Model):
    """One learner's report on one content. Open until a binding review settles it (upheld by
    a rejection, dismissed by an approval); a learner has at most one open flag per content.
    ``weight`` counts like a vote's: the open flags' weights decide when the content is hidden
    from reuse."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="content_flags"
    )
    content = models.ForeignKey(
        "learning.LessonContent", on_delete=models.CASCADE, related_name="flags"
    )
    reason = models.CharField(max_length=16, choices=FlagReason.choices)
    details = models.TextField(blank=True, default="")
    weight = models.DecimalField(max_digits=3, decimal_places=2, default=Decimal("1.00"))
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolution = models.CharField(
        max_length=16, choices=FlagResolution.choices, default=FlagResolution.OPEN, blank=True
    )

    class Meta:
        indexes = [
            models.Index(
                fields=["content"],
                condition=models.Q(resolved_at__isnull=True),
                name="flag_open_by_content",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content"],
                condition=models.Q(resolved_at__isnull=True),
                name="flag_one_open_per_user_content",
            ),
            choices_check("reason", FlagReason, "flag_reason_valid"),
            choices_check("resolution", FlagResolution, "flag_resolution_valid"),
            max_length("details", FLAG_DETAILS_MAX_LENGTH, "flag_details_max_length"),
            models.CheckConstraint(
                condition=models.Q(weight__gt=0, weight__lte=1), name="flag_weight_range"
            ),
            # Resolved exactly when it has a resolution.
            models.CheckConstraint(
                condition=models.Q(resolved_at__isnull=True, resolution=FlagResolution.OPEN)
                | (models.Q(resolved_at__isnull=False) & ~models.Q(resolution=FlagResolution.OPEN)),
                name="flag_resolution_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reason} by {self.user_id} on {self.content_id}"
