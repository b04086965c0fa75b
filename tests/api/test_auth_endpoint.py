"""The auth flow end to end through the ASGI application: log in, refresh (rotation, reuse
detection, device binding, the two-tab race), log out, and the CSRF rules of the
cookie-authenticated endpoint."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.conf import settings
from django.test import AsyncClient, override_settings
from django.utils import timezone
from freezegun import freeze_time

from skillsync.accounts.models import AuthEvent, RefreshFamily, RefreshToken, User
from tests.factories import PASSWORD

LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken accessTokenExpiresAt user { id } } }"""
REFRESH = "mutation { refreshToken { accessToken user { id } } }"
LOGOUT = "mutation { logout }"
ME = "{ me { id } }"
AUTH_HEADERS = {"X-SkillSync-Auth": "1", "Sec-Fetch-Site": "same-origin"}


class Browser:
    """An ASGI client that keeps cookies like a browser tab."""

    def __init__(self) -> None:
        self.client = AsyncClient()

    def post(
        self,
        path: str,
        query: str,
        variables: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        return async_to_sync(self.client.post)(
            path,
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            headers=headers or {},
        )

    def api(self, query: str, token: str | None = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.post("/graphql", query, headers=headers)

    def auth(self, query: str, headers: dict[str, str] | None = None) -> Any:
        return self.post(
            "/auth/graphql", query, headers=AUTH_HEADERS if headers is None else headers
        )

    def login(self, user: User) -> str:
        response = self.post("/graphql", LOGIN, {"email": user.email, "password": PASSWORD})
        token: str = response.json()["data"]["login"]["accessToken"]
        return token

    def cookie(self, name: str) -> str | None:
        morsel = self.client.cookies.get(name)
        return morsel.value if morsel and morsel.value else None

    def set_cookie(self, name: str, value: str | None) -> None:
        assert value is not None
        self.client.cookies[name] = value


def _code(response: Any) -> str:
    code: str = response.json()["errors"][0]["extensions"]["code"]
    return code


@pytest.fixture
def browser(db: None) -> Browser:
    return Browser()


def test_login_returns_an_access_token_and_sets_the_cookies(browser: Browser, user: User) -> None:
    response = browser.post("/graphql", LOGIN, {"email": user.email, "password": PASSWORD})
    payload = response.json()["data"]["login"]
    assert payload["user"]["id"] == str(user.id)
    # The access token is in the body only, never in a cookie.
    assert all(payload["accessToken"] not in morsel.value for morsel in response.cookies.values())

    cookies: SimpleCookie = response.cookies
    refresh = cookies[settings.REFRESH_COOKIE_NAME]
    assert refresh["httponly"]
    assert refresh["samesite"] == "Strict"
    assert refresh["path"] == "/auth/"
    expires = datetime.strptime(refresh["expires"], "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=UTC)
    assert timedelta(days=6) < expires - timezone.now() <= timedelta(days=7)
    device = cookies[settings.DEVICE_COOKIE_NAME]
    assert device["httponly"]
    assert device["samesite"] == "Strict"
    assert device["path"] == "/"
    # And the token works.
    assert browser.api(ME, payload["accessToken"]).json() == {"data": {"me": {"id": str(user.id)}}}


def test_refresh_rotates_the_cookie_and_issues_a_new_access_token(
    browser: Browser, user: User
) -> None:
    browser.login(user)
    first_cookie = browser.cookie(settings.REFRESH_COOKIE_NAME)

    response = browser.auth(REFRESH)

    token = response.json()["data"]["refreshToken"]["accessToken"]
    assert browser.cookie(settings.REFRESH_COOKIE_NAME) not in (None, first_cookie)
    assert browser.api(ME, token).json()["data"]["me"]["id"] == str(user.id)
    assert RefreshToken.objects.filter(rotated_at__isnull=True).count() == 1


def test_replaying_a_rotated_token_revokes_the_whole_family(browser: Browser, user: User) -> None:
    access = browser.login(user)
    stolen = browser.cookie(settings.REFRESH_COOKIE_NAME)
    assert browser.auth(REFRESH).status_code == 200  # the legitimate rotation

    # Later (past the two-tab grace window), the old token is presented again.
    with freeze_time(timezone.now() + timedelta(seconds=settings.REFRESH_REUSE_GRACE_SECONDS + 5)):
        browser.set_cookie(settings.REFRESH_COOKIE_NAME, stolen)
        replay = browser.auth(REFRESH)
        assert _code(replay) == "SESSION_REVOKED"

        family = RefreshFamily.objects.get(user=user)
        assert family.revoked_reason == "reuse_detected"
        assert AuthEvent.objects.filter(kind="reuse_detected", family=family).exists()
        # Every token of the family is dead, the legitimate new one too, and so are access
        # tokens that name the family.
        assert _code(browser.api(ME, access)) == "SESSION_REVOKED"
        assert browser.api(ME, access).status_code == 401


def test_a_second_tab_racing_within_the_grace_window_is_told_to_retry(
    browser: Browser, user: User
) -> None:
    browser.login(user)
    old = browser.cookie(settings.REFRESH_COOKIE_NAME)
    assert browser.auth(REFRESH).status_code == 200
    new = browser.cookie(settings.REFRESH_COOKIE_NAME)

    browser.set_cookie(settings.REFRESH_COOKIE_NAME, old)  # the other tab's request
    conflict = browser.auth(REFRESH)

    assert _code(conflict) == "REFRESH_CONFLICT"
    assert settings.REFRESH_COOKIE_NAME not in conflict.cookies  # the new cookie is not cleared
    assert RefreshFamily.objects.get(user=user).revoked_at is None
    browser.set_cookie(settings.REFRESH_COOKIE_NAME, new)  # the retry uses the jar's cookie
    assert browser.auth(REFRESH).status_code == 200


@pytest.mark.parametrize("device", [None, "x" * 43])
def test_refresh_without_the_matching_device_cookie_revokes_the_family(
    browser: Browser, user: User, device: str | None
) -> None:
    browser.login(user)
    if device is None:
        del browser.client.cookies[settings.DEVICE_COOKIE_NAME]
    else:
        browser.client.cookies[settings.DEVICE_COOKIE_NAME] = device

    response = browser.auth(REFRESH)

    assert _code(response) == "DEVICE_MISMATCH"
    family = RefreshFamily.objects.get(user=user)
    assert family.revoked_reason == "device_mismatch"
    assert AuthEvent.objects.filter(kind="device_mismatch", user=user).exists()


def test_refresh_without_a_cookie_asks_to_log_in(browser: Browser, db: None) -> None:
    assert _code(browser.auth(REFRESH)) == "REFRESH_TOKEN_MISSING"


def test_an_expired_session_cannot_be_refreshed(browser: Browser, user: User) -> None:
    browser.login(user)
    with freeze_time(timezone.now() + settings.REFRESH_TOKEN_LIFETIME + timedelta(minutes=1)):
        assert _code(browser.auth(REFRESH)) == "SESSION_EXPIRED"


def test_logout_ends_this_device_only(browser: Browser, user: User) -> None:
    access = browser.login(user)
    other_device = Browser()
    other_access = other_device.login(user)

    assert browser.auth(LOGOUT).json() == {"data": {"logout": True}}

    assert _code(browser.api(ME, access)) == "SESSION_REVOKED"
    assert browser.cookie(settings.REFRESH_COOKIE_NAME) is None
    assert other_device.api(ME, other_access).json()["data"]["me"]["id"] == str(user.id)
    assert browser.auth(LOGOUT).json() == {"data": {"logout": True}}  # idempotent


def test_logout_all_ends_every_device(browser: Browser, user: User) -> None:
    access = browser.login(user)
    other_device = Browser()
    other_access = other_device.login(user)

    assert browser.api("mutation { logoutAll }", access).json() == {"data": {"logoutAll": 2}}

    assert _code(other_device.api(ME, other_access)) == "SESSION_REVOKED"
    assert _code(other_device.auth(REFRESH)) == "SESSION_REVOKED"


@pytest.mark.parametrize(
    "headers",
    [
        {},  # no custom header: a cross-site form or image request
        {"Sec-Fetch-Site": "same-origin"},
        {"X-SkillSync-Auth": "1", "Sec-Fetch-Site": "cross-site"},
        {"X-SkillSync-Auth": "1", "Sec-Fetch-Site": "same-site"},
        {"X-SkillSync-Auth": "1", "Origin": "https://evil.example"},
    ],
)
def test_cross_origin_or_headerless_cookie_requests_are_refused(
    browser: Browser, user: User, headers: dict[str, str]
) -> None:
    browser.login(user)
    cookie = browser.cookie(settings.REFRESH_COOKIE_NAME)

    response = browser.auth(REFRESH, headers=headers)

    assert response.status_code == 403
    assert _code(response) == "CSRF_FAILED"
    assert browser.cookie(settings.REFRESH_COOKIE_NAME) == cookie  # nothing rotated
    assert not RefreshToken.objects.filter(rotated_at__isnull=False).exists()


def test_same_origin_by_origin_header_is_accepted(browser: Browser, user: User) -> None:
    browser.login(user)
    response = browser.auth(
        REFRESH, headers={"X-SkillSync-Auth": "1", "Origin": "http://testserver"}
    )
    assert response.status_code == 200


def test_the_auth_endpoint_refuses_get(browser: Browser, db: None) -> None:
    response = async_to_sync(browser.client.get)("/auth/graphql", {"query": REFRESH})
    assert response.status_code == 405


def test_a_dead_sessions_cookie_is_cleared(browser: Browser, user: User) -> None:
    browser.login(user)
    RefreshFamily.objects.update(revoked_at=timezone.now(), revoked_reason="logout")
    response = browser.auth(REFRESH)
    assert _code(response) == "SESSION_REVOKED"
    cleared = response.cookies[settings.REFRESH_COOKIE_NAME]
    assert cleared.value == ""
    assert cleared["path"] == "/auth/"
    assert browser.cookie(settings.REFRESH_COOKIE_NAME) is None


def test_a_planted_second_refresh_cookie_is_refused_without_harm(
    browser: Browser, user: User
) -> None:
    browser.login(user)
    real = browser.cookie(settings.REFRESH_COOKIE_NAME)
    device = browser.cookie(settings.DEVICE_COOKIE_NAME)
    # A sibling subdomain planted its own cookie of the same name: the browser sends both.
    cookie_header = (
        f"{settings.REFRESH_COOKIE_NAME}=planted; {settings.REFRESH_COOKIE_NAME}={real}; "
        f"{settings.DEVICE_COOKIE_NAME}={device}"
    )
    response = async_to_sync(AsyncClient().post)(
        "/auth/graphql",
        data=json.dumps({"query": REFRESH}),
        content_type="application/json",
        headers={**AUTH_HEADERS, "Cookie": cookie_header},
    )
    assert _code(response) == "REFRESH_COOKIE_AMBIGUOUS"
    assert settings.REFRESH_COOKIE_NAME not in response.cookies  # the real one is not deleted
    assert RefreshFamily.objects.get(user=user).revoked_at is None
    assert browser.auth(REFRESH).status_code == 200  # and still works


def test_successful_refreshes_are_audited_with_their_address(browser: Browser, user: User) -> None:
    browser.login(user)
    browser.auth(REFRESH)
    event = AuthEvent.objects.get(kind="refreshed")
    assert event.user == user
    assert event.ip_address == "127.0.0.1"
    assert AuthEvent.objects.get(kind="login").family_id == event.family_id


@override_settings(
    AUTH_COOKIES_SECURE=True,
    REFRESH_COOKIE_NAME="__Secure-skillsync_refresh",
    DEVICE_COOKIE_NAME="__Host-skillsync_device",
)
def test_production_cookies_are_secure_and_prefixed(browser: Browser, user: User) -> None:
    response = browser.post("/graphql", LOGIN, {"email": user.email, "password": PASSWORD})
    refresh = response.cookies["__Secure-skillsync_refresh"]
    device = response.cookies["__Host-skillsync_device"]
    assert refresh["secure"]
    assert refresh["httponly"]
    assert refresh["path"] == "/auth/"
    assert device["secure"]
    assert device["path"] == "/"
    assert not device["domain"]  # __Host- cookies carry no Domain
