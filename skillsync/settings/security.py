"""HTTP security settings shared by every environment (headers, CSP, CORS)."""

from __future__ import annotations
