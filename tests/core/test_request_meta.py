"""Client addresses for throttles: ports tolerated, IPv4-mapped folded, IPv6 counted per /64,
unknown addresses sharing one bucket, and X-Forwarded-For read from the trusted end."""

from __future__ import annotations

import pytest
from django.test import RequestFactory, override_settings

from skillsync.core.request_meta import RequestMeta, request_meta


@pytest.mark.parametrize(
    ("remote", "ip", "key"),
    [
        ("203.0.113.9", "203.0.113.9", "203.0.113.9"),
        ("203.0.113.9:5678", "203.0.113.9", "203.0.113.9"),
        ("::ffff:203.0.113.9", "203.0.113.9", "203.0.113.9"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("[2001:db8:1:2:bbbb::7]:443", "2001:db8:1:2:bbbb::7", "2001:db8:1:2::/64"),
        ("not an address", None, "unknown"),
        ("", None, "unknown"),
    ],
)
def test_addresses_and_their_limit_keys(remote: str, ip: str | None, key: str) -> None:
    meta = request_meta(RequestFactory().get("/", REMOTE_ADDR=remote))
    assert meta.ip_address == ip
    assert meta.limit_key == key


def test_two_addresses_of_one_ipv6_network_share_a_limit() -> None:
    first = RequestMeta(ip_address="2001:db8::1", user_agent="")
    second = RequestMeta(ip_address="2001:db8::ffff:1", user_agent="")
    assert first.limit_key == second.limit_key


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_rightmost_forwarded_address_counts() -> None:
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.4"
    )
    assert request_meta(request).ip_address == "198.51.100.4"  # the spoofable 1.1.1.1 ignored


def test_without_trusted_proxies_forwarded_headers_are_ignored() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="1.1.1.1")
    assert request_meta(request).ip_address == "192.0.2.1"


def test_user_agents_are_truncated() -> None:
    request = RequestFactory().get("/", HTTP_USER_AGENT="x" * 1000)
    assert len(request_meta(request).user_agent) == 256
