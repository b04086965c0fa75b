"""Role permissions: the mechanism, over every role, on a schema made of our permission
classes (mentor-only curation and admin-only operations use these same classes)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import strawberry
from django.contrib.auth.models import AnonymousUser

from skillsync.api.permissions import IsAdmin, IsAuthenticated, IsMentor
from tests.factories import UserFactory


@strawberry.type
class Query:
    @strawberry.field(permission_classes=[IsAuthenticated])
    def signed_in(self) -> bool:
        return True

    @strawberry.field(permission_classes=[IsMentor])
    def mentors(self) -> bool:
        return True

    @strawberry.field(permission_classes=[IsAdmin])
    def admins(self) -> bool:
        return True


SCHEMA = strawberry.Schema(query=Query)
ALLOWED = "allowed"
EXPECTED = {
    # caller: (signedIn, mentors, admins)
    "anonymous": ("UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"),
    "learner": (ALLOWED, "FORBIDDEN", "FORBIDDEN"),
    "mentor": (ALLOWED, ALLOWED, "FORBIDDEN"),
    "admin": (ALLOWED, ALLOWED, ALLOWED),
    "deactivated admin": ("UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"),
}


@pytest.mark.parametrize("caller", sorted(EXPECTED))
@pytest.mark.parametrize(("field", "column"), [("signedIn", 0), ("mentors", 1), ("admins", 2)])
def test_permission_matrix(db: None, caller: str, field: str, column: int) -> None:
    if caller == "anonymous":
        user: object = AnonymousUser()
    else:
        role = caller.removeprefix("deactivated ")
        user = UserFactory.create(role=role, is_active=not caller.startswith("deactivated"))
    result = SCHEMA.execute_sync(
        f"{{ {field} }}", context_value=SimpleNamespace(request=SimpleNamespace(user=user))
    )
    expected = EXPECTED[caller][column]
    if expected == ALLOWED:
        assert result.errors is None
        assert result.data == {field: True}
    else:
        assert result.errors is not None
        assert result.errors[0].extensions == {"code": expected}
