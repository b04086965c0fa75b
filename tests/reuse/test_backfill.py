"""Contents stored before the reuse app, or embedded by another model, become findable."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from skillsync.reuse.embeddings import model_version
from skillsync.reuse.models import TopicEmbedding
from skillsync.reuse.services import find_reusable, topic_embeddings_backfill
from tests.factories import LessonContentFactory

pytestmark = pytest.mark.django_db


def test_old_contents_are_embedded_from_their_old_key_and_then_found() -> None:
    old = LessonContentFactory.create(
        cache_key="python-lists-and-list-methods:hands_on:beginner:en:v1", topic="Lists"
    )
    other = LessonContentFactory.create(
        cache_key="javascript-promises:video:beginner:en:v1", learning_style="video"
    )

    out = io.StringIO()
    call_command("reuse_backfill", stdout=out)

    assert out.getvalue() == "2 lesson contents embedded\n"

    embedding = TopicEmbedding.objects.get(content=old)
    assert embedding.topic == "python lists and list methods"
    assert embedding.canonical_key == "reuse:n1:list-method-python:hands_on:beginner:en:v1"
    assert TopicEmbedding.objects.get(content=other).learning_style == "video"
    found = find_reusable(
        topic="Working with list methods and lists in Python",
        style="hands_on",
        difficulty="beginner",
        language="en",
        schema_version=1,
    )
    assert (found.outcome, found.content) == ("exact", old)


def test_vectors_of_another_model_are_replaced_and_a_second_run_does_nothing() -> None:
    old = LessonContentFactory.create(cache_key="go-goroutines:hands_on:beginner:en:v1")

    assert topic_embeddings_backfill() == 1
    TopicEmbedding.objects.filter(content=old).update(model_version="an-older-model")

    assert topic_embeddings_backfill(batch=1) == 1
    assert TopicEmbedding.objects.get(content=old).model_version == model_version()
    assert topic_embeddings_backfill() == 0
