"""Settings for the test suite."""

from __future__ import annotations

from . import env
from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "skillsync-test-only-not-secret"  # noqa: S105 - tests only
GRAPHIQL = False
# Tests create many users; the slow default hasher would dominate their run time.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
JWT_SIGNING_KEY = "skillsync-test-jwt-signing-key-not-secret-0123456789abcdefghijklmnop"
# The fake documentation sites are served over plain http on 127.0.0.1 (see base.py).
RESEARCH_ALLOW_LOOPBACK_HTTP = True

# No test reaches the internet: research uses the offline documentation unless a test points
# sources at its fake servers (SKILLSYNC_RESEARCH_SOURCES for processes it starts).
if not env.RESEARCH_SOURCES:
    RESEARCH_SOURCES = []

# A process started by a test (a worker, a second client) joins that test's database.
if env.TEST_DATABASE_NAME:
    DATABASES["default"]["NAME"] = env.TEST_DATABASE_NAME  # noqa: F405
