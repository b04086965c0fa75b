"""The authentication audit log (see AuthEvent)."""

from __future__ import annotations

import uuid
from typing import Any

from skillsync.accounts.models import AuthEvent, AuthEventKind, RefreshFamily, User
from skillsync.core.request_meta import RequestMeta


def auth_event_record(
    *,
    kind: AuthEventKind,
    meta: RequestMeta,
    user: User | None = None,
    family: RefreshFamily | None = None,
    family_id: uuid.UUID | None = None,
    **details: Any,
) -> AuthEvent:
    return AuthEvent.objects.create(
        kind=kind,
        user=user,
        family_id=family.pk if family is not None else family_id,
        ip_address=meta.ip_address,
        user_agent=meta.user_agent,
        details=details,
    )
