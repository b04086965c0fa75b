"""``/metrics``: Prometheus metrics (``metrics.py`` counts, ``metrics_db.py`` reads the rest).

Who may read them:
- ``SKILLSYNC_METRICS_TOKEN`` set: only a request with ``Authorization: Bearer <token>``
  (compared in constant time); anything else is 401. Cookies and sessions play no part, so a
  browser logged in to the admin gets nothing more than anyone else, and no other origin can
  read the answer (no CORS headers here).
- Not set: 404, as if there were no such page — except with DEBUG on (development), where a
  request from the loopback address that did not come through a proxy (no
  ``X-Forwarded-For``) is served without a token, so ``curl 127.0.0.1:8000/metrics`` works
  under ``make run``.

The answer is the Prometheus text format (OpenMetrics when the scraper asks for it), never
cached.
"""

from __future__ import annotations

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from prometheus_client.exposition import choose_encoder

from skillsync.core.metrics import scrape_sources


def _loopback_without_proxy(request: HttpRequest) -> bool:
    if "HTTP_X_FORWARDED_FOR" in request.META:
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


def _bearer_matches(request: HttpRequest, token: str) -> bool:
    scheme, _, sent = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(sent.strip().encode(), token.encode())


def _refused(status: int) -> HttpResponse:
    response = HttpResponse(status=status, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
    return response


@csrf_exempt  # no side effects; refusals must not depend on a CSRF cookie
def metrics(request: HttpRequest) -> HttpResponse:
    token: str = settings.METRICS_TOKEN
    if not token:
        if not (settings.DEBUG and _loopback_without_proxy(request)):
            return _refused(404)
    elif not _bearer_matches(request, token):
        return _refused(401)
    if request.method not in ("GET", "HEAD"):
        response = _refused(405)
        response["Allow"] = "GET, HEAD"
        return response
    encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
    response = HttpResponse(encoder(scrape_sources()), content_type=content_type)
    response["Cache-Control"] = "no-store"
    return response
