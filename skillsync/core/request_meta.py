"""Who is on the other end of a request: client address and user agent, for throttles and the
audit log."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

MAX_USER_AGENT = 256
# One IPv6 subscriber usually holds a whole /64: limits count the network, not the address.
IPV6_LIMIT_PREFIX = 64


@dataclass(frozen=True)
class RequestMeta:
    ip_address: str | None
    user_agent: str

    @property
    def limit_key(self) -> str:
        """The client as rate limits count it: an IPv4 address, an IPv6 /64, or one shared
        bucket for clients whose address is unknown (never "no limit")."""
        if self.ip_address is None:
            return "unknown"
        address = ipaddress.ip_address(self.ip_address)
        if address.version == 6:
            return str(ipaddress.ip_network(f"{address}/{IPV6_LIMIT_PREFIX}", strict=False))
        return str(address)


def _parse_ip(value: str) -> str | None:
    """An address from a header or the peer, tolerating ports (``1.2.3.4:5678``,
    ``[2001:db8::1]:443``); IPv4-mapped IPv6 becomes plain IPv4."""
    value = value.strip()
    if value.startswith("[") and "]" in value:
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


def client_ip(request: HttpRequest) -> str | None:
    """The TCP peer, or — behind N trusted proxies — the address the outermost trusted proxy
    saw. Entries further left in X-Forwarded-For are client-controlled and ignored."""
    hops = settings.TRUSTED_PROXY_COUNT
    if hops > 0:
        forwarded = [
            part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
        ]
        if len(forwarded) >= hops:
            return _parse_ip(forwarded[-hops])
    return _parse_ip(request.META.get("REMOTE_ADDR", ""))


def request_meta(request: HttpRequest | None) -> RequestMeta:
    if request is None:
        return RequestMeta(ip_address=None, user_agent="")
    agent = request.META.get("HTTP_USER_AGENT", "")
    return RequestMeta(ip_address=client_ip(request), user_agent=agent[:MAX_USER_AGENT])
