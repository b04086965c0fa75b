"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import login, logout_all, register, set_user_role


@strawberry.type
class AccountsMutation:
    register = register.field
    login = login.field
    logout_all = logout_all.field
    set_user_role = set_user_role.field
