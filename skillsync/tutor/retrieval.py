"""How relevant each part of a lesson's context is to a question: BM25 over plain word tokens
(``skillsync.research.bm25``), the same ranking research uses. Words of the roadmap's skill
("python") are left out of the question: every part of a Python lesson has them, so they would
make anything look relevant."""

from __future__ import annotations

from collections.abc import Sequence

from skillsync.research.bm25 import scores, tokens


def question_words(question: str, *, skill: str = "") -> list[str]:
    ignored = set(tokens(skill))
    return [word for word in tokens(question) if word not in ignored]


def relevance(question: str, documents: Sequence[str], *, skill: str = "") -> list[float]:
    """One score per document (0: it shares no word with the question)."""
    wanted = question_words(question, skill=skill)
    if not wanted or not documents:
        return [0.0] * len(documents)
    return scores(wanted, [tokens(document) for document in documents])


def best_first(values: Sequence[float]) -> list[int]:
    """Indexes by score, highest first; ties keep their order."""
    return sorted(range(len(values)), key=lambda i: (-values[i], i))
