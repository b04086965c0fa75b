from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.accounts.services import user_login
from skillsync.api.accounts.cookies import read_device_id
from skillsync.api.accounts.payloads import session_payload
from skillsync.api.accounts.types import AuthPayload
from skillsync.core.request_meta import request_meta


def login(info: Info[Any, Any], email: str, password: str) -> AuthPayload:
    """Log in with email and password: an access token, and the refresh cookie."""
    request = info.context.request
    session = user_login(
        email=email,
        password=password,
        device_id=read_device_id(request),
        meta=request_meta(request),
    )
    return session_payload(info, session)


field = strawberry.mutation(resolver=login)
