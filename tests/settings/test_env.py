"""Settings from the environment: every variable documented, empty values meaning "unset"."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
PRINT_SETTINGS = """
import json
from skillsync.settings import env
print(json.dumps({
    "debug": env.DEBUG, "var_dir": str(env.VAR_DIR), "log_level": env.LOG_LEVEL,
    "max_body": env.GRAPHQL_MAX_BODY_BYTES, "hosts": env.ALLOWED_HOSTS,
    "database_url": env.DATABASE_URL, "ssl_redirect": env.SECURE_SSL_REDIRECT,
}))
"""


def _documented() -> set[str]:
    text = (PROJECT / ".env.example").read_text()
    return set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))


def _read_by_env_module() -> set[str]:
    source = (PROJECT / "skillsync" / "settings" / "env.py").read_text()
    return set(re.findall(r"\(\"([A-Z][A-Z0-9_]+)\"", source))


def test_every_variable_read_is_documented_in_env_example() -> None:
    read = _read_by_env_module()
    assert {"SECRET_KEY", "DATABASE_URL", "SKILLSYNC_VAR_DIR"} <= read
    assert read - _documented() == set()


def _settings_with(env: dict[str, str], cwd: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        env={"PATH": "/usr/bin:/bin", **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


def test_empty_values_mean_defaults(tmp_path: Path) -> None:
    """`cp .env.example .env` (every value empty) must change nothing, from any directory."""
    empty = dict.fromkeys(_documented(), "")
    assert (
        _settings_with(empty, tmp_path)
        == _settings_with({}, tmp_path)
        == {
            "debug": None,
            "var_dir": str(PROJECT / "var"),
            "log_level": "INFO",
            "max_body": 1_000_000,
            "hosts": [],
            "database_url": "",
            "ssl_redirect": True,
        }
    )


def test_values_are_read_and_trimmed(tmp_path: Path) -> None:
    values = _settings_with(
        {
            "SKILLSYNC_DEBUG": "false",
            "SKILLSYNC_LOG_LEVEL": " debug ",
            "ALLOWED_HOSTS": "a.example, b.example,",
            "SKILLSYNC_GRAPHQL_MAX_BODY_BYTES": "2048",
        },
        tmp_path,
    )
    assert values["debug"] is False
    assert values["log_level"] == "DEBUG"
    assert values["hosts"] == ["a.example", "b.example"]
    assert values["max_body"] == 2048


def test_statement_timeout_reaches_the_database(db: None) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == ("30s",)


def test_an_unknown_jwt_algorithm_stops_start_up(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "skillsync.settings.test",
            "SKILLSYNC_JWT_ALGORITHM": "none",
        },
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "SKILLSYNC_JWT_ALGORITHM must be HS256, HS384 or HS512" in result.stderr


def _setup_with(env: dict[str, str], cwd: Path, code: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(){code}"],
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "skillsync.settings.test", **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_access_token_lifetime_is_configurable_down_to_a_minute(tmp_path: Path) -> None:
    show = (
        "\nfrom django.conf import settings\nprint(settings.ACCESS_TOKEN_LIFETIME.total_seconds())"
    )
    assert _setup_with({}, tmp_path, show).stdout.strip() == "1800.0"
    assert (
        _setup_with({"SKILLSYNC_ACCESS_TOKEN_SECONDS": "60"}, tmp_path, show).stdout.strip()
        == "60.0"
    )
    refused = _setup_with({"SKILLSYNC_ACCESS_TOKEN_SECONDS": "59"}, tmp_path)
    assert refused.returncode != 0
    assert "SKILLSYNC_ACCESS_TOKEN_SECONDS must be at least 60" in refused.stderr
