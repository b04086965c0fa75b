"""Turning a started session into the GraphQL answer and the cookies."""

from __future__ import annotations

from typing import Any, cast

from strawberry.types import Info

from skillsync.accounts.sessions import IssuedSession
from skillsync.api.accounts.cookies import set_session_cookies
from skillsync.api.accounts.types import AuthPayload, UserType


def session_payload(info: Info[Any, Any], session: IssuedSession) -> AuthPayload:
    set_session_cookies(info.context.response, session)
    return AuthPayload(
        access_token=session.access_token,
        access_token_expires_at=session.access_token_expires_at,
        user=cast(UserType, session.user),
    )
