"""The documentation source against the fake documentation sites."""

from __future__ import annotations

import time

import pytest

from skillsync.generation.models import ProviderCall
from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from skillsync.research.sources.docs import DocsSource, sites_for
from tests.fakes import research_server
from tests.fakes.research_server import (
    INJECTION_TEXT,
    REDIRECT_TARGETS,
    SCRIPT_MARKER,
    SPECIAL_PAGES,
    STYLE_MARKER,
    FakeResearchServer,
    raw,
    redirect,
    server_error,
)
from tests.research import support
from tests.research.support import (
    HTML,
    docs_config,
    fake_catalog,
    index_page,
)

fake_research = research_server.fake_research  # the fixture
fresh_caches = support.fresh_caches  # every test without cached robots/indexes

pytestmark = pytest.mark.django_db
TOPIC = "Python list comprehensions"
DATASTRUCTURES = "3/tutorial/datastructures.html"


def source_for(fake: FakeResearchServer, **docs_source: object) -> DocsSource:
    catalog = fake_catalog(fake, **docs_source)
    return DocsSource(docs_config(catalog), catalog)


def paths(fake: FakeResearchServer, route: str = "page") -> list[str]:
    return [r.path for r in fake.requests_for("docs", route)]


def test_sections_of_the_best_pages_come_back_as_passages(fake_research) -> None:
    passages = source_for(fake_research).fetch(TOPIC, style="", limit=3, time_limit=10)

    assert len(passages) == 3
    best = passages[0]
    page = fake_research.docs_url("python", DATASTRUCTURES)
    assert (best.source, best.kind, best.licence) == ("docs", "doc_section", "PSF-2.0")
    assert best.title == "5.1.3. List Comprehensions"
    assert best.url == f"{page}#list-comprehensions"
    assert best.text.startswith("List comprehensions provide a concise way to create lists.")
    assert best.relevance == 1.0
    assert [p.relevance for p in passages] == sorted((p.relevance for p in passages), reverse=True)
    assert all("comprehension" in p.text.lower() for p in passages)
    assert best.extra == {
        "site": "python",
        "page": "5. Data Structures — Python 3.14 documentation",
    }
    assert paths(fake_research) == [
        "/docs/python/",
        f"/docs/python/{DATASTRUCTURES}",
        "/docs/python/3/howto/functional.html",
    ]


def test_passage_ids_are_stable_and_the_index_is_read_once(fake_research) -> None:
    source = source_for(fake_research)
    first = source.fetch(TOPIC, style="", limit=3, time_limit=10)
    second = source.fetch(TOPIC, style="", limit=3, time_limit=10)

    assert [p.id for p in first] == [p.id for p in second]
    assert len({p.id for p in first}) == 3
    assert paths(fake_research).count("/docs/python/") == 1
    assert fake_research.count("docs", "robots") == 1


def test_no_script_or_style_reaches_a_passage(fake_research) -> None:
    for topic in (TOPIC, "Django models", "React hooks", "JavaScript array map"):
        for passage in source_for(fake_research).fetch(topic, style="", limit=4, time_limit=10):
            assert SCRIPT_MARKER not in passage.text
            assert STYLE_MARKER not in passage.text


def test_every_request_spends_the_docs_budget(fake_research) -> None:
    source_for(fake_research).fetch(TOPIC, style="", limit=2, time_limit=10)

    assert ProviderCall.objects.filter(provider="docs").count() == fake_research.count("docs")


def test_a_spent_budget_makes_the_source_unavailable(fake_research) -> None:
    source = source_for(fake_research, anonymous_limits={"requests_per_minute": 2})

    with pytest.raises(SourceUnavailable):
        source.fetch(TOPIC, style="", limit=3, time_limit=10)

    assert fake_research.count("docs") == 2  # robots.txt and the index; no page


@pytest.mark.parametrize("topic", ["Rust lifetimes", "Cooking pasta", ""])
def test_a_topic_without_a_documentation_site_is_unavailable(fake_research, topic) -> None:
    with pytest.raises(SourceUnavailable, match="no documentation site for this topic"):
        source_for(fake_research).fetch(topic, style="", limit=3, time_limit=5)

    assert fake_research.count() == 0


def test_sites_are_chosen_by_whole_keywords_in_any_case_or_number(fake_research) -> None:
    catalog = fake_catalog(fake_research)

    assert [s.name for s in sites_for("DJANGO Models with PostgreSQL indexes", catalog)] == [
        "django",
        "postgresql",
    ]
    assert sites_for("Pythonic reactive programming", catalog) == []


def test_every_matching_site_gets_its_turn(fake_research) -> None:
    passages = source_for(fake_research).fetch(
        "Django models and PostgreSQL indexes", style="", limit=2, time_limit=10
    )

    assert {p.extra["site"] for p in passages} == {"django", "postgresql"}
    assert {p.licence for p in passages} == {"BSD-3-Clause", "PostgreSQL"}
    assert paths(fake_research) == [
        "/docs/django/",
        "/docs/postgresql/",
        "/docs/django/en/6.1/topics/db/models/",
        "/docs/postgresql/docs/current/indexes-intro.html",
    ]


def test_a_page_robots_txt_disallows_is_skipped_and_never_requested(fake_research) -> None:
    index = index_page(
        (SPECIAL_PAGES["disallowed"], "List comprehensions drafts for list comprehensions"),
        (DATASTRUCTURES, "Data structures: lists"),
    )
    fake_research.script("docs", raw(200, index, HTML))

    passages = source_for(fake_research).fetch(TOPIC, style="", limit=2, time_limit=10)

    assert passages
    assert f"/docs/python/{SPECIAL_PAGES['disallowed']}" not in paths(fake_research)


def test_a_hanging_page_costs_its_share_of_the_time_and_is_skipped(fake_research) -> None:
    fake_research.docs_hang_seconds = 10
    index = index_page(
        (SPECIAL_PAGES["hang"], "Python list comprehensions performance"),
        (DATASTRUCTURES, "Data structures: list comprehensions"),
    )
    fake_research.script("docs", raw(200, index, HTML))
    started = time.monotonic()

    passages = source_for(fake_research).fetch(TOPIC, style="", limit=2, time_limit=3)

    assert time.monotonic() - started < 3.5
    assert passages
    assert {p.url.split("#")[0] for p in passages} == {
        fake_research.docs_url("python", DATASTRUCTURES)
    }
    assert paths(fake_research).count(f"/docs/python/{SPECIAL_PAGES['hang']}") == 1


def test_only_a_hanging_page_fails_within_the_time_limit(fake_research) -> None:
    fake_research.docs_hang_seconds = 10
    index = index_page((SPECIAL_PAGES["hang"], "Python list comprehensions performance"))
    fake_research.script("docs", raw(200, index, HTML))
    started = time.monotonic()

    with pytest.raises(SourceFailed, match="timeout"):
        source_for(fake_research).fetch(TOPIC, style="", limit=2, time_limit=2)

    assert time.monotonic() - started < 2.5


def test_links_redirecting_to_private_addresses_are_skipped(fake_research) -> None:
    redirecting = sorted(REDIRECT_TARGETS)
    index = index_page(
        *((page, f"Python list comprehensions {page}") for page in redirecting),
        (DATASTRUCTURES, "Data structures: lists"),
    )
    fake_research.script("docs", raw(200, index, HTML))

    passages = source_for(fake_research).fetch(TOPIC, style="", limit=5, time_limit=10)

    assert passages
    assert {p.url.split("#")[0] for p in passages} == {
        fake_research.docs_url("python", DATASTRUCTURES)
    }
    assert sorted(paths(fake_research)) == sorted(
        ["/docs/python/", f"/docs/python/{DATASTRUCTURES}"]
        + [f"/docs/python/{page}" for page in redirecting]
    )


def test_a_redirect_to_another_loopback_port_fails_without_reaching_it(fake_research) -> None:
    with FakeResearchServer() as elsewhere:
        index = index_page(("elsewhere.html", "Python list comprehensions elsewhere"))
        fake_research.script(
            "docs",
            raw(200, index, HTML),
            redirect(elsewhere.docs_url("python", DATASTRUCTURES)),
        )

        with pytest.raises(SourceFailed, match="disallowed_url"):
            source_for(fake_research).fetch(TOPIC, style="", limit=3, time_limit=10)

        assert elsewhere.count() == 0


def test_the_injection_page_is_returned_as_text_and_flagged(fake_research) -> None:
    index = index_page((SPECIAL_PAGES["injection"], "Tips: list comprehensions"))
    fake_research.script("docs", raw(200, index, HTML))

    passages = source_for(fake_research).fetch(TOPIC, style="", limit=4, time_limit=10)

    injected = [p for p in passages if INJECTION_TEXT in p.text]
    assert len(injected) == 1
    assert injected[0].extra["suspicious"] is True
    assert all("suspicious" not in p.extra for p in passages if p not in injected)


def test_nothing_readable_is_a_failure_naming_the_reasons(fake_research) -> None:
    fake_research.script("docs", server_error(503))

    with pytest.raises(SourceFailed, match=r"index .* status"):
        source_for(fake_research).fetch(TOPIC, style="", limit=3, time_limit=10)


def test_an_index_without_a_relevant_link_gives_no_passages(fake_research) -> None:
    fake_research.script("docs", raw(200, index_page(("about.html", "About us")), HTML))

    assert source_for(fake_research).fetch(TOPIC, style="", limit=3, time_limit=10) == []
    assert paths(fake_research) == ["/docs/python/"]
