"""Research results, cached in PostgreSQL: one topic is researched once per source and TTL,
not once per lesson or learner."""

from __future__ import annotations

from django.db import models


class ResearchResult(models.Model):
    """One source's passages for one topic (as ``Passage.model_dump(mode="json")`` dicts)."""

    source = models.CharField(max_length=32)
    topic_key = models.CharField(max_length=200)  # see research.cache.topic_key
    topic = models.CharField(max_length=200)
    passages = models.JSONField(default=list)
    fetched_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    hits = models.PositiveIntegerField(default=0)  # times served from the cache

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "topic_key"], name="research_one_per_topic")
        ]
        indexes = [models.Index(fields=["expires_at"], name="research_expiry")]

    def __str__(self) -> str:
        return f"{self.source}: {self.topic}"
