from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.accounts.sessions import sessions_revoke_all
from skillsync.api.accounts.cookies import clear_refresh_cookie
from skillsync.api.context import viewer
from skillsync.api.permissions import IsAuthenticated
from skillsync.core.request_meta import request_meta


def logout_all(info: Info[Any, Any]) -> int:
    """End every session of the viewer, on every device. Returns how many were live."""
    ended = sessions_revoke_all(
        user=viewer(info), reason="logout_all", meta=request_meta(info.context.request)
    )
    clear_refresh_cookie(info.context.response)
    return ended


field = strawberry.mutation(resolver=logout_all, permission_classes=[IsAuthenticated])
