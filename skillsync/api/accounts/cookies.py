"""The two auth cookies: the refresh token (path-limited to the auth endpoint) and the device
id (identifies the browser; its hash binds each refresh family). Both HttpOnly, SameSite=Strict;
Secure and prefixed in production (see settings)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from skillsync.accounts.sessions import IssuedSession
from skillsync.core.errors import ErrorCode, SkillSyncError


def read_refresh_token(request: HttpRequest) -> str | None:
    """The refresh cookie. Two cookies of that name mean one was planted (a sibling subdomain
    can set a ``__Secure-`` cookie): refuse without touching either, so the planted one can
    neither be used nor make us delete the learner's real one."""
    header = request.META.get("HTTP_COOKIE", "")
    names = [part.split("=", 1)[0].strip() for part in header.split(";")]
    if names.count(settings.REFRESH_COOKIE_NAME) > 1:
        raise SkillSyncError(
            ErrorCode.REFRESH_COOKIE_AMBIGUOUS, "conflicting session cookies: log in again"
        )
    return request.COOKIES.get(settings.REFRESH_COOKIE_NAME) or None


def read_device_id(request: HttpRequest) -> str | None:
    return request.COOKIES.get(settings.DEVICE_COOKIE_NAME) or None


def set_session_cookies(response: HttpResponse, session: IssuedSession) -> None:
    response.set_cookie(
        settings.REFRESH_COOKIE_NAME,
        session.refresh_token,
        expires=session.refresh_token_expires_at,
        path=settings.AUTH_ENDPOINT_PATH,
        secure=settings.AUTH_COOKIES_SECURE,
        httponly=True,
        samesite="Strict",
    )
    response.set_cookie(
        settings.DEVICE_COOKIE_NAME,
        session.device_id,
        max_age=int(settings.DEVICE_COOKIE_MAX_AGE.total_seconds()),
        path="/",
        secure=settings.AUTH_COOKIES_SECURE,
        httponly=True,
        samesite="Strict",
    )


def clear_refresh_cookie(response: HttpResponse) -> None:
    response.delete_cookie(
        settings.REFRESH_COOKIE_NAME, path=settings.AUTH_ENDPOINT_PATH, samesite="Strict"
    )
