"""Reads of the reuse app: what may be reused, in which order, and how well reuse works."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q, QuerySet

from skillsync.learning.choices import ApprovalStatus
from skillsync.learning.models import LessonContent
from skillsync.reuse.models import LookupOutcome, ReuseLookup

# Approved and mentor-verified content is vetted; pending content is merely generated.
_VETTED = (ApprovalStatus.APPROVED, ApprovalStatus.MENTOR_VERIFIED)


def reusable_contents() -> QuerySet[LessonContent]:
    """Every lesson content that may be given to another learner: not rejected, and not a
    learner's personal regenerated version. The one place that decides it: both the exact and
    the semantic lookup start here."""
    return LessonContent.objects.filter(reusable=True).exclude(
        approval_status=ApprovalStatus.REJECTED
    )


@dataclass(frozen=True)
class Reusable:
    """A reusable content and what ranks it among others on the same topic."""

    id: uuid.UUID
    approval_status: str
    net_votes: int

    @property
    def vetted(self) -> bool:
        return self.approval_status in _VETTED


def reusable_by_id(ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Reusable]:
    """Those of ``ids`` that may be reused (one query), with their ranking facts."""
    rows = reusable_contents().filter(pk__in=list(ids))
    return {
        row["id"]: Reusable(row["id"], row["approval_status"], row["upvotes"] - row["downvotes"])
        for row in rows.values("id", "approval_status", "upvotes", "downvotes")
    }


def exact_reusable(*, key: str) -> list[Reusable]:
    """Reusable contents stored under canonical ``key`` (normally one; more when a rejected
    content held the key, or after a backfill)."""
    rows = reusable_contents().filter(topic_embedding__canonical_key=key)
    return [
        Reusable(row["id"], row["approval_status"], row["upvotes"] - row["downvotes"])
        for row in rows.values("id", "approval_status", "upvotes", "downvotes")
    ]


def preference(content: Reusable, similarity: float) -> tuple[int, int, float]:
    """Sort key among acceptable matches, best first: vetted content, then net votes
    (upvotes - downvotes), then similarity."""
    return (0 if content.vetted else 1, -content.net_votes, -similarity)


@dataclass(frozen=True)
class ReuseStats:
    lookups: int
    exact: int
    semantic: int
    misses: int

    @property
    def hits(self) -> int:
        return self.exact + self.semantic

    @property
    def hit_rate(self) -> float:
        return self.hits / self.lookups if self.lookups else 0.0

    @property
    def exact_share(self) -> float:
        """Of the hits, the part answered by the exact key."""
        return self.exact / self.hits if self.hits else 0.0

    @property
    def semantic_share(self) -> float:
        return self.semantic / self.hits if self.hits else 0.0


def reuse_stats(*, since: datetime, until: datetime) -> ReuseStats:
    """Lookups made in [since, until): how many, and how each was answered."""
    counts = ReuseLookup.objects.filter(created_at__gte=since, created_at__lt=until).aggregate(
        lookups=Count("id"),
        exact=Count("id", filter=Q(outcome=LookupOutcome.EXACT)),
        semantic=Count("id", filter=Q(outcome=LookupOutcome.SEMANTIC)),
        misses=Count("id", filter=Q(outcome=LookupOutcome.MISS)),
    )
    return ReuseStats(**counts)
