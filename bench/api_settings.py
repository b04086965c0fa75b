"""Settings of the server ``bench/api.py`` starts: the production settings (DEBUG off, no
introspection, the production database options), with the benchmark's URLconf and its
query-counting middleware, for the GraphQL endpoint and the plain views alike.

Production settings read their secrets and ``DATABASE_URL`` from the environment, which the
benchmark sets. The embedded server listens on a Unix socket that a URL cannot name, so the
benchmark passes where its database is in ``SKILLSYNC_BENCH_DATABASE`` (JSON: HOST, PORT, NAME,
USER, PASSWORD), which replaces only those keys of the production entry.
"""

from __future__ import annotations

import json
import os

from skillsync.settings.production import *  # noqa: F403

DATABASES["default"].update(json.loads(os.environ["SKILLSYNC_BENCH_DATABASE"]))  # noqa: F405
ROOT_URLCONF = "bench.api_urls"
MIDDLEWARE = ["bench.api_plain.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405
