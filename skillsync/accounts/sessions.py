"""Log-in sessions: a refresh family per log-in and device, rotating refresh tokens, short-lived
access tokens.

- Rotation is atomic: the presented token's row is locked, marked used and replaced in one
  transaction, so of many concurrent refreshes with one token exactly one succeeds.
- Reuse of a rotated token (outside a short grace window for two tabs) is theft: the whole
  family is revoked and the event audited (OWASP ASVS 10.4.5).
- A refresh without the family's device cookie revokes the family.
- Security decisions (revocations, audit rows) are committed before the error is raised.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from skillsync.accounts.audit import auth_event_record
from skillsync.accounts.models import AuthEvent, AuthEventKind, RefreshFamily, RefreshToken, User
from skillsync.accounts.tokens import (
    AccessClaims,
    TokenError,
    decode_access_token,
    issue_access_token,
)
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.core.request_meta import RequestMeta

_DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")


@dataclass(frozen=True)
class IssuedSession:
    user: User
    family_id: uuid.UUID
    access_token: str
    access_token_expires_at: datetime
    # Raw secrets for the cookies only; the database keeps their hashes.
    refresh_token: str
    refresh_token_expires_at: datetime
    device_id: str


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _new_refresh_token(family: RefreshFamily, now: datetime) -> tuple[str, datetime]:
    raw = secrets.token_urlsafe(32)
    expires_at = min(now + settings.REFRESH_TOKEN_LIFETIME, family.expires_at)
    RefreshToken.objects.create(family=family, token_hash=_hash(raw), expires_at=expires_at)
    return raw, expires_at


def _issued(
    user: User, family: RefreshFamily, raw: str, expires: datetime, device: str
) -> IssuedSession:
    access, access_expires = issue_access_token(
        user_id=user.id, role=user.role, family_id=family.id
    )
    return IssuedSession(
        user=user,
        family_id=family.id,
        access_token=access,
        access_token_expires_at=access_expires,
        refresh_token=raw,
        refresh_token_expires_at=expires,
        device_id=device,
    )


@transaction.atomic
def session_start(*, user: User, device_id: str | None, meta: RequestMeta) -> IssuedSession:
    """A new refresh family for this log-in, bound to the browser's device id (a new one if
    the browser has none)."""
    device = device_id if device_id and _DEVICE_ID.match(device_id) else secrets.token_urlsafe(32)
    now = timezone.now()
    family = RefreshFamily.objects.create(
        user=user, device_hash=_hash(device), expires_at=now + settings.REFRESH_FAMILY_MAX_AGE
    )
    raw, expires = _new_refresh_token(family, now)
    return _issued(user, family, raw, expires, device)


@dataclass(frozen=True)
class _Refreshed:
    session: IssuedSession | None = None
    error: ErrorCode | None = None


def _revoke(family: RefreshFamily, reason: str, now: datetime) -> None:
    if family.revoked_at is None:
        family.revoked_at, family.revoked_reason = now, reason
        family.save(update_fields=["revoked_at", "revoked_reason"])


@transaction.atomic
def _rotate(*, raw_token: str, device_id: str | None, meta: RequestMeta) -> _Refreshed:
    token = (
        RefreshToken.objects.select_for_update(of=("self", "family"))
        .select_related("family__user")
        .filter(token_hash=_hash(raw_token))
        .first()
    )
    if token is None:
        return _Refreshed(error=ErrorCode.TOKEN_INVALID)
    family, user, now = token.family, token.family.user, timezone.now()
    if family.revoked_at is not None or not user.is_active:
        _revoke(family, "user_inactive", now)
        return _Refreshed(error=ErrorCode.SESSION_REVOKED)
    if device_id is None or not secrets.compare_digest(_hash(device_id), family.device_hash):
        _revoke(family, "device_mismatch", now)
        auth_event_record(kind=AuthEventKind.DEVICE_MISMATCH, meta=meta, user=user, family=family)
        return _Refreshed(error=ErrorCode.DEVICE_MISMATCH)
    if token.rotated_at is not None:
        since = (now - token.rotated_at).total_seconds()
        if since <= settings.REFRESH_REUSE_GRACE_SECONDS:
            auth_event_record(
                kind=AuthEventKind.REFRESH_CONFLICT, meta=meta, user=user, family=family
            )
            return _Refreshed(error=ErrorCode.REFRESH_CONFLICT)
        _revoke(family, "reuse_detected", now)
        auth_event_record(
            kind=AuthEventKind.REUSE_DETECTED,
            meta=meta,
            user=user,
            family=family,
            rotated_seconds_ago=round(since),
        )
        return _Refreshed(error=ErrorCode.SESSION_REVOKED)
    if token.expires_at <= now or family.expires_at <= now:
        return _Refreshed(error=ErrorCode.SESSION_EXPIRED)

    token.rotated_at = now
    token.save(update_fields=["rotated_at"])
    raw, expires = _new_refresh_token(family, now)
    family.last_used_at = now
    family.save(update_fields=["last_used_at"])
    # Address and agent over the session's life: risk signals for review, never a log-out.
    auth_event_record(kind=AuthEventKind.REFRESHED, meta=meta, user=user, family=family)
    return _Refreshed(session=_issued(user, family, raw, expires, device_id))


_REFRESH_MESSAGES = {
    ErrorCode.TOKEN_INVALID: "unknown refresh token: log in again",
    ErrorCode.SESSION_REVOKED: "this session was ended: log in again",
    ErrorCode.DEVICE_MISMATCH: "this session belongs to another device: log in again",
    ErrorCode.REFRESH_CONFLICT: "another tab refreshed this session just now: retry",
    ErrorCode.SESSION_EXPIRED: "this session expired: log in again",
}


def session_refresh(
    *, raw_token: str | None, device_id: str | None, meta: RequestMeta
) -> IssuedSession:
    """Rotate the refresh token: a new refresh token and access token, the old one spent."""
    if not raw_token or len(raw_token) > 256:
        raise SkillSyncError(ErrorCode.REFRESH_TOKEN_MISSING, "no refresh token: log in again")
    outcome = _rotate(raw_token=raw_token, device_id=device_id, meta=meta)
    if outcome.error is not None:  # raised only now, after the transaction committed
        raise SkillSyncError(outcome.error, _REFRESH_MESSAGES[outcome.error])
    assert outcome.session is not None
    return outcome.session


@transaction.atomic
def session_logout(*, raw_token: str | None, meta: RequestMeta) -> None:
    """End the log-in the refresh token belongs to. Idempotent; unknown tokens do nothing."""
    if not raw_token or len(raw_token) > 256:
        return
    token = (
        RefreshToken.objects.select_related("family__user")
        .filter(token_hash=_hash(raw_token))
        .first()
    )
    if token is None:
        return
    # A conditional update, so a concurrent revocation's reason (say, reuse) is never overwritten.
    RefreshFamily.objects.filter(pk=token.family_id, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason="logout"
    )
    auth_event_record(
        kind=AuthEventKind.LOGOUT, meta=meta, user=token.family.user, family=token.family
    )


@transaction.atomic
def sessions_revoke_all(*, user: User, reason: str, meta: RequestMeta) -> int:
    """End every log-in of the user (every device). Returns how many were live."""
    ended = RefreshFamily.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason
    )
    auth_event_record(
        kind=AuthEventKind.LOGOUT_ALL, meta=meta, user=user, sessions=ended, reason=reason
    )
    return ended


def session_authenticate(*, token: str) -> tuple[User, AccessClaims]:
    """The user an access token speaks for — if its log-in is still live — in one query."""
    claims = decode_access_token(token)
    family = (
        RefreshFamily.objects.select_related("user")
        .filter(
            id=claims.family_id,
            user_id=claims.user_id,
            revoked_at__isnull=True,
            user__is_active=True,
        )
        .first()
    )
    if family is None or family.user.role != claims.role:
        raise TokenError(ErrorCode.SESSION_REVOKED, "this session was ended: log in again")
    return family.user, claims


def sessions_purge_expired(*, now: datetime | None = None) -> dict[str, int]:
    """Delete what can never be used again: expired refresh tokens (spent ones are kept until
    then, to recognise reuse), families that ended a while ago, audit events past retention."""
    now = now or timezone.now()
    tokens, _ = RefreshToken.objects.filter(expires_at__lt=now).delete()
    families, _ = RefreshFamily.objects.filter(
        Q(expires_at__lt=now - timedelta(days=1)) | Q(revoked_at__lt=now - timedelta(days=7))
    ).delete()
    events, _ = AuthEvent.objects.filter(
        created_at__lt=now - settings.AUTH_EVENT_RETENTION
    ).delete()
    return {"tokens": tokens, "families": families, "events": events}
