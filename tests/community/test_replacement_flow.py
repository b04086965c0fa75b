"""A mentor's rejection reaches every learner holding the lesson: through the real queue and
the built-in provider, as a worker delivers it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from skillsync.community.reviews import content_review_create
from skillsync.core.errors import SkillSyncError
from skillsync.generation.delivery import process_request
from skillsync.generation.models import GenerationRequest, RequestKind
from skillsync.learning.models import Lesson, LessonContent
from skillsync.reuse.selectors import reusable_contents
from tests.community.support import curator
from tests.factories import UserFactory
from tests.generation.versions_support import ready_lesson

pytestmark = pytest.mark.django_db


def _shared_by_two(onboard: Callable[..., Any]) -> tuple[list[Lesson], LessonContent]:
    lessons = [ready_lesson(UserFactory.create(), onboard) for _ in range(2)]
    content = LessonContent.objects.get(lessons=lessons[0])
    assert lessons[1].content_id == content.pk
    return lessons, content


def _deliver_replacement(content: LessonContent) -> LessonContent:
    request = GenerationRequest.objects.get(kind=RequestKind.REPLACE, regenerate_from=content)
    process_request(request.id)
    request.refresh_from_db()
    assert request.content is not None
    return request.content


def test_requested_changes_steer_the_version_every_holder_gets(
    onboard: Callable[..., Any],
) -> None:
    lessons, content = _shared_by_two(onboard)
    mentor = curator("mentor")

    content_review_create(
        reviewer=mentor,
        content_id=content.id,
        decision="request_changes",
        comments="The examples are too abstract.",
        requested_changes="Use examples from hospital wards.",
    )
    revision = _deliver_replacement(content)

    for lesson in lessons:
        lesson.refresh_from_db()
        assert lesson.content_id == revision.pk
        assert lesson.generation_status == "ready"
    assert revision.regenerated_from_id == content.pk
    assert revision.generation_metadata["instruction"] == "Use examples from hospital wards."
    assert (revision.approval_status, revision.reusable) == ("pending", True)
    assert not reusable_contents().filter(pk=content.pk).exists()
    # The mentor steered it: reviewing it is someone else's job.
    with pytest.raises(SkillSyncError) as caught:
        content_review_create(
            reviewer=mentor, content_id=revision.id, decision="approve", comments="Better."
        )
    assert caught.value.code.value == "CONFLICT_OF_INTEREST"


def test_a_plain_rejection_gives_every_holder_a_fresh_lesson(onboard: Callable[..., Any]) -> None:
    lessons, content = _shared_by_two(onboard)

    content_review_create(
        reviewer=curator("mentor"),
        content_id=content.id,
        decision="reject",
        comments="Wrong about mutability.",
    )
    fresh = _deliver_replacement(content)

    assert fresh.pk != content.pk
    for lesson in lessons:
        lesson.refresh_from_db()
        assert lesson.content_id == fresh.pk
    assert not Lesson.objects.filter(content=content).exists()
