"""Public identifiers. Every object is exposed by a random UUID, never a sequential integer."""

from __future__ import annotations

import uuid

from skillsync.core.errors import ErrorCode, SkillSyncError


def parse_id(value: str | uuid.UUID, *, field: str = "id") -> uuid.UUID:
    """A UUID from client input, or INVALID_ID naming the field."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except (ValueError, AttributeError, TypeError):
        raise SkillSyncError(ErrorCode.INVALID_ID, "malformed id", field=field) from None
