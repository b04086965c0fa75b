"""Who is on the other end of a request: client address and user agent, for throttles and the
audit log."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest

MAX_USER_AGENT = 256


@dataclass(frozen=True)
class RequestMeta:
    ip_address: str | None
    user_agent: str


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The TCP peer, or — behind N trusted proxies — the address the outermost trusted proxy
    saw. Entries further left in X-Forwarded-For are client-controlled and ignored."""
    hops = settings.TRUSTED_PROXY_COUNT
    if hops > 0:
        forwarded = [
            part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
        ]
        if len(forwarded) >= hops:
            return _valid_ip(forwarded[-hops])
    return _valid_ip(request.META.get("REMOTE_ADDR", ""))


def request_meta(request: HttpRequest | None) -> RequestMeta:
    if request is None:
        return RequestMeta(ip_address=None, user_agent="")
    agent = request.META.get("HTTP_USER_AGENT", "")
    return RequestMeta(ip_address=client_ip(request), user_agent=agent[:MAX_USER_AGENT])
