"""Production settings refuse to start without their secrets, in a real process.

Each case loads the settings in a fresh interpreter with an explicit environment: PATH, HOME and
only the variables under test. A variable "missing" is set to an empty value, which the settings
treat as unset and which, unlike absence, wins over any line of a developer's `.env` file.
"""

from __future__ import annotations

import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

PYTHON = str(Path(sys.executable))
SETUP = "import django; django.setup()"
SHOW = (
    SETUP
    + "; from django.conf import settings; print(settings.DEBUG, settings.SESSION_COOKIE_SECURE,"
    " settings.AUTH_COOKIES_SECURE, settings.REFRESH_COOKIE_NAME, settings.DEVICE_COOKIE_NAME,"
    " settings.SECURE_HSTS_SECONDS, settings.GRAPHQL_INTROSPECTION)"
)

GOOD = {
    "SECRET_KEY": "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(64)),
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/skillsync",
    "ALLOWED_HOSTS": "example.org",
    "SKILLSYNC_JWT_SIGNING_KEY": secrets.token_urlsafe(48),
}


def _load_production_settings(
    tmp_path: Path, code: str, **variables: str
) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "DJANGO_SETTINGS_MODULE": "skillsync.settings.production",
        "SKILLSYNC_VAR_DIR": str(tmp_path),
        **variables,
    }
    return subprocess.run(
        [PYTHON, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SECRET_KEY", "", "SECRET_KEY"),
        ("SECRET_KEY", "x" * 49, "at least 50 characters"),
        ("DATABASE_URL", "", "DATABASE_URL"),
        ("ALLOWED_HOSTS", "", "ALLOWED_HOSTS"),
        ("SKILLSYNC_JWT_SIGNING_KEY", "", "SKILLSYNC_JWT_SIGNING_KEY"),
        ("SKILLSYNC_JWT_SIGNING_KEY", "k" * 31, "at least 32 characters"),
        ("SKILLSYNC_JWT_SIGNING_KEY", GOOD["SECRET_KEY"], "must differ from SECRET_KEY"),
    ],
    ids=[
        "no-secret-key",
        "short-secret-key",
        "no-database-url",
        "no-allowed-hosts",
        "no-jwt-key",
        "short-jwt-key",
        "jwt-key-is-secret-key",
    ],
)
def test_production_refuses_to_start_without(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    # given: everything production needs except one variable
    variables = {**GOOD, variable: value}

    # when
    result = _load_production_settings(tmp_path, SETUP, **variables)

    # then: it stops, naming what is wrong
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr, result.stderr[-2000:]


def test_production_starts_with_its_variables_set(tmp_path: Path) -> None:
    result = _load_production_settings(tmp_path, SHOW, **GOOD)

    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "__Secure-skillsync_refresh",
        "__Host-skillsync_device",
        "31536000",
        "False",
    ]
