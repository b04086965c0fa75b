"""Asking the tutor: the question and a pending answer are stored and the answer's job queued
together, or nothing at all — for someone else's lesson, a bad message, a lesson with no
content, a question while an answer is being written, or past the limit. History is the
learner's own, oldest first, paged backwards from the newest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.tutor.models import TutorMessage
from tests.conftest import GraphQL, access_token, error_of, post_graphql
from tests.tutor.support import (
    ASK,
    CONVERSATION,
    answer_jobs,
    deliver,
    planned_lesson,
    tutored_lesson,
)

pytestmark = pytest.mark.django_db


def _ask(as_user: GraphQL, lesson: Any, message: str) -> dict[str, Any]:
    return as_user(ASK, {"id": str(lesson.id), "message": message})


def _nothing_stored() -> None:
    assert not TutorMessage.objects.exists()
    assert answer_jobs() == []


def test_asking_stores_the_question_and_a_pending_answer_and_queues_it(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = tutored_lesson(user, onboard)

    result = _ask(as_user, lesson, "  What does a comprehension build?\n")

    exchange = result["data"]["askTutor"]
    assert exchange["question"] == {
        "id": exchange["question"]["id"],
        "role": "LEARNER",
        "text": "What does a comprehension build?",
        "status": "COMPLETE",
        "errorCode": None,
        "citations": [],
    }
    assert exchange["answer"]["role"] == "TUTOR"
    assert (exchange["answer"]["status"], exchange["answer"]["text"]) == ("PENDING", "")
    answer = TutorMessage.objects.get(pk=exchange["answer"]["id"])
    assert answer.reply_to_id is not None
    assert str(answer.reply_to_id) == exchange["question"]["id"]
    assert answer.content_id == lesson.content_id == answer.reply_to.content_id  # type: ignore[union-attr]
    [job] = answer_jobs()
    assert (job.queue_name, job.args) == ("tutor", {"message_id": str(answer.pk)})


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("", "EMPTY"),
        (" \n\t ", "EMPTY"),
        ("x" * 1001, "TOO_LONG"),
        ("Explain keys\u202e please", "CONTROL_CHARACTER"),  # a direction override
        ("Explain keys\u200b", "CONTROL_CHARACTER"),  # zero-width space
        ("Explain\x07 keys", "CONTROL_CHARACTER"),
    ],
    ids=["empty", "blank", "too-long", "bidi-override", "zero-width", "bell"],
)
def test_a_bad_message_is_refused_and_nothing_is_stored(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], message: str, reason: str
) -> None:
    lesson = tutored_lesson(user, onboard)

    error = error_of(_ask(as_user, lesson, message))

    assert error["extensions"] == {"code": "INVALID_INPUT", "field": "message", "reason": reason}
    _nothing_stored()


def test_a_message_of_a_thousand_characters_with_line_breaks_is_fine(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = tutored_lesson(user, onboard)

    result = _ask(as_user, lesson, "Line one\nline two\t" + "x" * 982)

    assert "errors" not in result, result
    assert TutorMessage.objects.count() == 2


def test_a_lesson_with_no_content_cannot_be_asked_about(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = planned_lesson(user, onboard)

    error = error_of(_ask(as_user, lesson, "What is this lesson about?"))

    assert error["extensions"]["code"] == "LESSON_NOT_GENERATED"
    _nothing_stored()


def test_another_learner_can_neither_ask_about_a_lesson_nor_read_its_conversation(
    client: Any, user: User, other_user: User, onboard: Callable[..., Any], as_user: GraphQL
) -> None:
    lesson = tutored_lesson(user, onboard)
    deliver(_ask(as_user, lesson, "What is a dictionary?")["data"]["askTutor"]["answer"]["id"])
    jobs_before = len(answer_jobs())
    token = access_token(other_user)

    asked = post_graphql(client, ASK, {"id": str(lesson.id), "message": "Hi"}, token=token)
    read = post_graphql(client, CONVERSATION, {"id": str(lesson.id), "last": 20}, token=token)

    assert error_of(asked)["extensions"] == {"code": "NOT_FOUND"}
    assert error_of(read)["extensions"] == {"code": "NOT_FOUND"}
    assert TutorMessage.objects.count() == 2
    assert len(answer_jobs()) == jobs_before


def test_a_second_question_waits_for_the_answer_to_the_first(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = tutored_lesson(user, onboard)
    first = _ask(as_user, lesson, "What is a dictionary?")["data"]["askTutor"]

    error = error_of(_ask(as_user, lesson, "And a list?"))

    assert error["extensions"] == {"code": "TUTOR_BUSY"}
    assert TutorMessage.objects.count() == 2
    assert len(answer_jobs()) == 1
    # Once answered, the next question is welcome.
    assert deliver(first["answer"]["id"]).status == "complete"
    assert "errors" not in _ask(as_user, lesson, "And a list?")
    assert TutorMessage.objects.count() == 4


def test_an_answer_no_worker_took_for_too_long_no_longer_blocks_the_learner(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], settings: Any
) -> None:
    lesson = tutored_lesson(user, onboard)
    stuck = _ask(as_user, lesson, "What is a dictionary?")["data"]["askTutor"]["answer"]
    TutorMessage.objects.filter(pk=stuck["id"]).update(
        created_at=timezone.now() - settings.TUTOR_ANSWER_STALE - timedelta(seconds=1)
    )

    result = _ask(as_user, lesson, "And a list?")

    assert "errors" not in result, result
    given_up = TutorMessage.objects.get(pk=stuck["id"])
    assert (given_up.status, given_up.error_code) == ("failed", "TIMED_OUT")
    # Its job, when a worker gets to it at last, leaves it alone.
    assert deliver(stuck["id"]).status == "failed"


def test_questions_past_the_limit_are_refused_with_nothing_stored(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], settings: Any
) -> None:
    settings.TUTOR_QUESTIONS_PER_USER = (2, 3600)
    lesson = tutored_lesson(user, onboard)
    for question in ("What is a dictionary?", "What is a list?"):
        deliver(_ask(as_user, lesson, question)["data"]["askTutor"]["answer"]["id"])

    error = error_of(_ask(as_user, lesson, "One more?"))

    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert 0 < error["extensions"]["retryAfter"] <= 3600
    assert TutorMessage.objects.count() == 4
    assert len(answer_jobs()) == 2


def test_refused_questions_do_not_count_against_the_limit(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], settings: Any
) -> None:
    settings.TUTOR_QUESTIONS_PER_USER = (1, 3600)
    lesson = tutored_lesson(user, onboard)
    for _ in range(3):
        assert error_of(_ask(as_user, lesson, ""))["extensions"]["code"] == "INVALID_INPUT"

    assert "errors" not in _ask(as_user, lesson, "What is a dictionary?")


def test_the_conversation_comes_oldest_first_in_pages_from_the_newest(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = tutored_lesson(user, onboard)
    questions = ["What is a dictionary?", "What is a list comprehension?", "Why hashable?"]
    for question in questions:
        deliver(_ask(as_user, lesson, question)["data"]["askTutor"]["answer"]["id"])

    newest = as_user(CONVERSATION, {"id": str(lesson.id), "last": 4})["data"]
    page = newest["tutorConversation"]
    earlier = as_user(
        CONVERSATION,
        {"id": str(lesson.id), "last": 4, "before": page["pageInfo"]["endCursor"]},
    )["data"]["tutorConversation"]

    assert page["totalCount"] == earlier["totalCount"] == 6
    assert [(n["role"], n["text"]) for n in page["nodes"] if n["role"] == "LEARNER"] == [
        ("LEARNER", questions[1]),
        ("LEARNER", questions[2]),
    ]
    assert [n["role"] for n in page["nodes"]] == ["LEARNER", "TUTOR", "LEARNER", "TUTOR"]
    assert all(n["status"] == "COMPLETE" for n in page["nodes"])
    assert page["pageInfo"]["hasNextPage"] is True
    assert earlier["nodes"][0]["text"] == questions[0]
    assert [n["role"] for n in earlier["nodes"]] == ["LEARNER", "TUTOR"]
    assert earlier["pageInfo"]["hasNextPage"] is False
    times = [n["createdAt"] for n in earlier["nodes"] + page["nodes"]]
    assert times == sorted(times)
    # Each answer's citations resolve to the lesson's sections and passages.
    assert any(c["kind"] == "section" for n in page["nodes"] for c in n["citations"])


def test_a_bad_cursor_is_refused(as_user: GraphQL, user: User, onboard: Callable[..., Any]) -> None:
    lesson = tutored_lesson(user, onboard)

    result = as_user(CONVERSATION, {"id": str(lesson.id), "last": 5, "before": "nope"})

    assert error_of(result)["extensions"] == {"code": "INVALID_INPUT", "field": "before"}


def test_history_is_per_lesson(as_user: GraphQL, user: User, onboard: Callable[..., Any]) -> None:
    lesson = tutored_lesson(user, onboard)
    other = tutored_lesson(user, onboard)
    deliver(_ask(as_user, lesson, "What is a dictionary?")["data"]["askTutor"]["answer"]["id"])

    mine = as_user(CONVERSATION, {"id": str(other.id), "last": 20})["data"]

    assert mine["tutorConversation"] == {
        "totalCount": 0,
        "pageInfo": {"hasNextPage": False, "endCursor": None},
        "nodes": [],
    }


@pytest.mark.django_db(transaction=True)
def test_questions_asked_at_the_same_moment_get_one_answer_written_at_a_time(
    onboard: Callable[..., Any],
) -> None:
    from skillsync.tutor.services import tutor_question_ask
    from tests.concurrency import outcomes_in_parallel
    from tests.factories import UserFactory

    user = UserFactory.create()
    lesson = tutored_lesson(user, onboard)

    def ask() -> str:
        exchange = tutor_question_ask(user=user, lesson_id=lesson.id, message="What is a key?")
        return str(exchange.answer.status)

    results = outcomes_in_parallel(8, ask)

    assert sorted(results) == ["TUTOR_BUSY"] * 7 + ["pending"]
    assert TutorMessage.objects.count() == 2
    assert len(answer_jobs()) == 1
