"""Access tokens: short-lived JWTs, held by the client in memory only.

Claims: ``iss``, ``aud``, ``sub`` (user id), ``role``, ``fam`` (the refresh family, so a
revoked log-in ends its access tokens too), ``iat``, ``exp``, ``jti``, ``typ``. Signed with
a key of its own (not SECRET_KEY); earlier keys still verify during a rotation. Decoding
accepts only the configured algorithm, so ``alg=none`` and algorithm swaps are refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import jwt
from django.conf import settings
from django.utils import timezone

from skillsync.core.errors import ErrorCode, SkillSyncError

TOKEN_TYPE = "access"  # noqa: S105 - a claim value, not a secret
REQUIRED_CLAIMS = ["iss", "aud", "sub", "exp", "iat", "jti", "fam", "role", "typ"]


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    family_id: uuid.UUID
    role: str
    expires_at: datetime


class TokenError(SkillSyncError):
    """Why a presented access token was refused; answered as HTTP 401."""


def issue_access_token(
    *, user_id: uuid.UUID, role: str, family_id: uuid.UUID
) -> tuple[str, datetime]:
    now = timezone.now()
    expires_at = now + settings.ACCESS_TOKEN_LIFETIME
    claims = {
        "iss": settings.JWT_ISSUER,
        "aud": settings.JWT_AUDIENCE,
        "sub": str(user_id),
        "role": role,
        "fam": str(family_id),
        "iat": int(now.timestamp()),
        "exp": int(expires_at.timestamp()),
        "jti": uuid.uuid4().hex,
        "typ": TOKEN_TYPE,
    }
    token = jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm=settings.JWT_ALGORITHM)
    return token, expires_at.replace(microsecond=0)


def _verifying_keys() -> list[str]:
    return [settings.JWT_SIGNING_KEY, *settings.JWT_PREVIOUS_KEYS]


def decode_access_token(token: str) -> AccessClaims:
    """The claims of a valid token, or TokenError with TOKEN_EXPIRED / TOKEN_INVALID."""
    if not token or len(token) > 4096:
        raise TokenError(ErrorCode.TOKEN_INVALID, "malformed access token")
    for key in _verifying_keys():
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[settings.JWT_ALGORITHM],
                audience=settings.JWT_AUDIENCE,
                issuer=settings.JWT_ISSUER,
                leeway=settings.JWT_LEEWAY_SECONDS,
                options={"require": REQUIRED_CLAIMS},
            )
        except jwt.InvalidSignatureError:
            continue  # perhaps signed with an earlier key
        except jwt.ExpiredSignatureError:
            raise TokenError(ErrorCode.TOKEN_EXPIRED, "access token expired") from None
        except jwt.PyJWTError:
            raise TokenError(ErrorCode.TOKEN_INVALID, "invalid access token") from None
        return _claims(claims)
    raise TokenError(ErrorCode.TOKEN_INVALID, "invalid access token")


def _claims(claims: dict[str, object]) -> AccessClaims:
    if claims.get("typ") != TOKEN_TYPE:
        raise TokenError(ErrorCode.TOKEN_INVALID, "not an access token")
    try:
        return AccessClaims(
            user_id=uuid.UUID(str(claims["sub"])),
            family_id=uuid.UUID(str(claims["fam"])),
            role=str(claims["role"]),
            expires_at=datetime.fromtimestamp(int(str(claims["exp"])), tz=UTC),
        )
    except (ValueError, TypeError):
        raise TokenError(ErrorCode.TOKEN_INVALID, "invalid access token") from None
