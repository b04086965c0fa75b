"""Sign-up, log-in, roles and throttles through /graphql, and the endpoint's transport rules."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from skillsync.accounts.models import AuthEvent, RefreshFamily, User
from skillsync.accounts.sessions import session_start
from skillsync.core.request_meta import RequestMeta
from tests.conftest import GraphQL, access_token, error_of, post_graphql
from tests.factories import PASSWORD, UserFactory
from tests.tokens import forge_token, none_alg_token, tamper

REGISTER = """mutation($email: String!, $password: String!) {
  register(email: $email, password: $password) { accessToken user { id email } } }"""
LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken } }"""
ME = "{ me { id email role profile { learningStyle } } }"
SET_ROLE = (
    """mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id role } }"""
)


def test_register_logs_in_and_me_answers(gql: GraphQL, db: None) -> None:
    created = gql(REGISTER, {"email": "new@example.org", "password": "a long passphrase 42"})
    payload = created["data"]["register"]
    me = gql(ME, token=payload["accessToken"])["data"]["me"]
    assert me["id"] == payload["user"]["id"]
    assert me["role"] == "LEARNER"
    assert me["profile"] is None
    assert len(me["id"]) == 36  # a UUID, never a sequential integer
    assert User.objects.get().password.startswith("md5$")  # hashed (argon2 outside tests)


def test_me_is_null_without_a_token(gql: GraphQL, db: None) -> None:
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
    assert not RefreshFamily.objects.exists()


def test_login_accepts_any_case_of_the_email(gql: GraphQL, user: User) -> None:
    token = gql(LOGIN, {"email": user.email.upper(), "password": PASSWORD})["data"]["login"]
    assert gql(ME, token=token["accessToken"])["data"]["me"]["id"] == str(user.id)
    assert AuthEvent.objects.filter(kind="login", user=user).count() == 1


@pytest.mark.parametrize(
    ("email", "password"),
    [("{user}", "wrong"), ("nobody@example.org", PASSWORD), ("{user}\x00", PASSWORD)],
)
def test_wrong_email_or_password_is_one_error(
    gql: GraphQL, user: User, email: str, password: str
) -> None:
    error = error_of(gql(LOGIN, {"email": email.format(user=user.email), "password": password}))
    assert error["extensions"] == {"code": "INVALID_CREDENTIALS"}
    assert error["message"] == "wrong email or password"
    assert not RefreshFamily.objects.exists()


def test_the_eleventh_failed_login_within_a_minute_is_throttled(gql: GraphQL, user: User) -> None:
    for _ in range(10):
        error = error_of(gql(LOGIN, {"email": user.email, "password": "wrong"}))
        assert error["extensions"]["code"] == "INVALID_CREDENTIALS"

    throttled = error_of(gql(LOGIN, {"email": user.email, "password": PASSWORD}))

    assert throttled["extensions"]["code"] == "RATE_LIMITED"
    assert 1 <= throttled["extensions"]["retryAfter"] <= 60
    assert not RefreshFamily.objects.exists()  # even the right password waits
    assert AuthEvent.objects.filter(kind="login_throttled").count() == 1


def test_failed_logins_from_one_address_are_throttled_across_accounts(
    gql: GraphQL, db: None, settings: Any
) -> None:
    # Production's limit (50 failures) over a day-long window: 54 logins can take half a
    # minute on a busy machine, and a minute's window could turn over between them.
    settings.LOGIN_FAILURES_PER_IP = (50, 86_400)
    victims = UserFactory.create_batch(6)
    for victim in victims:
        for _ in range(9):  # under each account's own limit
            gql(LOGIN, {"email": victim.email, "password": "wrong"})
    error = error_of(gql(LOGIN, {"email": victims[0].email, "password": PASSWORD}))
    assert error["extensions"]["code"] == "RATE_LIMITED"


def test_a_successful_login_clears_the_accounts_failures(gql: GraphQL, user: User) -> None:
    for _ in range(9):
        gql(LOGIN, {"email": user.email, "password": "wrong"})
    assert "errors" not in gql(LOGIN, {"email": user.email, "password": PASSWORD})
    for _ in range(9):
        gql(LOGIN, {"email": user.email, "password": "wrong"})
    assert "errors" not in gql(LOGIN, {"email": user.email, "password": PASSWORD})


def test_onboarding_is_rate_limited_per_user(as_user: GraphQL, settings: object) -> None:
    settings.EXPENSIVE_MUTATIONS_PER_USER = (2, 3600)  # type: ignore[attr-defined]
    onboard = """mutation { completeOnboarding(input: {goal: "Learn Go", experienceLevel: BEGINNER,
      weeklyHours: 5, learningStyle: MIXED, careerStage: STUDENT}) { id } }"""
    assert "errors" not in as_user(onboard)
    assert "errors" not in as_user(onboard)
    error = error_of(as_user(onboard))
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["extensions"]["retryAfter"] > 0


def test_admin_changes_a_role_and_the_users_sessions_end(
    client: Client, gql: GraphQL, user: User
) -> None:
    admin = UserFactory.create(role="admin")
    learner_token = access_token(user)

    result = gql(SET_ROLE, {"id": str(user.id), "role": "MENTOR"}, token=access_token(admin))

    assert result == {"data": {"setUserRole": {"id": str(user.id), "role": "MENTOR"}}}
    assert AuthEvent.objects.filter(kind="role_changed", user=user).exists()
    # The old token carries the old role and its session has ended: it no longer works.
    assert not RefreshFamily.objects.filter(user=user, revoked_at__isnull=True).exists()
    stale = client.post(
        "/graphql",
        data=json.dumps({"query": ME}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {learner_token}"},
    )
    assert stale.status_code == 401
    assert stale.json()["errors"][0]["extensions"]["code"] == "SESSION_REVOKED"


@pytest.mark.parametrize("role", ["learner", "mentor"])
def test_only_admins_change_roles(gql: GraphQL, user: User, role: str) -> None:
    caller = UserFactory.create(role=role)
    error = error_of(
        gql(SET_ROLE, {"id": str(user.id), "role": "ADMIN"}, token=access_token(caller))
    )
    assert error["extensions"] == {"code": "FORBIDDEN"}
    user.refresh_from_db()
    assert user.role == "learner"


def test_admins_cannot_demote_themselves(gql: GraphQL, db: None) -> None:
    admin = UserFactory.create(role="admin")
    error = error_of(
        gql(SET_ROLE, {"id": str(admin.id), "role": "LEARNER"}, token=access_token(admin))
    )
    assert error["extensions"]["code"] == "CONFLICT"


def test_graphql_post_must_be_json(client: Client, user: User) -> None:
    token = access_token(user)
    response = client.post(
        "/graphql",
        data={"query": "mutation { logoutAll }"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 415
    assert response.json()["errors"][0]["extensions"]["code"] == "UNSUPPORTED_MEDIA_TYPE"
    assert RefreshFamily.objects.get(user=user).revoked_at is None


def test_mutations_over_get_are_refused(client: Client, user: User) -> None:
    token = access_token(user)
    response = client.get(
        "/graphql",
        {"query": "mutation { logoutAll }"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code in (400, 405)
    assert RefreshFamily.objects.get(user=user).revoked_at is None


def test_session_cookies_do_not_authenticate_graphql(client: Client, user: User) -> None:
    """The admin's session cookie must never authenticate /graphql (no CSRF token there)."""
    client.force_login(user)
    assert post_graphql(client, ME) == {"data": {"me": None}}


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Bearer garbage", "TOKEN_INVALID"),
        ("Bearer ", "TOKEN_INVALID"),
        ("Basic dXNlcjpwYXNz", "TOKEN_INVALID"),
        ("Token abc", "TOKEN_INVALID"),
    ],
)
def test_unusable_tokens_are_401_with_a_code(
    client: Client, db: None, header: str, code: str
) -> None:
    response = client.post(
        "/graphql",
        data=json.dumps({"query": ME}),
        content_type="application/json",
        headers={"Authorization": header},
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["errors"][0]["extensions"]["code"] == code


def test_unknown_fields_are_validation_errors(client: Client, db: None) -> None:
    body = json.dumps({"query": "{ nosuchfield }"})
    response = client.post("/graphql", data=body, content_type="application/json")
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def _expired_token(user: User) -> str:
    with freeze_time(timezone.now() - timedelta(hours=1)):
        return access_token(user)


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (_expired_token, "TOKEN_EXPIRED"),
        (lambda user: tamper(access_token(user)), "TOKEN_INVALID"),
        (lambda user: none_alg_token(), "TOKEN_INVALID"),
        (lambda user: forge_token(sub=str(user.id), aud="other"), "TOKEN_INVALID"),
        (lambda user: forge_token(sub=str(user.id), iss="other"), "TOKEN_INVALID"),
        # The refresh token from the cookie presented as an access token.
        (
            lambda user: (
                session_start(user=user, device_id=None, meta=RequestMeta(None, "")).refresh_token
            ),
            "TOKEN_INVALID",
        ),
        (lambda user: "garbage", "TOKEN_INVALID"),
        # Well signed, but its session does not exist (or was ended).
        (lambda user: forge_token(sub=str(user.id)), "SESSION_REVOKED"),
    ],
    ids=[
        "expired",
        "tampered",
        "alg-none",
        "wrong-audience",
        "wrong-issuer",
        "refresh-as-access",
        "garbage",
        "no-session",
    ],
)
def test_bad_bearer_tokens_get_401_with_a_code_and_nothing_runs(
    client: Client, user: User, make: Any, code: str
) -> None:
    token = make(user)
    response = client.post(
        "/graphql",
        data=json.dumps({"query": "mutation { logoutAll }"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == code
    assert not RefreshFamily.objects.filter(revoked_at__isnull=False).exists()
