"""Research for a lesson, end to end against the fake research APIs and documentation sites:
every source at once, cached per topic, degrading gracefully when sources fail."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from django.core.management import call_command

from skillsync.research.models import ResearchResult
from skillsync.research.service import research_topic
from tests.fakes import research_behaviours as fake
from tests.fakes.research_server import FakeResearchServer
from tests.research.conftest import MakeResearchCatalog
from tests.research.support import KEYWORDS, LICENCES, fresh_caches  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db(transaction=True)
API_SOURCES = ("stackexchange", "github", "devto", "youtube")
TOPIC = "Python list comprehensions"


@pytest.fixture
def everything(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, settings: Any
) -> FakeResearchServer:
    """Every source, each at the fake, with keys; research not limited to the offline docs."""
    settings.RESEARCH_SOURCES = None
    make_research_catalog(
        keys=("youtube",),
        docs={
            site: {
                "base_url": fake_research.docs_url(site),
                "index_paths": [""],
                "keywords": words,
                "licence": LICENCES[site],
            }
            for site, words in KEYWORDS.items()
        },
    )
    return fake_research


def test_every_source_contributes_ranked_attributed_passages(
    everything: FakeResearchServer,
) -> None:
    bundle = research_topic(TOPIC, style="mixed")
    statuses = {name: outcome.status for name, outcome in bundle.outcomes.items()}
    assert statuses == dict.fromkeys([*API_SOURCES, "docs", "offline_docs"], "ok")
    assert {p.source for p in bundle.passages} >= {"docs", "stackexchange", "offline_docs"}
    assert sum(p.tokens() for p in bundle.passages) <= 3000
    assert bundle.passages[0].relevance > 0
    attribution = bundle.source_attribution()
    used = {item["passage_id"] for items in attribution.values() for item in items}
    assert used == {p.id for p in bundle.passages}
    for items in attribution.values():
        assert all(item["url"] and item["title"] for item in items)
    metadata = bundle.research_metadata()
    assert metadata["missing"] == {}
    assert metadata["passages"] == len(bundle.passages)
    assert set(metadata["sources"]) == set(statuses)


def test_the_same_topic_again_is_served_from_the_cache_with_no_outbound_call(
    everything: FakeResearchServer,
) -> None:
    research_topic(TOPIC, style="mixed")
    calls = everything.count()
    assert calls > 0
    again = research_topic("python  LIST comprehensions!", style="reading")  # the same topic
    assert everything.count() == calls
    assert {o.status for o in again.outcomes.values()} == {"cached"}
    assert ResearchResult.objects.filter(hits__gte=1).count() == len(again.outcomes)


def test_with_every_online_source_down_the_offline_documentation_still_answers(
    everything: FakeResearchServer,
) -> None:
    for source in API_SOURCES:
        everything.set_default(source, fake.server_error(503))
    everything.set_default("docs", fake.server_error(503))
    bundle = research_topic(TOPIC, style="hands_on")
    assert set(bundle.missing) == {*API_SOURCES, "docs"}
    assert all(reason for reason in bundle.missing.values())
    assert len(bundle.passages) >= 3
    assert {p.source for p in bundle.passages} == {"offline_docs"}
    assert not ResearchResult.objects.exclude(source="offline_docs").exists()  # nothing cached


def test_a_source_without_its_key_is_reported_missing_and_never_called(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, settings: Any
) -> None:
    settings.RESEARCH_SOURCES = None
    make_research_catalog()  # no YouTube key
    bundle = research_topic(TOPIC)
    assert bundle.missing["youtube"] == "no API key configured"
    assert fake_research.count("youtube") == 0


def test_the_research_command_prints_passages_and_metadata_as_json(settings: Any) -> None:
    settings.RESEARCH_SOURCES = []  # no network: the offline documentation only
    out = io.StringIO()
    call_command("research", TOPIC, "--json", stdout=out)
    printed = json.loads(out.getvalue())
    passages = printed["passages"]
    assert len(passages) >= 3
    assert all(p["source"] == "offline_docs" and p["licence"] == "PSF-2.0" for p in passages)
    assert any("comprehension" in p["text"] for p in passages[:3])
    assert printed["research_metadata"]["sources"]["offline_docs"]["status"] in ("ok", "cached")
    assert set(printed["source_attribution"]) == {"offline_docs"}


def test_a_lesson_is_generated_with_every_source_down_and_says_what_was_missing(
    everything: FakeResearchServer,
) -> None:
    from skillsync.generation.delivery import process_request
    from skillsync.generation.models import GenerationRequest
    from skillsync.generation.queue import lesson_generation_request
    from skillsync.learning.models import Lesson
    from tests.conftest import new_roadmap

    for source in (*API_SOURCES, "docs"):
        everything.set_default(source, fake.server_error(503))
    roadmap = new_roadmap(goal="Learn Python", style="reading")
    lesson = Lesson.objects.filter(module__roadmap=roadmap).order_by("position").first()
    assert lesson is not None
    lesson_generation_request(user=roadmap.owner, lesson_id=lesson.id)
    request = GenerationRequest.objects.get(lesson=lesson)
    assert process_request(request.id) == "generated"
    lesson.refresh_from_db()
    content = lesson.content
    assert content is not None
    metadata = content.research_metadata
    assert set(metadata["missing"]) == {*API_SOURCES, "docs"}
    assert metadata["sources"]["offline_docs"]["status"] in ("ok", "cached")
    # Grounded all the same: the offline passages are cited in the lesson and attributed.
    cited = {item["passage_id"] for item in content.source_attribution["offline_docs"]}
    assert cited
    body = json.dumps(content.content)
    assert any(passage_id in body for passage_id in cited)
