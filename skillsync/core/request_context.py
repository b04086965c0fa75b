"""The first middleware: each HTTP request gets a request id, is timed, counted and logged.

- The id is the incoming ``X-Request-ID`` when it is a sane token (at most 64 characters of
  ``[A-Za-z0-9_-]``, as a proxy or a client would send), else a new one; it is bound to the
  log context for the whole request (``log_context.py``) and echoed in the response's
  ``X-Request-ID``.
- Its latency goes to ``skillsync_http_request_duration_seconds`` by route (the URL pattern
  that matched, ``unmatched`` for none), method and status class (``metrics.py``).
- One access line per request on ``skillsync.access`` (replacing uvicorn's): method, path
  (never the query string), status, milliseconds — at INFO, or DEBUG for the probes and
  scrapes that arrive every few seconds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.http import HttpRequest, HttpResponseBase

from skillsync.core import log_context
from skillsync.core.metrics import http_request_observe

logger = logging.getLogger("skillsync.access")

# Called every few seconds by load balancers and Prometheus: logged at DEBUG only.
QUIET_ROUTES = frozenset({"healthz", "readyz", "metrics"})
MAX_LOGGED_PATH = 200


def _route(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    return match.route if match is not None and match.route else "unmatched"


def _finish(request: HttpRequest, response: HttpResponseBase, started: float) -> None:
    seconds = time.perf_counter() - started
    response[log_context.REQUEST_ID_HEADER] = log_context.current()["request_id"]
    route = _route(request)
    method = request.method or "GET"
    http_request_observe(route=route, method=method, status=response.status_code, seconds=seconds)
    logger.log(
        logging.DEBUG if route in QUIET_ROUTES else logging.INFO,
        "%s %s %d %.1f ms",
        method,
        request.path[:MAX_LOGGED_PATH],
        response.status_code,
        seconds * 1000,
    )


class RequestContextMiddleware:
    sync_capable = True
    async_capable = True

    def __init__(
        self,
        get_response: Callable[[HttpRequest], HttpResponseBase]
        | Callable[[HttpRequest], Awaitable[HttpResponseBase]],
    ) -> None:
        self.get_response = get_response
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        if self.is_async:
            return self._acall(request)
        started = time.perf_counter()
        header = request.headers.get(log_context.REQUEST_ID_HEADER)
        with log_context.scope(request_id=log_context.request_id_from(header)):
            response = self.get_response(request)
            assert isinstance(response, HttpResponseBase)
            _finish(request, response, started)
        return response

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        header = request.headers.get(log_context.REQUEST_ID_HEADER)
        with log_context.scope(request_id=log_context.request_id_from(header)):
            response = self.get_response(request)
            assert not isinstance(response, HttpResponseBase)
            result = await response
            _finish(request, result, started)
        return result
