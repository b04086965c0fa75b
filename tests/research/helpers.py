"""What the source tests share: a source for a catalog entry, a fetch from it, and checks on
passages and on a source closed for every worker."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from skillsync.generation.models import ProviderState
from skillsync.generation.providers import budgets
from skillsync.research.catalog import ResearchCatalog
from skillsync.research.passages import Passage, passage_id
from skillsync.research.sources.base import ResearchSource, SourceUnavailable
from skillsync.research.sources.registry import source_for
from tests.fakes.research_server import FakeResearchServer

MARKUP = re.compile(r"<\s*/?\s*[a-z][a-z0-9]*[^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)


# The topic and the lesson style each API source's tests ask for by default.
TOPICS = {
    "devto": "Django signals",
    "github": "python decorators",
    "stackexchange": "Python list comprehensions",
    "youtube": "Django ORM select_related",
}
STYLES = {"devto": "reading", "github": "hands_on", "stackexchange": "reading", "youtube": "video"}


def source(catalog: ResearchCatalog, name: str) -> ResearchSource:
    return source_for(catalog.sources[name], catalog)


def fetch(
    catalog: ResearchCatalog,
    name: str,
    topic: str | None = None,
    *,
    limit: int = 3,
    time_limit: float = 10,
) -> list[Passage]:
    """Passages from the source ``name`` on ``topic`` (by default, the source's own topic)."""
    return source(catalog, name).fetch(
        topic or TOPICS[name], style=STYLES[name], limit=limit, time_limit=time_limit
    )


def fetch_plain_passages(
    catalog: ResearchCatalog, name: str, *, kind: str, anchor: str = ""
) -> list[Passage]:
    """Three passages from the source ``name`` on its topic, checked as plain, attributed text
    with stable ids."""
    passages = fetch(catalog, name)
    assert len(passages) == 3
    assert_plain_passages(passages, source=name, kind=kind)
    assert_stable_ids(passages, anchor)
    return passages


def assert_closed(
    catalog: ResearchCatalog, fake: FakeResearchServer, name: str, *, sent: int
) -> None:
    """The source is closed for every worker: the next fetch is refused without being tried,
    and the fake has still received ``sent`` calls."""
    with pytest.raises(SourceUnavailable):
        fetch(catalog, name)
    assert fake.count(name) == sent


def assert_plain_passages(passages: list[Passage], *, source: str, kind: str) -> None:
    """Plain text (no tags, no entities), trimmed, attributed, with the stable id of its URL."""
    assert passages
    for passage in passages:
        assert passage.source == source
        assert passage.kind == kind
        assert passage.url.startswith("https://")
        assert passage.title
        assert passage.author
        assert 0 < len(passage.text) <= 2500
        assert not MARKUP.search(passage.text), passage.text
        assert not MARKUP.search(passage.title), passage.title
        assert 0.0 <= passage.quality <= 1.0
    assert len({p.id for p in passages}) == len(passages)
    assert len({p.url for p in passages}) == len(passages)


def assert_stable_ids(passages: list[Passage], anchor: str = "") -> None:
    for passage in passages:
        assert passage.id == passage_id(passage.source, passage.url, anchor)


def seconds_until(moment: datetime | None) -> float:
    assert moment is not None
    return (moment - budgets.database_now()).total_seconds()


def disabled_reason(name: str) -> str:
    state = ProviderState.objects.filter(provider=name).first()
    return state.disabled_reason if state else ""
