"""Every object is reachable only by its owner: others get exactly the "not found" of a
missing id, and nothing changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson, LessonProgress, Roadmap
from tests.conftest import access_token, post_graphql

OPERATIONS = {
    "roadmap": "query($id: ID!) { roadmap(id: $id) { id } }",
    "module": "query($id: ID!) { module(id: $id) { id } }",
    "lesson": "query($id: ID!) { lesson(id: $id) { id } }",
    "markLessonComplete": "mutation($id: ID!) { markLessonComplete(lessonId: $id) { id } }",
}


def _ids(roadmap: Roadmap) -> dict[str, str]:
    lesson = Lesson.objects.filter(module__roadmap=roadmap).select_related("module").first()
    assert lesson is not None
    return {
        "roadmap": str(roadmap.id),
        "module": str(lesson.module_id),
        "lesson": str(lesson.id),
        "markLessonComplete": str(lesson.id),
    }


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_owner_can_reach_their_objects(
    client: Client, user: User, onboard: Callable[..., Any], operation: str
) -> None:
    ids = _ids(onboard(user))
    result = post_graphql(
        client, OPERATIONS[operation], {"id": ids[operation]}, token=access_token(user)
    )
    assert "errors" not in result, result


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_another_learner_gets_the_same_not_found_as_a_missing_id(
    client: Client, user: User, other_user: User, onboard: Callable[..., Any], operation: str
) -> None:
    ids = _ids(onboard(user))
    token = access_token(other_user)

    foreign = post_graphql(client, OPERATIONS[operation], {"id": ids[operation]}, token=token)
    missing = post_graphql(client, OPERATIONS[operation], {"id": str(uuid.uuid4())}, token=token)

    assert foreign["errors"][0]["extensions"] == {"code": "NOT_FOUND"}
    assert foreign["errors"][0]["message"] == missing["errors"][0]["message"]
    assert foreign["errors"][0]["extensions"] == missing["errors"][0]["extensions"]
    assert foreign["data"] == missing["data"] is None
    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
@pytest.mark.parametrize("bad_id", ["42", "not-a-uuid", "", "' OR 1=1 --"])
def test_malformed_ids_get_invalid_id(
    client: Client, user: User, operation: str, bad_id: str
) -> None:
    result = post_graphql(client, OPERATIONS[operation], {"id": bad_id}, token=access_token(user))
    assert result["errors"][0]["extensions"]["code"] == "INVALID_ID"


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_anonymous_visitors_are_told_to_sign_in(
    client: Client, user: User, onboard: Callable[..., Any], operation: str
) -> None:
    ids = _ids(onboard(user))
    result = post_graphql(client, OPERATIONS[operation], {"id": ids[operation]})
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
