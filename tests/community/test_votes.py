"""Voting on lesson content: one changeable vote per learner who has opened a lesson showing
it, counts kept exact, and who may not vote refused without a trace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import IntegrityError, transaction

from skillsync.accounts.models import User
from skillsync.community.models import LessonVote
from skillsync.community.services import lesson_vote_set
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.models import Lesson, LessonContent
from skillsync.learning.services import lesson_mark_complete, lesson_start
from tests.conftest import GraphQL
from tests.factories import UserFactory
from tests.learning.support import first_lesson, holding, quiz_content

VOTE = """mutation($id: ID!, $value: Int!) {
  voteLesson(contentId: $id, value: $value) { id upvotes downvotes viewerVote } }"""


def _opened(user: User, onboard: Callable[..., Any]) -> Lesson:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    lesson_start(user=user, lesson_id=lesson.id)
    return lesson


def _counts(content_id: Any) -> tuple[int, int]:
    content = LessonContent.objects.get(pk=content_id)
    return content.upvotes, content.downvotes


def test_up_then_down_then_withdrawn_keeps_the_counts_and_viewer_vote_exact(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    content_id = str(_opened(user, onboard).content_id)
    answers = [
        as_user(VOTE, {"id": content_id, "value": value})["data"]["voteLesson"]
        for value in (1, 1, -1, 0, 0)
    ]

    seen = [(a["upvotes"], a["downvotes"], a["viewerVote"]) for a in answers]
    assert seen == [(1, 0, 1), (1, 0, 1), (0, 1, -1), (0, 0, 0), (0, 0, 0)]
    assert not LessonVote.objects.exists()
    assert _counts(content_id) == (0, 0)


def test_votes_of_several_learners_add_up(db: None, onboard: Callable[..., Any]) -> None:
    shared = quiz_content()
    learners = UserFactory.create_batch(3)
    for learner in learners:
        lesson = holding(first_lesson(learner, onboard), shared)
        lesson_mark_complete(user=learner, lesson_id=lesson.id)  # completing opens it too

    for learner, value in zip(learners, (1, 1, -1), strict=True):
        lesson_vote_set(user=learner, content_id=shared.id, value=value)
    lesson_vote_set(user=learners[0], content_id=shared.id, value=-1)

    assert _counts(shared.id) == (1, 2)
    assert sorted(LessonVote.objects.values_list("value", flat=True)) == [-1, -1, 1]


@pytest.mark.parametrize("value", [2, -2, 100])
def test_a_vote_other_than_up_down_or_none_is_invalid_input(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], value: int
) -> None:
    content_id = str(_opened(user, onboard).content_id)

    result = as_user(VOTE, {"id": content_id, "value": value})

    assert result["data"] is None
    assert result["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "value"}
    assert not LessonVote.objects.exists()
    assert _counts(content_id) == (0, 0)


def test_content_none_of_the_learners_lessons_shows_is_not_found(
    user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    content = _opened(user, onboard).content
    assert content is not None
    first_lesson(other_user, onboard)  # has lessons, none showing that content
    for outsider, content_id in ((other_user, content.id), (user, quiz_content().id)):
        with pytest.raises(SkillSyncError) as caught:
            lesson_vote_set(user=outsider, content_id=content_id, value=1)
        assert caught.value.code == ErrorCode.NOT_FOUND
    assert not LessonVote.objects.exists()
    assert _counts(content.id) == (0, 0)


def test_content_the_lesson_no_longer_shows_is_not_found(
    user: User, onboard: Callable[..., Any]
) -> None:
    lesson = _opened(user, onboard)
    earlier = lesson.content_id
    holding(lesson, quiz_content())

    with pytest.raises(SkillSyncError) as caught:
        lesson_vote_set(user=user, content_id=earlier, value=1)  # type: ignore[arg-type]

    assert caught.value.code == ErrorCode.NOT_FOUND


def test_content_held_but_never_opened_cannot_be_voted_on(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    result = as_user(VOTE, {"id": str(lesson.content_id), "value": 1})

    assert result["data"] is None
    assert result["errors"][0]["extensions"] == {"code": "LESSON_NOT_OPENED"}
    assert not LessonVote.objects.exists()
    assert _counts(lesson.content_id) == (0, 0)


def test_a_malformed_id_is_invalid_id(as_user: GraphQL) -> None:
    result = as_user(VOTE, {"id": "not-a-uuid", "value": 1})

    assert result["errors"][0]["extensions"]["code"] == "INVALID_ID"


@pytest.mark.parametrize("value", [0, 2, -2])
def test_the_database_refuses_a_vote_that_is_not_up_or_down(user: User, value: int) -> None:
    content = quiz_content()

    with pytest.raises(IntegrityError), transaction.atomic():
        LessonVote.objects.create(user=user, content=content, value=value)


def test_the_database_refuses_a_second_vote_of_one_learner(user: User) -> None:
    content = quiz_content()
    LessonVote.objects.create(user=user, content=content, value=1)

    with pytest.raises(IntegrityError), transaction.atomic():
        LessonVote.objects.create(user=user, content=content, value=-1)
