"""Error codes shared by services and the API.

Clients branch on ``code`` (and ``field`` for input errors), never on the message text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_ID = "INVALID_ID"
    INVALID_INPUT = "INVALID_INPUT"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    CONFLICT = "CONFLICT"
    ONBOARDING_REQUIRED = "ONBOARDING_REQUIRED"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    TOKEN_INVALID = "TOKEN_INVALID"
    TOKEN_EXPIRED = "TOKEN_EXPIRED"
    SESSION_REVOKED = "SESSION_REVOKED"
    SESSION_EXPIRED = "SESSION_EXPIRED"
    REFRESH_TOKEN_MISSING = "REFRESH_TOKEN_MISSING"
    REFRESH_CONFLICT = "REFRESH_CONFLICT"
    REFRESH_COOKIE_AMBIGUOUS = "REFRESH_COOKIE_AMBIGUOUS"
    DEVICE_MISMATCH = "DEVICE_MISMATCH"
    RATE_LIMITED = "RATE_LIMITED"
    CSRF_FAILED = "CSRF_FAILED"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    # Lessons: a generation of the lesson is queued or running (wait for it); a lesson with no
    # content yet has no version to regenerate.
    GENERATION_IN_PROGRESS = "GENERATION_IN_PROGRESS"
    LESSON_NOT_GENERATED = "LESSON_NOT_GENERATED"
    # Quizzes: the lesson's content has no quiz that can be scored (stored before quizzes, or
    # malformed), so there is nothing to answer.
    QUIZ_UNAVAILABLE = "QUIZ_UNAVAILABLE"
    # Votes: only a learner who has opened a lesson with that content may judge it.
    LESSON_NOT_OPENED = "LESSON_NOT_OPENED"
    # Curation: a reviewer judging content they generated, voted on or flagged; a review whose
    # decision the content's status makes meaningless (approving approved content, ...).
    CONFLICT_OF_INTEREST = "CONFLICT_OF_INTEREST"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    # Prompt variants: a style keeps at least one active variant.
    LAST_ACTIVE_VARIANT = "LAST_ACTIVE_VARIANT"
    # A quiz answered on a version of the lesson it no longer shows.
    CONTENT_CHANGED = "CONTENT_CHANGED"
    # The tutor: a question while the answer to the previous one is still being written.
    TUTOR_BUSY = "TUTOR_BUSY"
    # A lesson's generation stopped: its attempts cost the per-lesson budget (cost controls).
    LESSON_BUDGET_EXCEEDED = "LESSON_BUDGET_EXCEEDED"
    BAD_REQUEST = "BAD_REQUEST"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    REQUEST_TIMEOUT = "REQUEST_TIMEOUT"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
    INTERNAL = "INTERNAL"


def camel_case(name: str) -> str:
    """Field names reach clients as they appear in the GraphQL schema: ``weekly_hours`` ->
    ``weeklyHours``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class SkillSyncError(Exception):
    """An expected failure with a machine-readable code.

    ``extensions`` is read by graphql-core when it wraps the exception, so the GraphQL error
    carries ``{"code": ..., "field": ...}`` without any translation layer.
    """

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        field: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message
        self.details = details or {}

    @property
    def extensions(self) -> dict[str, Any]:
        ext: dict[str, Any] = {"code": self.code.value}
        if self.field is not None:
            ext["field"] = camel_case(self.field)
        ext.update({camel_case(key): value for key, value in self.details.items()})
        return ext


class NotFoundError(SkillSyncError):
    def __init__(self, what: str = "object") -> None:
        super().__init__(ErrorCode.NOT_FOUND, f"{what} not found")


class InvalidInputError(SkillSyncError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(ErrorCode.INVALID_INPUT, message, field=field)


class RateLimitedError(SkillSyncError):
    def __init__(self, message: str, *, retry_after_seconds: int) -> None:
        super().__init__(
            ErrorCode.RATE_LIMITED, message, details={"retry_after": retry_after_seconds}
        )
        self.retry_after_seconds = retry_after_seconds
