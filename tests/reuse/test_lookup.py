"""find_reusable against the real database: exact and semantic hits, filters, preference,
rejected content, the lookup records, and contents stored by another process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

from skillsync.learning.models import LessonContent
from skillsync.reuse.index import topic_index
from skillsync.reuse.models import LookupOutcome, ReuseLookup, TopicEmbedding
from skillsync.reuse.services import (
    ReuseResult,
    find_reusable,
    reusable_content_create,
    reuse_query,
)
from tests.processes import child_environment

WHERE: dict[str, Any] = {
    "style": "hands_on",
    "difficulty": "beginner",
    "language": "en",
    "schema_version": 1,
}


def store(topic: str, **where: Any) -> LessonContent:
    at = {**WHERE, **where}
    content, created = reusable_content_create(
        query=reuse_query(topic=topic, **at),
        fields={
            "topic": topic,
            "learning_style": at["style"],
            "difficulty": at["difficulty"],
            "language": at["language"],
            "content": {"title": topic},
        },
    )
    assert created
    return content


def lookup(topic: str, **where: Any) -> ReuseResult:
    return find_reusable(topic=topic, **{**WHERE, **where})


def record(result: ReuseResult) -> ReuseLookup:
    return ReuseLookup.objects.get(pk=result.lookup_id)


@pytest.mark.django_db
def test_the_same_topic_in_other_words_is_an_exact_hit_and_recorded() -> None:
    stored = store("Python lists and list methods")

    found = lookup("Working with list methods and lists in Python")

    assert (found.outcome, found.content, found.similarity) == ("exact", stored, 1.0)
    row = record(found)
    assert (row.outcome, row.content_id, row.similarity) == ("exact", stored.pk, 1.0)
    assert row.topic == "Working with list methods and lists in Python"
    assert row.canonical_key == "reuse:n1:list-method-python:hands_on:beginner:en:v1"
    assert (row.learning_style, row.difficulty, row.language, row.schema_version) == (
        "hands_on",
        "beginner",
        "en",
        1,
    )
    assert row.latency_ms >= 0
    assert row.refused_content_id is None
    assert row.refusal_reason == ""


@pytest.mark.django_db
def test_a_paraphrase_is_a_semantic_hit_with_its_similarity() -> None:
    stored = store("Rust ownership")

    found = lookup("Ownership rules in Rust")

    assert (found.outcome, found.content) == ("semantic", stored)
    row = record(found)
    assert row.outcome == "semantic"
    assert row.content_id == stored.pk
    assert row.similarity is not None
    assert 0.8 <= row.similarity < 1


@pytest.mark.django_db
def test_a_near_miss_is_a_miss_that_records_the_refused_candidate_and_why() -> None:
    tuples = store("Python tuples")

    found = lookup("Python lists")

    assert (found.outcome, found.content) == ("miss", None)
    row = record(found)
    assert (row.outcome, row.content_id, row.similarity) == ("miss", None, None)
    assert row.refused_content_id == tuples.pk
    assert row.refused_similarity is not None
    assert row.refused_similarity > 0.5
    assert row.refusal_reason == "contrast: list / tuple (collections)"
    assert found.query.vector is not None  # kept for storing the new content


@pytest.mark.django_db
def test_an_empty_cache_is_a_plain_miss() -> None:
    found = lookup("Python decorators")
    row = record(found)
    assert (row.outcome, row.refused_content_id, row.refusal_reason) == ("miss", None, "")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "other",
    [
        {"style": "video"},
        {"difficulty": "advanced"},
        {"language": "pt"},
        {"schema_version": 2},
    ],
)
@pytest.mark.parametrize("asked", ["Lists in Python", "Python list comprehension syntax"])
def test_another_style_difficulty_language_or_schema_is_never_returned(
    other: dict[str, Any], asked: str
) -> None:
    store("Python lists")
    store("Python list comprehensions")

    found = lookup(asked, **other)

    assert (found.outcome, found.content) == ("miss", None)
    assert found.refused is None  # not even considered


@pytest.mark.django_db
def test_vetted_content_comes_first_then_weighted_net_votes_then_similarity() -> None:
    plain = store("Rust ownership syntax")
    voted = store("Rust ownership examples")
    approved = store("Rust ownership rules")
    LessonContent.objects.filter(pk=voted.pk).update(weighted_upvotes=9, weighted_downvotes=2)
    LessonContent.objects.filter(pk=plain.pk).update(weighted_upvotes=3, weighted_downvotes=3)
    LessonContent.objects.filter(pk=approved.pk).update(approval_status="approved")

    assert lookup("Ownership in Rust").content == approved

    LessonContent.objects.filter(pk=approved.pk).update(approval_status="pending")
    assert lookup("Ownership in Rust").content == voted

    LessonContent.objects.filter(pk=voted.pk).update(weighted_upvotes=0, weighted_downvotes=0)
    found = lookup("Ownership in Rust")
    assert found.query.vector is not None
    nearest = topic_index().nearest(found.query.partition, found.query.vector, 10)
    similarity = {candidate.content_id: candidate.similarity for candidate in nearest}
    closer = max((plain, voted), key=lambda c: similarity[c.pk])
    assert found.content == closer


@pytest.mark.django_db
def test_mentor_verified_content_is_vetted_too() -> None:
    store("Rust ownership syntax")
    verified = store("Rust ownership examples")
    LessonContent.objects.filter(pk=verified.pk).update(approval_status="mentor_verified")

    assert lookup("Ownership in Rust").content == verified


@pytest.mark.django_db
def test_rejected_content_is_never_reused_and_its_key_is_taken_over() -> None:
    rejected = store("Python lists")
    store("Python list methods")
    LessonContent.objects.filter(pk__in=[c.pk for c in LessonContent.objects.all()]).update(
        approval_status="rejected"
    )

    exact = lookup("Python lists")
    semantic = lookup("Working with Python lists and their methods")

    assert exact.content is None
    assert semantic.content is None
    # A new lesson stored for the same key does not collide with the rejected one.
    replacement, created = reusable_content_create(
        query=exact.query,
        fields={"topic": "Python lists", "learning_style": "hands_on", "difficulty": "beginner"},
    )
    assert created
    assert replacement.cache_key.startswith(rejected.cache_key + "#")
    assert lookup("python list").content == replacement


@pytest.mark.django_db
def test_storing_under_a_key_someone_just_filled_returns_theirs() -> None:
    first = store("Go goroutines")
    query = reuse_query(topic="Goroutines in Go", **WHERE)

    content, created = reusable_content_create(
        query=query,
        fields={"topic": "Goroutines", "learning_style": "hands_on", "difficulty": "beginner"},
    )

    assert (content, created) == (first, False)
    assert TopicEmbedding.objects.count() == 1


CHILD = """
import django, sys
django.setup()
from skillsync.reuse.services import reusable_content_create, reuse_query
query = reuse_query(topic="Ownership in Rust", style="hands_on", difficulty="beginner",
                    language="en", schema_version=1)
content, _ = reusable_content_create(query=query, fields={
    "topic": "Ownership in Rust", "learning_style": "hands_on", "difficulty": "beginner"})
print(content.pk)
"""


@pytest.mark.django_db(transaction=True)
def test_a_content_stored_by_another_process_is_found_by_the_next_lookup() -> None:
    assert lookup("Rust ownership rules").outcome == LookupOutcome.MISS  # index loaded, empty

    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD)],
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    found = lookup("Rust ownership rules")
    assert found.outcome == LookupOutcome.SEMANTIC
    assert found.content is not None
    assert str(found.content.pk) == child.stdout.strip()
