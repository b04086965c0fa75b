"""The in-process index: loads only what is new, and a row committed late is not lost."""

from __future__ import annotations

import pytest

from skillsync.reuse.embeddings import model_version
from skillsync.reuse.index import Partition, TopicIndex, vector_to_bytes
from skillsync.reuse.models import TopicEmbedding
from skillsync.reuse.normalise import topic_of
from skillsync.reuse.services import encode_topic, reusable_content_create, reuse_query
from tests.factories import LessonContentFactory

HANDS_ON = Partition("hands_on", "beginner", "en", 1)


def store(topic: str, style: str = "hands_on") -> None:
    query = reuse_query(
        topic=topic, style=style, difficulty="beginner", language="en", schema_version=1
    )
    fields: dict[str, object] = {"topic": topic, "learning_style": style, "difficulty": "beginner"}
    assert reusable_content_create(query=query, fields=fields)[1]


@pytest.mark.django_db
def test_the_nearest_topics_of_one_partition_best_first() -> None:
    store("Rust ownership")
    store("Python list methods")
    store("Python lists")
    store("Python lists", style="video")
    index = TopicIndex()

    assert index.refresh() == 4
    nearest = index.nearest(HANDS_ON, encode_topic(topic_of("Working with Python lists")), 2)

    assert [c.topic.text for c in nearest] == ["Python lists", "Python list methods"]
    assert nearest[0].similarity > nearest[1].similarity
    reading = Partition("reading", "beginner", "en", 1)
    assert index.nearest(reading, encode_topic(topic_of("Python lists")), 5) == []
    assert index.refresh() == 0  # nothing new: nothing loaded


@pytest.mark.django_db
def test_rows_of_another_model_are_not_compared() -> None:
    store("Python lists")
    TopicEmbedding.objects.update(model_version="an-older-model")
    index = TopicIndex()

    assert index.refresh() == 1  # read, and skipped
    assert index.size() == 0


@pytest.mark.django_db(transaction=True)
def test_a_row_committed_after_a_newer_one_is_loaded_when_it_commits(
    request: pytest.FixtureRequest,
) -> None:
    side = request.getfixturevalue("_side_connection")
    index = TopicIndex()
    store("Rust ownership")
    assert index.refresh() == 1
    late = LessonContentFactory.create(cache_key="late", topic="Go goroutines")
    vector = vector_to_bytes(encode_topic(topic_of("Go goroutines")))

    with side.transaction():  # takes the next id and commits only after a newer row
        side.execute(
            f"INSERT INTO {TopicEmbedding._meta.db_table} (content_id, topic, canonical_key,"  # noqa: S608 - our table
            " learning_style, difficulty, language, schema_version, model_version, vector)"
            " VALUES (%s, 'Go goroutines', 'late', 'hands_on', 'beginner', 'en', 1, %s, %s)",
            (late.pk, model_version(), vector),
        )
        store("Python lists")
        assert index.refresh() == 1  # the newer row; the older id is a hole

    assert index.refresh() == 1  # the late row, through its hole
    assert index.size() == 3
    found = index.nearest(HANDS_ON, encode_topic(topic_of("Goroutines in Go")), 1)
    assert found[0].content_id == late.pk
