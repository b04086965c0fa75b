"""Ranking: relevant first, good sources count, no repeats, within the lesson's budget."""

from __future__ import annotations

from datetime import UTC, datetime

from skillsync.research.passages import Passage, passage_id
from skillsync.research.ranking import rank, relevance

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def _passage(text: str, *, source: str = "docs", title: str = "", quality: float = 0.0) -> Passage:
    url = f"https://example.org/{abs(hash(text)) % 10**8}"
    return Passage(
        id=passage_id(source, url),
        source=source,  # type: ignore[arg-type]
        kind="doc_section",
        url=url,
        title=title or text[:30],
        text=text,
        retrieved_at=NOW,
        quality=quality,
    )


LISTS = _passage("A list comprehension builds a new list from an iterable in one expression.")
TUPLES = _passage("Tuples are immutable sequences, usually used for heterogeneous data.")
DICTS = _passage("Dictionaries map keys to values and support comprehensions too.")


def test_the_passage_about_the_topic_ranks_first() -> None:
    ranked = rank("Python list comprehensions", [TUPLES, DICTS, LISTS], token_budget=3000)
    assert ranked[0].id == LISTS.id
    assert ranked[0].relevance == 1.0
    assert TUPLES.id not in {p.id for p in ranked}  # nothing of the topic in it


def test_quality_breaks_ties_between_equally_relevant_passages() -> None:
    low = _passage("list comprehension example one", source="devto", quality=0.1)
    high = _passage("list comprehension example two", source="stackexchange", quality=0.9)
    assert rank("list comprehension", [low, high], token_budget=3000)[0].id == high.id


def test_duplicates_and_near_duplicates_are_given_once() -> None:
    text = "A list comprehension builds a new list from an iterable in one short expression."
    copy = _passage(text + " Indeed.", source="devto")
    ranked = rank("list comprehension", [LISTS, LISTS, _passage(text), copy], token_budget=3000)
    texts = [p.text for p in ranked]
    assert len(ranked) == len({p.id for p in ranked})
    assert sum("builds a new list" in t for t in texts) <= 2  # LISTS and one of the copies


def test_the_token_budget_holds_and_long_passages_are_trimmed() -> None:
    long = _passage("list comprehension " + "detail. " * 2000)
    ranked = rank("list comprehension", [long, LISTS], token_budget=400)
    assert sum(p.tokens() for p in ranked) <= 400
    assert ranked[0].text.endswith("…")


def test_one_source_cannot_take_every_place() -> None:
    docs = [_passage(f"list comprehension doc {n} " * 5, quality=0.5) for n in range(6)]
    other = _passage("list comprehension answer " * 5, source="stackexchange", quality=0.4)
    ranked = rank("list comprehension", [*docs, other], token_budget=200)
    assert other.id in {p.id for p in ranked}


def test_relevance_without_topic_words_is_zero() -> None:
    assert relevance("", [LISTS]) == [0.0]
    assert relevance("kubernetes pods", [LISTS, TUPLES]) == [0.0, 0.0]
