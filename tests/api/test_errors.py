"""Error formatting: unexpected exceptions never leak their message."""

from __future__ import annotations

from graphql import GraphQLError

from skillsync.api.errors import with_code
from skillsync.core.errors import ErrorCode, SkillSyncError


def test_unexpected_exception_is_masked_as_internal() -> None:
    error = GraphQLError("boom", original_error=RuntimeError("password=hunter2 at db host x"))
    masked = with_code(error, None)
    assert masked.message == "Internal error"
    assert masked.extensions == {"code": "INTERNAL"}


def test_service_errors_keep_their_code_and_camel_case_field() -> None:
    original = SkillSyncError(ErrorCode.INVALID_INPUT, "bad", field="weekly_hours")
    error = with_code(
        GraphQLError("bad", original_error=original, extensions=original.extensions), None
    )
    assert error.extensions == {"code": "INVALID_INPUT", "field": "weeklyHours"}
