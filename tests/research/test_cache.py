"""The research cache: one topic researched once per TTL, shared by every learner."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from skillsync.research import cache
from skillsync.research.models import ResearchResult
from skillsync.research.passages import Passage, passage_id
from tests.concurrency import outcomes_in_parallel

PASSAGE = Passage(
    id=passage_id("docs", "https://docs.python.org/3/tutorial/datastructures.html"),
    source="docs",
    kind="doc_section",
    url="https://docs.python.org/3/tutorial/datastructures.html",
    title="List Comprehensions",
    text="List comprehensions provide a concise way to create lists.",
    retrieved_at=datetime(2026, 11, 25, tzinfo=UTC),
    licence="PSF-2.0",
)


def test_the_topic_key_ignores_case_punctuation_and_spacing() -> None:
    assert cache.topic_key("  Python: List   Comprehensions! ") == "python list comprehensions"
    assert cache.topic_key("C# async/await") == "c# async/await"


@pytest.mark.django_db
def test_stored_passages_come_back_until_they_expire() -> None:
    key = cache.topic_key("List comprehensions")
    assert cache.cached("docs", key) is None
    cache.store("docs", key, "List comprehensions", [PASSAGE], timedelta(hours=1))
    assert cache.cached("docs", key) == [PASSAGE]
    assert ResearchResult.objects.get().hits == 1
    assert cache.cached("devto", key) is None  # per source
    ResearchResult.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert cache.cached("docs", key) is None
    assert cache.purge_expired() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_researchers_of_one_topic_take_turns() -> None:
    import time

    inside: list[int] = []
    overlaps: list[bool] = []

    def research() -> str:
        with cache.single_flight("docs", "one topic", wait=10) as got:
            inside.append(1)
            overlaps.append(len(inside) > 1)
            time.sleep(0.2)
            inside.pop()
            return "locked" if got else "not locked"

    assert outcomes_in_parallel(4, research) == ["locked"] * 4
    assert not any(overlaps)


@pytest.mark.django_db
def test_the_hourly_purge_deletes_only_expired_results() -> None:
    from skillsync.research.tasks import purge_expired_research

    for n in range(3):
        cache.store("docs", f"topic {n}", f"topic {n}", [PASSAGE], timedelta(hours=1))
    ResearchResult.objects.filter(topic_key__in=["topic 0", "topic 1"]).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    assert purge_expired_research(timestamp=0) == 2
    assert list(ResearchResult.objects.values_list("topic_key", flat=True)) == ["topic 2"]
