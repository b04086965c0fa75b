"""Interim session sign-up and log-in, and the transport rules of the GraphQL endpoint."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from skillsync.accounts.models import User
from tests.conftest import GraphQL, error_of, post_graphql
from tests.factories import PASSWORD

REGISTER = """mutation($email: String!, $password: String!) {
  register(email: $email, password: $password) { id email } }"""
LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { id } }"""
ME = "{ me { id email role profile { learningStyle } } }"


def test_register_signs_in_and_me_answers(gql: GraphQL, db: None) -> None:
    created = gql(REGISTER, {"email": "new@example.org", "password": "a long passphrase 42"})
    me = gql(ME)["data"]["me"]
    assert me["id"] == created["data"]["register"]["id"]
    assert me["role"] == "LEARNER"
    assert me["profile"] is None
    # The id is a UUID, never a sequential integer.
    assert len(me["id"]) == 36


def test_me_is_null_when_signed_out(gql: GraphQL, db: None) -> None:
    assert gql(ME) == {"data": {"me": None}}


@pytest.mark.parametrize("email", ["taken@example.org", "TAKEN@example.org", " Taken@Example.org "])
def test_register_with_a_taken_email_is_refused(gql: GraphQL, db: None, email: str) -> None:
    User.objects.create_user(email="taken@example.org", password=PASSWORD)
    error = error_of(gql(REGISTER, {"email": email, "password": "a long passphrase 42"}))
    assert error["extensions"] == {"code": "EMAIL_TAKEN", "field": "email"}
    assert User.objects.count() == 1


@pytest.mark.parametrize(
    ("email", "password", "field"),
    [
        ("not-an-email", "a long passphrase 42", "email"),
        ("a@example.org", "short", "password"),
        ("a@example.org", "12345678901", "password"),
        ("a@example.org", "password", "password"),
        ("a@example.org", "p" * 257, "password"),
        ("a\x00b@example.org", "a long passphrase 42", "email"),
    ],
)
def test_register_validates_email_and_password(
    gql: GraphQL, db: None, email: str, password: str, field: str
) -> None:
    error = error_of(gql(REGISTER, {"email": email, "password": password}))
    assert error["extensions"] == {"code": "INVALID_INPUT", "field": field}
    assert not User.objects.exists()


def test_login_and_logout(gql: GraphQL, user: User) -> None:
    assert gql(LOGIN, {"email": user.email.upper(), "password": PASSWORD})["data"]["login"]
    assert gql(ME)["data"]["me"]["id"] == str(user.id)
    assert gql("mutation { logout }")["data"]["logout"] is True
    assert gql(ME)["data"]["me"] is None


@pytest.mark.parametrize(
    ("email", "password"),
    [
        ("{user}", "wrong"),
        ("nobody@example.org", PASSWORD),
        ("{user}\x00", PASSWORD),
    ],
)
def test_wrong_email_or_password_is_one_error(
    gql: GraphQL, user: User, email: str, password: str
) -> None:
    error = error_of(gql(LOGIN, {"email": email.format(user=user.email), "password": password}))
    assert error["extensions"] == {"code": "INVALID_CREDENTIALS"}
    assert error["message"] == "wrong email or password"


def test_graphql_post_must_be_json(client: Client, user: User) -> None:
    client.force_login(user)
    response = client.post("/graphql", data={"query": "mutation { logout }"})
    assert response.status_code == 415
    assert response.json()["errors"][0]["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    # The session survived: the form post did nothing.
    assert post_graphql(client, ME)["data"]["me"]["id"] == str(user.id)


def test_mutations_over_get_are_refused(client: Client, user: User) -> None:
    client.force_login(user)
    response = client.get("/graphql", {"query": "mutation { logout }"})
    assert response.status_code in (400, 405)
    assert post_graphql(client, ME)["data"]["me"]["id"] == str(user.id)


def test_unknown_fields_are_validation_errors(client: Client, db: None) -> None:
    body = json.dumps({"query": "{ nosuchfield }"})
    response = client.post("/graphql", data=body, content_type="application/json")
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
