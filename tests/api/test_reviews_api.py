"""Reviews over GraphQL: the viewer's due queue (most overdue first, limited, their own cards
only, answers never sent before answering, a fixed number of queries) and answerReview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from skillsync.accounts.models import User
from skillsync.learning.models import ReviewCard
from skillsync.learning.services import quiz_submit
from tests.conftest import GraphQL, error_of
from tests.learning.support import QUIZ, RIGHT, first_lesson, holding, quiz_content

DUE = """query($first: Int!) { dueReviews(first: $first) {
  totalDue nextDueAt
  cards { id lessonId lessonTitle question options dueAt intervalDays repetitions } } }"""
ANSWER = """mutation($id: ID!, $answer: Int!) { answerReview(cardId: $id, answer: $answer) {
  correct correctIndex explanation card { id dueAt intervalDays repetitions } } }"""
WRONG = [0, 1, 0]


def _quizzed(user: User, onboard: Callable[..., Any], answers: list[int], ago: timedelta) -> Any:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    with freeze_time(timezone.now() - ago):
        quiz_submit(user=user, lesson_id=lesson.id, answers=answers)
    return lesson


def test_due_reviews_lists_the_most_overdue_first_without_answers(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    older = _quizzed(user, onboard, WRONG, timedelta(days=2))
    newer = _quizzed(user, onboard, [RIGHT[0], 1, RIGHT[2]], timedelta(hours=1))

    result = as_user(DUE, {"first": 10})["data"]["dueReviews"]

    assert result["totalDue"] == 4  # three from the older quiz, one from the newer
    assert [(c["lessonId"], c["question"]) for c in result["cards"]] == [
        (str(older.id), q["question"]) for q in QUIZ["questions"]
    ] + [(str(newer.id), QUIZ["questions"][1]["question"])]
    first = result["cards"][0]
    assert first["lessonTitle"] == older.title
    assert first["options"] == QUIZ["questions"][0]["options"]
    assert (first["intervalDays"], first["repetitions"]) == (0, 0)
    assert result["nextDueAt"] is not None  # the newer quiz's right answers, in two days
    for card in result["cards"]:
        assert set(card) == {
            "id",
            "lessonId",
            "lessonTitle",
            "question",
            "options",
            "dueAt",
            "intervalDays",
            "repetitions",
        }
    leak = as_user("query { dueReviews { cards { answer } } }")
    assert error_of(leak)["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_due_reviews_is_limited_and_counts_them_all(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    for days in (3, 2, 1):
        _quizzed(user, onboard, WRONG, timedelta(days=days))

    two = as_user(DUE, {"first": 2})["data"]["dueReviews"]
    capped = as_user(DUE, {"first": 500})["data"]["dueReviews"]
    at_least_one = as_user(DUE, {"first": 0})["data"]["dueReviews"]

    assert (two["totalDue"], len(two["cards"])) == (9, 2)
    assert [c["id"] for c in two["cards"]] == [c["id"] for c in capped["cards"][:2]]
    assert len(capped["cards"]) == 9
    assert len(at_least_one["cards"]) == 1
    due = [c["dueAt"] for c in capped["cards"]]
    assert due == sorted(due)
    assert capped["nextDueAt"] is None


def test_due_reviews_are_the_viewers_own_and_cost_two_queries(
    as_user: GraphQL, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    _quizzed(other_user, onboard, WRONG, timedelta(days=1))
    assert as_user(DUE, {"first": 10})["data"]["dueReviews"] == {
        "totalDue": 0,
        "nextDueAt": None,
        "cards": [],
    }

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            result = as_user(DUE, {"first": 50})
        assert "errors" not in result, result
        return len(captured.captured_queries)

    _quizzed(user, onboard, WRONG, timedelta(days=1))
    few = queries()
    for _ in range(4):
        _quizzed(user, onboard, WRONG, timedelta(days=1))
    assert few == queries()


def test_answer_review_scores_and_reschedules(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    _quizzed(user, onboard, WRONG, timedelta(hours=1))
    card = ReviewCard.objects.get(question_index=0)

    right = as_user(ANSWER, {"id": str(card.pk), "answer": RIGHT[0]})["data"]["answerReview"]

    assert right["correct"] is True
    assert right["correctIndex"] == RIGHT[0]
    assert right["explanation"] == QUIZ["questions"][0]["explanation"]
    assert (right["card"]["id"], right["card"]["intervalDays"]) == (str(card.pk), 2)
    assert right["card"]["repetitions"] == 1
    card.refresh_from_db()
    assert card.interval_days == 2
    due = as_user(DUE, {"first": 10})["data"]["dueReviews"]
    assert str(card.pk) not in {c["id"] for c in due["cards"]}

    wrong = as_user(ANSWER, {"id": str(card.pk), "answer": 0})["data"]["answerReview"]
    assert (wrong["correct"], wrong["card"]["intervalDays"], wrong["card"]["repetitions"]) == (
        False,
        0,
        0,
    )


def test_answer_review_refusals_store_nothing(
    as_user: GraphQL, gql: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = _quizzed(user, onboard, WRONG, timedelta(hours=1))
    card = ReviewCard.objects.get(question_index=0)
    before = list(ReviewCard.objects.values())

    out_of_range = error_of(as_user(ANSWER, {"id": str(card.pk), "answer": 3}))
    negative = error_of(as_user(ANSWER, {"id": str(card.pk), "answer": -1}))
    malformed = error_of(as_user(ANSWER, {"id": "not-an-id", "answer": 0}))
    anonymous = error_of(gql(ANSWER, {"id": str(card.pk), "answer": RIGHT[0]}))
    holding(lesson, quiz_content())
    retired = error_of(as_user(ANSWER, {"id": str(card.pk), "answer": RIGHT[0]}))

    assert out_of_range["extensions"] == {"code": "INVALID_INPUT", "field": "answer"}
    assert negative["extensions"] == {"code": "INVALID_INPUT", "field": "answer"}
    assert malformed["extensions"] == {"code": "INVALID_ID", "field": "id"}
    assert anonymous["extensions"]["code"] == "UNAUTHENTICATED"
    assert retired["extensions"] == {"code": "CONTENT_CHANGED"}
    assert list(ReviewCard.objects.values()) == before
    anonymous_queue = error_of(gql(DUE, {"first": 10}))
    assert anonymous_queue["extensions"]["code"] == "UNAUTHENTICATED"
