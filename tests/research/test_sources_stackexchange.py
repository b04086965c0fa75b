"""Stack Overflow answers with bodies, against the fake Stack Exchange API: accepted answers as
plain text, the body-borne throttling (backoff, quota_remaining, throttle_violation), a rejected
key, and failures that are the source's, never the caller's."""

from __future__ import annotations

import time

import pytest

from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.stackexchange import next_utc_midnight, tagged_query
from tests.fakes.research_server import (
    STACKEXCHANGE_KEY,
    FakeResearchServer,
    ok,
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


def test_accepted_answers_come_as_plain_text_with_licence_author_and_stable_ids(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()

    passages = fetch_plain_passages(catalog, "stackexchange", kind="answer")

    for passage in passages:
        assert passage.licence.startswith("CC BY-SA ")
        assert passage.extra["is_accepted"] is True  # accepted answers are asked for
        assert passage.url == f"https://stackoverflow.com/a/{passage.extra['answer_id']}"
        assert "Short answer:" in passage.text  # the answer's own body, not the question's
        assert "for value in values if value % 2 == 0]" in passage.text  # code kept
    again = fetch(catalog, "stackexchange")
    assert [p.id for p in again] == [p.id for p in passages]  # stable across runs

    search, answers = fake_research.requests_for("stackexchange")[:2]
    assert search.route == "search"
    assert search.query["site"] == "stackoverflow"
    assert search.query["tagged"] == "python"
    assert search.query["q"] == "list comprehensions"
    assert (search.query["accepted"], search.query["sort"]) == ("True", "relevance")
    assert "key" not in search.query
    assert answers.route == "answers"
    assert answers.query["filter"] == "withbody"
    assert "gzip" in search.headers["accept-encoding"]  # and the fake always gzips
    assert fake_research.count("stackexchange") == 4


def test_the_key_is_sent_as_a_parameter(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog(keys=("stackexchange",))

    assert fetch(catalog, "stackexchange", limit=1)

    assert {r.query["key"] for r in fake_research.requests_for("stackexchange")} == {
        STACKEXCHANGE_KEY
    }


def test_a_topic_word_that_is_a_tag_is_searched_as_the_tag() -> None:
    assert tagged_query("React hooks") == ("hooks", "reactjs")
    assert tagged_query("list comprehensions") == ("list comprehensions", "")
    assert tagged_query("django") == ("", "django")


def test_backoff_closes_the_method_for_every_worker_and_a_short_one_is_waited_out(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("stackexchange", ok(backoff=2, route="search"))
    assert fetch(catalog, "stackexchange", limit=1)
    sent = fake_research.count("stackexchange")

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "stackexchange", limit=1, time_limit=1)  # no time to wait two seconds

    assert "backing off search" in refused.value.reason
    assert 0 < seconds_until(refused.value.retry_at) <= 2
    assert fake_research.count("stackexchange") == sent  # nothing was sent
    started = time.monotonic()
    assert fetch(catalog, "stackexchange", limit=1, time_limit=8)  # waits it out, then asks
    assert time.monotonic() - started >= 1
    assert fake_research.refusals("stackexchange") == 0  # never a "Violation of backoff"


def test_quota_remaining_zero_closes_the_source_until_the_utc_day_rolls_over(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.set_limits("stackexchange", per_day=2)
    assert fetch(catalog, "stackexchange", limit=1)  # the answers call leaves quota_remaining at 0

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "stackexchange", limit=1)

    assert refused.value.reason == "daily quota used up"
    assert refused.value.retry_at == next_utc_midnight()
    assert fake_research.count("stackexchange") == 2
    assert fake_research.refusals("stackexchange") == 0


@pytest.mark.parametrize("status", [502, 400])
def test_a_throttle_violation_is_read_from_the_body_whatever_the_http_status(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, status: int
) -> None:
    catalog = make_research_catalog()
    fake_research.script("stackexchange", rate_limited("quota", status=status, retry_after=600))

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "stackexchange")

    assert "throttle_violation" in refused.value.reason
    assert 590 < seconds_until(refused.value.retry_at) <= 600
    assert_closed(catalog, fake_research, "stackexchange", sent=1)


def test_a_backoff_violation_closes_the_source_for_a_minute(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("stackexchange", rate_limited("backoff"))

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "stackexchange")

    assert "Violation of backoff parameter" in refused.value.reason
    assert 50 < seconds_until(refused.value.retry_at) <= 60


def test_no_questions_is_no_passages(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("stackexchange", ok(count=0))

    assert fetch(catalog, "stackexchange") == []
    assert fake_research.count("stackexchange") == 1
