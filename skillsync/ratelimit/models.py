"""Rate-limit counters: one row per (scope, subject, fixed window).

Rows are written only by ``services.py`` with a single ``INSERT ... ON CONFLICT`` so that
concurrent processes add to the same row; never through ``save()``.
"""

from __future__ import annotations

from django.db import models

from skillsync.core.db.constraints import not_empty


class RateLimitCounter(models.Model):
    # A hot, insert-heavy table: a sequential key keeps the primary-key index compact.
    id = models.BigAutoField(primary_key=True)
    scope = models.CharField(max_length=64)
    # Keyed SHA-256 (HMAC) hex of the subject: emails and IPs are never stored in clear.
    subject_hash = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    window_seconds = models.PositiveIntegerField()
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            # The ON CONFLICT target of every hit(); also serves peek() and reset().
            models.UniqueConstraint(
                fields=["scope", "subject_hash", "window_start"],
                name="ratelimit_counter_window_unique",
            ),
            models.CheckConstraint(
                condition=models.Q(count__gte=0), name="ratelimit_counter_count_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(window_seconds__gte=1),
                name="ratelimit_counter_window_positive",
            ),
            not_empty("scope", name="ratelimit_counter_scope_not_empty"),
        ]
        # purge_expired() range-scans old windows (window_start < cutoff) before its exact test.
        indexes = [models.Index(fields=["window_start"], name="ratelimit_counter_window_start")]

    def __str__(self) -> str:
        return f"{self.scope} {self.subject_hash[:12]} @ {self.window_start:%Y-%m-%dT%H:%M:%S}"
