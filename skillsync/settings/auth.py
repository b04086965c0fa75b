"""Authentication settings shared by every environment (production tightens the cookies)."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured

from . import env

# Browsers refresh a minute before expiry (or every 5 s for shorter tokens): below a minute
# they would do little else.
if env.ACCESS_TOKEN_SECONDS < 60:
    raise ImproperlyConfigured("SKILLSYNC_ACCESS_TOKEN_SECONDS must be at least 60")
ACCESS_TOKEN_LIFETIME = timedelta(seconds=env.ACCESS_TOKEN_SECONDS)
REFRESH_TOKEN_LIFETIME = timedelta(days=7)
# A refresh family (one log-in on one device) ends after this however often it is refreshed.
REFRESH_FAMILY_MAX_AGE = timedelta(days=30)
# Two tabs may refresh with the same token at once: the loser, if it arrives within this many
# seconds of the rotation, is told to retry (REFRESH_CONFLICT) instead of being treated as a
# thief (which revokes the whole family).
REFRESH_REUSE_GRACE_SECONDS = 10

JWT_SIGNING_KEY = env.JWT_SIGNING_KEY
JWT_PREVIOUS_KEYS = env.JWT_PREVIOUS_KEYS
JWT_ALGORITHM = env.JWT_ALGORITHM
if JWT_ALGORITHM not in ("HS256", "HS384", "HS512"):
    raise ImproperlyConfigured("SKILLSYNC_JWT_ALGORITHM must be HS256, HS384 or HS512")
JWT_LEEWAY_SECONDS = env.JWT_LEEWAY_SECONDS
JWT_ISSUER = "skillsync"
JWT_AUDIENCE = "skillsync-api"

# Cookies. The refresh cookie reaches only the auth endpoint (its path); the device cookie
# identifies the browser. Production adds Secure and the __Secure-/__Host- prefixes.
AUTH_ENDPOINT_PATH = "/auth/"
REFRESH_COOKIE_NAME = "skillsync_refresh"
DEVICE_COOKIE_NAME = "skillsync_device"
AUTH_COOKIES_SECURE = False
DEVICE_COOKIE_MAX_AGE = timedelta(days=400)
# Cookie-authenticated requests (refresh, logout) must carry this header: a cross-site form or
# image cannot, and a cross-site fetch that tries is stopped by CORS before it is sent.
AUTH_CSRF_HEADER = "X-SkillSync-Auth"

# Throttles: (events, window in seconds).
LOGIN_FAILURES_PER_ACCOUNT = (10, 60)
LOGIN_FAILURES_PER_IP = (50, 60)
REGISTRATIONS_PER_IP = (20, 3600)
EXPENSIVE_MUTATIONS_PER_USER = (30, 3600)
# Audit events are kept this long.
AUTH_EVENT_RETENTION = timedelta(days=90)

TRUSTED_PROXY_COUNT = env.TRUSTED_PROXY_COUNT

# CORS: other origins may call /graphql with a bearer token (no cookies: credentials are never
# allowed cross-origin). The cookie-authenticated /auth/ endpoint is same-origin only.
CORS_ALLOWED_ORIGINS = env.CORS_ALLOWED_ORIGINS
CORS_URLS_REGEX = r"^/graphql$"
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ("GET", "POST", "OPTIONS")
CORS_ALLOW_HEADERS = ("authorization", "content-type")
CORS_PREFLIGHT_MAX_AGE = 600
