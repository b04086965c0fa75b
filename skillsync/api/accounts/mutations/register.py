from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.accounts.services import user_register
from skillsync.api.accounts.types import UserType


def register(info: Info[Any, Any], email: str, password: str) -> UserType:
    """Create an account and sign in."""
    user = user_register(email=email, password=password, request=info.context.request)
    return cast(UserType, user)


field = strawberry.mutation(resolver=register)
