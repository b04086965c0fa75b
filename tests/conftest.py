from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.test import AsyncClient, Client

from skillsync.accounts.models import User
from skillsync.accounts.sessions import session_start
from skillsync.core.request_meta import RequestMeta
from skillsync.learning.profile_input import ProfileInput
from skillsync.learning.services import onboarding_complete
from tests.factories import UserFactory

GraphQL = Callable[..., dict[str, Any]]


class AsgiClient:
    """Django's test client driven through the ASGI handler, the stack uvicorn serves: every
    API test exercises the same middleware and views as production."""

    def __init__(self) -> None:
        self._client = AsyncClient()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        return async_to_sync(attribute) if inspect.iscoroutinefunction(attribute) else attribute


@pytest.fixture
def client() -> AsgiClient:
    return AsgiClient()


def access_token(user: User) -> str:
    """A real access token for ``user``, from a real log-in session."""
    return session_start(user=user, device_id=None, meta=RequestMeta(None, "")).access_token


def post_graphql(
    client: Client,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    token: str | None = None,
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.post(
        "/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        headers=headers,
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
    """Runs a GraphQL operation anonymously, or with ``token=``."""

    def run(
        query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        return post_graphql(client, query, variables, token=token)

    return run


@pytest.fixture
def as_user(client: Client, user: User) -> GraphQL:
    """Runs a GraphQL operation as ``user``, with a bearer access token."""
    token = access_token(user)

    def run(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return post_graphql(client, query, variables, token=token)

    return run


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


def new_roadmap(*, goal: str = "Learn Python", style: str = "reading") -> Any:
    """A new learner with a freshly planned roadmap (for tests that commit their data and so
    cannot use the per-test fixtures)."""
    from tests.factories import UserFactory

    user = UserFactory.create()
    return onboarding_complete(
        user=user, profile=profile_input(goal=goal, learning_style=style, weekly_hours=20)
    )


@pytest.fixture(autouse=True)
def _job_tables_emptied_after_committing_tests(
    request: pytest.FixtureRequest, django_db_blocker: Any
) -> Any:
    """A test that commits leaves its queue jobs behind: procrastinate's tables are not
    Django-managed, so Django's flush between such tests skips them. Empty them here."""
    yield
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE procrastinate_events, procrastinate_periodic_defers, procrastinate_jobs,"
            " procrastinate_workers"
        )


@pytest.fixture(scope="session")
def _side_connection(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """An autocommit connection to the test database beside Django's."""
    import psycopg
    from django.db import connection

    with django_db_blocker.unblock():
        params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    side = psycopg.connect(**params, autocommit=True)
    yield side
    side.close()


@pytest.fixture(autouse=True)
def _research_cache_committed_by_threads_emptied(request: pytest.FixtureRequest) -> None:
    """Research asks its sources from threads, each with its own database connection, so what
    they cache is committed outside the test's transaction and would outlive the test. Emptied
    before each database test, from a connection of its own (the test's transaction has locked
    nothing yet)."""
    if request.node.get_closest_marker("django_db") is None:
        return
    from skillsync.research.models import ResearchResult

    side = request.getfixturevalue("_side_connection")
    side.execute(f"DELETE FROM {ResearchResult._meta.db_table}")  # noqa: S608 - our table
