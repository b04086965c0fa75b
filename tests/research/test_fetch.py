"""The safe page fetcher against the fake documentation sites: allow-list, SSRF redirects,
robots.txt, content type, size and time limits."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from skillsync.core.http import Timeouts
from skillsync.research import fetch
from skillsync.research.fetch import (
    USER_AGENT,
    FetchError,
    FetchRefused,
    FetchTimeout,
    Origin,
    SafeFetcher,
    _read_capped,
    is_public_address,
)
from tests.fakes import research_server
from tests.fakes.named_host_server import CERT_FILE, NamedHostServer
from tests.fakes.research_server import (
    DISALLOWED_MARKER,
    REDIRECT_TARGETS,
    SPECIAL_PAGES,
    FakeResearchServer,
    hang,
    raw,
    redirect,
    server_error,
)
from tests.research import support
from tests.research.support import HTML

fake_research = research_server.fake_research  # the fixture
fresh_caches = support.fresh_caches  # every test without cached robots/indexes

PAGE = "3/tutorial/datastructures.html"
TIMEOUTS = Timeouts(connect=2, read=10, total=12)


def fetcher_for(fake: FakeResearchServer, **kwargs: object) -> SafeFetcher:
    origin = Origin.of(fake.base_url)
    assert origin is not None
    return SafeFetcher(allowed={origin}, timeouts=TIMEOUTS, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def fetcher(fake_research: FakeResearchServer) -> Iterator[SafeFetcher]:
    with fetcher_for(fake_research) as safe:
        yield safe


def page_paths(fake: FakeResearchServer) -> list[str]:
    return [r.path for r in fake.requests_for("docs", "page")]


def test_an_allow_listed_page_is_fetched_with_our_user_agent(fake_research, fetcher) -> None:
    page = fetcher.fetch(fake_research.docs_url("python", PAGE), time_limit=5)

    assert page.status == 200
    assert page.content_type == "text/html"
    assert "List Comprehensions" in page.text
    assert [r.path for r in fake_research.requests_for("docs")] == [
        "/robots.txt",
        f"/docs/python/{PAGE}",
    ]
    assert {r.headers["user-agent"] for r in fake_research.requests} == {USER_AGENT}


def test_robots_txt_is_read_once_per_host(fake_research, fetcher) -> None:
    fetcher.fetch(fake_research.docs_url("python", PAGE), time_limit=5)
    with fetcher_for(fake_research) as another_run:
        another_run.fetch(
            fake_research.docs_url("django", "en/6.1/topics/db/models/"), time_limit=5
        )

    assert fake_research.count("docs", "robots") == 1


def test_a_page_robots_txt_disallows_is_never_requested(fake_research, fetcher) -> None:
    with pytest.raises(FetchRefused) as refused:
        fetcher.fetch(fake_research.docs_url("python", SPECIAL_PAGES["disallowed"]), time_limit=5)

    assert refused.value.kind == "robots"
    assert page_paths(fake_research) == []


def test_a_missing_robots_txt_allows_everything(fake_research, fetcher) -> None:
    fake_research.set_robots("", "Not Found", status=404)

    page = fetcher.fetch(
        fake_research.docs_url("python", SPECIAL_PAGES["disallowed"]), time_limit=5
    )

    assert DISALLOWED_MARKER in page.text


@pytest.mark.parametrize("failure", [server_error(503, route="robots"), hang(3, route="robots")])
def test_an_unreadable_robots_txt_keeps_the_run_off_the_host(fake_research, failure) -> None:
    fake_research.script("docs", failure)
    url = fake_research.docs_url("python", PAGE)
    with fetcher_for(fake_research) as run:
        started = time.monotonic()
        for _attempt in range(2):
            with pytest.raises(FetchRefused) as refused:
                run.fetch(url, time_limit=1)
            assert refused.value.kind == "robots"
        assert time.monotonic() - started < 2.5

    assert fake_research.count("docs", "robots") == 1  # the second attempt did not ask again
    assert page_paths(fake_research) == []
    with fetcher_for(fake_research) as next_run:  # a later run asks again
        assert next_run.fetch(url, time_limit=5).status == 200


@pytest.mark.parametrize("page", sorted(REDIRECT_TARGETS))
def test_redirects_to_private_addresses_are_refused(fake_research, fetcher, page) -> None:
    with pytest.raises(FetchRefused) as refused:
        fetcher.fetch(fake_research.docs_url("python", page), time_limit=5)

    assert refused.value.kind == "disallowed_url"
    assert refused.value.url == REDIRECT_TARGETS[page]
    assert page_paths(fake_research) == [f"/docs/python/{page}"]


def test_a_redirect_to_another_loopback_port_never_reaches_it(fake_research, fetcher) -> None:
    with FakeResearchServer() as elsewhere:
        fake_research.script("docs", redirect(elsewhere.docs_url("python", PAGE)))

        with pytest.raises(FetchRefused) as refused:
            fetcher.fetch(fake_research.docs_url("python", "moved-away.html"), time_limit=5)

        assert refused.value.kind == "disallowed_url"
        assert elsewhere.count() == 0


def test_an_allow_listed_name_that_resolves_to_a_private_address_is_refused(
    fake_research,
) -> None:
    port = Origin.of(fake_research.base_url).port  # type: ignore[union-attr]
    local = Origin("https", "localhost", port)
    with (
        SafeFetcher(allowed={local}, timeouts=TIMEOUTS) as fetcher,
        pytest.raises(FetchRefused) as refused,
    ):
        fetcher.fetch(f"https://localhost:{port}/docs/python/{PAGE}", time_limit=5)

    assert refused.value.kind == "private_address"
    assert fake_research.count() == 0


def test_a_name_that_rebinds_after_the_check_cannot_move_the_connection(monkeypatch) -> None:
    """The checks' lookups of docs.rebind.test answer the site's address; any other lookup
    fails, as a rebound name would send it elsewhere. Only a request pinned to the checked
    address reaches the site, over https verified for the name."""
    name = "docs.rebind.test"
    site_address = ipaddress.ip_address("127.0.0.1")
    system_getaddrinfo = socket.getaddrinfo
    lookups: list[str] = []

    def dns(host, port, *args, **kwargs):
        if host != name:
            return system_getaddrinfo(host, port, *args, **kwargs)
        lookups.append(threading.current_thread().name)
        if not threading.current_thread().name.startswith("research-dns"):  # not the check
            raise socket.gaierror(socket.EAI_NONAME, "rebound")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (str(site_address), port))]

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    # The site stands for a public host: its address passes the check, nothing else changes.
    public = fetch.is_public_address
    monkeypatch.setattr(fetch, "is_public_address", lambda a: a == site_address or public(a))
    monkeypatch.setenv("SSL_CERT_FILE", str(CERT_FILE))  # trust the site's test certificate

    with NamedHostServer(tls=True) as site:
        origin = Origin("https", name, site.port)
        with SafeFetcher(allowed={origin}, timeouts=TIMEOUTS) as fetcher:
            page = fetcher.fetch(site.url(name, "/guide.html"), time_limit=5)

    assert "pinned address" in page.text
    assert page.url == f"https://{name}:{site.port}/guide.html"
    host = f"{name}:{site.port}"
    assert [(s.path, s.host, s.server_name) for s in site.seen] == [
        ("/robots.txt", host, name),
        ("/guide.html", host, name),
    ]
    assert len(lookups) == 2  # one per checked hop, and nothing else resolved the name
    assert all(thread.startswith("research-dns") for thread in lookups)


def test_plain_http_needs_the_test_settings_loopback_exception(fake_research, settings) -> None:
    settings.RESEARCH_ALLOW_LOOPBACK_HTTP = False
    with fetcher_for(fake_research) as fetcher, pytest.raises(FetchRefused) as refused:
        fetcher.fetch(fake_research.docs_url("python", PAGE), time_limit=5)

    assert refused.value.kind == "disallowed_url"
    assert fake_research.count() == 0


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://{host}/docs/python/",
        "http://user:secret@{host}/docs/python/",
        "http://localhost:{port}/docs/python/",
        "https://docs.python.org/3/",  # a real documentation host, but not on this allow-list
    ],
)
def test_anything_but_an_allow_listed_origin_is_refused(fake_research, fetcher, url) -> None:
    origin = Origin.of(fake_research.base_url)
    assert origin is not None
    url = url.format(host=f"{origin.host}:{origin.port}", port=origin.port)

    with pytest.raises(FetchRefused) as refused:
        fetcher.fetch(url, time_limit=5)

    assert refused.value.kind == "disallowed_url"
    assert fake_research.count() == 0


def test_a_same_site_redirect_is_followed(fake_research, fetcher) -> None:
    page = fetcher.fetch(
        fake_research.docs_url("python", SPECIAL_PAGES["redirect_same_site"]), time_limit=5
    )

    assert page.url == fake_research.docs_url("python", PAGE)


def test_more_than_three_redirects_are_refused(fake_research, fetcher) -> None:
    hops = [fake_research.docs_url("python", f"hop-{n}.html") for n in range(1, 5)]
    fake_research.script("docs", *(redirect(hop) for hop in hops))

    with pytest.raises(FetchRefused) as refused:
        fetcher.fetch(fake_research.docs_url("python", "hop-0.html"), time_limit=5)

    assert refused.value.kind == "too_many_redirects"
    assert len(page_paths(fake_research)) == 4  # the first request and three redirects


def test_a_response_that_is_not_html_is_refused(fake_research, fetcher) -> None:
    with pytest.raises(FetchError) as refused:
        fetcher.fetch(fake_research.docs_url("python", "sitemap.xml"), time_limit=5)

    assert refused.value.kind == "not_html"


def test_an_oversize_response_is_refused(fake_research) -> None:
    fake_research.script("docs", raw(200, "<p>" + "x" * 20_000 + "</p>", HTML))
    with fetcher_for(fake_research, max_bytes=10_000) as fetcher, pytest.raises(FetchError) as err:
        fetcher.fetch(fake_research.docs_url("python", "huge.html"), time_limit=5)

    assert err.value.kind == "too_large"


def test_a_body_is_read_only_up_to_the_cap() -> None:
    def endless() -> Iterator[bytes]:
        while True:
            yield b"x" * 4096

    with pytest.raises(FetchError) as refused:
        _read_capped(endless(), "https://docs.example/", 10_000, time.monotonic() + 5)

    assert refused.value.kind == "too_large"


def test_an_http_error_is_a_status_failure(fake_research, fetcher) -> None:
    with pytest.raises(FetchError) as failed:
        fetcher.fetch(fake_research.docs_url("python", "no-such-page.html"), time_limit=5)

    assert (failed.value.kind, failed.value.status) == ("status", 404)


def test_a_hanging_page_is_bounded_by_the_time_limit(fake_research, fetcher) -> None:
    fake_research.docs_hang_seconds = 10
    started = time.monotonic()

    with pytest.raises(FetchTimeout):
        fetcher.fetch(fake_research.docs_url("python", SPECIAL_PAGES["hang"]), time_limit=1)

    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.0.0.7", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),  # noqa: S104 - an address under test, nothing binds
        ("224.0.0.251", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        ("2002:a00:7::", False),  # 6to4 around 10.0.0.7
    ],
)
def test_only_global_unicast_addresses_are_public(address, public) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_deployment_checks_refuse_the_loopback_exception(settings) -> None:
    settings.RESEARCH_ALLOW_LOOPBACK_HTTP = True
    with pytest.raises(SystemCheckError, match="RESEARCH_ALLOW_LOOPBACK_HTTP"):
        call_command("check", "--deploy", "--tag", "security", "--fail-level", "ERROR")

    settings.RESEARCH_ALLOW_LOOPBACK_HTTP = False
    call_command("check", "--deploy", "--tag", "security", "--fail-level", "ERROR")
