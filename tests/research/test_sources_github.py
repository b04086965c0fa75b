"""GitHub repositories and README excerpts, against the fake GitHub API: base64 READMEs as plain
text, the rate-limit headers and both kinds of 403/429 limit, a bad token, missing READMEs, and
the shared budget holding two threads to GitHub's search limit."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.github import readme_text
from skillsync.settings import env
from tests.fakes.research_server import (
    GITHUB_TOKEN,
    FakeResearchServer,
    not_found,
    ok,
    rate_limited,
)
from tests.research.conftest import MakeResearchCatalog
from tests.research.helpers import (
    TOPICS,
    assert_closed,
    fetch,
    fetch_plain_passages,
    seconds_until,
    source,
)

TOPIC = TOPICS["github"]
LICENCES = {"MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0", ""}


@pytest.mark.django_db
def test_readmes_come_as_plain_text_with_licence_owner_and_stars(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()

    passages = fetch_plain_passages(catalog, "github", kind="readme", anchor="readme")

    for passage in passages:
        full_name = passage.extra["full_name"]
        assert passage.url == f"https://github.com/{full_name}"
        assert passage.author == full_name.split("/")[0]
        assert passage.licence in LICENCES
        assert passage.extra["stars"] > 0
        assert passage.quality > 0
        assert "```" not in passage.text
        assert "](" not in passage.text
        assert "def python_decorators(values):" in passage.text  # code kept
    assert any(p.licence for p in passages)
    stars = [p.extra["stars"] for p in passages]
    assert stars == sorted(stars, reverse=True)

    search = fake_research.requests_for("github", "search")[0]
    assert (search.query["q"], search.query["sort"]) == (TOPIC, "stars")
    assert search.headers["accept"] == "application/vnd.github+json"
    assert search.headers["x-github-api-version"] == "2022-11-28"
    assert search.headers["user-agent"].startswith("SkillSync/")
    assert "authorization" not in search.headers
    readmes = fake_research.requests_for("github", "readme")
    assert [r.path for r in readmes] == [
        f"/github/repos/{p.extra['full_name']}/readme" for p in passages
    ]


@pytest.mark.django_db
def test_a_token_is_sent_as_a_bearer(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog(keys=("github",))

    assert fetch(catalog, "github", limit=1)

    headers = {r.headers["authorization"] for r in fake_research.requests_for("github")}
    assert headers == {f"Bearer {GITHUB_TOKEN}"}


def test_readmes_in_each_format_become_plain_text() -> None:
    markdown = "# Tool\n\n[![ci](https://x/badge.svg)](https://x)\n\nUse **it**:\n\n```sh\nrun\n```"
    assert readme_text("README.md", markdown) == "Tool\n\nUse it:\n\nrun"
    rst = "Tool\n====\n\nUse ``it``::\n\n    run\n\n.. image:: https://x/badge.svg\n"
    assert readme_text("README.rst", rst) == "Tool\n\nUse it:\n\nrun"
    assert readme_text("README", "plain   text\n\nsecond") == "plain text\n\nsecond"


@pytest.mark.django_db
def test_a_repository_without_a_readme_is_skipped(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script("github", not_found(route="readme"))

    passages = fetch(catalog, "github", limit=2)

    assert len(passages) == 2
    assert fake_research.count("github", "readme") == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    "behaviour",
    [
        rate_limited("primary"),
        rate_limited("primary", status=429),
        rate_limited("primary", bare=True),
    ],
)
def test_a_primary_limit_closes_the_source_until_the_reset(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer, behaviour
) -> None:
    catalog = make_research_catalog()
    fake_research.script("github", behaviour)

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "github")

    assert "API rate limit exceeded" in refused.value.reason
    assert 0 < seconds_until(refused.value.retry_at) <= 61  # x-ratelimit-reset: a minute
    assert_closed(catalog, fake_research, "github", sent=1)


@pytest.mark.django_db
@pytest.mark.parametrize(("retry_after", "wait"), [(30, 30), (None, 60)])
def test_a_secondary_limit_closes_the_source_for_its_retry_after_or_a_minute(
    make_research_catalog: MakeResearchCatalog,
    fake_research: FakeResearchServer,
    retry_after: int | None,
    wait: int,
) -> None:
    catalog = make_research_catalog()
    fake_research.script("github", rate_limited("secondary", retry_after=retry_after))

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "github")

    assert "secondary rate limit" in refused.value.reason
    assert wait - 10 < seconds_until(refused.value.retry_at) <= wait
    assert_closed(catalog, fake_research, "github", sent=1)


@pytest.mark.django_db
def test_the_last_search_of_the_window_closes_searches_until_the_reset(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.set_limits("github", search_per_minute=1)
    assert fetch(catalog, "github", limit=1)  # answered with x-ratelimit-remaining: 0

    with pytest.raises(SourceUnavailable) as refused:
        fetch(catalog, "github", limit=1)

    assert refused.value.reason == "github: search limit used up"
    assert 0 < seconds_until(refused.value.retry_at) <= 61
    assert fake_research.count("github", "search") == 1
    assert fake_research.refusals("github") == 0


@pytest.mark.django_db
def test_a_limited_readme_keeps_the_readmes_already_read(
    make_research_catalog: MakeResearchCatalog, fake_research: FakeResearchServer
) -> None:
    catalog = make_research_catalog()
    fake_research.script(
        "github", ok(route="readme"), rate_limited("secondary", retry_after=30, route="readme")
    )

    passages = fetch(catalog, "github")

    assert len(passages) == 1
    with pytest.raises(SourceUnavailable):
        fetch(catalog, "github")


@pytest.mark.django_db(transaction=True)
def test_two_threads_fetching_fifteen_times_keep_to_the_limit_and_are_never_refused(
    make_research_catalog: MakeResearchCatalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    scale = 30  # a minute lasts two seconds, for the budgets and for the fake alike
    window = 60 / scale
    monkeypatch.setattr(env, "LLM_TIME_SCALE", float(scale))
    with FakeResearchServer(time_scale=1 / scale) as fake:
        github = source(make_research_catalog(server=fake), "github")
        outcomes: list[str] = []

        def worker(first: int, count: int) -> None:
            try:
                for n in range(first, first + count):
                    try:
                        found = github.fetch(
                            f"python topic {n}", style="reading", limit=1, time_limit=10
                        )
                        outcomes.append(f"{len(found)} passages")
                    except SourceUnavailable:
                        outcomes.append("unavailable")
            finally:
                connection.close()

        threads = [
            threading.Thread(target=worker, args=(0, 8)),
            threading.Thread(target=worker, args=(8, 7)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        assert len(outcomes) == 15
        assert outcomes.count("1 passages") >= 12  # waiting for the window, not giving up
        assert fake.refusals("github") == 0
        assert {r.status for r in fake.requests_for("github")} == {200}
        searches = len(fake.requests_for("github", "search"))
        assert outcomes.count("1 passages") <= searches <= 15
        # The budget counts every call (searches and READMEs) against 10 a minute: in no span
        # shorter than a minute did the fake receive more.
        times = sorted(r.received_at for r in fake.requests_for("github"))
        assert len(times) > 10
        for i, start in enumerate(times):
            assert sum(1 for t in times[i:] if t < start + window * 0.97) <= 10
