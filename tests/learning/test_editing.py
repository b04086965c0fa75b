"""Editing a roadmap (learning/editing.py) against the real database: the learner's progress,
attempts, votes and content stay with their lessons through every edit, positions stay 0..n-1,
nothing is generated, and refused edits change nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from skillsync.accounts.models import User
from skillsync.community.services import lesson_vote_set
from skillsync.core.errors import SkillSyncError
from skillsync.generation.models import GenerationRequest
from skillsync.generation.queue import (
    lesson_generation_request,
    module_generation_request,
    module_status_refresh,
)
from skillsync.learning import editing
from skillsync.learning.models import Lesson, LessonProgress, Module, PersonalIntro, Roadmap
from skillsync.learning.planner import PlannedLesson, PlannedModule, PlannedRoadmap
from skillsync.learning.selectors import access_lesson, access_module
from skillsync.learning.services import (
    lesson_mark_complete,
    lesson_start,
    profile_update_learning_style,
    quiz_submit,
    roadmap_replace_plan,
)
from tests.factories import LessonContentFactory
from tests.learning.editing_support import (
    Layout,
    keepsakes,
    layout,
    progress_of,
    queued_work,
    structure,
)
from tests.learning.support import holding, quiz_content

Onboard = Callable[..., Any]


def _refused(action: Callable[[], object]) -> dict[str, Any]:
    with pytest.raises(SkillSyncError) as caught:
        action()
    return caught.value.extensions


def _moved(shape: Layout, item: uuid.UUID, module: uuid.UUID, position: int) -> Layout:
    """``shape`` with lesson ``item`` moved to ``position`` in ``module``: what the service
    should produce."""
    rest = [(m, [lesson for lesson in ls if lesson != item]) for m, ls in shape]
    for m, lessons in rest:
        if m == module:
            lessons.insert(position, item)
    return rest


def test_progress_attempts_votes_and_content_survive_every_edit(
    user: User, onboard: Onboard
) -> None:
    roadmap = onboard(user)
    expected = layout(roadmap)
    (m0, (l1, l2, *_)), (m1, (l3, *_)) = expected[0], expected[1]
    # The learner answers a quiz (2 of 3 right), completes two lessons, votes, opens a third.
    shown = quiz_content()
    holding(Lesson.objects.get(pk=l1), shown)
    quiz_submit(user=user, lesson_id=l1, answers=[1, 1, 3])
    lesson_mark_complete(user=user, lesson_id=l1)
    lesson_vote_set(user=user, content_id=shown.pk, value=1)
    lesson_mark_complete(user=user, lesson_id=l3)
    lesson_start(user=user, lesson_id=l2)
    PersonalIntro.objects.create(user=user, lesson_id=l2, text="For your hospital work.")
    before, work = keepsakes(user), queued_work()
    assert before["progress"][l1][:2] == ("completed", 67)
    completed = {l1, l3}

    def check(step: str) -> None:
        assert layout(roadmap) == expected, step
        assert keepsakes(user) == before, step
        assert queued_work() == work, step
        visible = {lesson for _, lessons in expected for lesson in lessons}
        done = len(completed & visible)
        progress = progress_of(roadmap)
        assert progress["total_lessons"] == len(visible), step
        assert progress["completed_lessons"] == done, step
        assert progress["percent"] == round(100 * done / len(visible)), step

    editing.roadmap_rename(user=user, roadmap_id=roadmap.id, title="  My   Django path ")
    editing.module_rename(user=user, module_id=m0, title="Basics", description="Start here.")
    editing.lesson_rename(user=user, lesson_id=l1, title="Setting up Django")
    check("renamed")
    assert Roadmap.objects.get(pk=roadmap.pk).title == "My Django path"
    assert Module.objects.values_list("title", "description").get(pk=m0) == (
        "Basics",
        "Start here.",
    )
    assert Lesson.objects.values_list("title", "content").get(pk=l1) == (
        "Setting up Django",
        shown.pk,
    )

    editing.module_move(user=user, module_id=m0, position=len(expected) - 1)
    expected.append(expected.pop(0))
    check("module moved to the end")

    editing.lesson_move(user=user, lesson_id=l2, module_id=m0, position=0)
    expected = _moved(expected, l2, m0, 0)
    check("lesson moved within its module")

    editing.lesson_move(user=user, lesson_id=l1, module_id=m1, position=1)
    expected = _moved(expected, l1, m1, 1)
    check("lesson moved to another module")

    added = editing.lesson_add(user=user, module_id=m1, title="Extra practice", position=0)
    expected[0][1].insert(0, added.pk)
    before["contents"][added.pk] = None
    check("lesson added")
    assert expected[0] == (m1, [added.pk, l3, l1, *expected[0][1][3:]])

    editing.lesson_remove(user=user, lesson_id=l3)
    expected[0][1].remove(l3)
    check("lesson removed: its progress kept, no longer counted")

    editing.module_remove(user=user, module_id=m1)
    removed = expected.pop(0)
    check("module removed with its lessons")

    editing.module_restore(user=user, module_id=m1)
    expected.insert(0, removed)
    check("module restored with its lessons, not the one removed before")

    editing.lesson_restore(user=user, lesson_id=l3)
    expected[0][1].insert(1, l3)
    check("lesson restored where it was")

    capstone = editing.module_add(user=user, roadmap_id=roadmap.id, title="Capstone", position=0)
    expected.insert(0, (capstone.pk, []))
    check("module added")


def test_positions_out_of_range_are_refused_and_change_nothing(
    user: User, onboard: Onboard
) -> None:
    roadmap = onboard(user)
    shape = layout(roadmap)
    (m0, lessons), (m1, others) = shape[0], shape[1]
    before = structure(roadmap)
    out_of_range = [
        lambda: editing.module_move(user=user, module_id=m0, position=len(shape)),
        lambda: editing.module_move(user=user, module_id=m0, position=-1),
        lambda: editing.module_add(user=user, roadmap_id=roadmap.id, title="x", position=99),
        lambda: editing.lesson_move(
            user=user, lesson_id=lessons[0], module_id=m0, position=len(lessons)
        ),
        lambda: editing.lesson_move(
            user=user, lesson_id=lessons[0], module_id=m1, position=len(others) + 1
        ),
        lambda: editing.lesson_add(user=user, module_id=m0, title="x", position=-1),
    ]
    for action in out_of_range:
        refusal = _refused(action)
        assert (refusal["code"], refusal["field"], refusal["reason"]) == (
            "INVALID_INPUT",
            "position",
            "OUT_OF_RANGE",
        )
    assert structure(roadmap) == before


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("", "REQUIRED"),
        (" \t\n ", "REQUIRED"),
        ("x" * 201, "TOO_LONG"),
        ("Null\x00byte", "CONTROL_CHARACTER"),
        ("Bell\x07", "CONTROL_CHARACTER"),
        ("Zero\u200bwidth", "CONTROL_CHARACTER"),
        ("Right\u202eto left", "CONTROL_CHARACTER"),
    ],
)
def test_bad_titles_are_refused_and_change_nothing(
    user: User, onboard: Onboard, title: str, reason: str
) -> None:
    roadmap = onboard(user)
    (module, (lesson, *_)), *_ = layout(roadmap)
    before = structure(roadmap)
    for action in (
        lambda: editing.roadmap_rename(user=user, roadmap_id=roadmap.id, title=title),
        lambda: editing.module_rename(user=user, module_id=module, title=title),
        lambda: editing.module_add(user=user, roadmap_id=roadmap.id, title=title),
        lambda: editing.lesson_rename(user=user, lesson_id=lesson, title=title),
        lambda: editing.lesson_add(user=user, module_id=module, title=title),
    ):
        assert _refused(action) == {"code": "INVALID_INPUT", "field": "title", "reason": reason}
    assert structure(roadmap) == before


def test_titles_are_trimmed_and_may_be_200_characters(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (lesson, *_)), *_ = layout(roadmap)
    renamed = editing.lesson_rename(user=user, lesson_id=lesson, title=f"  {'é' * 200}\n")
    assert renamed.title == "é" * 200
    added = editing.lesson_add(user=user, module_id=module, title="Two\twords  here")
    assert added.title == "Two words here"


def test_a_long_or_invisible_description_is_refused(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    module = layout(roadmap)[0][0]
    before = structure(roadmap)
    too_long = _refused(
        lambda: editing.module_rename(
            user=user, module_id=module, title="x", description="d" * 2001
        )
    )
    hidden = _refused(
        lambda: editing.module_add(
            user=user, roadmap_id=roadmap.id, title="x", description="a\u2066b"
        )
    )
    assert (too_long["field"], too_long["reason"]) == ("description", "TOO_LONG")
    assert (hidden["field"], hidden["reason"]) == ("description", "CONTROL_CHARACTER")
    assert structure(roadmap) == before
    # Null keeps the description; a multi-line one is fine.
    description = Module.objects.get(pk=module).description
    editing.module_rename(user=user, module_id=module, title="Renamed")
    assert Module.objects.get(pk=module).description == description
    editing.module_rename(user=user, module_id=module, title="Renamed", description="One\nTwo")
    assert Module.objects.get(pk=module).description == "One\nTwo"


def test_modules_and_lessons_are_limited(user: User, onboard: Onboard, settings: Any) -> None:
    roadmap = onboard(user)
    shape = layout(roadmap)
    (m0, lessons), (m1, others) = shape[0], shape[1]
    settings.ROADMAP_MAX_MODULES = len(shape)
    settings.MODULE_MAX_LESSONS = len(lessons)
    before = structure(roadmap)

    assert _refused(lambda: editing.module_add(user=user, roadmap_id=roadmap.id, title="x")) == {
        "code": "INVALID_INPUT",
        "field": "roadmapId",
        "reason": "TOO_MANY_MODULES",
        "limit": len(shape),
    }
    full = {"code": "INVALID_INPUT", "field": "moduleId", "reason": "TOO_MANY_LESSONS"}
    refusal = _refused(lambda: editing.lesson_add(user=user, module_id=m0, title="x"))
    assert refusal == {**full, "limit": len(lessons)}
    moved_in = _refused(
        lambda: editing.lesson_move(user=user, lesson_id=others[0], module_id=m0, position=0)
    )
    assert moved_in == {**full, "limit": len(lessons)}
    assert structure(roadmap) == before
    # Moving within a full module is fine; removing makes room, restoring needs it again.
    editing.lesson_move(user=user, lesson_id=lessons[0], module_id=m0, position=1)
    editing.lesson_remove(user=user, lesson_id=lessons[0])
    editing.lesson_move(user=user, lesson_id=others[0], module_id=m0, position=0)
    refusal = _refused(lambda: editing.lesson_restore(user=user, lesson_id=lessons[0]))
    assert refusal == {**full, "field": "lessonId", "limit": len(lessons)}
    editing.module_remove(user=user, module_id=m1)
    editing.module_add(user=user, roadmap_id=roadmap.id, title="Instead")
    refusal = _refused(lambda: editing.module_restore(user=user, module_id=m1))
    assert refusal == {
        "code": "INVALID_INPUT",
        "field": "moduleId",
        "reason": "TOO_MANY_MODULES",
        "limit": len(shape),
    }


def test_a_removed_lesson_is_not_found_except_to_its_restore(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (lesson, second, *_)), *_ = layout(roadmap)
    editing.lesson_remove(user=user, lesson_id=lesson)
    before = structure(roadmap)

    for action in (
        lambda: access_lesson(user=user, lesson_id=lesson),
        lambda: editing.lesson_rename(user=user, lesson_id=lesson, title="x"),
        lambda: editing.lesson_move(user=user, lesson_id=lesson, module_id=module, position=0),
        lambda: editing.lesson_remove(user=user, lesson_id=lesson),
        lambda: lesson_start(user=user, lesson_id=lesson),
        lambda: lesson_mark_complete(user=user, lesson_id=lesson),
        lambda: lesson_generation_request(user=user, lesson_id=lesson),
    ):
        assert _refused(action) == {"code": "NOT_FOUND"}
    assert structure(roadmap) == before
    assert not LessonProgress.objects.exists()
    assert not GenerationRequest.objects.exists()
    # Restoring twice is the same as once.
    editing.lesson_restore(user=user, lesson_id=lesson)
    editing.lesson_restore(user=user, lesson_id=lesson)
    assert layout(roadmap)[0][1][:2] == [lesson, second]


def test_a_removed_module_is_not_found_and_takes_nothing_in(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (lesson, *_)), (other, (elsewhere, *_)), *_ = layout(roadmap)
    editing.module_remove(user=user, module_id=module)
    before = structure(roadmap)

    for action in (
        lambda: access_module(user=user, module_id=module),
        lambda: access_lesson(user=user, lesson_id=lesson),
        lambda: editing.module_rename(user=user, module_id=module, title="x"),
        lambda: editing.module_move(user=user, module_id=module, position=0),
        lambda: editing.module_remove(user=user, module_id=module),
        lambda: editing.lesson_rename(user=user, lesson_id=lesson, title="x"),
        lambda: editing.lesson_remove(user=user, lesson_id=lesson),
        lambda: module_generation_request(user=user, module_id=module),
        lambda: lesson_start(user=user, lesson_id=lesson),
    ):
        assert _refused(action) == {"code": "NOT_FOUND"}
    removed = {"code": "INVALID_INPUT", "reason": "MODULE_REMOVED"}
    assert _refused(lambda: editing.lesson_add(user=user, module_id=module, title="x")) == {
        **removed,
        "field": "moduleId",
    }
    assert _refused(
        lambda: editing.lesson_move(user=user, lesson_id=elsewhere, module_id=module, position=0)
    ) == {**removed, "field": "moduleId"}
    assert _refused(lambda: editing.lesson_restore(user=user, lesson_id=lesson)) == {
        **removed,
        "field": "lessonId",
    }
    assert structure(roadmap) == before
    assert not GenerationRequest.objects.exists()
    assert Module.objects.get(pk=other).position == 0


def test_another_learners_ids_are_not_found_and_nothing_changes(
    user: User, other_user: User, onboard: Onboard
) -> None:
    roadmap = onboard(user)
    mine = onboard(other_user)
    (module, (lesson, *_)), *_ = layout(roadmap)
    (my_module, (my_lesson, *_)), *_ = layout(mine)
    editing.lesson_remove(user=user, lesson_id=layout(roadmap)[1][1][0])
    removed_lesson = Lesson.objects.filter(removed_at__isnull=False).get().pk
    before, mine_before = structure(roadmap), structure(mine)

    for action in (
        lambda: editing.roadmap_rename(user=other_user, roadmap_id=roadmap.id, title="x"),
        lambda: editing.module_rename(user=other_user, module_id=module, title="x"),
        lambda: editing.module_move(user=other_user, module_id=module, position=0),
        lambda: editing.module_add(user=other_user, roadmap_id=roadmap.id, title="x"),
        lambda: editing.module_remove(user=other_user, module_id=module),
        lambda: editing.module_restore(user=other_user, module_id=module),
        lambda: editing.lesson_rename(user=other_user, lesson_id=lesson, title="x"),
        lambda: editing.lesson_move(
            user=other_user, lesson_id=lesson, module_id=module, position=0
        ),
        lambda: editing.lesson_move(
            user=other_user, lesson_id=my_lesson, module_id=module, position=0
        ),
        lambda: editing.lesson_move(user=user, lesson_id=lesson, module_id=my_module, position=0),
        lambda: editing.lesson_add(user=other_user, module_id=module, title="x"),
        lambda: editing.lesson_remove(user=other_user, lesson_id=lesson),
        lambda: editing.lesson_restore(user=other_user, lesson_id=removed_lesson),
        lambda: editing.lesson_restore(user=other_user, lesson_id=uuid.uuid4()),
    ):
        assert _refused(action) == {"code": "NOT_FOUND"}
    assert structure(roadmap) == before
    assert structure(mine) == mine_before


def test_a_lesson_moves_only_between_modules_of_its_roadmap(user: User, onboard: Onboard) -> None:
    first = onboard(user)
    second = onboard(user, goal="Learn Rust for systems programming")
    (_, (lesson, *_)), *_ = layout(first)
    (elsewhere, _), *_ = layout(second)
    before = structure(first), structure(second)
    refusal = _refused(
        lambda: editing.lesson_move(user=user, lesson_id=lesson, module_id=elsewhere, position=0)
    )
    assert refusal == {"code": "NOT_FOUND"}
    assert (structure(first), structure(second)) == before


def test_removing_what_is_being_generated_is_refused(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (lesson, *_)), *_ = layout(roadmap)
    lesson_generation_request(user=user, lesson_id=lesson)
    before, work = structure(roadmap), queued_work()

    busy = {"code": "GENERATION_IN_PROGRESS"}
    assert _refused(lambda: editing.lesson_remove(user=user, lesson_id=lesson)) == busy
    assert _refused(lambda: editing.module_remove(user=user, module_id=module)) == busy
    assert (structure(roadmap), queued_work()) == (before, work)
    # Renaming and moving it are fine while it is generated.
    editing.lesson_rename(user=user, lesson_id=lesson, title="Renamed while queued")
    editing.lesson_move(user=user, lesson_id=lesson, module_id=module, position=1)
    assert queued_work() == work


def test_generating_a_module_leaves_its_removed_lessons_alone(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (removed, *kept)), *_ = layout(roadmap)
    editing.lesson_remove(user=user, lesson_id=removed)

    module_generation_request(user=user, module_id=module)

    queued = set(GenerationRequest.objects.values_list("lesson_id", flat=True))
    assert queued == set(kept)
    assert Lesson.objects.get(pk=removed).generation_status == "not_started"
    assert Module.objects.get(pk=module).generation_status == "queued"


def test_a_modules_status_follows_the_lessons_it_has(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, lessons), *_ = layout(roadmap)
    for lesson in Lesson.objects.filter(pk__in=lessons):
        holding(lesson, LessonContentFactory.create())
    Lesson.objects.filter(pk__in=lessons).update(generation_status="ready")
    module_status_refresh(module)
    assert Module.objects.get(pk=module).generation_status == "ready"

    added = editing.lesson_add(user=user, module_id=module, title="Something new")
    assert Module.objects.get(pk=module).generation_status == "not_started"
    editing.lesson_remove(user=user, lesson_id=added.pk)
    assert Module.objects.get(pk=module).generation_status == "ready"


def test_an_added_lesson_is_planned_in_the_learners_current_style(
    user: User, onboard: Onboard
) -> None:
    roadmap = onboard(user, learning_style="hands_on")
    profile_update_learning_style(user=user, learning_style="video")
    (module, lessons), *_ = layout(roadmap)
    work = queued_work()

    added = editing.lesson_add(user=user, module_id=module, title="Debugging with pdb")

    assert layout(roadmap)[0][1] == [*lessons, added.pk]
    added.refresh_from_db()
    assert (added.learning_style, added.generation_status, added.content_id) == (
        "video",
        "not_started",
        None,
    )
    assert not LessonProgress.objects.filter(lesson=added).exists()
    assert queued_work() == work


def test_removing_the_last_lesson_opened_clears_it(user: User, onboard: Onboard) -> None:
    roadmap = onboard(user)
    (module, (first, second, *_)), *_ = layout(roadmap)
    lesson_start(user=user, lesson_id=first)
    editing.lesson_move(user=user, lesson_id=second, module_id=module, position=0)
    assert progress_of(roadmap)["last_lesson_id"] == str(first)

    editing.lesson_remove(user=user, lesson_id=first)
    assert progress_of(roadmap)["last_lesson_id"] is None


def test_an_edited_roadmap_is_never_replaced_by_a_refined_plan(
    user: User, onboard: Onboard
) -> None:
    roadmap = onboard(user)
    editing.roadmap_rename(user=user, roadmap_id=roadmap.id, title="Mine now")
    before = structure(roadmap)
    plan = PlannedRoadmap(
        skill="Django",
        title="A better plan",
        description="",
        difficulty="beginner",
        modules=(
            PlannedModule(
                title="Only module",
                description="",
                topics=("a", "b", "c"),
                difficulty="beginner",
                estimated_hours=2,
                lessons=(PlannedLesson(title="Only lesson"),),
            ),
        ),
    )
    assert roadmap_replace_plan(roadmap_id=roadmap.id, plan=plan) is False
    assert structure(roadmap) == before
