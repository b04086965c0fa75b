"""Editing a roadmap over GraphQL: each mutation as the web app calls it, the answers' shape,
codes and fields on refusal, removed modules and lessons hidden from every list and query (and
listed for a restore), and fixed query counts with removed rows present."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from skillsync.accounts.models import User
from skillsync.learning import editing
from skillsync.learning.models import Lesson, Roadmap
from skillsync.learning.services import lesson_mark_complete
from tests.api.test_dashboard import DASHBOARD
from tests.conftest import GraphQL, error_of
from tests.factories import LessonContentFactory
from tests.learning.editing_support import layout, queued_work, structure

Onboard = Callable[..., Any]

ROADMAP = """query($id: ID!) { roadmap(id: $id) {
  id title progress { totalLessons completedLessons percent lastLessonId }
  modules { id position title generationStatus completedLessons
    lessons { id position title hasContent progress { status quizScore } content { id } }
    removedLessons { id title position removedAt } }
  removedModules { id title position removedAt } } }"""
LESSON = "query($id: ID!) { lesson(id: $id) { id title } }"
MODULE = "query($id: ID!) { module(id: $id) { id } }"

SHAPE = "id title modules { id position lessons { id position } }"
RENAME_ROADMAP = f"""mutation($id: ID!, $title: String!) {{
  renameRoadmap(roadmapId: $id, title: $title) {{ {SHAPE} }} }}"""
RENAME_MODULE = """mutation($id: ID!, $title: String!, $description: String) {
  renameModule(moduleId: $id, title: $title, description: $description) {
    id title description } }"""
MOVE_MODULE = f"""mutation($id: ID!, $position: Int!) {{
  moveModule(moduleId: $id, position: $position) {{ {SHAPE} }} }}"""
ADD_MODULE = """mutation($roadmapId: ID!, $title: String!, $position: Int) {
  addModule(roadmapId: $roadmapId, title: $title, position: $position) {
    id position title description generationStatus lessons { id } } }"""
REMOVE_MODULE = f"""mutation($id: ID!) {{ removeModule(moduleId: $id) {{ {SHAPE}
  progress {{ totalLessons completedLessons }} removedModules {{ id position }} }} }}"""
RESTORE_MODULE = f"""mutation($id: ID!) {{ restoreModule(moduleId: $id) {{ {SHAPE}
  progress {{ totalLessons completedLessons }} removedModules {{ id }} }} }}"""
RENAME_LESSON = """mutation($id: ID!, $title: String!) {
  renameLesson(lessonId: $id, title: $title) { id title hasContent content { id } } }"""
MOVE_LESSON = f"""mutation($id: ID!, $moduleId: ID!, $position: Int!) {{
  moveLesson(lessonId: $id, moduleId: $moduleId, position: $position) {{ {SHAPE} }} }}"""
ADD_LESSON = """mutation($moduleId: ID!, $title: String!, $position: Int) {
  addLesson(moduleId: $moduleId, title: $title, position: $position) {
    id moduleId position title learningStyle generationStatus hasContent progress { status } } }"""
REMOVE_LESSON = """mutation($id: ID!) { removeLesson(lessonId: $id) {
  id lessons { id position } removedLessons { id title position } } }"""
RESTORE_LESSON = """mutation($id: ID!) { restoreLesson(lessonId: $id) {
  id lessons { id position progress { status } } removedLessons { id } } }"""


def _ids(roadmap: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """The answer's modules and lessons, after checking each list's positions are 0..n-1."""
    shape = []
    for index, module in enumerate(roadmap["modules"]):
        assert module["position"] == index
        assert [lesson["position"] for lesson in module["lessons"]] == list(
            range(len(module["lessons"]))
        )
        shape.append((module["id"], [lesson["id"] for lesson in module["lessons"]]))
    return shape


def _data(result: dict[str, Any], name: str) -> Any:
    assert "errors" not in result, result
    return result["data"][name]


def test_every_edit_over_graphql(as_user: GraphQL, user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    ((m0, (l1, l2, *_)), (m1, _), *_) = [
        (str(m), [str(lesson) for lesson in ls]) for m, ls in layout(roadmap)
    ]
    holding = Lesson.objects.get(pk=l1)
    holding.content = LessonContentFactory.create()
    holding.save(update_fields=["content"])
    lesson_mark_complete(user=user, lesson_id=l1)
    work = queued_work()
    total = roadmap.progress["total_lessons"]

    renamed = _data(
        as_user(RENAME_ROADMAP, {"id": str(roadmap.id), "title": " Mine "}), "renameRoadmap"
    )
    assert renamed["title"] == "Mine"
    module = _data(
        as_user(RENAME_MODULE, {"id": m0, "title": "Basics", "description": "Start here"}),
        "renameModule",
    )
    assert module == {"id": m0, "title": "Basics", "description": "Start here"}
    lesson = _data(as_user(RENAME_LESSON, {"id": l1, "title": "Set up"}), "renameLesson")
    assert lesson == {
        "id": l1,
        "title": "Set up",
        "hasContent": True,
        "content": {"id": str(holding.content_id)},
    }

    moved = _ids(_data(as_user(MOVE_MODULE, {"id": m0, "position": 1}), "moveModule"))
    assert [m for m, _ in moved][:2] == [m1, m0]
    moved = _ids(
        _data(as_user(MOVE_LESSON, {"id": l2, "moduleId": m1, "position": 0}), "moveLesson")
    )
    assert dict(moved)[m1][0] == l2
    assert l2 not in dict(moved)[m0]

    added = _data(as_user(ADD_LESSON, {"moduleId": m0, "title": "Extra"}), "addLesson")
    assert added["position"] == len(dict(moved)[m0])  # null: at the end
    assert (added["moduleId"], added["title"], added["learningStyle"]) == (m0, "Extra", "HANDS_ON")
    assert (added["generationStatus"], added["hasContent"], added["progress"]) == (
        "NOT_STARTED",
        False,
        None,
    )
    first = _data(
        as_user(ADD_MODULE, {"roadmapId": str(roadmap.id), "title": "Warm-up", "position": 0}),
        "addModule",
    )
    assert (first["position"], first["title"], first["description"], first["lessons"]) == (
        0,
        "Warm-up",
        "",
        [],
    )
    assert first["generationStatus"] == "NOT_STARTED"

    module = _data(as_user(REMOVE_LESSON, {"id": l1}), "removeLesson")
    assert l1 not in [lesson["id"] for lesson in module["lessons"]]
    assert module["removedLessons"] == [{"id": l1, "title": "Set up", "position": 0}]
    assert error_of(as_user(LESSON, {"id": l1}))["extensions"] == {"code": "NOT_FOUND"}
    module = _data(as_user(RESTORE_LESSON, {"id": l1}), "restoreLesson")
    assert module["lessons"][0] == {"id": l1, "position": 0, "progress": {"status": "COMPLETED"}}
    assert module["removedLessons"] == []

    removed = _data(as_user(REMOVE_MODULE, {"id": m0}), "removeModule")
    assert m0 not in [m["id"] for m in removed["modules"]]
    assert removed["removedModules"] == [{"id": m0, "position": 2}]
    m0_lessons = len(dict(moved)[m0]) + 1
    assert removed["progress"] == {"totalLessons": total - m0_lessons + 1, "completedLessons": 0}
    assert error_of(as_user(MODULE, {"id": m0}))["extensions"] == {"code": "NOT_FOUND"}
    restored = _data(as_user(RESTORE_MODULE, {"id": m0}), "restoreModule")
    assert [m["id"] for m in restored["modules"]][:3] == [first["id"], m1, m0]
    assert restored["progress"] == {"totalLessons": total + 1, "completedLessons": 1}
    assert restored["removedModules"] == []
    assert queued_work() == work


def test_refusals_carry_a_code_and_field(as_user: GraphQL, user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (lesson, *_)), *_ = [(str(m), [str(x) for x in ls]) for m, ls in layout(roadmap)]
    before = structure(roadmap)

    too_long = error_of(as_user(RENAME_LESSON, {"id": lesson, "title": "x" * 201}))
    assert too_long["extensions"] == {
        "code": "INVALID_INPUT",
        "field": "title",
        "reason": "TOO_LONG",
    }
    hidden = error_of(as_user(RENAME_MODULE, {"id": module, "title": "a\u200bb"}))
    assert hidden["extensions"]["reason"] == "CONTROL_CHARACTER"
    out = error_of(as_user(MOVE_MODULE, {"id": module, "position": 99}))
    assert out["extensions"] == {
        "code": "INVALID_INPUT",
        "field": "position",
        "reason": "OUT_OF_RANGE",
        "max": len(layout(roadmap)) - 1,
    }
    malformed = error_of(as_user(REMOVE_LESSON, {"id": "not-an-id"}))
    assert malformed["extensions"]["code"] == "INVALID_ID"
    assert structure(roadmap) == before


def test_editing_requires_sign_in(gql: GraphQL, user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    before = structure(roadmap)
    result = gql(RENAME_ROADMAP, {"id": str(roadmap.id), "title": "Mine"})
    assert error_of(result)["extensions"]["code"] == "UNAUTHENTICATED"
    assert structure(roadmap) == before


def test_removed_rows_never_reach_the_roadmap_or_dashboard(
    as_user: GraphQL, user: User, onboard: Onboard
) -> None:
    roadmap = onboard(user)
    shape = layout(roadmap)
    (_, (l1, l2, *_)), (m1, _), *_ = shape
    lesson_mark_complete(user=user, lesson_id=l1)
    lesson_mark_complete(user=user, lesson_id=l2)
    editing.lesson_remove(user=user, lesson_id=l1)
    editing.module_remove(user=user, module_id=m1)

    seen = _data(as_user(ROADMAP, {"id": str(roadmap.id)}), "roadmap")
    lessons = [lesson["id"] for module in seen["modules"] for lesson in module["lessons"]]
    visible = sum(len(ls) for m, ls in shape if m != m1) - 1
    assert len(lessons) == visible
    assert str(l1) not in lessons
    assert str(m1) not in [module["id"] for module in seen["modules"]]
    assert seen["modules"][0]["completedLessons"] == 1  # l2; l1 is removed
    assert seen["progress"] == {
        "totalLessons": visible,
        "completedLessons": 1,
        "percent": round(100 / visible),
        "lastLessonId": str(l2),
    }
    assert [m["id"] for m in seen["removedModules"]] == [str(m1)]
    assert [x["id"] for x in seen["modules"][0]["removedLessons"]] == [str(l1)]
    dashboard = _data(as_user(DASHBOARD, {"offset": 0, "limit": 5}), "dashboard")
    listed = dashboard["roadmaps"][0]
    assert [m["id"] for m in listed["modules"]] == [m["id"] for m in seen["modules"]]
    assert listed["progress"]["totalLessons"] == visible
    assert str(l1) not in [x["id"] for m in listed["modules"] for x in m["lessons"]]


def _queries(run: Callable[[], dict[str, Any]]) -> int:
    with CaptureQueriesContext(connection) as ctx:
        result = run()
    assert "errors" not in result, result
    return len(ctx.captured_queries)


def test_query_counts_stay_fixed_with_removed_rows(
    as_user: GraphQL, user: User, onboard: Onboard
) -> None:
    first = onboard(user)
    second = onboard(user, goal="Learn Go for cloud services")

    def roadmap_query() -> dict[str, Any]:
        return as_user(ROADMAP, {"id": str(first.id)})

    def dashboard_query() -> dict[str, Any]:
        return as_user(DASHBOARD, {"offset": 0, "limit": 20})

    plain = _queries(roadmap_query), _queries(dashboard_query)
    for roadmap in (first, second):
        shape = layout(roadmap)
        for _, lessons in shape[:4]:
            editing.lesson_remove(user=user, lesson_id=lessons[0])
            editing.lesson_remove(user=user, lesson_id=lessons[1])
        editing.module_remove(user=user, module_id=shape[5][0])
        editing.module_remove(user=user, module_id=shape[6][0])
    assert Lesson.objects.filter(removed_at__isnull=False).count() == 16

    assert (_queries(roadmap_query), _queries(dashboard_query)) == plain
    assert plain[1] <= 7


def test_an_edit_marks_the_roadmap_edited(as_user: GraphQL, user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    assert roadmap.edited_at is None
    as_user(RENAME_ROADMAP, {"id": str(roadmap.id), "title": "Mine"})
    assert Roadmap.objects.get(pk=roadmap.pk).edited_at is not None
