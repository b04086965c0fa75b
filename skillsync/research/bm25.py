"""Relevance of short texts to a topic: BM25 (``rank_bm25``) over plain word tokens.

Tokens are lower-case words with stop words dropped and a light plural folding ("lists" ->
"list", "indexes" -> "index", "queries" -> "query"), so a topic and a heading match whatever
their number. BM25 alone misbehaves on the small corpora research sees (an index of a dozen
links, a handful of sections): a word found in more than half the documents gets a floored
weight, so the count of distinct topic words a text contains breaks ties, and a text sharing no
word with the topic scores nothing at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rank_bm25 import BM25Okapi

STOP_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "a an and are as at be by for from how i in into is it its of on or that the this to "
        "what when where which why with vs versus do does using use your you my can should not "
        "about guide tutorial introduction intro learn learning basics"
    ).split()
)


def fold(word: str) -> str:
    """A word without its plural ending."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    return [fold(word) for word in re.findall(r"[a-z0-9]+", text.lower()) if word not in STOP_WORDS]


def scores(query: Sequence[str], documents: Sequence[Sequence[str]]) -> list[float]:
    """One score per document: BM25 plus the number of distinct query words it contains, or 0
    when it contains none. Higher is more relevant."""
    return Index(documents).scores(query) if documents else []


class Index:
    """A BM25 index built once, asked many times (the offline documentation)."""

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        self._documents = [frozenset(doc) for doc in documents]
        self._bm25 = BM25Okapi([list(doc) or ["\x00"] for doc in documents])

    def scores(self, query: Sequence[str]) -> list[float]:
        wanted = set(query)
        if not wanted:
            return [0.0] * len(self._documents)
        raw = self._bm25.get_scores(list(wanted))
        return [
            float(max(score, 0.0)) + len(wanted & doc) if wanted & doc else 0.0
            for doc, score in zip(self._documents, raw, strict=True)
        ]
