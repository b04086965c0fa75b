"""DEV articles with bodies, against the fake Forem API: Markdown bodies as plain text, the
tag_list/tags inversion, the V1 Accept header, Rack::Attack's plain-text 429 and its
three-a-second throttle, and unknown articles skipped."""

from __future__ import annotations

import time

import pytest

from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.devto import V1_ACCEPT, tag_for, tags_of
from tests.fakes.research_server import (
    FakeResearchServer,
    not_found,
    rate_limited,
)
from tests.research.conftest import MakeResearchCatalog
from tests.research.helpers import (
    assert_closed,
    fetch,
    fetch_plain_passages,
    seconds_until,
)

pytestmark = pytest.mark.django_db


def test_articles_come_as_plain_text_without_front_matter_or_liquid_tags(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()

    passages = fetch_plain_passages(catalog, "devto", kind="article")

    for passage in passages:
        assert passage.url.startswith("https://dev.to/")
        assert not passage.text.startswith("---")
        assert "published: true" not in passage.text
        assert "{%" not in passage.text
        assert "## " not in passage.text
        assert "def django(values):" in passage.text  # code kept
        assert passage.extra["tags"][0] == "django"  # from the show endpoint's inverted fields
        assert passage.author
    listing = fake_research.requests_for("devto", "articles")[0]
    assert listing.query["tag"] == "django"
    assert {r.headers["accept"] for r in fake_research.requests_for("devto")} == {V1_ACCEPT}
    assert fake_research.count("devto", "article") == 3


def test_tags_are_read_from_either_shape_and_the_topic_gives_its_tag() -> None:
    listed = {"tag_list": ["django", "python"], "tags": "django, python"}
    shown = {"tag_list": "django, python", "tags": ["django", "python"]}
    assert tags_of(listed) == tags_of(shown) == ["django", "python"]
    assert tag_for("Django signals") == "django"
    assert tag_for("React hooks") == "react"
    assert tag_for("the art of refactoring") == "refactoring"


def test_an_unknown_article_is_skipped(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("devto", not_found(route="article"))

    assert len(fetch(catalog, "devto", limit=2)) == 2
    assert fake_research.count("devto", "article") == 3


def test_calls_are_spaced_to_stay_under_three_a_second(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()

    for topic in ("Django signals", "Python decorators", "Docker volumes"):
        assert len(fetch(catalog, "devto", topic, limit=2)) == 2

    assert fake_research.count("devto") == 9
    assert fake_research.refusals("devto") == 0


def test_a_short_retry_later_is_waited_out(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("devto", rate_limited("burst", retry_after=1, route="article"))
    started = time.monotonic()

    passages = fetch(catalog, "devto", limit=2)

    assert len(passages) == 2
    assert time.monotonic() - started >= 1
    statuses = [r.status for r in fake_research.requests_for("devto", "article")]
    assert statuses == [429, 200, 200]


def test_a_long_retry_later_closes_the_source_for_every_worker(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("devto", rate_limited("burst", retry_after=30))

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "devto")

    assert "Retry later" in refused.value.reason
    assert 20 < seconds_until(refused.value.retry_at) <= 30
    assert_closed(catalog, fake_research, "devto", sent=1)
