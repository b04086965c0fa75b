"""What resolvers need from the request: the authenticated viewer and the query optimizer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from strawberry.types import Info
from strawberry_django.optimizer import optimize

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, SkillSyncError

M = TypeVar("M", bound=Model)


def viewer(info: Info[Any, Any]) -> User:
    """The signed-in user, or UNAUTHENTICATED."""
    user = info.context.request.user
    if not isinstance(user, User) or not user.is_active:
        raise SkillSyncError(ErrorCode.UNAUTHENTICATED, "sign in first")
    return user


def loader(info: Info[Any, Any]) -> Callable[[QuerySet[M]], QuerySet[M]]:
    """Adds to a queryset exactly the joins and prefetches the GraphQL selection needs."""

    def refine(qs: QuerySet[M]) -> QuerySet[M]:
        return optimize(qs, info)

    return refine
