"""The source for a catalog entry, by kind; the documentation source is optional."""

from __future__ import annotations

import sys
import types

import pytest

from skillsync.research.catalog import parse_research_catalog
from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.client import ApiSource
from skillsync.research.sources.devto import DevToSource
from skillsync.research.sources.github import GitHubSource
from skillsync.research.sources.registry import DOCS_MODULE, source_for
from skillsync.research.sources.stackexchange import StackExchangeSource
from skillsync.research.sources.youtube import YouTubeSource

CATALOG = parse_research_catalog(
    {
        "sources": {
            "docs": {"kind": "docs"},
            "stackexchange": {
                "kind": "stackexchange",
                "base_url": "https://api.stackexchange.com/2.3",
            },
            "github": {"kind": "github", "base_url": "https://api.github.com"},
            "devto": {"kind": "devto", "base_url": "https://dev.to/api"},
            "youtube": {"kind": "youtube", "base_url": "https://www.googleapis.com/youtube/v3"},
        }
    }
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("stackexchange", StackExchangeSource),
        ("github", GitHubSource),
        ("devto", DevToSource),
        ("youtube", YouTubeSource),
    ],
)
def test_each_api_kind_has_its_client_calling_only_its_own_host(
    name: str, kind: type[ApiSource]
) -> None:
    config = CATALOG.sources[name]

    found = source_for(config, CATALOG)

    assert isinstance(found, kind)
    assert found.name == name
    assert config.base_url is not None
    assert found.http.allowed_hosts == {config.base_url.host}


def test_without_the_docs_module_the_docs_source_is_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, DOCS_MODULE, None)  # as if it were not installed

    with pytest.raises(SourceUnavailable) as refused:
        source_for(CATALOG.sources["docs"], CATALOG)

    assert refused.value.reason == "docs source not installed"


def test_the_docs_source_is_built_with_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType(DOCS_MODULE)

    class DocsSource:
        name = "docs"

        def __init__(self, config: object, catalog: object) -> None:
            self.config, self.catalog = config, catalog

    module.DocsSource = DocsSource  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, DOCS_MODULE, module)

    found = source_for(CATALOG.sources["docs"], CATALOG)

    assert isinstance(found, DocsSource)
    assert (found.config, found.catalog) == (CATALOG.sources["docs"], CATALOG)
