"""Settings shared by every environment. Values from outside come from ``env.py`` only."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import django_stubs_ext

from . import env
from .logging import logging_config

# Lets generic Django classes be subscripted at run time (ModelAdmin[User], QuerySet[T]).
django_stubs_ext.monkeypatch()

BASE_DIR = env.PROJECT_DIR
VAR_DIR = env.VAR_DIR

DEBUG = bool(env.DEBUG)
SECRET_KEY = env.SECRET_KEY
ALLOWED_HOSTS = env.ALLOWED_HOSTS or ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "corsheaders",
    "strawberry_django",
    "procrastinate.contrib.django",
    "skillsync",
    "skillsync.accounts",
    "skillsync.learning",
    "skillsync.ratelimit",
    "skillsync.generation",
    "skillsync.research",
    "skillsync.reuse",
    "skillsync.community",
    "skillsync.tutor",
    "skillsync.analytics",
]
# Procrastinate imports the `tasks` module of every installed app; `skillsync.core` is not an
# app, so its tasks (the queue probe) are named here for workers to find.
PROCRASTINATE_IMPORT_PATHS = ["skillsync.core.tasks"]

MIDDLEWARE = [
    # First: every response (redirects and refusals included) gets its request id, is timed
    # and logged; every log line of the request carries the id.
    "skillsync.core.request_context.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "skillsync.urls"

from .auth import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403

ASGI_APPLICATION = "skillsync.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database_settings(url: str) -> dict[str, Any]:
    """`DATABASE_URL` names an external PostgreSQL; without it, the embedded server is used."""
    if url:
        config: dict[str, Any] = env.database_url_config(url)
        if config["ENGINE"] != "django.db.backends.postgresql":
            raise ValueError("DATABASE_URL must point at PostgreSQL (postgres://...)")
    else:
        config = {
            "ENGINE": "skillsync.core.db.embedded_backend",
            "NAME": "skillsync",
            "USER": "postgres",
        }
    config.setdefault("CONN_MAX_AGE", 0)
    config["CONN_HEALTH_CHECKS"] = True
    config.setdefault("OPTIONS", {})
    config["OPTIONS"].setdefault("connect_timeout", 10)
    if env.DB_STATEMENT_TIMEOUT_MS > 0:
        config["OPTIONS"]["options"] = f"-c statement_timeout={env.DB_STATEMENT_TIMEOUT_MS}"
    return config


DATABASES = {"default": database_settings(env.DATABASE_URL)}
EMBEDDED_DATABASE_GUEST = env.EMBEDDED_DATABASE_GUEST
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

FRONTEND_DIST_DIR = env.FRONTEND_DIST_DIR

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

# Bodies larger than this are refused before parsing (GraphQL answers 413 with a code).
DATA_UPLOAD_MAX_MEMORY_SIZE = env.GRAPHQL_MAX_BODY_BYTES

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

STRAWBERRY_DJANGO = {
    "FIELD_DESCRIPTION_FROM_HELP_TEXT": True,
    "TYPE_DESCRIPTION_FROM_MODEL_DOCSTRING": False,
    "MUTATIONS_DEFAULT_HANDLE_ERRORS": False,
}


# Every process logs to stderr in one format: text here, JSON in production (settings/logging.py).
LOGGING = logging_config(log_format=env.LOG_FORMAT or "text", level=env.LOG_LEVEL)
# /metrics (skillsync/core/metrics_view.py): off (404) without a token.
METRICS_TOKEN = env.METRICS_TOKEN
# Each query /metrics runs against the database stops after this long (its figures are left
# out of that scrape, and skillsync_metrics_source_up says so).
METRICS_QUERY_TIMEOUT_MS = 2000

# Onboarding waits this long for the LLM planner before the built-in planner answers (and the
# roadmap is refined in the background).
PLANNER_TIME_BUDGET_SECONDS = 4.0

# Editing a roadmap (learning/editing.py): adding, moving in or restoring stops at these
# (removed modules and lessons do not count).
ROADMAP_MAX_MODULES = 40
MODULE_MAX_LESSONS = 50

# The lesson-generation queue (the seed's Service Bus settings).
# None: every source in the research catalog.
RESEARCH_SOURCES: list[str] | None = (
    None if not env.RESEARCH_SOURCES else [s for s in env.RESEARCH_SOURCES if s != "none"]
)
GENERATION_TTL = timedelta(seconds=env.GENERATION_TTL_SECONDS)
GENERATION_LOCK = timedelta(seconds=env.GENERATION_LOCK_SECONDS)
GENERATION_MAX_DELIVERIES = env.GENERATION_MAX_DELIVERIES
GENERATION_RETRY_DELAY = timedelta(seconds=env.GENERATION_RETRY_DELAY_SECONDS)
GENERATION_BUSY_RETRY = timedelta(seconds=env.GENERATION_BUSY_RETRY_SECONDS)
GENERATION_CALL_TIMEOUT = timedelta(seconds=env.GENERATION_CALL_TIMEOUT_SECONDS)
GENERATION_SWEEP_BATCH = 500
PERSONAL_TOUCH = env.PERSONAL_TOUCH
# The personal introduction's call is small: past this it is given up (the lesson is ready).
PERSONAL_TOUCH_TIMEOUT_SECONDS = 20.0
# Job workers (procrastinate): heartbeat period, and the silence after which a worker counts
# as dead and the sweeper takes its jobs back.
WORKER_HEARTBEAT = timedelta(seconds=env.WORKER_HEARTBEAT_SECONDS)
WORKER_STALLED_AFTER = timedelta(seconds=env.WORKER_STALLED_SECONDS)

# Research fetches documentation only over https, from the catalog's documentation hosts. The
# one exception, for the test suite's fake sites: plain http to the exact loopback address and
# port of an allow-listed site. Never true outside skillsync.settings.test (production and
# `check --deploy` refuse it).
RESEARCH_ALLOW_LOOPBACK_HTTP = False

# Community curation (skillsync/community). Plain constants: change them here.
# A pending lesson is approved by votes once its weighted net votes (up - down) reach
# COMMUNITY_AUTO_APPROVE_NET and the up votes' share of the weight reaches the ratio.
COMMUNITY_AUTO_APPROVE_NET = 10
COMMUNITY_AUTO_APPROVE_RATIO = 0.8
# A vote or flag weighs 1, or less when cast by an account younger than
# COMMUNITY_NEW_ACCOUNT_MINUTES or one that shares a device with the content's author (the
# smaller applies when both do).
COMMUNITY_NEW_ACCOUNT_MINUTES = 60
COMMUNITY_NEW_ACCOUNT_WEIGHT = 0.25
COMMUNITY_SHARED_DEVICE_WEIGHT = 0.25
# Open flags weighing this much hide a lesson from reuse until a review settles them.
COMMUNITY_FLAG_HIDE_WEIGHT = 3
# Tiers earned by reputation; besides, a learner with this many completed lessons whose
# account is this old is a contributor.
COMMUNITY_TIER_REPUTATION = {"contributor": 10, "mentor": 100, "senior_mentor": 400}
COMMUNITY_CONTRIBUTOR_COMPLETED_LESSONS = 5
COMMUNITY_CONTRIBUTOR_ACCOUNT_DAYS = 7
# Per-user throttles: (events, window in seconds).
COMMUNITY_VOTES_PER_USER = (100, 3600)
COMMUNITY_FLAGS_PER_USER = (10, 86400)
COMMUNITY_REVIEWS_PER_USER = (60, 3600)
COMMUNITY_REVIEW_VOTES_PER_USER = (100, 3600)

# The tutor chat (skillsync/tutor). Questions per user: (events, window in seconds).
TUTOR_QUESTIONS_PER_USER = (20, 3600)
# An answer's provider search (budget waits included) gives up after this many seconds.
TUTOR_ANSWER_TIMEOUT_SECONDS = 60.0
# A claimed answer whose worker has been silent this long is taken over by another delivery,
# and no longer blocks a new question.
TUTOR_ANSWER_LEASE = timedelta(seconds=120)
# A queued answer no worker has claimed for this long no longer blocks a new question.
TUTOR_ANSWER_STALE = timedelta(minutes=10)
