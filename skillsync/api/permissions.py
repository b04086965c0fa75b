"""Permission classes for GraphQL fields: who may call a field at all. Object ownership is
checked by the ``access_*`` selectors; roles are checked here."""

from __future__ import annotations

from typing import Any, ClassVar

from strawberry.permission import BasePermission
from strawberry.types import Info

from skillsync.accounts.models import Role, User
from skillsync.core.errors import ErrorCode, SkillSyncError


def _user(info: Info[Any, Any]) -> User | None:
    user = info.context.request.user
    return user if isinstance(user, User) and user.is_active else None


class IsAuthenticated(BasePermission):
    message = "sign in first"
    error_extensions = {"code": ErrorCode.UNAUTHENTICATED.value}

    def has_permission(self, source: Any, info: Info[Any, Any], **kwargs: Any) -> bool:
        return _user(info) is not None


class _HasRole(BasePermission):
    roles: ClassVar[frozenset[str]] = frozenset()
    message = "your role does not allow this"
    error_extensions = {"code": ErrorCode.FORBIDDEN.value}

    def has_permission(self, source: Any, info: Info[Any, Any], **kwargs: Any) -> bool:
        user = _user(info)
        if user is None:
            # Say "sign in", not "forbidden", to someone not signed in. Raised rather than set
            # on self: strawberry shares one permission instance between requests.
            raise SkillSyncError(ErrorCode.UNAUTHENTICATED, IsAuthenticated.message)
        return user.role in self.roles


class IsMentor(_HasRole):
    """Mentors and admins (curation)."""

    roles = frozenset({Role.MENTOR, Role.ADMIN})


class IsAdmin(_HasRole):
    """Admins only (operations)."""

    roles = frozenset({Role.ADMIN})


class IsStaff(BasePermission):
    """Staff users (``is_staff``, who may use the Django admin): operating the generation
    pipeline, such as its prompt experiments."""

    message = "staff only"
    error_extensions = {"code": ErrorCode.FORBIDDEN.value}

    def has_permission(self, source: Any, info: Info[Any, Any], **kwargs: Any) -> bool:
        user = _user(info)
        if user is None:
            raise SkillSyncError(ErrorCode.UNAUTHENTICATED, IsAuthenticated.message)
        return user.is_staff
