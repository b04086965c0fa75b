"""Access tokens: every malformed, forged or stale token is refused with a code."""

from __future__ import annotations

from datetime import timedelta

import jwt
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from freezegun import freeze_time

from skillsync.accounts.tokens import TokenError, decode_access_token, issue_access_token
from tests.tokens import FAMILY, USER, forge_token, none_alg_token, tamper


def _code(token: str) -> str:
    with pytest.raises(TokenError) as caught:
        decode_access_token(token)
    return caught.value.code.value


def test_a_fresh_token_decodes_to_its_claims() -> None:
    token, expires_at = issue_access_token(user_id=USER, role="mentor", family_id=FAMILY)
    claims = decode_access_token(token)
    assert (claims.user_id, claims.family_id, claims.role) == (USER, FAMILY, "mentor")
    assert claims.expires_at == expires_at
    raw = jwt.decode(token, options={"verify_signature": False})
    assert set(raw) == {"iss", "aud", "sub", "role", "fam", "iat", "exp", "jti", "typ"}
    assert raw["exp"] - raw["iat"] == 30 * 60


def test_expired_tokens_are_refused_after_the_leeway() -> None:
    token, _ = issue_access_token(user_id=USER, role="learner", family_id=FAMILY)
    with freeze_time(timezone.now() + timedelta(minutes=30, seconds=10)):
        assert decode_access_token(token).user_id == USER  # within 30 s of clock skew
    with freeze_time(timezone.now() + timedelta(minutes=31)):
        assert _code(token) == "TOKEN_EXPIRED"


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda: tamper(forge_token()), "TOKEN_INVALID"),
        (lambda: none_alg_token(), "TOKEN_INVALID"),
        (lambda: forge_token(aud="someone-else"), "TOKEN_INVALID"),
        (lambda: forge_token(iss="evil"), "TOKEN_INVALID"),
        (lambda: forge_token(typ="refresh"), "TOKEN_INVALID"),
        (lambda: forge_token(fam=None), "TOKEN_INVALID"),
        (lambda: forge_token(sub="not-a-uuid"), "TOKEN_INVALID"),
        # Every claim right, signed with a key that is not ours.
        (lambda: forge_token(key="another key entirely, long enough to be one"), "TOKEN_INVALID"),
        # Every claim right and the right key, but not the one configured algorithm.
        (lambda: forge_token(algorithm="HS512"), "TOKEN_INVALID"),
        (lambda: forge_token(algorithm="HS384"), "TOKEN_INVALID"),
        (lambda: "garbage", "TOKEN_INVALID"),
        (lambda: "", "TOKEN_INVALID"),
        (lambda: "a.b.c", "TOKEN_INVALID"),
        (lambda: "x" * 10_000, "TOKEN_INVALID"),
        # A refresh token (opaque, from the cookie) is never an access token.
        (lambda: "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg", "TOKEN_INVALID"),
    ],
)
def test_forged_and_malformed_tokens_are_refused(make, code: str) -> None:
    assert _code(make()) == code


def test_tokens_signed_with_the_previous_key_verify_during_rotation() -> None:
    old_key = settings.JWT_SIGNING_KEY
    token, _ = issue_access_token(user_id=USER, role="learner", family_id=FAMILY)
    with override_settings(
        JWT_SIGNING_KEY="the-new-signing-key-0123456789-abcdef", JWT_PREVIOUS_KEYS=[old_key]
    ):
        assert decode_access_token(token).user_id == USER
    with override_settings(
        JWT_SIGNING_KEY="the-new-signing-key-0123456789-abcdef", JWT_PREVIOUS_KEYS=[]
    ):
        assert _code(token) == "TOKEN_INVALID"
