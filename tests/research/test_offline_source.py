"""The offline documentation source: the interpreter's own documentation, no network."""

from __future__ import annotations

import socket
import sys
from typing import Any

import pytest

from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.offline import (
    DOCS,
    OfflineDocsSource,
    library,
    sphinx_id,
    topic_entries,
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every attempt to resolve a name or open a connection is recorded and fails."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def test_list_comprehensions_get_real_relevant_passages_without_network(no_network) -> None:
    passages = OfflineDocsSource().fetch(
        "Python list comprehensions", style="", limit=5, time_limit=5
    )

    assert len(passages) >= 3
    for passage in passages[:3]:
        assert "comprehension" in passage.text.lower()
        assert (passage.source, passage.kind, passage.licence) == (
            "offline_docs",
            "doc_section",
            "PSF-2.0",
        )
        assert passage.url.startswith((f"{DOCS}/", "pydoc:"))
    assert passages[0].title == "List displays"
    assert passages[0].url == f"{DOCS}/reference/expressions.html#lists"
    assert "list_display ::=" in passages[0].text
    assert len({p.id for p in passages}) == len(passages)
    assert no_network == []


def test_module_docstrings_are_passages_too(no_network) -> None:
    passages = OfflineDocsSource().fetch("Python itertools chain", style="", limit=3, time_limit=5)

    chain = next(p for p in passages if p.title == "itertools.chain")
    assert chain.url == "pydoc:itertools.chain"
    assert "iterable" in chain.text
    assert no_network == []


def test_the_same_topic_gives_the_same_passages() -> None:
    source = OfflineDocsSource()
    first = source.fetch("asyncio tasks", style="", limit=4, time_limit=5)
    second = source.fetch("asyncio tasks", style="beginner", limit=4, time_limit=5)

    assert [p.id for p in first] == [p.id for p in second]
    assert len(first) == 4


@pytest.mark.parametrize("topic", ["React hooks", "Kubernetes pods", ""])
def test_topics_that_are_not_about_python_are_unavailable(topic) -> None:
    with pytest.raises(SourceUnavailable, match="Python topics only"):
        OfflineDocsSource().fetch(topic, style="", limit=3, time_limit=5)


def test_the_index_covers_help_topics_and_docstrings() -> None:
    entries = library().entries

    urls = {entry.url.split("#")[0] for entry in entries}
    assert f"{DOCS}/library/stdtypes.html" in urls
    assert "pydoc:list.sort" in urls
    assert "pydoc:functools.lru_cache" in urls
    assert len({entry.text for entry in entries}) == len(entries)  # no duplicate text


def test_a_help_topic_is_split_at_its_headings() -> None:
    text = (
        "Sequence Types\n**************\n\nSequences come in kinds.\n\n"
        "Lists\n=====\n\nLists are mutable sequences.\n\n"
        "Tuples\n======\n\nTuples are immutable sequences.\n"
    )

    entries = list(topic_entries("typesseq", text))

    assert [(e.title, e.url, e.text) for e in entries] == [
        ("Sequence Types", f"{DOCS}/library/stdtypes.html#typesseq", "Sequences come in kinds."),
        (
            "Sequence Types: Lists",
            f"{DOCS}/library/stdtypes.html#lists",
            "Lists are mutable sequences.",
        ),
        (
            "Sequence Types: Tuples",
            f"{DOCS}/library/stdtypes.html#tuples",
            "Tuples are immutable sequences.",
        ),
    ]


def test_an_unknown_help_topic_points_at_pydoc() -> None:
    (entry,) = topic_entries("brand-new", "Brand new\n*********\n\nSomething new in Python.\n")

    assert entry.url == "pydoc:topics/brand-new"


def test_urls_name_this_interpreters_documentation() -> None:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert DOCS.endswith(f"docs.python.org/{version}")
    assert sphinx_id('Sequence Types — "list", "tuple", "range"') == (
        "sequence-types-list-tuple-range"
    )
