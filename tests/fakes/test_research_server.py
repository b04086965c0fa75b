"""The fake research server speaks each source's documented wire format
(/work/shared/api-shapes/), enforces the documented limits, serves topic-aware content and
misbehaves on demand — talked to with httpx, like a client."""

from __future__ import annotations

import base64
import gzip
import json
import re
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from tests.fakes import research_server
from tests.fakes.fake_testing import assert_stop_drops_hanging_request, fake_process
from tests.fakes.research_server import (
    BOILERPLATE,
    DISALLOWED_MARKER,
    GITHUB_TOKEN,
    INJECTION_TEXT,
    REDIRECT_TARGETS,
    SCRIPT_MARKER,
    SPECIAL_PAGES,
    STACKEXCHANGE_KEY,
    STYLE_MARKER,
    YOUTUBE_KEY,
    Behaviour,
    FakeResearchControl,
    FakeResearchServer,
    auth_error,
    hang,
    malformed,
    not_found,
    ok,
    rate_limited,
    raw,
    redirect,
    server_error,
)

pytestmark = pytest.mark.timeout(60)

fake_research = research_server.fake_research  # the fixture under test, as tests will use it

V1 = {"Accept": "application/vnd.forem.api-v1+json"}
TOPIC = "python list comprehensions"


@pytest.fixture
def server() -> Iterator[FakeResearchServer]:
    """Scaled time: a limit's minute lasts 1 s, its day 24 min. DEV's 3 requests a second would
    be 3 every 17 ms: switched off here (tested at full scale)."""
    with FakeResearchServer(time_scale=1 / 60) as fake:
        fake.set_limits("devto", per_second=None)
        yield fake


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, follow_redirects=False) as client:
        yield client


def se(
    http: httpx.Client, fake: FakeResearchServer, path: str = "/search/advanced", **params: Any
) -> httpx.Response:
    defaults = {"site": "stackoverflow", "q": TOPIC, "filter": "withbody", "sort": "relevance"}
    query = {k: v for k, v in {**defaults, **params}.items() if v is not None}
    return http.get(fake.url("stackexchange") + path, params=query)


def gh(
    http: httpx.Client,
    fake: FakeResearchServer,
    path: str = "/search/repositories",
    *,
    token: str | None = None,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> httpx.Response:
    sent = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28"}
    if token:
        sent["Authorization"] = f"Bearer {token}"
    if path == "/search/repositories":
        params = {"q": "django htmx", **params}
    return http.get(fake.url("github") + path, params=params, headers={**sent, **(headers or {})})


def devto(
    http: httpx.Client, fake: FakeResearchServer, path: str = "/api/articles", **params: Any
) -> httpx.Response:
    if path == "/api/articles":
        params = {"tag": "python", **params}
    return http.get(fake.url("devto") + path, params=params, headers=V1)


def yt(
    http: httpx.Client, fake: FakeResearchServer, method: str = "search", **params: Any
) -> httpx.Response:
    defaults: dict[str, Any] = {"part": "snippet", "key": YOUTUBE_KEY}
    if method == "search":
        defaults |= {"q": "react hooks", "type": "video", "maxResults": 10}
    query = {k: v for k, v in {**defaults, **params}.items() if v is not None}
    return http.get(f"{fake.url('youtube')}/{method}", params=query)


def se_error(response: httpx.Response) -> tuple[int, str, str]:
    data = response.json()
    assert set(data) == {"error_id", "error_name", "error_message"}
    return data["error_id"], data["error_name"], data["error_message"]


def yt_reason(response: httpx.Response) -> str:
    return str(response.json()["error"]["errors"][0]["reason"])


# -- Stack Exchange ----------------------------------------------------------------------------


def test_stackexchange_search_is_a_gzipped_wrapper_of_questions(server, http) -> None:
    response = se(http, server, pagesize=30)
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    data = response.json()
    assert set(data) == {"items", "has_more", "quota_max", "quota_remaining"}
    assert data["has_more"] is True
    assert (data["quota_max"], data["quota_remaining"]) == (300, 299)
    items = data["items"]
    assert len(items) == 30
    for item in items:
        for name in ("question_id", "creation_date", "last_activity_date", "score", "view_count"):
            assert isinstance(item[name], int)
        assert item["content_license"] in ("CC BY-SA 4.0", "CC BY-SA 3.0")
        assert item["link"].startswith(
            f"https://stackoverflow.com/questions/{item['question_id']}/"
        )
        assert "<p>" in item["body"]
        assert "<pre><code>" in item["body"]
        assert item["is_answered"] == (item["answer_count"] > 0)
    titles = " ".join(i["title"] for i in items)
    assert "&#39;" in titles
    assert "&quot;" in titles
    assert "&amp;" in titles
    assert "'" not in titles
    assert any("accepted_answer_id" in i for i in items)
    assert any("accepted_answer_id" not in i for i in items)
    deleted = [i["owner"] for i in items if i["owner"]["user_type"] == "does_not_exist"]
    assert deleted
    assert set(deleted[0]) == {"user_type", "display_name"}
    registered = next(i["owner"] for i in items if i["owner"]["user_type"] == "registered")
    assert {"account_id", "reputation", "user_id", "display_name", "link"} <= set(registered)


def test_stackexchange_body_needs_the_withbody_filter(server, http) -> None:
    assert "body" not in se(http, server, filter=None).json()["items"][0]


def test_stackexchange_bodies_are_gzip_on_the_wire(server, http) -> None:
    url = server.url("stackexchange") + "/search/advanced?site=stackoverflow&q=x"
    with httpx.stream("GET", url, headers={"Accept-Encoding": "identity"}) as response:
        wire = b"".join(response.iter_raw())
    assert response.headers["content-encoding"] == "gzip"  # even when not asked for
    assert json.loads(gzip.decompress(wire))["quota_max"] == 300


def test_stackexchange_answers_have_bodies_and_match_the_accepted_answer(server, http) -> None:
    items = se(http, server, pagesize=10, accepted="True").json()["items"]
    question = items[0]
    assert "accepted_answer_id" in question
    response = se(
        http, server, f"/questions/{question['question_id']}/answers", sort="votes", q=None
    )
    assert response.status_code == 200
    data = response.json()
    answers = data["items"]
    assert len(answers) == question["answer_count"]
    assert [a["score"] for a in answers] == sorted((a["score"] for a in answers), reverse=True)
    accepted = [a for a in answers if a["is_accepted"]]
    assert [a["answer_id"] for a in accepted] == [question["accepted_answer_id"]]
    for answer in answers:
        assert answer["question_id"] == question["question_id"]
        assert "<p>" in answer["body"]
        assert isinstance(answer["is_accepted"], bool)
    assert data["quota_remaining"] == 298
    several = ";".join(str(i["question_id"]) for i in items[:3])
    both = se(http, server, f"/questions/{several}/answers", q=None, sort="votes", pagesize=100)
    assert both.status_code == 200
    assert se_error(se(http, server, f"/questions/{several}/answers", q=None))[2] == "sort"
    assert {a["question_id"] for a in both.json()["items"]} <= {i["question_id"] for i in items[:3]}
    unknown = se(http, server, "/questions/12345/answers", q=None, sort="votes").json()
    assert unknown["items"] == []
    assert unknown["has_more"] is False


def test_stackexchange_questions_by_id_returns_the_known_ones(server, http) -> None:
    first = se(http, server, pagesize=2).json()["items"][0]
    data = se(http, server, f"/questions/{first['question_id']};999", q=None, sort="votes").json()
    assert [i["question_id"] for i in data["items"]] == [first["question_id"]]


def test_stackexchange_bad_parameters_and_unknown_methods(server, http) -> None:
    missing = se(http, server, site=None)
    assert missing.status_code == 400
    assert missing.headers["content-encoding"] == "gzip"
    assert se_error(missing) == (400, "bad_parameter", "site is required")
    assert se_error(se(http, server, site="nosuchsite"))[1] == "bad_parameter"
    assert se_error(se(http, server, pagesize=500))[2] == "pagesize"
    for path in ("/questions/abc/answers", "/no/such/method"):
        response = se(http, server, path)
        assert response.status_code == 404
        assert se_error(response)[1] == "no_method"
    # every request counts, errors included (unknown routes excepted)
    assert se(http, server).json()["quota_remaining"] == 300 - 4


def test_stackexchange_key_raises_the_quota_and_a_bad_key_is_not_counted(server, http) -> None:
    keyed = se(http, server, key=STACKEXCHANGE_KEY).json()
    assert (keyed["quota_max"], keyed["quota_remaining"]) == (10_000, 9_999)
    bad = se(http, server, key="wrong((")
    assert bad.status_code == 400
    assert se_error(bad)[:2] == (400, "bad_parameter")
    assert se(http, server).json()["quota_remaining"] == 299  # anonymous: its own quota
    token_only = se(http, server, access_token="abc")
    assert se_error(token_only)[:2] == (405, "key_required")


def test_stackexchange_daily_quota_refuses_with_throttle_violation(server, http) -> None:
    server.set_limits("stackexchange", per_day=3)
    remaining = [se(http, server).json()["quota_remaining"] for _ in range(3)]
    assert remaining == [2, 1, 0]
    refused = se(http, server)
    assert refused.status_code == 502
    error_id, name, message = se_error(refused)
    assert (error_id, name) == (502, "throttle_violation")
    match = re.fullmatch(
        r"too many requests from this IP, more requests available in (\d+) seconds", message
    )
    assert match
    seconds = int(match.group(1))
    assert 1400 < seconds <= 1440  # the scaled day
    assert server.refusals("stackexchange") == 1
    assert se(http, server, key=STACKEXCHANGE_KEY).status_code == 200  # a key has its own quota


def test_stackexchange_quota_comes_back_when_the_day_is_over(http) -> None:
    with FakeResearchServer(time_scale=1 / 86_400) as fake:  # a day lasts 1 s
        fake.set_limits("stackexchange", per_day=1)
        assert se(http, fake).status_code == 200
        message = se_error(se(http, fake))[2]
        assert message.endswith("available in 1 seconds")
        time.sleep(1.05)
        assert se(http, fake).json()["quota_remaining"] == 0


def test_stackexchange_backoff_is_reported_and_enforced_for_the_same_method(server, http) -> None:
    server.script("stackexchange", ok(backoff=1))
    first = se(http, server).json()
    assert first["backoff"] == 1
    assert list(first)[-3:] == ["backoff", "quota_max", "quota_remaining"]
    violation = se(http, server)
    assert violation.status_code == 502
    assert se_error(violation) == (502, "throttle_violation", "Violation of backoff parameter")
    question_id = first["items"][0]["question_id"]
    other_method = se(http, server, f"/questions/{question_id}/answers", q=None, sort="votes")
    assert other_method.status_code == 200
    time.sleep(1.05)
    assert se(http, server).status_code == 200
    assert server.refusals("stackexchange") == 1


def test_stackexchange_scripted_throttle_violations_and_server_errors(server, http) -> None:
    server.script(
        "stackexchange",
        rate_limited("quota"),
        rate_limited("quota", status=400, retry_after=84_268),
        rate_limited("backoff"),
        server_error(500),
        server_error(503),
        server_error(502),
    )
    quota = se(http, server)
    assert quota.status_code == 502
    assert se_error(quota)[1] == "throttle_violation"
    documented = se(http, server)
    assert documented.status_code == 400
    assert se_error(documented)[2].endswith("more requests available in 84268 seconds")
    assert se_error(se(http, server))[2] == "Violation of backoff parameter"
    internal = se(http, server)
    assert (internal.status_code, se_error(internal)[1]) == (500, "internal_error")
    unavailable = se(http, server)
    assert (unavailable.status_code, se_error(unavailable)[1]) == (503, "temporarily_unavailable")
    gateway = se(http, server)
    assert gateway.status_code == 502
    assert "content-encoding" not in gateway.headers  # errors may arrive uncompressed
    assert gateway.headers["content-type"].startswith("text/html")


def test_stackexchange_burst_limit_drops_connections(server, http) -> None:
    with FakeResearchServer(time_scale=1) as fake:
        fake.set_limits("stackexchange", per_second=2)
        assert [se(http, fake).status_code for _ in range(2)] == [200, 200]
        with pytest.raises(httpx.RemoteProtocolError):
            se(http, fake)
        assert fake.requests_for("stackexchange")[-1].status is None


# -- GitHub ------------------------------------------------------------------------------------


def test_github_search_has_rate_headers_link_and_repository_items(server, http) -> None:
    response = gh(http, server, q="django htmx language:python", per_page=5)
    assert response.status_code == 200
    headers = response.headers
    assert headers["x-ratelimit-limit"] == "10"
    assert headers["x-ratelimit-remaining"] == "9"
    assert headers["x-ratelimit-used"] == "1"
    assert headers["x-ratelimit-resource"] == "search"
    assert 0 < int(headers["x-ratelimit-reset"]) - time.time() <= 2
    assert headers["x-github-api-version-selected"] == "2022-11-28"
    assert re.fullmatch(r"[0-9A-F]{4}(:[0-9A-F]{6}){3}:[0-9A-F]{8}", headers["x-github-request-id"])
    assert f"<{server.url('github')}/search/repositories?" in headers["link"]
    assert 'rel="next"' in headers["link"]
    assert 'rel="last"' in headers["link"]
    data = response.json()
    assert set(data) == {"total_count", "incomplete_results", "items"}
    assert data["incomplete_results"] is False
    assert len(data["items"]) == 5
    for item in data["items"]:
        assert item["full_name"] == f"{item['owner']['login']}/{item['name']}"
        assert item["language"] == "Python"
        assert isinstance(item["score"], float)
        assert item["url"] == f"https://api.github.com/repos/{item['full_name']}"
        assert item["contents_url"].endswith("/contents/{+path}")
        assert item["created_at"].endswith("Z")
        assert item["owner"]["type"] in ("User", "Organization")
    assert "django-htmx" in data["items"][0]["name"]
    second_page = gh(http, server, q="django htmx language:python", per_page=5, page=2)
    assert 'rel="prev"' in second_page.headers["link"]
    assert 'rel="first"' in second_page.headers["link"]


def test_github_search_qualifiers_sorting_and_partial_results(server, http) -> None:
    items = gh(http, server, q="react hooks stars:>500", sort="stars", per_page=20).json()["items"]
    stars = [i["stargazers_count"] for i in items]
    assert stars == sorted(stars, reverse=True)
    assert min(stars) > 500
    server.script("github", ok(partial=True))
    assert gh(http, server).json()["incomplete_results"] is True


def test_github_token_raises_the_search_limit(server, http) -> None:
    with_token = gh(http, server, token=GITHUB_TOKEN)
    assert with_token.headers["x-ratelimit-limit"] == "30"
    classic = gh(http, server, headers={"Authorization": f"token {GITHUB_TOKEN}"})
    assert classic.headers["x-ratelimit-remaining"] == "28"
    assert gh(http, server).headers["x-ratelimit-remaining"] == "9"  # anonymous: its own bucket


def test_github_bad_credentials_and_missing_user_agent(server, http) -> None:
    bad = gh(http, server, token="github_pat_wrong")
    assert bad.status_code == 401
    assert bad.json() == {
        "message": "Bad credentials",
        "documentation_url": "https://docs.github.com/rest",
        "status": "401",
    }
    no_agent = httpx.get(
        f"{server.url('github')}/search/repositories?q=x", headers={"User-Agent": ""}
    )
    assert no_agent.status_code == 403
    assert "User-Agent" in no_agent.text
    assert server.usage("github") == []  # neither was counted


def test_github_readme_is_base64_in_60_columns(server, http) -> None:
    items = gh(http, server, q="python list comprehensions", per_page=10).json()["items"]
    for item in items[:8]:
        response = gh(http, server, f"/repos/{item['full_name']}/readme")
        assert response.status_code == 200
        assert response.headers["x-ratelimit-resource"] == "core"
        assert response.headers["x-ratelimit-limit"] == "60"
        data = response.json()
        content = data["content"]
        lines = content.split("\n")
        assert lines[-1] == ""
        assert all(len(line) == 60 for line in lines[:-2])
        assert 0 < len(lines[-2]) <= 60
        text = base64.b64decode(content).decode()
        assert data["size"] == len(text.encode())
        assert data["encoding"] == "base64"
        assert data["type"] == "file"
        assert data["name"] in ("README.md", "README.rst")
        assert data["path"] == data["name"]
        assert data["download_url"].startswith("https://raw.githubusercontent.com/")
        assert item["name"] in text
        assert "list comprehensions" in text.lower() or "list" in text.lower()
    names = {gh(http, server, f"/repos/{i['full_name']}/readme").json()["name"] for i in items}
    assert names == {"README.md", "README.rst"}


def test_github_readme_media_types_etag_and_404(server, http) -> None:
    item = gh(http, server, q="python list comprehensions").json()["items"][0]
    path = f"/repos/{item['full_name']}/readme"
    plain = gh(http, server, path, token=GITHUB_TOKEN)
    text = base64.b64decode(plain.json()["content"]).decode()
    raw_readme = gh(http, server, path, headers={"Accept": "application/vnd.github.raw+json"})
    assert raw_readme.text == text
    rendered = gh(http, server, path, headers={"Accept": "application/vnd.github.html+json"})
    assert rendered.text.startswith('<div id="readme"')
    etag = plain.headers["etag"]
    assert etag.startswith('W/"')
    unchanged = gh(http, server, path, token=GITHUB_TOKEN, headers={"If-None-Match": etag})
    assert unchanged.status_code == 304
    assert unchanged.headers["x-ratelimit-used"] == plain.headers["x-ratelimit-used"]  # free
    missing = gh(http, server, "/repos/nobody/nothing/readme")
    assert missing.status_code == 404
    assert missing.json() == {
        "message": "Not Found",
        "documentation_url": "https://docs.github.com/rest/repos/contents#get-a-repository-readme",
        "status": "404",
    }


def test_github_search_validation_errors(server, http) -> None:
    empty = gh(http, server, q="")
    assert empty.status_code == 422
    assert empty.json()["errors"] == [{"resource": "Search", "field": "q", "code": "missing"}]
    assert empty.json()["message"] == "Validation Failed"
    beyond = gh(http, server, per_page=100, page=11)
    assert beyond.status_code == 422
    assert beyond.json()["message"] == "Only the first 1000 search results are available"
    assert beyond.headers["x-ratelimit-resource"] == "search"


def test_github_primary_limit_is_a_403_with_remaining_zero_until_reset(server, http) -> None:
    server.set_limits("github", search_per_minute=2)
    assert [gh(http, server).status_code for _ in range(2)] == [200, 200]
    refused = gh(http, server)
    assert refused.status_code == 403
    assert refused.headers["x-ratelimit-remaining"] == "0"
    assert refused.headers["x-ratelimit-resource"] == "search"
    body = refused.json()
    assert body["message"].startswith(
        "API rate limit exceeded for 127.0.0.1. (But here's the good news"
    )
    assert "include the request ID" in body["message"]
    assert body["status"] == "403"
    assert body["documentation_url"].endswith("rate-limits-for-the-rest-api")
    reset = int(refused.headers["x-ratelimit-reset"])
    assert reset - time.time() <= 2
    time.sleep(max(0.0, reset - time.time()) + 0.05)
    assert gh(http, server).status_code == 200
    assert server.refusals("github") == 1


def test_github_primary_limit_with_a_token_names_the_user(server, http) -> None:
    server.set_limits("github", core_per_hour_with_token=0)
    refused = gh(http, server, "/repos/a/b/readme", token=GITHUB_TOKEN)
    assert refused.status_code == 403
    assert re.match(
        r"API rate limit exceeded for user ID \d+\. If you reach", refused.json()["message"]
    )
    assert refused.headers["x-ratelimit-resource"] == "core"


def test_github_scripted_primary_and_secondary_limits(server, http) -> None:
    server.script(
        "github",
        rate_limited("primary", status=429),
        rate_limited("primary", bare=True),
        rate_limited("secondary", retry_after=60),
        rate_limited("secondary", status=429),
        server_error(502),
        auth_error(),
    )
    primary = gh(http, server)
    assert primary.status_code == 429
    assert primary.headers["x-ratelimit-remaining"] == "0"
    bare = gh(http, server).json()
    assert "status" not in bare
    assert bare["message"].endswith("Check out the documentation for more details.)")
    secondary = gh(http, server)
    assert secondary.status_code == 403
    assert secondary.headers["retry-after"] == "60"
    assert int(secondary.headers["x-ratelimit-remaining"]) > 0
    assert secondary.json()["message"].startswith("You have exceeded a secondary rate limit.")
    assert secondary.json()["documentation_url"].endswith("#about-secondary-rate-limits")
    without = gh(http, server)
    assert without.status_code == 429
    assert "retry-after" not in without.headers
    assert gh(http, server).status_code == 502
    assert gh(http, server).status_code == 401


def test_github_rate_limit_endpoint_is_free(server, http) -> None:
    gh(http, server)
    data = gh(http, server, "/rate_limit").json()
    assert data["resources"]["search"]["used"] == 1
    assert data["resources"]["search"]["remaining"] == 9
    assert data["resources"]["core"] == data["rate"]
    assert data["rate"]["limit"] == 60
    assert gh(http, server, "/rate_limit").json()["rate"]["used"] == 0


# -- DEV ---------------------------------------------------------------------------------------


def test_devto_list_is_a_bare_array_with_tag_list_as_array(server, http) -> None:
    response = devto(http, server, per_page=12)
    assert response.status_code == 200
    assert "warning" not in response.headers
    articles = response.json()
    assert isinstance(articles, list)
    assert len(articles) == 12
    for article in articles:
        assert article["type_of"] == "article"
        assert isinstance(article["tag_list"], list)
        assert isinstance(article["tags"], str)
        assert article["tags"] == ", ".join(article["tag_list"])
        assert "python" in article["tag_list"]
        assert "body_markdown" not in article
        assert "body_html" not in article
        assert article["url"] == "https://dev.to" + article["path"]
        assert article["published_at"].endswith("Z")
        assert article["positive_reactions_count"] == article["public_reactions_count"]
        assert {"name", "username", "user_id", "profile_image_90"} <= set(article["user"])
    assert any("organization" in a for a in articles)
    assert any("organization" not in a for a in articles)
    assert any("flare_tag" in a for a in articles)
    assert any(a["cover_image"] is None for a in articles)
    assert any(a["edited_at"] is None for a in articles)
    assert all("Python" in a["title"] for a in articles)


def test_devto_without_the_v1_accept_header_adds_the_v0_warning(server, http) -> None:
    response = http.get(server.url("devto") + "/api/articles", params={"tag": "python"})
    assert response.headers["warning"].startswith(
        "299 - This endpoint is part of the V0 (beta) API."
    )
    assert "application/vnd.forem.api-v1+json" in response.headers["warning"]


def test_devto_article_swaps_tag_list_and_tags_and_has_bodies(server, http) -> None:
    articles = devto(http, server, tag="django", per_page=6).json()
    seen_front_matter = False
    for article in articles:
        detail = devto(http, server, f"/api/articles/{article['id']}").json()
        assert detail["tag_list"] == article["tags"]
        assert detail["tags"] == article["tag_list"]
        assert detail["title"] == article["title"]
        assert "## " in detail["body_markdown"]
        assert "```" in detail["body_markdown"]
        assert '<div class="highlight js-code-highlight">' in detail["body_html"]
        assert "<h2>\n  <a name=" in detail["body_html"]
        seen_front_matter |= detail["body_markdown"].startswith("---\ntitle: ")
        keys = list(detail)
        assert keys.index("body_html") == keys.index("tags") + 1
    assert seen_front_matter
    by_path = devto(http, server, f"/api/articles{articles[0]['path']}").json()
    assert by_path["id"] == articles[0]["id"]


def test_devto_unknown_article_is_the_forem_404(server, http) -> None:
    response = devto(http, server, "/api/articles/1")
    assert response.status_code == 404
    assert response.json() == {"error": "not found", "status": 404}
    assert devto(http, server, "/api/nothing").status_code == 404


def test_devto_more_than_three_requests_a_second_get_retry_later(fake_research, http) -> None:
    statuses = [devto(http, fake_research, per_page=1) for _ in range(6)]
    assert [r.status_code for r in statuses[:3]] == [200, 200, 200]
    refused = next(r for r in statuses if r.status_code == 429)
    assert refused.headers["content-type"] == "text/plain"
    assert refused.headers["retry-after"] == "1"
    assert refused.text == "Retry later\n"
    assert not [h for h in refused.headers if h.startswith("x-ratelimit")]
    time.sleep(1.05)
    assert devto(http, fake_research).status_code == 200


def test_devto_and_docs_per_minute_limits_are_off_until_set(server, http) -> None:
    assert server.limits("devto")["per_minute"] is None
    assert server.limits("docs") == {"per_minute": None}
    server.set_limits("devto", per_minute=2)
    server.set_limits("docs", per_minute=1)
    responses = [devto(http, server) for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert responses[-1].text == "Retry later\n"
    assert http.get(server.docs_url("python")).status_code == 200
    polite = http.get(server.docs_url("python", "robots.txt"))
    assert polite.status_code == 429
    assert polite.headers["retry-after"] == "1"
    assert (server.refusals("devto"), server.refusals("docs")) == (1, 1)


def test_devto_scripted_errors(server, http) -> None:
    server.script(
        "devto",
        rate_limited("burst"),
        server_error(503),
        server_error(500),
        auth_error(),
        not_found(route="article"),
    )
    assert devto(http, server).text == "Retry later\n"
    cdn = devto(http, server)
    assert (cdn.status_code, cdn.headers["content-type"]) == (503, "text/html; charset=utf-8")
    assert devto(http, server).json() == {"error": "Internal Server Error", "status": 500}
    assert devto(http, server).json() == {"error": "unauthorized", "status": 401}
    article = devto(http, server).json()[0]
    assert devto(http, server, f"/api/articles/{article['id']}").status_code == 404


# -- YouTube -----------------------------------------------------------------------------------


def test_youtube_search_shape_escaping_and_paging(server, http) -> None:
    first = yt(http, server, maxResults=12)
    assert first.status_code == 200
    assert first.headers["content-type"] == "application/json; charset=UTF-8"
    assert not [h for h in first.headers if "ratelimit" in h or "quota" in h]
    data = first.json()
    assert data["kind"] == "youtube#searchListResponse"
    assert data["pageInfo"]["resultsPerPage"] == 12
    assert data["pageInfo"]["totalResults"] <= 1_000_000
    assert "prevPageToken" not in data
    items = data["items"]
    assert len(items) == 12
    for item in items:
        assert item["kind"] == "youtube#searchResult"
        assert item["id"]["kind"] == "youtube#video"
        assert re.fullmatch(r"[A-Za-z0-9_-]{11}", item["id"]["videoId"])
        snippet = item["snippet"]
        assert re.fullmatch(r"UC[A-Za-z0-9_-]{22}", snippet["channelId"])
        assert len(snippet["description"]) <= 160
        assert snippet["liveBroadcastContent"] in ("none", "live")
        assert snippet["publishTime"] == snippet["publishedAt"]
        assert set(snippet["thumbnails"]) == {"default", "medium", "high"}
    titles = " ".join(i["snippet"]["title"] for i in items)
    assert "&amp;" in titles
    assert "&#39;" in titles
    assert "&quot;" in titles
    pages = [items]
    token = data["nextPageToken"]
    while token:
        page = yt(http, server, maxResults=12, pageToken=token).json()
        assert "prevPageToken" in page
        pages.append(page["items"])
        token = page.get("nextPageToken")
    ids = [i["id"]["videoId"] for page in pages for i in page]
    assert len(ids) == len(set(ids))
    assert 20 <= len(ids) <= 60
    bad = yt(http, server, pageToken="garbage")
    assert (bad.status_code, yt_reason(bad)) == (400, "invalidPageToken")


def test_youtube_videos_have_durations_captions_and_string_statistics(server, http) -> None:
    search = yt(http, server, maxResults=14).json()
    ids = [i["id"]["videoId"] for i in search["items"]]
    response = yt(
        http,
        server,
        "videos",
        part="snippet,contentDetails,statistics",
        id=",".join([*ids, "unknownId01"]),
    )
    data = response.json()
    assert data["kind"] == "youtube#videoListResponse"
    items = data["items"]
    assert [i["id"] for i in items] == ids  # the unknown id is silently left out
    assert data["pageInfo"] == {"totalResults": 14, "resultsPerPage": 14}
    durations = {i["contentDetails"]["duration"] for i in items}
    assert {"PT14M32S", "PT1H2M3S", "PT45S", "PT4M", "PT1H", "P1DT2H10M5S", "P0D"} <= durations
    assert {i["contentDetails"]["caption"] for i in items} == {"true", "false"}
    for item in items:
        statistics = item["statistics"]
        assert all(isinstance(v, str) and v.isdigit() for v in statistics.values())
        assert "dislikeCount" not in statistics
        assert item["snippet"]["localized"]["title"] == item["snippet"]["title"]
    assert any("likeCount" not in i["statistics"] for i in items)
    assert any("commentCount" not in i["statistics"] for i in items)
    assert any("&" in i["snippet"]["title"] and "&amp;" not in i["snippet"]["title"] for i in items)
    live = [i for i in items if i["contentDetails"]["duration"] == "P0D"]
    assert live[0]["snippet"]["liveBroadcastContent"] == "live"
    only = yt(http, server, "videos", part="contentDetails", id=ids[0]).json()["items"][0]
    assert set(only) == {"kind", "etag", "id", "contentDetails"}


def test_youtube_search_filters(server, http) -> None:
    short = yt(http, server, videoDuration="short", videoCaption="closedCaption").json()["items"]
    ids = ",".join(i["id"]["videoId"] for i in short)
    details = yt(http, server, "videos", part="contentDetails", id=ids).json()["items"]
    for item in details:
        assert re.fullmatch(r"PT(\d+M)?(\d+S)?", item["contentDetails"]["duration"])
        assert "H" not in item["contentDetails"]["duration"]
        minutes = re.search(r"(\d+)M", item["contentDetails"]["duration"])
        assert minutes is None or int(minutes.group(1)) < 4
        assert item["contentDetails"]["caption"] == "true"
    wrong = yt(http, server, type=None, videoDuration="medium")
    assert wrong.status_code == 400
    error = wrong.json()["error"]
    assert error["errors"][0]["reason"] == "invalidSearchFilter"
    assert error["errors"][0]["domain"] == "youtube.search"
    assert yt_reason(yt(http, server, maxResults=51)) == "invalidParameter"
    assert yt(http, server, part=None).status_code == 400


def test_youtube_needs_a_valid_key(server, http) -> None:
    missing = yt(http, server, key=None)
    assert missing.status_code == 403
    invalid = yt(http, server, key="AIzaSyWrong")
    assert invalid.status_code == 400
    error = invalid.json()["error"]
    assert error["message"] == "API key not valid. Please pass a valid API key."
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["errors"][0]["reason"] == "badRequest"
    assert error["details"][0]["reason"] == "API_KEY_INVALID"
    header = http.get(
        f"{server.url('youtube')}/search",
        params={"part": "snippet", "q": "x"},
        headers={"X-Goog-Api-Key": YOUTUBE_KEY},
    )
    assert header.status_code == 200
    assert server.usage("youtube")[0]["used"] == 1  # bad keys are not charged


def test_youtube_search_bucket_and_unit_quota_have_their_own_errors(server, http) -> None:
    server.set_limits("youtube", search_per_day=2, units_per_day=1)
    search = yt(http, server).json()
    assert yt(http, server).status_code == 200
    bucket = yt(http, server)
    assert bucket.status_code == 429
    error = bucket.json()["error"]
    assert error["message"].startswith(
        "Quota exceeded for quota metric 'Search Queries' and limit 'Search Queries per day'"
    )
    assert error["status"] == "RESOURCE_EXHAUSTED"
    assert error["errors"][0]["reason"] == "rateLimitExceeded"
    assert error["details"][0]["metadata"]["quota_limit"] == "SearchQueriesPerDay"
    video = search["items"][0]["id"]["videoId"]
    assert yt(http, server, "videos", id=video).status_code == 200  # another bucket
    units = yt(http, server, "videos", id=video)
    assert units.status_code == 403
    assert yt_reason(units) == "quotaExceeded"
    assert units.json()["error"]["errors"][0]["domain"] == "youtube.quota"
    assert b"\\u003ca href=" in units.content
    assert "<a href=" in units.json()["error"]["message"]
    assert server.refusals("youtube") == 2


def test_youtube_default_search_bucket_is_one_hundred_calls(server, http) -> None:
    statuses = [yt(http, server, maxResults=1).status_code for _ in range(101)]
    assert statuses == [200] * 100 + [429]


def test_youtube_scripted_errors(server, http) -> None:
    server.script(
        "youtube",
        rate_limited("minute"),
        rate_limited("minute", status=429),
        rate_limited("daily_legacy"),
        rate_limited("units"),
        auth_error("legacy"),
        auth_error("not_enabled"),
        auth_error("blocked"),
        server_error(503),
    )
    minute = yt(http, server)
    assert (minute.status_code, minute.json()["error"]["message"]) == (403, "Rate Limit Exceeded")
    assert minute.json()["error"]["errors"][0]["domain"] == "usageLimits"
    newer = yt(http, server)
    assert newer.status_code == 429
    assert "per minute" in newer.json()["error"]["message"]
    assert yt_reason(yt(http, server)) == "dailyLimitExceeded"
    assert yt_reason(yt(http, server)) == "quotaExceeded"
    legacy = yt(http, server).json()
    assert legacy == {
        "error": {
            "errors": [{"domain": "usageLimits", "reason": "keyInvalid", "message": "Bad Request"}],
            "code": 400,
            "message": "Bad Request",
        }
    }
    assert yt_reason(yt(http, server)) == "accessNotConfigured"
    blocked = yt(http, server).json()["error"]
    assert blocked["details"][0]["reason"] == "API_KEY_SERVICE_BLOCKED"
    assert "V3DataSearchService.List" in blocked["message"]
    unavailable = yt(http, server)
    assert (unavailable.status_code, yt_reason(unavailable)) == (503, "backendError")


# -- documentation pages -----------------------------------------------------------------------


def test_docs_pages_are_full_documents_with_chrome_around_the_article(server, http) -> None:
    response = http.get(server.docs_url("python", "3/tutorial/datastructures.html"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = response.text
    assert page.startswith("<!DOCTYPE html>")
    for tag in ("<header", "<nav", "<main", "<article", "<footer", "<aside"):
        assert tag in page
    assert re.search(r"<script>.*" + SCRIPT_MARKER, page, re.S)
    assert re.search(r"<style>.*" + STYLE_MARKER, page, re.S)
    for text in BOILERPLATE:
        assert text in page
    main = page[page.index("<main") : page.index("</main>")]
    assert SCRIPT_MARKER not in main
    assert STYLE_MARKER not in main
    assert "<h1>5. Data Structures" in main
    assert "5.1.3. List Comprehensions" in main
    assert "List comprehensions provide a concise way to create lists." in main
    assert "[x**2 for x in range(10)]" in main
    assert '<pre><span></span><code class="language-python">' in main
    assert "&gt;&gt;&gt; squares = []" in main
    for site, path in (
        ("django", "en/6.1/topics/db/models/"),
        ("react", "reference/react/hooks"),
        ("mdn", "en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/map"),
        ("postgresql", "docs/current/indexes-intro.html"),
        ("python", "3/howto/functional.html"),
    ):
        assert http.get(server.docs_url(site, path)).status_code == 200


def test_docs_index_sitemap_search_and_generated_topic_pages(server, http) -> None:
    index = http.get(server.docs_url("python")).text
    assert 'href="/docs/python/3/tutorial/datastructures.html"' in index
    sitemap = http.get(server.docs_url("python", "sitemap.xml"))
    assert sitemap.headers["content-type"] == "application/xml"
    assert f"{server.base_url}/docs/python/3/tutorial/datastructures.html" in sitemap.text
    results = http.get(
        server.docs_url("python", "search.html"), params={"q": "list comprehensions"}
    )
    assert 'href="/docs/python/3/tutorial/datastructures.html"' in results.text
    assert 'href="/docs/python/topics/list-comprehensions.html"' in results.text
    topic = http.get(server.docs_url("python", "topics/decorators.html")).text
    assert "<h1>Decorators" in topic
    assert "Using decorators" in topic
    assert "def decorators_python(values):" in topic
    react = http.get(server.docs_url("react", "topics/use-state.html")).text
    assert 'class="language-jsx"' in react
    assert http.get(server.docs_url("python", "no/such/page.html")).status_code == 404
    assert http.get(f"{server.base_url}/docs/nosite/").status_code == 404
    moved = http.get(server.docs_url("django", "en/6.1/topics/db/models"))
    assert moved.status_code == 301
    assert moved.headers["location"] == server.docs_url("django", "en/6.1/topics/db/models/")


def test_docs_robots_txt_disallows_the_private_path(server, http) -> None:
    site = http.get(server.docs_url("python", "robots.txt"))
    assert site.headers["content-type"] == "text/plain; charset=utf-8"
    assert "User-agent: *\nDisallow: /docs/python/private/" in site.text
    host = http.get(f"{server.base_url}/robots.txt").text
    assert all(f"Disallow: /docs/{name}/private/" in host for name in research_server.SITES)
    drafts = http.get(server.docs_url("python", SPECIAL_PAGES["disallowed"]))
    assert DISALLOWED_MARKER in drafts.text  # served: only a polite client stays away
    server.set_robots("python", "User-agent: *\nDisallow: /\n")
    assert http.get(server.docs_url("python", "robots.txt")).text == "User-agent: *\nDisallow: /\n"
    server.set_robots("", "", status=503)
    assert http.get(f"{server.base_url}/robots.txt").status_code == 503
    server.reset()
    assert (
        "Disallow: /docs/python/private/" in http.get(server.docs_url("python", "robots.txt")).text
    )


def test_docs_scripts_apply_to_pages_unless_routed_to_robots(server, http) -> None:
    server.script("docs", server_error(503), server_error(500, route="robots"))
    assert http.get(server.docs_url("python", "robots.txt")).status_code == 500
    assert http.get(server.docs_url("python", "robots.txt")).status_code == 200
    assert http.get(server.docs_url("python", "topics/x.html")).status_code == 503
    server.set_default("docs", server_error(502))
    assert http.get(server.docs_url("python", "robots.txt")).status_code == 200
    assert http.get(server.docs_url("python", "topics/x.html")).status_code == 502


def test_docs_slow_page_hangs_until_the_client_times_out(server, http) -> None:
    server.docs_hang_seconds = 5
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        http.get(server.docs_url("react", SPECIAL_PAGES["hang"]), timeout=0.3)
    assert time.monotonic() - started < 2
    server.docs_hang_seconds = 0.05
    assert http.get(server.docs_url("react", SPECIAL_PAGES["hang"])).status_code == 200


def test_docs_redirects_to_private_addresses(server, http) -> None:
    for page, target in REDIRECT_TARGETS.items():
        response = http.get(server.docs_url("python", page))
        assert response.status_code == 302
        assert response.headers["location"] == target
    assert "169.254.169.254" in REDIRECT_TARGETS[SPECIAL_PAGES["redirect_metadata"]]
    same_site = http.get(server.docs_url("mdn", SPECIAL_PAGES["redirect_same_site"]))
    assert same_site.status_code == 301
    assert same_site.headers["location"].startswith(server.docs_url("mdn"))
    server.script("docs", redirect("http://[::1]:8080/", 307))
    scripted = http.get(server.docs_url("python", "topics/x.html"))
    assert (scripted.status_code, scripted.headers["location"]) == (307, "http://[::1]:8080/")


def test_docs_injection_page_hides_instructions_in_the_article(server, http) -> None:
    page = http.get(server.docs_url("python", SPECIAL_PAGES["injection"])).text
    main = page[page.index("<main") : page.index("</main>")]
    assert INJECTION_TEXT in main
    assert "List comprehensions" in main
    assert INJECTION_TEXT.startswith("Ignore previous instructions")


# -- across sources ----------------------------------------------------------------------------


def test_content_is_topic_aware_and_deterministic(server, http) -> None:
    def titles(fake: FakeResearchServer, q: str) -> list[str]:
        return [i["title"] for i in se(http, fake, q=q, pagesize=9).json()["items"]]

    python = titles(server, "python list comprehensions")
    django = titles(server, "django models")
    assert not set(python) & set(django)
    assert all("list comprehensions" in t.lower() for t in python[:2])
    assert all(
        "python" in t.lower() or "list" in t.lower() or "comprehensions" in t.lower()
        for t in python
    )
    weak = python[2]  # every third item mentions a single keyword: a weaker match
    assert "list comprehensions" not in weak.lower()
    with FakeResearchServer() as other:
        assert titles(other, "python list comprehensions") == python
    repos = {r["name"] for r in gh(http, server, q="kubernetes operators").json()["items"]}
    assert any("kubernetes-operators" in name for name in repos)
    videos = yt(http, server, q="postgresql indexes").json()["items"]
    assert any("PostgreSQL indexes" in v["snippet"]["title"] for v in videos)


def test_injection_can_be_scripted_on_every_source(server, http) -> None:
    for source in ("stackexchange", "github", "devto", "youtube", "docs"):
        server.script(source, ok(injection=True))
    assert INJECTION_TEXT in se(http, server).json()["items"][0]["body"]
    repo = gh(http, server, q="python list comprehensions").json()["items"][0]
    readme = gh(http, server, f"/repos/{repo['full_name']}/readme").json()
    assert INJECTION_TEXT in base64.b64decode(readme["content"]).decode()
    article = devto(http, server).json()[0]
    assert (
        INJECTION_TEXT
        in devto(http, server, f"/api/articles/{article['id']}").json()["body_markdown"]
    )
    video = yt(http, server).json()["items"][0]["id"]["videoId"]
    details = yt(http, server, "videos", id=video).json()["items"][0]
    assert INJECTION_TEXT in details["snippet"]["description"]
    assert INJECTION_TEXT in http.get(server.docs_url("django", "en/6.1/topics/db/models/")).text


def test_routed_scripts_leave_other_routes_alone(server, http) -> None:
    server.script("github", not_found(route="readme"))
    search = gh(http, server, q="python list comprehensions")
    assert search.status_code == 200
    assert server.scripted_left("github") == 1
    repo = search.json()["items"][0]["full_name"]
    assert gh(http, server, f"/repos/{repo}/readme").status_code == 404
    assert gh(http, server, f"/repos/{repo}/readme").status_code == 200


@pytest.mark.parametrize("source", ["stackexchange", "github", "devto", "youtube"])
def test_malformed_answers_are_200s_that_are_not_json(server, http, source) -> None:
    server.script(source, malformed(), malformed("<html>oops</html>"))
    call = {"stackexchange": se, "github": gh, "devto": devto, "youtube": yt}[source]
    for _ in range(2):
        response = call(http, server)
        assert response.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.content)
    if source == "stackexchange":
        assert response.headers["content-encoding"] == "gzip"


@pytest.mark.parametrize("source", ["stackexchange", "github", "devto", "youtube"])
def test_a_hanging_answer_makes_the_client_time_out(server, http, source) -> None:
    server.script(source, hang(5))
    call = {"stackexchange": se, "github": gh, "devto": devto, "youtube": yt}[source]
    started = time.monotonic()
    with httpx.Client(timeout=0.3) as impatient, pytest.raises(httpx.ReadTimeout):
        call(impatient, server)
    assert time.monotonic() - started < 2
    assert call(http, server).status_code == 200


def test_stopping_the_server_wakes_hanging_handlers(http) -> None:
    fake = FakeResearchServer().start()
    fake.script("devto", hang(30))
    url = fake.url("devto") + "/api/articles"
    assert_stop_drops_hanging_request(fake, lambda: http.get(url, timeout=10))


def test_requests_are_counted_and_recorded_per_source(server, http) -> None:
    assert server.counts() == dict.fromkeys(research_server.SOURCES, 0)
    se(http, server)
    gh(http, server)
    gh(http, server, "/repos/a/b/readme")
    http.get(server.docs_url("python", "robots.txt"))
    assert server.counts() == {"stackexchange": 1, "github": 2, "devto": 0, "youtube": 0, "docs": 1}
    assert server.count() == 4
    assert server.count("github", "readme") == 1
    readme = server.requests_for("github", "readme")[0]
    assert (readme.method, readme.path, readme.status) == ("GET", "/github/repos/a/b/readme", 404)
    assert readme.headers["x-github-api-version"] == "2022-11-28"
    assert server.requests_for("stackexchange")[0].query["site"] == "stackoverflow"
    assert http.get(f"{server.base_url}/nothing").status_code == 404
    assert server.requests[-1].source == ""
    server.reset()
    assert server.count() == 0


def test_reset_restores_limits_and_forgets_scripts_and_usage(server, http) -> None:
    server.set_limits("github", search_per_minute=1)
    server.script("devto", server_error(500))
    server.set_default("youtube", rate_limited("units"))
    gh(http, server)
    assert gh(http, server).status_code == 403
    server.reset()
    assert server.limits("github")["search_per_minute"] == 10
    assert server.scripted_left("devto") == 0
    assert gh(http, server).headers["x-ratelimit-remaining"] == "9"
    assert yt(http, server).status_code == 200
    assert server.refusals("github") == 0


def test_concurrent_requests_are_limited_exactly(http) -> None:
    with FakeResearchServer() as fake, ThreadPoolExecutor(max_workers=30) as pool:
        statuses = list(pool.map(lambda _: gh(http, fake).status_code, range(30)))
        assert statuses.count(200) == 10
        assert statuses.count(403) == 20
        assert fake.count("github") == 30
        assert fake.refusals("github") == 20


def test_scripts_are_checked_against_what_each_source_documents(server) -> None:
    with pytest.raises(ValueError, match="no route"):
        server.script("github", ok(route="answers"))
    with pytest.raises(ValueError, match="limit must be one of"):
        server.script("github", rate_limited("quota"))
    with pytest.raises(ValueError, match="backoff is Stack Exchange's"):
        server.script("devto", ok(backoff=3))
    with pytest.raises(ValueError, match="no documented 'not_found'"):
        server.script("youtube", not_found())
    with pytest.raises(ValueError, match="no documented 'redirect'"):
        server.set_default("github", redirect("http://10.0.0.1/"))
    with pytest.raises(ValueError, match="variant must be one of"):
        server.script("youtube", auth_error("key"))
    with pytest.raises(ValueError, match="502 or 400"):
        server.script("stackexchange", rate_limited("quota", status=429))
    with pytest.raises(ValueError, match="has no limit"):
        server.set_limits("devto", per_day=3)
    with pytest.raises(ValueError, match="unknown source"):
        server.script("reddit", ok())
    assert server.scripted_left("github") == 0


def test_behaviours_round_trip_through_json() -> None:
    for behaviour in (
        ok(3, backoff=2, injection=True, route="search"),
        rate_limited("secondary", status=429, retry_after=60, bare=True),
        raw(200, "body", {"a": "b"}),
        redirect("http://169.254.169.254/", 301),
    ):
        assert Behaviour.from_dict(json.loads(json.dumps(behaviour.to_dict()))) == behaviour
    with pytest.raises(ValueError, match="unknown behaviour kind"):
        Behaviour.from_dict({"kind": "explode"})
    with pytest.raises(ValueError, match="server_error status"):
        server_error(404)


def test_the_fixture_yields_a_started_server(fake_research, http) -> None:
    assert fake_research.time_scale == 1
    base = fake_research.base_url
    assert fake_research.url("stackexchange") == f"{base}/stackexchange/2.3"
    assert fake_research.url("github") == f"{base}/github"
    assert fake_research.url("devto") == f"{base}/devto"
    assert fake_research.url("youtube") == f"{base}/youtube/youtube/v3"
    assert fake_research.url("docs") == f"{base}/docs"
    assert fake_research.docs_url("python", "x.html") == f"{base}/docs/python/x.html"
    assert se(http, fake_research).status_code == 200


# -- separate process --------------------------------------------------------------------------


def test_the_server_runs_as_a_process_driven_by_the_control_api(http) -> None:
    with fake_process("tests.fakes.research_server", time_scale=1 / 60) as running:
        assert running.variable == "FAKE_RESEARCH_SERVER_URL"
        assert running.url.startswith("http://127.0.0.1:")
        control = FakeResearchControl(running.url)
        health = control.health()
        assert health["time_scale"] == pytest.approx(1 / 60)
        assert health["urls"]["youtube"] == control.url("youtube")
        control.set_limits("github", search_per_minute=1)
        control.script("stackexchange", ok(backoff=5), server_error(503))
        control.set_default("devto", rate_limited("burst"))
        control.set_key("youtube", "AIzaSyOther")
        search = f"{control.url('github')}/search/repositories"
        assert [http.get(search, params={"q": "x"}).status_code for _ in range(2)] == [200, 403]
        usage = control.usage("github")
        assert usage["refusals"] == 1
        assert usage["limits"]["search_per_minute"] == 1
        assert usage["buckets"][0]["used"] == 1
        params = {"site": "stackoverflow", "q": "x"}
        first = http.get(control.url("stackexchange") + "/search/advanced", params=params)
        assert first.json()["backoff"] == 5
        violation = http.get(control.url("stackexchange") + "/search/advanced", params=params)
        assert violation.json()["error_message"] == "Violation of backoff parameter"
        assert http.get(control.url("devto") + "/api/articles").status_code == 429
        youtube = control.url("youtube") + "/search"
        assert (
            http.get(youtube, params={"part": "snippet", "key": "AIzaSyOther"}).status_code == 200
        )
        control.set_robots("python", "User-agent: *\nDisallow: /\n")
        assert http.get(control.docs_url("python", "robots.txt")).text.endswith("Disallow: /\n")
        control.set_docs_hang(0.01)
        assert http.get(control.docs_url("python", "slow.html")).status_code == 200
        assert control.counts() == {
            "stackexchange": 2,
            "github": 2,
            "devto": 1,
            "youtube": 1,
            "docs": 2,
        }
        recorded = control.requests("github")
        assert [r["status"] for r in recorded] == [200, 403]
        assert recorded[0]["route"] == "search"
        control.reset()
        assert control.requests() == []
        with pytest.raises(RuntimeError, match="400"):
            control.script("youtube", Behaviour("not_found"))
        running.process.send_signal(signal.SIGTERM)
        assert running.process.wait(timeout=10) == 0
