"""The one place that reads the process environment.

Every setting that can be changed from outside comes through here, so `.env.example` can list
them all and nothing else in the code base reads ``os.environ`` for configuration. A variable
set to an empty string counts as unset (``cp .env.example .env`` must change nothing).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import environ

# The repository root when running from a checkout (editable install); var/ and .env live here.
PROJECT_DIR = Path(__file__).resolve().parents[2]

env = environ.Env()

# `.env` at the project root is loaded explicitly (the seed's fix): values already in the
# environment win, so CI and production can override any line of it.
_dotenv = PROJECT_DIR / ".env"
if _dotenv.is_file():
    environ.Env.read_env(str(_dotenv), overwrite=False)


def _given(name: str) -> bool:
    return bool(os.environ.get(name, "").strip())


def _str(name: str, default: str) -> str:
    return env.str(name).strip() if _given(name) else default


def _bool(name: str, default: bool) -> bool:
    return env.bool(name) if _given(name) else default


def _int(name: str, default: int) -> int:
    return env.int(name) if _given(name) else default


def _seconds(name: str, default: float, *, positive: bool = False) -> float:
    """A duration in seconds: never negative, and more than zero when ``positive``."""
    value = env.float(name) if _given(name) else float(default)
    if value < 0 or (positive and value == 0):
        raise ValueError(f"{name} must be a {'positive' if positive else 'non-negative'} number")
    return value


def _list(name: str) -> list[str]:
    return [item.strip() for item in env.list(name) if item.strip()] if _given(name) else []


def database_url_config(url: str) -> dict[str, object]:
    """Django's DATABASES entry for a ``postgres://`` URL."""
    config: dict[str, object] = environ.Env.db_url_config(url)
    return config


# None when unset, so each settings module can choose its own default.
DEBUG: bool | None = env.bool("SKILLSYNC_DEBUG") if _given("SKILLSYNC_DEBUG") else None
SECRET_KEY: str = _str("SECRET_KEY", "")
ALLOWED_HOSTS: list[str] = _list("ALLOWED_HOSTS")
SECURE_SSL_REDIRECT: bool = _bool("SECURE_SSL_REDIRECT", True)
DATABASE_URL: str = _str("DATABASE_URL", "")
VAR_DIR: Path = Path(_str("SKILLSYNC_VAR_DIR", str(PROJECT_DIR / "var"))).resolve()
# The built web app (`npm run build` in frontend/ writes it).
FRONTEND_DIST_DIR: Path = Path(
    _str("SKILLSYNC_FRONTEND_DIST_DIR", str(PROJECT_DIR / "frontend" / "dist"))
).resolve()
# Set by `skillsync run` for its children: use the embedded server the parent owns.
EMBEDDED_DATABASE_GUEST: bool = _bool("SKILLSYNC_EMBEDDED_DATABASE_GUEST", False)
# Longest a single SQL statement may run (0: no limit). A backstop for the GraphQL request time
# limit, which cannot interrupt one slow query.
DB_STATEMENT_TIMEOUT_MS: int = _int("SKILLSYNC_DB_STATEMENT_TIMEOUT_MS", 30_000)
# LLM providers (see skillsync/generation/providers/catalog.py).
PROVIDERS_FILE: str = _str("SKILLSYNC_PROVIDERS_FILE", "")
RESEARCH_FILE: str = _str("SKILLSYNC_RESEARCH_FILE", "")
# Which of the catalog's research sources to use (comma-separated; unset: all; "none": only the
# offline documentation).
RESEARCH_SOURCES: list[str] = _list("SKILLSYNC_RESEARCH_SOURCES")
PROVIDER_CHAIN: list[str] = _list("SKILLSYNC_PROVIDER_CHAIN")
LLM_DAILY_COST_CAP_USD: float | None = (
    env.float("SKILLSYNC_LLM_DAILY_COST_CAP_USD")
    if _given("SKILLSYNC_LLM_DAILY_COST_CAP_USD")
    else None
)
# Tests and benchmarks only: divide every rate-limit window by this (60 makes a minute 1 s).
LLM_TIME_SCALE: float = float(_str("SKILLSYNC_LLM_TIME_SCALE", "1"))
if LLM_TIME_SCALE <= 0:
    raise ValueError("SKILLSYNC_LLM_TIME_SCALE must be a positive number")


def provider_variable(name: str) -> str:
    """A provider's API key or override, by the variable name the catalog gives (read here,
    like every other setting from the environment)."""
    return os.environ.get(name, "").strip()


# The lesson-generation queue (the seed's Service Bus settings).
GENERATION_TTL_SECONDS: int = _int("SKILLSYNC_GENERATION_TTL_SECONDS", 2 * 86_400)
GENERATION_LOCK_SECONDS: int = _int("SKILLSYNC_GENERATION_LOCK_SECONDS", 600)
GENERATION_MAX_DELIVERIES: int = _int("SKILLSYNC_GENERATION_MAX_DELIVERIES", 10)
# A failed delivery comes back after this many seconds times its number of deliveries so far.
GENERATION_RETRY_DELAY_SECONDS: float = _seconds("SKILLSYNC_GENERATION_RETRY_DELAY_SECONDS", 30)
# No provider could answer and none said when: the request comes back after this long.
GENERATION_BUSY_RETRY_SECONDS: float = _seconds("SKILLSYNC_GENERATION_BUSY_RETRY_SECONDS", 300)
# The longest one delivery may spend getting a lesson from the providers (waits included);
# past it the delivery fails (counted) and is retried. Keep it well below the lease.
GENERATION_CALL_TIMEOUT_SECONDS: float = _seconds(
    "SKILLSYNC_GENERATION_CALL_TIMEOUT_SECONDS", 180, positive=True
)
# The personal touch on a reused lesson: a short introduction linking its topic to the
# learner's industry and goal, written per learner (one small provider call).
PERSONAL_TOUCH: bool = _bool("SKILLSYNC_PERSONAL_TOUCH", True)
# Job workers stamp a heartbeat this often; the sweeper puts a job back in the queue when the
# worker running it has not stamped one for WORKER_STALLED_SECONDS (killed, machine lost).
WORKER_HEARTBEAT_SECONDS: float = _seconds("SKILLSYNC_WORKER_HEARTBEAT_SECONDS", 10, positive=True)
WORKER_STALLED_SECONDS: float = _seconds("SKILLSYNC_WORKER_STALLED_SECONDS", 60, positive=True)
if WORKER_STALLED_SECONDS <= 2 * WORKER_HEARTBEAT_SECONDS:
    raise ValueError(
        "SKILLSYNC_WORKER_STALLED_SECONDS must be more than twice "
        "SKILLSYNC_WORKER_HEARTBEAT_SECONDS: a live worker must never look stalled"
    )
# Tests only: processes a test starts use the test database by this name.
TEST_DATABASE_NAME: str = _str("SKILLSYNC_TEST_DATABASE_NAME", "")
LOG_LEVEL: str = _str("SKILLSYNC_LOG_LEVEL", "INFO").upper()
# Access tokens: signed with this key (not SECRET_KEY); previous keys still verify during a
# key rotation. Production refuses to start without a signing key.
JWT_SIGNING_KEY: str = _str("SKILLSYNC_JWT_SIGNING_KEY", "")
JWT_PREVIOUS_KEYS: list[str] = _list("SKILLSYNC_JWT_PREVIOUS_KEYS")
JWT_ALGORITHM: str = _str("SKILLSYNC_JWT_ALGORITHM", "HS256")
JWT_LEEWAY_SECONDS: int = _int("SKILLSYNC_JWT_LEEWAY_SECONDS", 30)
ACCESS_TOKEN_SECONDS: int = _int("SKILLSYNC_ACCESS_TOKEN_SECONDS", 30 * 60)
# Browser origins (scheme://host[:port]) allowed to call /graphql from another site.
CORS_ALLOWED_ORIGINS: list[str] = _list("SKILLSYNC_CORS_ALLOWED_ORIGINS")
# How many reverse proxies in front of SkillSync append to X-Forwarded-For (0: use the peer).
TRUSTED_PROXY_COUNT: int = _int("SKILLSYNC_TRUSTED_PROXY_COUNT", 0)
GRAPHQL_MAX_BODY_BYTES: int = _int("SKILLSYNC_GRAPHQL_MAX_BODY_BYTES", 1_000_000)
# How often an open WebSocket checks that its log-in session still stands.
WS_SESSION_RECHECK_SECONDS: int = _int("SKILLSYNC_WS_SESSION_RECHECK_SECONDS", 60)
# Logs: "json" (one JSON object a line, with request, user, job and generation ids) or "text";
# empty: the settings module decides (production json, local and test text).
LOG_FORMAT: str = _str("SKILLSYNC_LOG_FORMAT", "").lower()
if LOG_FORMAT not in ("", "json", "text"):
    raise ValueError("SKILLSYNC_LOG_FORMAT must be json or text")
# /metrics (Prometheus): the bearer token a scraper must send. Empty: /metrics answers 404
# (with DEBUG on, it is served to this machine's loopback address without a token).
METRICS_TOKEN: str = _str("SKILLSYNC_METRICS_TOKEN", "")
# prometheus_client's multiprocess mode: a directory where each web process writes its
# counters, summed at scrape time (needed with `uvicorn --workers N`; `skillsync run` sets it
# under var/). prometheus_client reads the variable itself, when first imported: an empty value
# is removed here so that it means "unset" there too, and a relative one made absolute.
METRICS_MULTIPROC_DIR: str = _str("PROMETHEUS_MULTIPROC_DIR", "")
if METRICS_MULTIPROC_DIR:
    METRICS_MULTIPROC_DIR = str(Path(METRICS_MULTIPROC_DIR).resolve())
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = METRICS_MULTIPROC_DIR
else:
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)

# Variables whose values are secrets, by name: their values never reach a log line (see
# skillsync/core/log_format.py).
_SECRET_NAME = re.compile(r"(?:KEYS?|TOKEN|SECRET|PASSWORD|PASSWD)$")
_SHORTEST_SECRET = 8


def secret_values() -> list[str]:
    """The values of the secret variables in the environment now (API keys, tokens, signing
    keys, the database password), longest first; short values are left out (redacting "1234"
    everywhere would garble logs and protect nothing)."""
    found: set[str] = set()
    for name, value in os.environ.items():
        if _SECRET_NAME.search(name):
            found.update(part.strip() for part in value.split(","))  # lists: each key alone too
            found.add(value.strip())
    password = urlsplit(DATABASE_URL).password if DATABASE_URL else None
    if password:
        found.add(password)
    return sorted((v for v in found if len(v) >= _SHORTEST_SECRET), key=len, reverse=True)
