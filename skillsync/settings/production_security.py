"""Security settings for production only (star-imported by production.py)."""

from __future__ import annotations

# The schema is not published to strangers: no introspection, no name suggestions in errors.
GRAPHQL_INTROSPECTION = False
