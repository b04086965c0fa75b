from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.accounts.services import user_set_role
from skillsync.api.accounts.types import UserType
from skillsync.api.context import viewer
from skillsync.api.enums import Role
from skillsync.api.permissions import IsAdmin
from skillsync.core.request_meta import request_meta


def set_user_role(info: Info[Any, Any], user_id: strawberry.ID, role: Role) -> UserType:
    """Admins: change a user's role (ends that user's sessions)."""
    user = user_set_role(
        actor=viewer(info),
        user_id=user_id,
        role=role.value,
        meta=request_meta(info.context.request),
    )
    return cast(UserType, user)


field = strawberry.mutation(resolver=set_user_role, permission_classes=[IsAdmin])
