"""Helpers for the documentation research tests: a catalog whose documentation sites are the
fake research server's, and fresh in-process caches for every test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from skillsync.research.catalog import ResearchCatalog, SourceConfig, parse_research_catalog
from skillsync.research.sources.docs import clear_caches
from tests.fakes.research_server import FakeResearchServer

KEYWORDS = {
    "python": ["python", "list", "comprehension", "generator", "decorator"],
    "django": ["django", "orm", "queryset", "models"],
    "react": ["react", "hooks", "jsx"],
    "mdn": ["javascript", "js", "array"],
    "postgresql": ["postgresql", "postgres", "index"],
}
LICENCES = {
    "python": "PSF-2.0",
    "django": "BSD-3-Clause",
    "react": "CC-BY-4.0",
    "mdn": "CC-BY-SA-2.5",
    "postgresql": "PostgreSQL",
}


def fake_catalog(fake: FakeResearchServer, **docs_source: Any) -> ResearchCatalog:
    """The fake's documentation sites (each indexed by its front page) and a docs source."""
    return parse_research_catalog(
        {
            "sources": {
                "docs": {
                    "kind": "docs",
                    "anonymous_limits": {"requests_per_minute": 600},
                    "timeouts": {"connect_seconds": 2, "read_seconds": 10},
                    **docs_source,
                }
            },
            "docs": {
                site: {
                    "base_url": fake.docs_url(site),
                    "index_paths": [""],
                    "keywords": keywords,
                    "licence": LICENCES[site],
                }
                for site, keywords in KEYWORDS.items()
            },
        }
    )


def docs_config(catalog: ResearchCatalog) -> SourceConfig:
    return catalog.sources["docs"]


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    """Index pages and robots.txt are cached per process: every test starts without them."""
    clear_caches()
    yield
    clear_caches()


def index_page(*links: tuple[str, str]) -> str:
    """An index page (HTML) linking to ``(href, text)`` pairs."""
    items = "\n".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
    return (
        "<!DOCTYPE html><html><head><title>Index</title></head><body><main><h1>Contents</h1>"
        f"<ul>{items}</ul></main></body></html>"
    )


HTML = {"Content-Type": "text/html; charset=utf-8"}
