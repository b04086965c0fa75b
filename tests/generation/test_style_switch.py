"""Switching a lesson's learning style: served at once from content that exists in that style
(shared, or the learner's own version), otherwise queued; progress stays; refused while a
generation of the lesson is pending."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from skillsync.accounts.models import User
from skillsync.generation.models import GenerationRequest, RequestKind
from skillsync.generation.versions import lesson_regeneration_request, lesson_style_switch
from skillsync.learning.models import LessonProgress
from skillsync.learning.services import lesson_mark_complete
from tests.conftest import GraphQL, access_token, error_of, post_graphql
from tests.generation.versions_support import SWITCH, generation_jobs, ready_lesson, run_pending

pytestmark = pytest.mark.django_db


def test_a_style_with_shared_content_is_served_at_once(
    as_user: GraphQL, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    reading = ready_lesson(other_user, onboard, learning_style="reading")
    lesson = ready_lesson(user, onboard, learning_style="hands_on")
    assert reading.title == lesson.title
    lesson_mark_complete(user=user, lesson_id=lesson.id)
    jobs = len(generation_jobs())

    result = as_user(SWITCH, {"id": str(lesson.id), "style": "READING"})

    answer = result["data"]["switchLessonStyle"]
    assert answer["generationStatus"] == "READY"
    assert answer["learningStyle"] == "READING"
    assert answer["content"] == {"id": str(reading.content_id), "learningStyle": "READING"}
    assert answer["progress"] == {"status": "COMPLETED"}
    assert len(generation_jobs()) == jobs
    reading.refresh_from_db()
    assert reading.learning_style == "reading"  # the other learner's lesson is untouched


def test_a_style_without_content_is_queued_then_generated_and_switching_back_finds_the_first(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = ready_lesson(user, onboard, learning_style="hands_on")
    hands_on = lesson.content_id
    lesson_mark_complete(user=user, lesson_id=lesson.id)

    result = as_user(SWITCH, {"id": str(lesson.id), "style": "VIDEO"})

    answer = result["data"]["switchLessonStyle"]
    assert (answer["generationStatus"], answer["learningStyle"]) == ("QUEUED", "VIDEO")
    assert answer["content"] is None
    request = GenerationRequest.objects.get(lesson=lesson, status="queued")
    assert (request.kind, request.idempotency_key) == (
        RequestKind.GENERATE,
        f"lesson:{lesson.id}:v2:video",
    )
    assert run_pending(lesson) == "generated"
    assert lesson.content is not None
    assert (lesson.content.learning_style, lesson.generation_status) == ("video", "ready")

    back = as_user(SWITCH, {"id": str(lesson.id), "style": "HANDS_ON"})

    answer = back["data"]["switchLessonStyle"]
    assert (answer["generationStatus"], answer["content"]["id"]) == ("READY", str(hands_on))
    assert LessonProgress.objects.get(user=user, lesson=lesson).status == "completed"


def test_switching_back_returns_to_the_learners_own_newest_version(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = ready_lesson(user, onboard, learning_style="hands_on")
    lesson_regeneration_request(user=user, lesson_id=lesson.id, instruction="More exercises")
    assert run_pending(lesson) == "regenerated"
    own = lesson.content_id

    lesson_style_switch(user=user, lesson_id=lesson.id, style="reading")
    assert run_pending(lesson) == "generated"
    switched = lesson_style_switch(user=user, lesson_id=lesson.id, style="hands_on")

    assert (switched.content_id, switched.generation_status) == (own, "ready")


def test_a_switch_waits_for_a_pending_generation(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = ready_lesson(user, onboard, learning_style="hands_on")
    lesson_regeneration_request(user=user, lesson_id=lesson.id, instruction="")

    result = as_user(SWITCH, {"id": str(lesson.id), "style": "VIDEO"})

    assert error_of(result)["extensions"]["code"] == "GENERATION_IN_PROGRESS"
    lesson.refresh_from_db()
    assert (lesson.learning_style, lesson.generation_status) == ("hands_on", "queued")
    assert run_pending(lesson) == "regenerated"  # and the regeneration lands where it started


def test_switching_to_the_same_style_changes_nothing(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = ready_lesson(user, onboard, learning_style="hands_on")
    jobs = len(generation_jobs())

    result = as_user(SWITCH, {"id": str(lesson.id), "style": "HANDS_ON"})

    answer = result["data"]["switchLessonStyle"]
    assert (answer["generationStatus"], answer["content"]["id"]) == (
        "READY",
        str(lesson.content_id),
    )
    assert len(generation_jobs()) == jobs


def test_someone_elses_lesson_is_not_found_and_keeps_its_style(
    client: Any, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    lesson = ready_lesson(user, onboard, learning_style="hands_on")
    token = access_token(other_user)

    result = post_graphql(client, SWITCH, {"id": str(lesson.id), "style": "VIDEO"}, token=token)

    assert error_of(result)["extensions"] == {"code": "NOT_FOUND"}
    lesson.refresh_from_db()
    assert (lesson.learning_style, lesson.generation_status) == ("hands_on", "ready")
