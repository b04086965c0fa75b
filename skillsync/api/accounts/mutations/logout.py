from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.accounts.services import user_logout


def logout(info: Info[Any, Any]) -> bool:
    """Sign out of this session."""
    user_logout(request=info.context.request)
    return True


field = strawberry.mutation(resolver=logout)
