"""Production settings: refuse to start without the secrets and hosts they need."""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from . import env
from .base import *  # noqa: F403
from .logging import logging_config
from .production_security import *  # noqa: F403


def _require(name: str, value: object) -> None:
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for production")


_require("SECRET_KEY", env.SECRET_KEY)
if len(env.SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long in production")
_require("DATABASE_URL", env.DATABASE_URL)
_require("SKILLSYNC_JWT_SIGNING_KEY", env.JWT_SIGNING_KEY)
if env.LLM_TIME_SCALE != 1:
    raise ImproperlyConfigured("SKILLSYNC_LLM_TIME_SCALE is for tests and benchmarks only")
if len(env.JWT_SIGNING_KEY) < 32:
    raise ImproperlyConfigured("SKILLSYNC_JWT_SIGNING_KEY must be at least 32 characters long")
if env.SECRET_KEY in (env.JWT_SIGNING_KEY, *env.JWT_PREVIOUS_KEYS):
    raise ImproperlyConfigured("SKILLSYNC_JWT_SIGNING_KEY must differ from SECRET_KEY")
_require("ALLOWED_HOSTS", env.ALLOWED_HOSTS)
if env.METRICS_TOKEN and len(env.METRICS_TOKEN) < 32:
    raise ImproperlyConfigured("SKILLSYNC_METRICS_TOKEN must be at least 32 characters long")

DEBUG = False
GRAPHIQL = False
# Documentation over https only: the loopback exception is for the test suite's fakes.
RESEARCH_ALLOW_LOOPBACK_HTTP = False
SECRET_KEY = env.SECRET_KEY
ALLOWED_HOSTS = env.ALLOWED_HOSTS
# One JSON object a line, for the log pipeline (SKILLSYNC_LOG_FORMAT=text to read them raw).
LOGGING = logging_config(log_format=env.LOG_FORMAT or "json", level=env.LOG_LEVEL)

SECURE_SSL_REDIRECT = env.SECURE_SSL_REDIRECT
# Load balancers probe health over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Auth cookies: Secure, and prefixed so the browser enforces it. The device cookie is __Host-
# (this host only, path /); the refresh cookie keeps its narrow path, which __Host- forbids, so
# it is __Secure-. A cookie planted by a sibling subdomain cannot pass the device check anyway.
JWT_SIGNING_KEY = env.JWT_SIGNING_KEY
AUTH_COOKIES_SECURE = True
REFRESH_COOKIE_NAME = "__Secure-skillsync_refresh"
DEVICE_COOKIE_NAME = "__Host-skillsync_device"
