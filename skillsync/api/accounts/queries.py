from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.accounts.models import User
from skillsync.api.accounts.types import UserType


@strawberry.type
class AccountsQuery:
    @strawberry.field(description="The signed-in user, or null.")
    def me(self, info: Info[Any, Any]) -> UserType | None:
        user = info.context.request.user
        return cast(UserType, user) if isinstance(user, User) else None
