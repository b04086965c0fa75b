"""The client for a catalog entry, by its kind. A source holds an HTTP connection pool: keep it
for a research run, and ``close()`` it (the API sources have one) when done."""

from __future__ import annotations

import importlib
import logging
from typing import cast

from skillsync.research.catalog import ResearchCatalog, SourceConfig, research_catalog
from skillsync.research.sources.base import ResearchSource, SourceUnavailable
from skillsync.research.sources.devto import DevToSource
from skillsync.research.sources.github import GitHubSource
from skillsync.research.sources.stackexchange import StackExchangeSource
from skillsync.research.sources.youtube import YouTubeSource

logger = logging.getLogger(__name__)

API_SOURCES = {
    "stackexchange": StackExchangeSource,
    "github": GitHubSource,
    "devto": DevToSource,
    "youtube": YouTubeSource,
}
DOCS_MODULE = "skillsync.research.sources.docs"


def source_for(config: SourceConfig, catalog: ResearchCatalog | None = None) -> ResearchSource:
    """The source client for ``config``. ``catalog`` (default: the process's) gives the
    documentation source its sites. SourceUnavailable when the kind's client is missing."""
    if config.kind == "docs":
        return _docs_source(config, catalog or research_catalog())
    return API_SOURCES[config.kind](config)


def _docs_source(config: SourceConfig, catalog: ResearchCatalog) -> ResearchSource:
    """The documentation source (``docs.DocsSource(config, catalog)``), imported only when asked
    for: the API sources work without it."""
    try:
        module = importlib.import_module(DOCS_MODULE)
    except ModuleNotFoundError as error:
        if error.name != DOCS_MODULE:
            logger.exception("the docs source cannot be imported")
            raise SourceUnavailable(f"docs source cannot be imported: {error}") from None
        raise SourceUnavailable("docs source not installed") from None
    except ImportError as error:
        logger.exception("the docs source cannot be imported")
        raise SourceUnavailable(f"docs source cannot be imported: {error}") from None
    return cast(ResearchSource, module.DocsSource(config, catalog))
