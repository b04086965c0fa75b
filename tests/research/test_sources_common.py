"""What every API source does alike against its fake: error answers, malformed bodies and a call
hanging past the time limit are the source failing (never a closed or disabled source), and a
rejected key disables the source for every worker."""

from __future__ import annotations

import time

import pytest

from skillsync.research.sources.base import SourceFailed, SourceUnavailable
from tests.fakes.research_server import (
    FakeResearchServer,
    auth_error,
    hang,
    malformed,
    not_found,
    raw,
    server_error,
)
from tests.research.conftest import MakeResearchCatalog
from tests.research.helpers import assert_closed, disabled_reason, fetch

pytestmark = pytest.mark.django_db

JSON = {"Content-Type": "application/json"}
SEARCH_WINDOW = '{"message": "Only the first 1000 search results are available", "status": "422"}'
INVALID_FILTER = (
    '{"error": {"code": 400, "message": "Request contains an invalid argument.", "errors": '
    '[{"message": "Request contains an invalid argument.", "domain": "youtube.search", '
    '"reason": "invalidSearchFilter", "location": "videoDuration", "locationType": '
    '"parameter"}], "status": "INVALID_ARGUMENT"}}'
)
KEYS = {"youtube": ("youtube",)}  # a key is required


@pytest.mark.parametrize(
    ("name", "behaviour", "reason"),
    [
        ("devto", server_error(500), "HTTP 500"),
        ("devto", server_error(503), "HTTP 503"),  # the CDN's HTML page
        ("devto", not_found(route="articles"), "HTTP 404"),
        ("devto", malformed(), "malformed answer"),
        ("devto", malformed('{"not": "a list"}'), "malformed answer"),
        ("github", raw(422, SEARCH_WINDOW, JSON), "HTTP 422"),
        ("github", auth_error("no_user_agent"), "HTTP 403"),  # a 403 that is no rate limit
        ("github", malformed(), "malformed answer"),
        ("github", malformed('{"total_count": 1}'), "malformed answer"),
        ("stackexchange", server_error(503), "temporarily_unavailable"),
        ("stackexchange", server_error(500), "internal_error"),
        ("stackexchange", server_error(502), "HTTP 502"),  # the load balancer's HTML page
        ("stackexchange", malformed(), "malformed answer"),
        ("stackexchange", malformed('{"items": "not a list"}'), "malformed answer"),
        ("youtube", raw(400, INVALID_FILTER, JSON), "invalidSearchFilter"),
        ("youtube", server_error(500), "backendError"),
        ("youtube", server_error(502), "HTTP 502"),
        ("youtube", malformed(), "malformed answer"),
        ("youtube", malformed('{"kind": "youtube#searchListResponse"}'), "malformed answer"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_errors_refusals_and_malformed_bodies_are_the_source_failing(
    make_research_catalog: MakeResearchCatalog,
    fake_research: FakeResearchServer,
    name: str,
    behaviour,
    reason: str,
) -> None:
    catalog = make_research_catalog(keys=KEYS.get(name, ()))
    fake_research.script(name, behaviour)

    with pytest.raises(SourceFailed) as failed:
        fetch(catalog, name)

    assert reason in failed.value.reason
    assert not disabled_reason(name)


@pytest.mark.parametrize(
    ("name", "route", "every_call"),
    [
        ("devto", None, False),  # the list of articles
        ("github", "readme", True),
        ("stackexchange", "answers", False),
        ("youtube", "videos", False),  # the details of the videos found
    ],
    ids=["devto-list", "github-readme", "stackexchange-answers", "youtube-details"],
)
def test_a_hanging_call_fails_within_the_time_limit(
    make_research_catalog: MakeResearchCatalog,
    fake_research: FakeResearchServer,
    name: str,
    route: str | None,
    every_call: bool,
) -> None:
    catalog = make_research_catalog(keys=KEYS.get(name, ()))
    hanging = hang(5, route=route)
    if every_call:
        fake_research.set_default(name, hanging)
    else:
        fake_research.script(name, hanging)
    started = time.monotonic()

    with pytest.raises(SourceFailed) as failed:
        fetch(catalog, name, time_limit=1)

    assert "ReadTimeout" in failed.value.reason or "out of time" in failed.value.reason
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    ("name", "wrong_key", "refusal", "disabled"),
    [
        ("github", "github_pat_another", "401", "Bad credentials"),
        ("stackexchange", "another-key((", "bad_parameter", "bad_parameter"),
        ("youtube", "AIzaSy-another-key", "API_KEY_INVALID", "API_KEY_INVALID"),
    ],
    ids=["github", "stackexchange", "youtube"],
)
def test_a_rejected_key_disables_the_source_for_every_worker(
    make_research_catalog: MakeResearchCatalog,
    fake_research: FakeResearchServer,
    name: str,
    wrong_key: str,
    refusal: str,
    disabled: str,
) -> None:
    catalog = make_research_catalog(keys=(name,))
    fake_research.set_key(name, wrong_key)

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, name)

    assert refusal in refused.value.reason
    assert disabled in disabled_reason(name)
    assert_closed(catalog, fake_research, name, sent=1)
