"""Development settings: what `make run` uses. Never for a public deployment."""

from __future__ import annotations

from . import env
from .base import *  # noqa: F403

DEBUG = True if env.DEBUG is None else env.DEBUG
# A fixed development key keeps sessions valid across restarts; production refuses to start
# without its own (see production.py).
SECRET_KEY = env.SECRET_KEY or "skillsync-local-development-only-not-secret"
GRAPHIQL = DEBUG
# Access tokens in development are signed with a fixed key, unless one is configured.
JWT_SIGNING_KEY = env.JWT_SIGNING_KEY or "skillsync-local-jwt-key-not-secret-0123456789"
