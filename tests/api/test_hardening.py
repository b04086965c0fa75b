"""GraphQL limits: abusive requests are refused cheaply, with a code, before anything runs."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.http import HttpResponse, HttpResponseBase
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from graphql import get_introspection_query
from strawberry_django.optimizer import DjangoOptimizerExtension

from skillsync.accounts.models import User
from skillsync.api.errors import ErrorCodes, SkillSyncSchema
from skillsync.api.limits import (
    GRAPHQL_DOCUMENT_CACHE_SIZE,
    DocumentCache,
    hardening_extensions,
    schema_config,
)
from skillsync.api.schema import Mutation, Query
from skillsync.api.views import SkillSyncGraphQLView
from tests.api.test_dashboard import DASHBOARD
from tests.conftest import GraphQL, access_token, error_of

# What a request may read before GraphQL runs: its session and its user.
_REQUEST_SETUP = re.compile(r'FROM "accounts_\w+"')


def _post(client: Client, body: object, token: str) -> Any:
    return client.post(
        "/graphql",
        data=json.dumps(body),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )


def _refused_cheaply(client: Client, token: str, body: object) -> tuple[int, dict[str, Any]]:
    """Posts ``body`` as a signed-in user; checks that the refusal was fast and ran no query
    beyond authentication."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = _post(client, body, token)
        elapsed = time.perf_counter() - started
    # Generous for a busy 2-core machine: what it catches is a refusal that does the work
    # (resolving 100,000 fields takes many seconds), not a figure.
    assert elapsed < 1.0, elapsed
    ran = [q["sql"] for q in queries.captured_queries if not _REQUEST_SETUP.search(q["sql"])]
    assert ran == []
    assert response["Content-Type"] == "application/json", response.content[:300]
    result: dict[str, Any] = json.loads(response.content)
    return response.status_code, result


@pytest.fixture
def token(user: User) -> str:
    return access_token(user)


def _nested(depth: int) -> str:
    """A query ``depth`` fields deep: the dashboard's real path, then made-up fields."""
    path = ["dashboard", "roadmaps", "modules", "lessons", "content"]
    path += [f"level{n}" for n in range(depth - len(path))]
    return "{ " + " { ".join(path) + " { id" + " }" * depth + " }"


def test_a_query_20_fields_deep_is_refused(client: Client, token: str) -> None:
    status, result = _refused_cheaply(client, token, {"query": _nested(20)})

    assert status == 200
    assert result["data"] is None
    assert {e["extensions"]["code"] for e in result["errors"]} == {"GRAPHQL_VALIDATION_FAILED"}
    messages = [e["message"] for e in result["errors"]]
    assert "'anonymous' exceeds maximum operation depth of 10" in messages


def test_1000_aliases_are_refused(client: Client, token: str) -> None:
    aliases = " ".join(f"a{n}: __typename" for n in range(1000))
    query = "{ dashboard { totalCount } " + aliases + " }"

    status, result = _refused_cheaply(client, token, {"query": query})

    assert status == 200
    assert result["data"] is None
    error = error_of(result)
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}
    assert error["message"] == "1000 aliases found. Allowed: 20"


def test_a_batch_of_100_operations_is_refused(client: Client, token: str) -> None:
    batch = [{"query": "{ dashboard { totalCount } }"}] * 100

    status, result = _refused_cheaply(client, token, batch)

    assert status == 400
    assert "data" not in result
    assert error_of(result)["extensions"] == {"code": "BAD_REQUEST"}


def test_a_query_of_100000_tokens_is_refused(client: Client, token: str) -> None:
    query = "{ dashboard { totalCount } me { " + "id " * 100_000 + "} }"

    status, result = _refused_cheaply(client, token, {"query": query})

    assert status == 200
    assert result["data"] is None
    error = error_of(result)
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}
    assert "more than 5000 tokens" in error["message"]


def test_the_dashboard_query_passes_the_limits(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    for step in range(3):
        onboard(user, goal=f"Learn SQL step {step}")

    result = as_user(DASHBOARD, {"offset": 0, "limit": 50})

    assert "errors" not in result, result
    roadmaps = result["data"]["dashboard"]["roadmaps"]
    assert len(roadmaps) == 3
    assert all(module["lessons"] for roadmap in roadmaps for module in roadmap["modules"])


@override_settings(GRAPHQL_REQUEST_TIME_LIMIT_SECONDS=0.000001)
def test_a_request_over_its_time_limit_stops_with_request_timeout(
    client: Client, token: str, user: User, onboard: Callable[..., Any]
) -> None:
    for step in range(3):
        onboard(user, goal=f"Learn Kotlin step {step}")
    # Two root fields both miss the deadline: the answer still carries a single error.
    query = "query($offset: Int!, $limit: Int!) { me { id } " + DASHBOARD.split("{", 1)[1]

    with CaptureQueriesContext(connection) as queries:
        variables = {"offset": 0, "limit": 50}
        response = _post(client, {"query": query, "variables": variables}, token)

    result = json.loads(response.content)
    assert result["data"] is None
    error = error_of(result)
    assert error["extensions"] == {"code": "REQUEST_TIMEOUT"}
    assert error["path"] == ["me"]
    ran = [q["sql"] for q in queries.captured_queries if not _REQUEST_SETUP.search(q["sql"])]
    assert ran == []  # no resolver started, so nothing was loaded


def test_introspection_answers_under_the_test_settings(as_user: GraphQL) -> None:
    result = as_user(get_introspection_query(descriptions=True, input_value_deprecation=True))

    assert "errors" not in result, result
    types = {t["name"] for t in result["data"]["__schema"]["types"]}
    assert {"Query", "Mutation", "Dashboard"} <= types


def _production_view() -> Callable[..., HttpResponseBase]:
    """The endpoint as production builds it (the real schema is built once, at import)."""
    schema = SkillSyncSchema(
        query=Query,
        mutation=Mutation,
        extensions=[
            *hardening_extensions(introspection=False),
            DjangoOptimizerExtension,
            ErrorCodes,
        ],
        config=schema_config(introspection=False),
    )
    view: Callable[..., HttpResponseBase] = SkillSyncGraphQLView.as_view(schema=schema)
    return view


def _post_to(view: Callable[..., HttpResponseBase], query: str) -> dict[str, Any]:
    request = RequestFactory().post(
        "/graphql", data=json.dumps({"query": query}), content_type="application/json"
    )
    response = view(request)
    assert isinstance(response, HttpResponse)
    result: dict[str, Any] = json.loads(response.content)
    return result


def test_production_refuses_introspection(db: None) -> None:
    view = _production_view()

    for query in ("{ __schema { types { name } } }", '{ __type(name: "Lesson") { name } }'):
        result = _post_to(view, query)
        assert result["data"] is None
        assert result["errors"]
        for error in result["errors"]:
            assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED"}
            assert error["message"].startswith("GraphQL introspection has been disabled")
    assert _post_to(view, "{ __typename }") == {"data": {"__typename": "Query"}}


@pytest.mark.parametrize(
    "query",
    [
        "{ dashbord { totalCount } }",  # a field
        "{ dashboard(ofset: 1) { totalCount } }",  # an argument
        "query($id: I) { lesson(id: $id) { id } }",  # a type
    ],
    ids=["field", "argument", "type"],
)
def test_production_suggests_no_names(gql: GraphQL, db: None, query: str) -> None:
    assert "Did you mean" in json.dumps(gql(query))  # as the test settings do

    result = _post_to(_production_view(), query)

    assert result["data"] is None
    assert result["errors"]
    for error in result["errors"]:
        assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
        assert "Did you mean" not in error["message"]


def _parse_cache() -> Any:
    return DocumentCache(maxsize=GRAPHQL_DOCUMENT_CACHE_SIZE).cached_parse_document


def test_a_document_sent_again_is_parsed_once_and_gives_the_same_answer(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    onboard(user)
    before = _parse_cache().cache_info()

    first = as_user(DASHBOARD, {"offset": 0, "limit": 5})
    second = as_user(DASHBOARD, {"offset": 0, "limit": 5})

    after = _parse_cache().cache_info()
    assert "errors" not in first
    assert first == second
    assert after.hits >= before.hits + 1  # the second request reused the first one's parse


def test_a_document_over_the_token_limit_is_never_cached_and_is_refused_every_time(
    client: Client, token: str
) -> None:
    query = "{ me { " + "id " * 6_000 + "} }"
    before = _parse_cache().cache_info()

    answers = [_post(client, {"query": query}, token) for _ in range(2)]

    after = _parse_cache().cache_info()
    assert (after.currsize, after.misses) == (before.currsize, before.misses)  # not parsed here
    for answer in answers:
        assert answer.status_code == 200
        assert error_of(json.loads(answer.content))["extensions"] == {
            "code": "GRAPHQL_VALIDATION_FAILED"
        }
