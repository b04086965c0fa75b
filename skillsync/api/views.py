"""The GraphQL endpoint."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from skillsync.core.errors import ErrorCode


def _error(status: int, code: ErrorCode, message: str) -> JsonResponse:
    return JsonResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, status=status
    )


@method_decorator(csrf_exempt, name="dispatch")
class SkillSyncGraphQLView(GraphQLView):
    """Strawberry's view with two transport rules of ours:

    - bodies over the configured size are refused with 413 and a code, before parsing;
    - POST must be ``application/json``: a cross-site form cannot send that without a CORS
      preflight, which is what keeps session-authenticated mutations safe from CSRF.
    """

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method == "POST":
            content_type = request.content_type or ""
            if content_type != "application/json":
                return _error(
                    415,
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "send GraphQL requests as application/json",
                )
            try:
                request.body  # noqa: B018 - reading it enforces DATA_UPLOAD_MAX_MEMORY_SIZE
            except RequestDataTooBig:
                return _error(413, ErrorCode.PAYLOAD_TOO_LARGE, "request body too large")
        return super().dispatch(request, *args, **kwargs)
