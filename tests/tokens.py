"""Hand-made access tokens for tests: valid, forged and malformed."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import timedelta

import jwt
from django.conf import settings
from django.utils import timezone

USER, FAMILY = uuid.uuid4(), uuid.uuid4()


def forge_token(*, key: str | None = None, algorithm: str = "HS256", **claims: object) -> str:
    """A token with every claim ours carry (override any; None drops it)."""
    now = timezone.now()
    payload: dict[str, object] = {
        "iss": settings.JWT_ISSUER,
        "aud": settings.JWT_AUDIENCE,
        "sub": str(USER),
        "role": "learner",
        "fam": str(FAMILY),
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(minutes=30)).timestamp()),
        "jti": uuid.uuid4().hex,
        "typ": "access",
    }
    payload.update(claims)
    payload = {key: value for key, value in payload.items() if value is not None}
    return jwt.encode(payload, key or settings.JWT_SIGNING_KEY, algorithm=algorithm)


def tamper(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["role"] = "admin"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def none_alg_token() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
    claims = jwt.decode(forge_token(role="admin"), options={"verify_signature": False})
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{body}."
