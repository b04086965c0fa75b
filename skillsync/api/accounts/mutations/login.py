from __future__ import annotations

from typing import Any, cast

import strawberry
from strawberry.types import Info

from skillsync.accounts.services import user_login
from skillsync.api.accounts.types import UserType


def login(info: Info[Any, Any], email: str, password: str) -> UserType:
    """Sign in with email and password."""
    return cast(UserType, user_login(request=info.context.request, email=email, password=password))


field = strawberry.mutation(resolver=login)
