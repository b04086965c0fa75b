"""The GraphQL endpoints.

- ``/graphql``: authenticated only by ``Authorization: Bearer <access token>``. Session
  cookies are ignored here (they exist for the Django admin), so no cookie can ride along on a
  forged cross-site request.
- ``/auth/graphql``: the only cookie-authenticated surface (refresh, logout). It requires the
  custom auth header and a same-origin request.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from cross_web import HTTPException  # strawberry's own refusals
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from skillsync.accounts.sessions import session_authenticate
from skillsync.accounts.tokens import TokenError
from skillsync.core.errors import ErrorCode
from skillsync.core.log_context import bind_user


def _error(status: int, code: ErrorCode, message: str) -> JsonResponse:
    return JsonResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, status=status
    )


def _transport_error(request: HttpRequest) -> JsonResponse | None:
    """Bodies over the configured size are refused with 413 before parsing; POST must be
    ``application/json`` (a cross-site form cannot send that without a CORS preflight)."""
    if request.method != "POST":
        return None
    if request.content_type != "application/json":
        return _error(
            415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send GraphQL requests as application/json"
        )
    try:
        request.body  # noqa: B018 - reading it enforces DATA_UPLOAD_MAX_MEMORY_SIZE
    except RequestDataTooBig:
        return _error(413, ErrorCode.PAYLOAD_TOO_LARGE, "request body too large")
    return None


def _run(view: GraphQLView, request: HttpRequest) -> HttpResponseBase:
    """Strawberry's own refusals (a batch, invalid JSON, no query, a wrong method) come as plain
    text; like every other error, they leave here with a code."""
    try:
        return view.run(request=request)
    except HTTPException as error:
        return _error(error.status_code, ErrorCode.BAD_REQUEST, error.reason)


def _authenticate(request: HttpRequest) -> JsonResponse | None:
    """Sets ``request.user`` from the bearer token (anonymous without one). A token that is
    present but unusable is a 401 for the whole request: the client should refresh."""
    request.user = AnonymousUser()
    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    try:
        if scheme.lower() != "bearer" or not token.strip():
            raise TokenError(ErrorCode.TOKEN_INVALID, "use Authorization: Bearer <access token>")
        request.user, _claims = session_authenticate(token=token.strip())
        bind_user(request.user)  # the request's log lines name the user (hashed)
    except TokenError as error:
        response = _error(401, error.code, error.message)
        response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        return response
    return None


@method_decorator(csrf_exempt, name="dispatch")
class SkillSyncGraphQLView(GraphQLView):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        refused = _transport_error(request) or _authenticate(request)
        if refused is not None:
            return refused
        return _run(self, request)


def _same_origin(request: HttpRequest) -> bool:
    """The browser says the request comes from our own pages: Sec-Fetch-Site when sent (all
    current browsers), else an Origin header naming this host."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not a browser request (no ambient cookies to abuse without one)
    parts = urlsplit(origin)
    return parts.netloc == request.get_host() and parts.scheme == request.scheme


@method_decorator(csrf_exempt, name="dispatch")
class AuthGraphQLView(GraphQLView):
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method != "POST":
            return _error(405, ErrorCode.BAD_REQUEST, "use POST")
        refused = _transport_error(request)
        if refused is not None:
            return refused
        if request.headers.get(settings.AUTH_CSRF_HEADER) != "1" or not _same_origin(request):
            return _error(
                403,
                ErrorCode.CSRF_FAILED,
                f"cookie-authenticated requests need the {settings.AUTH_CSRF_HEADER}: 1 header "
                "and a same-origin request",
            )
        request.user = AnonymousUser()
        return _run(self, request)
