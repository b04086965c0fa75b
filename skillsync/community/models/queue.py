"""The review queue, as the Django admin lists it."""

from __future__ import annotations

from skillsync.learning.models import LessonContent


class ReviewQueueEntry(LessonContent):
    """Shared lesson content awaiting curators: pending, flagged, or hidden from reuse by
    flags (the admin's queryset is ``selectors.review_queue_contents``)."""

    class Meta:
        proxy = True
        verbose_name = "review queue entry"
        verbose_name_plural = "review queue"
