"""CORS: only configured origins may call /graphql cross-site, never with credentials, and
never the cookie-authenticated auth endpoint."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

ALLOWED = "https://app.skillsync.example"


def _preflight(client: Client, path: str, origin: str) -> object:
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )


@override_settings(CORS_ALLOWED_ORIGINS=[ALLOWED])
def test_a_configured_origin_may_call_graphql_without_credentials(client: Client) -> None:
    response = _preflight(client, "/graphql", ALLOWED)
    assert response["Access-Control-Allow-Origin"] == ALLOWED  # type: ignore[index]
    assert "authorization" in response["Access-Control-Allow-Headers"]  # type: ignore[index]
    assert not response.has_header("Access-Control-Allow-Credentials")  # type: ignore[attr-defined]


@override_settings(CORS_ALLOWED_ORIGINS=[ALLOWED])
@pytest.mark.parametrize(
    ("path", "origin"),
    [
        ("/graphql", "https://evil.example"),
        ("/auth/graphql", ALLOWED),
        ("/auth/graphql", "https://evil.example"),
    ],
)
def test_other_origins_and_the_auth_endpoint_get_no_cors(
    client: Client, path: str, origin: str
) -> None:
    response = _preflight(client, path, origin)
    assert not response.has_header("Access-Control-Allow-Origin")  # type: ignore[attr-defined]


def test_no_origin_is_allowed_by_default(client: Client) -> None:
    response = _preflight(client, "/graphql", ALLOWED)
    assert not response.has_header("Access-Control-Allow-Origin")  # type: ignore[attr-defined]
