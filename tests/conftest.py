from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from skillsync.accounts.models import User
from skillsync.learning.profile_input import ProfileInput
from skillsync.learning.services import onboarding_complete
from tests.factories import UserFactory

GraphQL = Callable[..., dict[str, Any]]


def post_graphql(
    client: Client, query: str, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    response = client.post(
        "/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content[:500]
    result: dict[str, Any] = response.json()
    return result


@pytest.fixture
def user(db: None) -> User:
    return UserFactory.create()


@pytest.fixture
def other_user(db: None) -> User:
    return UserFactory.create()


@pytest.fixture
def gql(client: Client) -> GraphQL:
    """Runs a GraphQL operation as whoever ``client`` is logged in as."""

    def run(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return post_graphql(client, query, variables)

    return run


@pytest.fixture
def as_user(client: Client, user: User, gql: GraphQL) -> GraphQL:
    client.force_login(user)
    return gql


def profile_input(**overrides: Any) -> ProfileInput:
    values: dict[str, Any] = {
        "goal": "Become a backend developer with Django",
        "experience_level": "beginner",
        "weekly_hours": 6,
        "learning_style": "hands_on",
        "career_stage": "career_changer",
        "industry": "healthcare",
        "preferred_language": "en",
    }
    values.update(overrides)
    return ProfileInput(**values)


@pytest.fixture
def onboard() -> Callable[..., Any]:
    """Onboard a user through the real service; returns the roadmap."""

    def run(user: User, **overrides: Any) -> Any:
        return onboarding_complete(user=user, profile=profile_input(**overrides))

    return run


def error_of(result: dict[str, Any]) -> dict[str, Any]:
    """The single error of a GraphQL result, with its extensions."""
    errors = result.get("errors") or []
    assert len(errors) == 1, result
    error: dict[str, Any] = errors[0]
    return error
