"""Reads of the reuse app: what may be reused, in which order, and how well reuse works."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet

from skillsync.learning.choices import ApprovalStatus
from skillsync.learning.models import LessonContent
from skillsync.reuse.models import LookupOutcome, ReuseLookup

# Approved and mentor-verified content is vetted; pending content is merely generated.
_VETTED = (ApprovalStatus.APPROVED, ApprovalStatus.MENTOR_VERIFIED)


def reusable_contents() -> QuerySet[LessonContent]:
    """Every lesson content that may be given to another learner: not rejected, not hidden
    from reuse by learners' flags (until a review settles them), and not a learner's personal
    regenerated version. The one place that decides it: both the exact and the semantic
    lookup start here."""
    return LessonContent.objects.filter(reusable=True, hidden_from_reuse=False).exclude(
        approval_status=ApprovalStatus.REJECTED
    )


@dataclass(frozen=True)
class Reusable:
    """A reusable content and what ranks it among others on the same topic."""

    id: uuid.UUID
    approval_status: str
    net_votes: Decimal  # weighted: each vote at the weight it was cast with

    @property
    def vetted(self) -> bool:
        return self.approval_status in _VETTED


def reusable_by_id(ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Reusable]:
    """Those of ``ids`` that may be reused (one query), with their ranking facts."""
    rows = reusable_contents().filter(pk__in=list(ids))
    return {row["id"]: _reusable(row) for row in rows.values(*_RANKED)}


def exact_reusable(*, key: str) -> list[Reusable]:
    """Reusable contents stored under canonical ``key`` (normally one; more when a rejected
    content held the key, or after a backfill)."""
    rows = reusable_contents().filter(topic_embedding__canonical_key=key)
    return [_reusable(row) for row in rows.values(*_RANKED)]


_RANKED = ("id", "approval_status", "weighted_upvotes", "weighted_downvotes")


def _reusable(row: dict[str, Any]) -> Reusable:
    net = row["weighted_upvotes"] - row["weighted_downvotes"]
    return Reusable(row["id"], row["approval_status"], net)


def preference(content: Reusable, similarity: float) -> tuple[int, Decimal, float]:
    """Sort key among acceptable matches, best first: vetted content, then weighted net votes
    (up - down, each vote at its weight: a vote from an account minutes old, or from a device
    the author uses, counts less), then similarity."""
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
