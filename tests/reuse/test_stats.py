"""Hit rate and the exact/semantic split over a time range, from known lookup records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from skillsync.reuse.models import ReuseLookup
from skillsync.reuse.selectors import reuse_stats

pytestmark = pytest.mark.django_db
DAY = datetime(2026, 11, 2, tzinfo=UTC)


def lookups(outcome: str, count: int, at: datetime) -> None:
    ReuseLookup.objects.bulk_create(
        ReuseLookup(
            created_at=at,
            topic="t",
            canonical_key="k",
            learning_style="reading",
            difficulty="beginner",
            language="en",
            schema_version=1,
            outcome=outcome,
            similarity=None if outcome == "miss" else 0.9,
            latency_ms=3.0,
        )
        for _ in range(count)
    )


def test_hit_rate_and_split_count_only_the_lookups_inside_the_range() -> None:
    lookups("exact", 6, DAY + timedelta(hours=1))
    lookups("semantic", 2, DAY + timedelta(hours=23, minutes=59))
    lookups("miss", 2, DAY)  # the start is inside
    lookups("exact", 5, DAY - timedelta(seconds=1))  # before
    lookups("miss", 7, DAY + timedelta(days=1))  # the end is outside

    stats = reuse_stats(since=DAY, until=DAY + timedelta(days=1))

    assert (stats.lookups, stats.exact, stats.semantic, stats.misses) == (10, 6, 2, 2)
    assert stats.hits == 8
    assert stats.hit_rate == pytest.approx(0.8)
    assert stats.exact_share == pytest.approx(0.75)
    assert stats.semantic_share == pytest.approx(0.25)


def test_a_range_without_lookups_has_no_rate_rather_than_an_error() -> None:
    stats = reuse_stats(since=DAY, until=DAY + timedelta(days=1))
    assert (stats.lookups, stats.hit_rate, stats.exact_share, stats.semantic_share) == (
        0,
        0.0,
        0.0,
        0.0,
    )
