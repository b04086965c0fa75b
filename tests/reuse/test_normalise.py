"""Canonical topics and keys: one key for every naming of a topic, different keys otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillsync.reuse.lexicon import CONTRASTS_FILE, LexiconError, load_lexicon
from skillsync.reuse.normalise import Topic, canonical_key, topic_of


def tokens(text: str) -> set[str]:
    return set(topic_of(text).tokens)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # case and punctuation
        ("Python Lists", "python lists"),
        ("Python: lists!", "python lists"),
        ("lists (Python)", "Python - lists"),
        # stop words and lesson-title filler
        ("Introduction to Python lists", "Python lists"),
        ("Python lists explained", "Working with lists in Python"),
        ("Understanding the basics of Python lists", "Python lists: the essentials"),
        # plurals and word order
        ("Python list", "Python lists"),
        ("Dictionaries in Python", "Python dictionary"),
        ("Classes and instances", "instance and class"),
        ("Writing queries", "write a query"),
        # synonyms and spellings
        ("JS promises", "JavaScript promises"),
        ("ECMAScript promises", "javascript promises"),
        ("k8s pods", "Kubernetes pods"),
        ("async/await in Python", "asyncio async await in Python"),
        ("async/await in Python", "Async and await in python"),
        ("py decorators", "Python decorators"),
        ("Postgres indexes", "PostgreSQL indexes"),
        ("Node.js streams", "NodeJS streams"),
        ("Node.js streams", "node js streams"),
        ("f-strings in Python", "Python f strings"),
        ("Type annotations in Python", "Python type hints"),
        ("Testing with pytest", "pytest tests"),
    ],
)
def test_namings_of_one_topic_share_its_canonical_form(one: str, other: str) -> None:
    assert topic_of(one).canonical == topic_of(other).canonical


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Python lists", "Python tuples"),
        ("HTTP basics", "HTTPS basics"),  # https is never stemmed into http
        ("Window functions", "Windows functions"),  # the operating system stays itself
        ("Comparing with == in Python", "Comparing with is in Python"),
        ("Comparing with == in JavaScript", "Comparing with === in JavaScript"),
        ("Python 2 strings", "Python 3 strings"),
        ("Python for loops", "Python while loops"),
        ("The iterator protocol with __iter__", "The iterator protocol with __next__"),
        ("C++ templates", "C# templates"),
    ],
)
def test_different_topics_keep_different_canonical_forms(one: str, other: str) -> None:
    assert topic_of(one).canonical != topic_of(other).canonical


def test_tokens_keep_code_words_and_drop_other_punctuation() -> None:
    assert tokens("Variable-length arguments with *args and **kwargs") == {
        "variable",
        "length",
        "args",
        "kwargs",
    }
    assert tokens("Installing Python 3.12+") == {"install", "python", "3.12"}
    assert tokens("Classes, instances and __init__") == {"class", "instance", "__init__"}
    assert tokens("Vectors with Vec<T>") == {"vector", "vec"}


def test_a_subject_of_stop_words_only_keeps_them() -> None:
    assert topic_of("Introduction").tokens == ("introduction",)
    assert topic_of("...").tokens == ()


def test_the_embedding_text_is_the_canonical_words_in_the_subjects_order() -> None:
    assert topic_of("Creating virtual environments with venv in Python").embedding_text == (
        "virtual env python"
    )
    assert topic_of("JS promises explained").embedding_text == "javascript promise"


def test_the_key_adds_style_difficulty_language_and_schema_version() -> None:
    topic = topic_of("Python lists and list methods")

    key = canonical_key(
        topic, style="hands_on", difficulty="beginner", language="en", schema_version=1
    )

    assert key == "reuse:n1:list-method-python:hands_on:beginner:en:v1"
    others = {
        canonical_key(topic, style="video", difficulty="beginner", language="en", schema_version=1),
        canonical_key(
            topic, style="hands_on", difficulty="advanced", language="en", schema_version=1
        ),
        canonical_key(
            topic, style="hands_on", difficulty="beginner", language="pt", schema_version=1
        ),
        canonical_key(
            topic, style="hands_on", difficulty="beginner", language="en", schema_version=2
        ),
    }
    assert key not in others
    assert len(others) == 4


def test_a_long_topic_is_cut_and_hashed_within_the_column() -> None:
    long_one = Topic(text="x", tokens=tuple(f"word{i}" for i in range(80)))
    long_two = Topic(text="x", tokens=(*long_one.tokens[:-1], "different"))
    keys = [
        canonical_key(t, style="mixed", difficulty="advanced", language="en", schema_version=1)
        for t in (long_one, long_two)
    ]
    assert all(len(k) <= 255 for k in keys)
    assert keys[0] != keys[1]


def _write(folder: Path, synonyms: str, contrasts: str = "") -> tuple[Path, Path]:
    (folder / "synonyms.toml").write_text(synonyms)
    (folder / "contrasts.toml").write_text(contrasts)
    return folder / "synonyms.toml", folder / "contrasts.toml"


@pytest.mark.parametrize(
    ("synonyms", "contrasts", "complaint"),
    [
        ('[synonyms]\njs = ["ecmascript"]\nes = ["ecmascript"]\n', "", "variant of both"),
        ('[synonyms]\njs = [""]\n', "", "non-empty strings"),
        (
            'stop_words = ["deep"]\n',
            '[[families]]\nname = "c"\nterms = ["deep", "shallow"]',
            "deep",
        ),
        ("", '[[families]]\nname = "one"\nterms = ["list", "List"]', "two distinct terms"),
        ("", '[[families]]\nname = "phrase"\nterms = ["linked list", "array"]', "one kept token"),
    ],
)
def test_a_malformed_lexicon_stops_the_load_with_the_entry_at_fault(
    tmp_path: Path, synonyms: str, contrasts: str, complaint: str
) -> None:
    with pytest.raises(LexiconError, match=complaint):
        load_lexicon(*_write(tmp_path, synonyms, contrasts))


def test_the_shipped_lexicon_loads_with_its_contrast_families() -> None:
    lexicon = load_lexicon()
    families = {family.name: family.terms for family in lexicon.families}
    assert {"list", "tuple", "set", "dict"} <= families["collections"]
    assert {"react", "preact", "python", "javascript"} <= families["technologies"]
    assert CONTRASTS_FILE.exists()
