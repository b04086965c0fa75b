"""The dashboard: the viewer's roadmaps with progress, paginated, in a fixed number of queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skillsync.accounts.models import User
from skillsync.learning.editing import lesson_remove, module_remove
from skillsync.learning.models import Lesson
from skillsync.learning.services import lesson_mark_complete, lesson_start
from tests.conftest import GraphQL
from tests.factories import LessonContentFactory

DASHBOARD = """
query($offset: Int!, $limit: Int!) {
  dashboard(offset: $offset, limit: $limit) {
    totalCount offset limit
    roadmaps {
      id title createdAt
      progress { totalLessons completedLessons percent lastLessonId }
      nextLesson { id title }
      modules {
        id title generationStatus completedLessons
        lessons {
          id title learningStyle hasContent
          progress { status completedAt }
          content { id topic approvalStatus }
        }
      }
    }
  }
}"""


def _roadmaps(user: User, onboard: Callable[..., Any], count: int) -> None:
    for index in range(count):
        roadmap = onboard(user, goal=f"Learn Python step {index}", weekly_hours=4 + index % 10)
        # Some lessons have content and some are complete, so every branch is loaded.
        lessons = Lesson.objects.filter(module__roadmap=roadmap).order_by(
            "module__position", "position"
        )
        lesson = lessons[index % lessons.count()]
        assert lesson is not None
        lesson.content = LessonContentFactory.create()
        lesson.save()
        lesson_mark_complete(user=user, lesson_id=lesson.id)


def _count_queries(gql: GraphQL, limit: int = 50) -> tuple[int, dict[str, Any]]:
    with CaptureQueriesContext(connection) as ctx:
        result = gql(DASHBOARD, {"offset": 0, "limit": limit})
    assert "errors" not in result, result
    return len(ctx.captured_queries), result["data"]["dashboard"]


def test_dashboard_query_count_is_the_same_for_1_and_20_roadmaps(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    _roadmaps(user, onboard, 1)
    one_count, one = _count_queries(as_user)
    _roadmaps(user, onboard, 19)
    twenty_count, twenty = _count_queries(as_user)

    assert len(one["roadmaps"]) == 1
    assert len(twenty["roadmaps"]) == 20
    lessons = sum(len(m["lessons"]) for r in twenty["roadmaps"] for m in r["modules"])
    assert lessons > 100  # a real amount of nested data was loaded
    assert one_count == twenty_count, (one_count, twenty_count)
    assert twenty_count <= 7


def test_dashboard_shows_progress_per_roadmap_and_module(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    lessons = list(Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position"))
    for lesson in lessons[:3]:
        lesson_mark_complete(user=user, lesson_id=lesson.id)

    _, dashboard = _count_queries(as_user)
    progress = dashboard["roadmaps"][0]["progress"]
    assert progress["totalLessons"] == len(lessons)
    assert progress["completedLessons"] == 3
    assert progress["percent"] == round(300 / len(lessons))
    assert progress["lastLessonId"] == str(lessons[2].id)
    first_module = dashboard["roadmaps"][0]["modules"][0]
    assert first_module["completedLessons"] == min(3, len(first_module["lessons"]))
    statuses = [lesson["progress"] for lesson in first_module["lessons"]]
    assert statuses[0]["status"] == "COMPLETED"
    assert statuses[0]["completedAt"]


def _next_lesson(gql: GraphQL) -> dict[str, str] | None:
    _, dashboard = _count_queries(gql)
    found: dict[str, str] | None = dashboard["roadmaps"][0]["nextLesson"]
    return found


def _link(lesson: Lesson) -> dict[str, str]:
    return {"id": str(lesson.id), "title": lesson.title}


def test_the_next_lesson_is_the_one_opened_last_else_the_first_still_there(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    lessons = list(
        Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position", "position")
    )
    first, opened = lessons[0], lessons[6]
    second_module_first = next(x for x in lessons if x.module_id != first.module_id)

    assert _next_lesson(as_user) == _link(first)  # nothing opened yet
    lesson_start(user=user, lesson_id=opened.id)
    assert _next_lesson(as_user) == _link(opened)
    lesson_remove(user=user, lesson_id=opened.id)  # the lesson opened last is gone
    assert _next_lesson(as_user) == _link(first)
    module_remove(user=user, module_id=first.module_id)  # so is the first module
    assert _next_lesson(as_user) == _link(second_module_first)
    # A roadmap answered by a mutation (not loaded by the dashboard) gives the same.
    renamed = as_user(
        'mutation($id: ID!) { renameRoadmap(roadmapId: $id, title: "Mine") { nextLesson { id } } }',
        {"id": str(roadmap.id)},
    )
    assert renamed["data"]["renameRoadmap"]["nextLesson"] == {"id": str(second_module_first.id)}


def test_a_roadmap_without_lessons_has_no_next_lesson(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    roadmap = onboard(user)
    Lesson.objects.filter(module__roadmap=roadmap).delete()

    assert _next_lesson(as_user) is None


def test_dashboard_lists_only_the_viewers_roadmaps_newest_first(
    as_user: GraphQL, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    first = onboard(user, goal="Learn Rust")
    second = onboard(user, goal="Learn Docker")
    onboard(other_user, goal="Learn React")
    _, dashboard = _count_queries(as_user)
    assert [r["id"] for r in dashboard["roadmaps"]] == [str(second.id), str(first.id)]
    assert dashboard["totalCount"] == 2


@pytest.mark.parametrize(
    ("offset", "limit", "expected_ids", "expected_limit"),
    [
        (0, 2, [4, 3], 2),
        (2, 2, [2, 1], 2),
        (4, 2, [0], 2),
        (9, 2, [], 2),
        (0, 500, [4, 3, 2, 1, 0], 50),
        (-5, 0, [4], 1),
    ],
)
def test_dashboard_is_paginated_with_a_capped_page_size(
    as_user: GraphQL,
    user: User,
    onboard: Callable[..., Any],
    offset: int,
    limit: int,
    expected_ids: list[int],
    expected_limit: int,
) -> None:
    created = [str(onboard(user, goal=f"Learn Go {i}").id) for i in range(5)]
    result = as_user(DASHBOARD, {"offset": offset, "limit": limit})["data"]["dashboard"]
    assert [r["id"] for r in result["roadmaps"]] == [created[i] for i in expected_ids]
    assert result["totalCount"] == 5
    assert result["limit"] == expected_limit


def test_dashboard_requires_sign_in(gql: GraphQL, db: None) -> None:
    result = gql(DASHBOARD, {"offset": 0, "limit": 5})
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
