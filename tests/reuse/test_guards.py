"""The near-miss guards: each rule on chosen similarities, then on the model's own similarities
for the labelled pairs of bench/cache_pairs.py (every contrast family)."""

from __future__ import annotations

import pytest

from bench.cache_pairs import NEAR_MISSES, PARAPHRASES, near_miss_pairs
from skillsync.reuse import embeddings
from skillsync.reuse.guards import THRESHOLDS, Refusal, Thresholds, judge
from skillsync.reuse.normalise import topic_of

LIMITS = Thresholds(accept=0.80, stored_more=0.85, asked_more=0.90, diverging=0.95)


def verdict(asked: str, stored: str, similarity: float) -> Refusal | None:
    return judge(topic_of(asked), topic_of(stored), similarity, thresholds=LIMITS).refusal


def model_similarity(a: str, b: str) -> float:
    first, second = embeddings.encoder().encode(
        [topic_of(a).embedding_text, topic_of(b).embedding_text]
    )
    return float(first @ second)


@pytest.mark.parametrize(
    ("asked", "stored"),
    [
        ("Python lists", "Python tuples"),
        ("TCP sockets in Python", "UDP sockets in Python"),
        ("React hooks", "Preact hooks"),
        ("Threads in Python", "Processes in Python"),
        ("Synchronous requests", "Asynchronous requests"),
        ("Comparing with == in Python", "Comparing with the is operator in Python"),
        ("SQL databases", "NoSQL databases"),
        ("GET requests", "POST requests"),
    ],
)
def test_a_contrast_is_refused_however_similar(asked: str, stored: str) -> None:
    assert verdict(asked, stored, 0.999) is Refusal.CONTRAST
    assert verdict(stored, asked, 0.999) is Refusal.CONTRAST


@pytest.mark.parametrize(
    ("asked", "stored"),
    [
        ("Python 2 strings", "Python 3 strings"),
        ("IPv4 addressing", "IPv6 addressing"),
        ("ES5 classes", "ES2015 classes"),
        ("What is new in Python 3.12", "What is new in Python 3.13"),
    ],
)
def test_another_version_is_refused_however_similar(asked: str, stored: str) -> None:
    assert verdict(asked, stored, 0.999) is Refusal.VERSION


def test_asking_less_than_the_stored_topic_says_needs_stored_more() -> None:
    narrow, broad = "Docker volumes", "Persisting data with Docker volumes"
    assert verdict(narrow, broad, 0.84) is Refusal.SALIENT
    assert verdict(narrow, broad, 0.86) is None


def test_asking_more_than_the_stored_topic_says_needs_asked_more() -> None:
    # The stored lesson may lack what the request adds.
    broad, narrow = "Persisting data with Docker volumes", "Docker volumes"
    assert verdict(broad, narrow, 0.89) is Refusal.SALIENT
    assert verdict(broad, narrow, 0.91) is None


def test_words_on_both_sides_need_the_diverging_threshold() -> None:
    one, other = "Generic interfaces and classes", "Implementing interfaces with classes"
    assert verdict(one, other, 0.94) is Refusal.SALIENT
    assert verdict(one, other, 0.96) is None


def test_an_extra_contrast_term_needs_the_diverging_threshold() -> None:
    # "interface" is a contrast term: the lesson on both is not the lesson on one.
    assert verdict("Type aliases", "Interfaces and type aliases", 0.94) is Refusal.SALIENT
    assert verdict("Interfaces and type aliases", "Type aliases", 0.94) is Refusal.SALIENT


def test_weak_words_alone_only_need_the_base_threshold() -> None:
    assert verdict("Python lists", "Python list methods", 0.81) is None
    assert verdict("Python lists", "Python list methods", 0.79) is Refusal.BELOW_THRESHOLD


@pytest.mark.parametrize(
    ("asked", "stored"),
    [
        ("Python 3 lists", "Python lists"),  # related words
        ("Python asyncio", "async/await in Python"),
        ("Python list comprehnsions", "Python list comprehensions"),  # a typo
        ("Container orchestration", "Container orchestrator"),  # one stem, another ending
    ],
)
def test_a_word_said_another_way_is_not_an_extra_word(asked: str, stored: str) -> None:
    assert verdict(asked, stored, 0.81) is None


def test_a_longer_name_is_another_word_not_another_ending() -> None:
    # "contextlib" is a library, not a form of "context": the request asks for more.
    assert verdict("Context managers with contextlib", "Context managers", 0.87) is (
        Refusal.SALIENT
    )


def test_the_verdict_says_which_rule_refused_and_why() -> None:
    refused = judge(topic_of("Python lists"), topic_of("Python tuples"), 0.9)
    assert refused.reason == "contrast: list / tuple (collections)"
    assert not refused.accepted
    salient = judge(topic_of("Docker volumes"), topic_of("Docker volumes backup"), 0.5)
    assert salient.reason == "salient: backup at 0.500"


@pytest.mark.parametrize(("group", "first", "second"), near_miss_pairs())
def test_every_labelled_near_miss_is_refused_both_ways(group: str, first: str, second: str) -> None:
    similarity = model_similarity(first, second)
    assert not judge(topic_of(first), topic_of(second), similarity).accepted, group
    assert not judge(topic_of(second), topic_of(first), similarity).accepted, group


def test_the_labelled_near_misses_cover_many_families() -> None:
    assert len(near_miss_pairs()) >= 40
    assert len(NEAR_MISSES) >= 15


@pytest.mark.parametrize(
    ("asked", "stored"),
    [
        ("Introduction to JS promises", "JavaScript promises explained"),
        ("Understanding k8s pods", "Kubernetes pods"),
        ("Indexing in PostgreSQL", "Postgres indexes"),
        ("Ownership rules in Rust", "Rust ownership"),
        ("Handling errors in Go", "Go error handling"),
        ("Multithreading in Python", "Python threads"),
        ("Flexbox layout in CSS", "CSS Flexbox"),
        ("Writing unit tests with pytest", "Unit testing with pytest"),
    ],
)
def test_paraphrases_are_accepted(asked: str, stored: str) -> None:
    similarity = model_similarity(asked, stored)
    assert judge(topic_of(asked), topic_of(stored), similarity).accepted


def test_most_labelled_paraphrases_are_accepted() -> None:
    accepted = [
        judge(topic_of(a), topic_of(b), model_similarity(a, b), thresholds=THRESHOLDS).accepted
        for a, b in PARAPHRASES
    ]
    assert sum(accepted) / len(accepted) >= 0.75
