"""HttpClient's pinned connections (``connect_to``), against a real local server that stands
for a named host no resolver knows."""

from __future__ import annotations

from contextlib import closing

import pytest

from skillsync.core.http import DisallowedHost, HttpClient, OutboundConnectionError, Timeouts
from tests.fakes.named_host_server import CERT_FILE, NamedHostServer, Seen

HOST = "docs.pinned.test"  # resolvable by nobody: only a pinned request can reach the server
TIMEOUTS = Timeouts(connect=2, read=5, total=5)


def client() -> closing[HttpClient]:
    return closing(HttpClient(allowed_hosts={HOST}, timeouts=TIMEOUTS))


def test_a_pinned_request_goes_to_the_address_with_the_original_host_header() -> None:
    with NamedHostServer(tls=False) as server, client() as http:
        response = http.request(
            "GET", server.url(HOST, "/guide"), params={"lang": "en"}, connect_to="127.0.0.1"
        )

    assert response.status_code == 200
    assert response.url == f"http://127.0.0.1:{server.port}/guide?lang=en"
    assert server.seen == [Seen("/guide?lang=en", f"{HOST}:{server.port}", None)]


def test_a_pinned_https_stream_verifies_the_certificate_of_the_original_name(monkeypatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(CERT_FILE))  # the test certificate is trusted
    with NamedHostServer(tls=True) as server, client() as http:
        with http.stream("GET", server.url(HOST, "/page"), connect_to="127.0.0.1") as response:
            body = response.read()
        assert b"pinned address" in body
        # Without the pin the name is resolved, and it resolves nowhere.
        with pytest.raises(OutboundConnectionError):
            http.request("GET", server.url(HOST, "/again"))

    assert server.seen == [Seen("/page", f"{HOST}:{server.port}", HOST)]


def test_the_allow_list_is_checked_on_the_original_name() -> None:
    with NamedHostServer(tls=False) as server, client() as http:
        with pytest.raises(DisallowedHost):
            http.request("GET", server.url("elsewhere.test"), connect_to="127.0.0.1")
        with pytest.raises(DisallowedHost):
            http.request("GET", server.url("127.0.0.1"), connect_to="127.0.0.1")

    assert server.seen == []


def test_only_an_ip_address_can_be_pinned() -> None:
    with client() as http, pytest.raises(ValueError, match="IP address"):
        http.request("GET", f"https://{HOST}/", connect_to="localhost")


def test_two_names_pinned_to_one_address_never_share_a_tls_connection(monkeypatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(CERT_FILE))
    other = "docs.rebind.test"
    with (
        NamedHostServer(tls=True) as server,
        closing(HttpClient(allowed_hosts={HOST, other}, timeouts=TIMEOUTS)) as http,
    ):
        for name in (HOST, other, HOST):
            http.request("GET", server.url(name, "/page"), connect_to="127.0.0.1")

    assert [(seen.host, seen.server_name) for seen in server.seen] == [
        (f"{HOST}:{server.port}", HOST),
        (f"{other}:{server.port}", other),
        (f"{HOST}:{server.port}", HOST),
    ]
