"""Each learning style end to end: a real worker process generates the lesson through the fake
provider (over HTTP, streamed), checks it, runs its exercises and stores it; the stream's
pieces arrive in order and add up to what the provider wrote."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest
from django.db import connection
from pydantic import TypeAdapter

from skillsync.generation.events import STREAM_CHANNEL
from skillsync.generation.lessons import lesson_subject
from skillsync.generation.queue import lesson_generation_request
from skillsync.generation.styles.schemas import STYLES
from skillsync.generation.styles.schemas import Lesson as LessonSchema
from skillsync.learning.models import Lesson
from skillsync.research.service import research_topic
from tests.conftest import new_roadmap
from tests.fakes.llm_behaviours import ok
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.faults import StartWorker
from tests.generation.lesson_samples import as_answer, sample_lesson
from tests.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def _listener() -> psycopg.Connection[Any]:
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    listener = psycopg.connect(**params, autocommit=True)
    listener.execute(f"LISTEN {STREAM_CHANNEL}")
    return listener


def _streamed(listener: psycopg.Connection[Any], lesson: Lesson) -> list[dict[str, Any]]:
    events = [json.loads(n.payload) for n in listener.notifies(timeout=0.5, stop_after=10_000)]
    return [e for e in events if e["lesson"] == str(lesson.id)]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_lesson_of_each_style_is_generated_checked_streamed_and_stored_by_a_worker(
    style: str, fake_llm: FakeLLMServer, start_worker: StartWorker
) -> None:
    roadmap = new_roadmap(goal="Learn Python", style=style)
    lesson = Lesson.objects.filter(module__roadmap=roadmap, title__icontains="list").first()
    assert lesson is not None
    passages = research_topic(lesson_subject(lesson), style=style).passages
    cites = [p.id for p in passages[:2]]
    answer = as_answer(sample_lesson(style, cites))
    fake_llm.set_default("groq", ok(answer, chunk_delay=0.25))  # four pieces, each flushed
    listener = _listener()
    try:
        lesson_generation_request(user=roadmap.owner, lesson_id=lesson.id)
        start_worker()
        assert wait_until(
            lambda: Lesson.objects.get(pk=lesson.pk).generation_status in ("ready", "failed"),
            timeout=60,
        )
        events = _streamed(listener, lesson)
    finally:
        listener.close()

    lesson.refresh_from_db()
    assert lesson.generation_status == "ready"
    content = lesson.content
    assert content is not None
    stored = TypeAdapter(LessonSchema).validate_python(content.content)
    assert stored.style == style
    assert content.content == TypeAdapter(LessonSchema).validate_json(answer).model_dump(
        mode="json"
    )
    assert content.generation_metadata["learning_style"] == style
    attributed = {e["passage_id"] for found in content.source_attribution.values() for e in found}
    assert set(cites) <= attributed
    verification = content.generation_metadata["exercise_verification"]
    expected = len(getattr(stored, "exercises", []))
    assert (verification["checked"], verification["passed"]) == (expected, expected)

    # In order, with no gap, and what they add up to is what the provider wrote.
    sequences = [e["seq"] for e in events]
    assert sequences == list(range(sequences[0], sequences[0] + len(sequences)))
    last_reset = max(i for i, e in enumerate(events) if e.get("reset"))
    text = "".join(e["text"] for e in events[last_reset:])
    assert len(events) - last_reset > 2  # it really came in pieces
    assert json.loads(text) == json.loads(answer)
