"""Writes of the accounts domain: sign-up, log-in, roles.

Log-in and sign-up start a session (see ``sessions.py``): an access token for the client's
memory and a refresh token for an HttpOnly cookie.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction

from skillsync.accounts.audit import auth_event_record
from skillsync.accounts.models import AuthEventKind, Role, User
from skillsync.accounts.sessions import IssuedSession, session_start, sessions_revoke_all
from skillsync.core.errors import (
    ErrorCode,
    InvalidInputError,
    NotFoundError,
    RateLimitedError,
    SkillSyncError,
)
from skillsync.core.ids import parse_id
from skillsync.core.request_meta import RequestMeta
from skillsync.core.text import has_control_characters
from skillsync.ratelimit.services import Limit, hit, reset

MAX_PASSWORD_CHARS = 256


def _limit(scope: str, setting: tuple[int, int]) -> Limit:
    events, window = setting
    return Limit(scope=scope, limit=events, window_seconds=window)


def _clean_email(email: str) -> str:
    email = email.strip().lower()
    if has_control_characters(email):
        raise InvalidInputError("email", "enter a valid email address")
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidInputError("email", "enter a valid email address") from None
    return email


def user_register(
    *, email: str, password: str, device_id: str | None, meta: RequestMeta
) -> IssuedSession:
    """Create a learner account and log it in."""
    registrations = _limit("registrations-ip", settings.REGISTRATIONS_PER_IP)
    if (
        meta.ip_address
        and not (decision := hit(limit=registrations, subject=meta.ip_address)).allowed
    ):
        raise RateLimitedError(
            "too many sign-ups from this address", retry_after_seconds=decision.retry_after_seconds
        )
    user = _user_create(email=email, password=password)
    session = session_start(user=user, device_id=device_id, meta=meta)
    auth_event_record(
        kind=AuthEventKind.REGISTERED, meta=meta, user=user, family_id=session.family_id
    )
    return session


@transaction.atomic
def _user_create(*, email: str, password: str) -> User:
    email = _clean_email(email)
    if len(password) > MAX_PASSWORD_CHARS:
        raise InvalidInputError(
            "password", f"password must be at most {MAX_PASSWORD_CHARS} characters"
        )
    try:
        validate_password(password, user=User(email=email))
    except ValidationError as exc:
        raise InvalidInputError("password", " ".join(exc.messages)) from None
    if User.objects.filter(email__iexact=email).exists():
        raise SkillSyncError(
            ErrorCode.EMAIL_TAKEN, "an account with this email exists", field="email"
        )
    try:
        with transaction.atomic():
            return User.objects.create_user(email=email, password=password)
    except IntegrityError:  # a concurrent sign-up won the unique constraint
        raise SkillSyncError(
            ErrorCode.EMAIL_TAKEN, "an account with this email exists", field="email"
        ) from None


def user_login(
    *, email: str, password: str, device_id: str | None, meta: RequestMeta
) -> IssuedSession:
    """Check the password and start a session. Wrong email and wrong password are the same
    error. Attempts are counted *before* the password is checked, so a burst of parallel
    guesses cannot slip past the limit; a successful log-in clears the account's count."""
    email = email.strip().lower()
    # The account key is a hash of the email; the limiter stores only keyed hashes anyway.
    account = hashlib.sha256(email.encode()).hexdigest()
    per_account = _limit("login-attempts-account", settings.LOGIN_FAILURES_PER_ACCOUNT)
    per_ip = _limit("login-attempts-ip", settings.LOGIN_FAILURES_PER_IP)
    for limit, subject in ((per_account, account), (per_ip, meta.limit_key)):
        decision = hit(limit=limit, subject=subject)
        if not decision.allowed:
            if decision.count == limit.limit + 1:  # audit the first refusal of a window only
                auth_event_record(kind=AuthEventKind.LOGIN_THROTTLED, meta=meta, scope=limit.scope)
            raise RateLimitedError(
                "too many log-in attempts: wait before trying again",
                retry_after_seconds=decision.retry_after_seconds,
            )

    user = None
    if len(password) <= MAX_PASSWORD_CHARS and not has_control_characters(email):
        found = authenticate(None, email=email, password=password)
        user = found if isinstance(found, User) else None
    if user is None:
        known = None if has_control_characters(email) else User.objects.filter(email=email).first()
        auth_event_record(kind=AuthEventKind.LOGIN_FAILED, meta=meta, user=known)
        raise SkillSyncError(ErrorCode.INVALID_CREDENTIALS, "wrong email or password")

    reset(limit=per_account, subject=account)
    session = session_start(user=user, device_id=device_id, meta=meta)
    auth_event_record(kind=AuthEventKind.LOGIN, meta=meta, user=user, family_id=session.family_id)
    return session


@transaction.atomic
def user_set_role(*, actor: User, user_id: str, role: str, meta: RequestMeta) -> User:
    """An admin changes a user's role. The user's sessions end, since their tokens carry the
    old role."""
    if actor.role != Role.ADMIN:
        raise SkillSyncError(ErrorCode.FORBIDDEN, "only admins can change roles")
    if role not in Role.values:
        raise InvalidInputError("role", f"unknown role {role[:20]!r}")
    target = User.objects.select_for_update().filter(pk=parse_id(user_id, field="user_id")).first()
    if target is None:
        raise NotFoundError("user")
    if target.pk == actor.pk and role != Role.ADMIN:
        raise SkillSyncError(ErrorCode.CONFLICT, "admins cannot demote themselves", field="role")
    if target.role != role:
        previous, target.role = target.role, role
        target.save(update_fields=["role"])
        auth_event_record(
            kind=AuthEventKind.ROLE_CHANGED,
            meta=meta,
            user=target,
            previous=previous,
            role=role,
            by=str(actor.pk),
        )
        sessions_revoke_all(user=target, reason="role_changed", meta=meta)
    return target
