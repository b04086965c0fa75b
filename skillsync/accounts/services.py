"""Writes of the accounts domain: sign-up and session log-in.

Interim authentication: Django sessions. The JWT design (access token in memory, rotating
refresh cookie) replaces the session log-in without changing these services' callers.
"""

from __future__ import annotations

from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.http import HttpRequest

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError
from skillsync.core.text import has_control_characters

MAX_PASSWORD_CHARS = 256


def _clean_email(email: str) -> str:
    email = email.strip().lower()
    if has_control_characters(email):
        raise InvalidInputError("email", "enter a valid email address")
    try:
        validate_email(email)
    except ValidationError:
        raise InvalidInputError("email", "enter a valid email address") from None
    return email


@transaction.atomic
def user_register(*, email: str, password: str, request: HttpRequest | None = None) -> User:
    """Create an account; with ``request``, also start a session for it."""
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
            user = User.objects.create_user(email=email, password=password)
    except IntegrityError:  # a concurrent sign-up won the unique constraint
        raise SkillSyncError(
            ErrorCode.EMAIL_TAKEN, "an account with this email exists", field="email"
        ) from None
    if request is not None:
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return user


def user_login(*, request: HttpRequest, email: str, password: str) -> User:
    """Start a session. Wrong email and wrong password are the same error."""
    if len(password) > MAX_PASSWORD_CHARS or has_control_characters(email):
        raise SkillSyncError(ErrorCode.INVALID_CREDENTIALS, "wrong email or password")
    user = authenticate(request, email=email.strip().lower(), password=password)
    if not isinstance(user, User):
        raise SkillSyncError(ErrorCode.INVALID_CREDENTIALS, "wrong email or password")
    login(request, user)
    return user


def user_logout(*, request: HttpRequest) -> None:
    logout(request)
