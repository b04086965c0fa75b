"""With no provider key and no network, the built-in provider writes a whole module of a Python
roadmap in the learner's style: every lesson valid, every Python exercise verified by running
it, every citation an offline documentation passage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from pydantic import TypeAdapter

from skillsync.accounts.models import User
from skillsync.generation.delivery import process_request
from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue import module_generation_request
from skillsync.generation.styles.checks import lesson_problems
from skillsync.generation.styles.schemas import STYLES
from skillsync.generation.styles.schemas import Lesson as LessonSchema
from skillsync.learning.models import Lesson, Module

pytestmark = pytest.mark.django_db


def _cited(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = set(value.get("cites") or [])
        for item in value.values():
            found |= _cited(item)
        return found
    if isinstance(value, list):
        return set().union(*(_cited(item) for item in value)) if value else set()
    return set()


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_python_module_is_written_offline_in_the_learners_style(
    style: str, user: User, onboard: Callable[..., Any]
) -> None:
    assert settings.RESEARCH_SOURCES == []  # the offline documentation only: no network
    roadmap = onboard(user, goal="Learn Python", learning_style=style, industry="finance")
    module = Module.objects.filter(roadmap=roadmap, title="Built-in collections").get()
    module_generation_request(user=user, module_id=module.id)
    lessons = list(Lesson.objects.filter(module=module).order_by("position"))
    for lesson in lessons:
        request = GenerationRequest.objects.get(lesson=lesson)
        assert process_request(request.id) == "generated"

    exercises = 0
    for lesson in Lesson.objects.filter(module=module).select_related("content"):
        assert lesson.generation_status == "ready"
        content = lesson.content
        assert content is not None
        assert content.generation_metadata["ai_provider"] == "builtin"
        stored = TypeAdapter(LessonSchema).validate_python(content.content)
        assert stored.style == style
        offline = {e["passage_id"] for e in content.source_attribution.get("offline_docs", [])}
        cited = _cited(content.content)
        assert cited, f"{lesson.title}: nothing cited"
        assert cited <= offline
        videos: set[str] = set()
        assert lesson_problems(stored, passages=offline, videos=videos) == []
        verification = content.generation_metadata["exercise_verification"]
        assert verification["passed"] == verification["checked"]
        assert verification["dropped"] == []
        exercises += verification["checked"]
    if style in ("hands_on", "mixed"):
        assert exercises >= len(lessons)  # at least one verified Python exercise a lesson
