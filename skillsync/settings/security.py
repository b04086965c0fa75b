"""HTTP security settings shared by every environment (headers, CSP, GraphQL limits).

Production-only values (HSTS, secure cookies, no introspection) are in production.py and
production_security.py.
"""

from __future__ import annotations

from typing import Any

from django.utils.csp import CSP

from . import env

# Content-Security-Policy on every response (ContentSecurityPolicyMiddleware). No inline or
# remote scripts: an injected <script> cannot run.
SECURE_CSP: dict[str, Any] = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    # The React app renders Mermaid diagrams, which inject <style> elements.
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    # Lesson videos: YouTube thumbnails and privacy-enhanced embeds.
    "img-src": [CSP.SELF, "data:", "https://i.ytimg.com"],
    "frame-src": ["https://www.youtube-nocookie.com"],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Strawberry's GraphiQL page (DEBUG only, see urls.py) loads React and GraphiQL from unpkg.com
# and starts them with an inline script.
GRAPHIQL_CSP: dict[str, Any] = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE, "https://unpkg.com"],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE, "https://unpkg.com"],
    "font-src": [CSP.SELF, "data:", "https://unpkg.com"],
}

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites learn nothing of our URLs. A YouTube embed needs the origin (its player refuses
# to start without a referrer), so the app's <iframe> must say
# referrerpolicy="strict-origin-when-cross-origin".
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# GraphQL limits (skillsync/api/limits.py). Our deepest real query, the dashboard
# (dashboard > roadmaps > modules > lessons > content), has depth 5, uses no aliases and is
# about 70 tokens; a full introspection query is about 180 tokens.
GRAPHQL_MAX_DEPTH = 10
GRAPHQL_MAX_ALIASES = 20
GRAPHQL_MAX_TOKENS = 5000
GRAPHQL_REQUEST_TIME_LIMIT_SECONDS = 10.0
# Live subscriptions one WebSocket connection may hold at once.
GRAPHQL_WS_MAX_SUBSCRIPTIONS = 20
GRAPHQL_WS_SESSION_RECHECK_SECONDS = env.WS_SESSION_RECHECK_SECONDS
# Introspection and "Did you mean ...?" suggestions; production turns both off.
GRAPHQL_INTROSPECTION = True
