"""The cookie-authenticated auth endpoint (/auth/graphql): refresh and log out this device.

Kept apart from /graphql so the refresh cookie, path-limited to /auth/, never travels with
ordinary API calls, and so this small surface alone accepts cookie authentication.
"""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.accounts.sessions import session_logout, session_refresh
from skillsync.api.accounts.cookies import clear_refresh_cookie, read_device_id, read_refresh_token
from skillsync.api.accounts.payloads import session_payload
from skillsync.api.accounts.types import AuthPayload
from skillsync.api.errors import ErrorCodes, SkillSyncSchema
from skillsync.api.limits import hardening_extensions, schema_config
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.core.request_meta import request_meta

SESSION_OVER = frozenset(
    {
        ErrorCode.TOKEN_INVALID,
        ErrorCode.SESSION_REVOKED,
        ErrorCode.SESSION_EXPIRED,
        ErrorCode.DEVICE_MISMATCH,
        ErrorCode.REFRESH_TOKEN_MISSING,
    }
)


@strawberry.type
class AuthSession:
    active: bool


@strawberry.type
class AuthQuery:
    @strawberry.field(description="Whether this browser holds a refresh cookie (no rotation).")
    def session(self, info: Info[Any, Any]) -> AuthSession:
        return AuthSession(active=read_refresh_token(info.context.request) is not None)


@strawberry.type
class AuthMutation:
    @strawberry.mutation(description="Rotate the refresh cookie and get a new access token.")
    def refresh_token(self, info: Info[Any, Any]) -> AuthPayload:
        request = info.context.request
        try:
            session = session_refresh(
                raw_token=read_refresh_token(request),
                device_id=read_device_id(request),
                meta=request_meta(request),
            )
        except SkillSyncError as error:
            # A dead session's cookie is never useful again. After a conflict, though, the
            # browser already holds the winner's new cookie under the same name: keep it.
            if error.code in SESSION_OVER:
                clear_refresh_cookie(info.context.response)
            raise
        return session_payload(info, session)

    @strawberry.mutation(description="End this device's session and drop its refresh cookie.")
    def logout(self, info: Info[Any, Any]) -> bool:
        request = info.context.request
        session_logout(raw_token=read_refresh_token(request), meta=request_meta(request))
        clear_refresh_cookie(info.context.response)
        return True


auth_schema = SkillSyncSchema(
    query=AuthQuery,
    mutation=AuthMutation,
    extensions=[*hardening_extensions(), ErrorCodes],
    config=schema_config(),
)
