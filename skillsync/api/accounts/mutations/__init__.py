"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import login, logout, register


@strawberry.type
class AccountsMutation:
    register = register.field
    login = login.field
    logout = logout.field
