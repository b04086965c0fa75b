from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.accounts.services import user_login, user_register
from skillsync.api.accounts.types import UserType


def register(info: Info[Any, Any], email: str, password: str) -> UserType:
    """Create an account and sign in."""
    user_register(email=email, password=password)
    user = user_login(request=info.context.request, email=email, password=password)
    return cast(UserType, user)


field = strawberry.mutation(resolver=register)
