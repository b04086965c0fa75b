"""Edits of one roadmap at the same moment, from threads with their own database connections
(committed data, so these tests cannot run inside the usual per-test transaction)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

import pytest

from skillsync.accounts.models import User
from skillsync.generation.queue import lesson_generation_request, pending_request
from skillsync.learning import editing
from skillsync.learning.models import Lesson, LessonProgress, Roadmap
from skillsync.learning.services import lesson_mark_complete
from tests.concurrency import each_in_parallel, outcomes_in_parallel
from tests.conftest import new_roadmap
from tests.learning.editing_support import layout, progress_of

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]


def _ok(action: Callable[[], object]) -> Callable[[], str]:
    def run() -> str:
        action()
        return "ok"

    return run


def test_two_moves_at_once_end_consistent() -> None:
    roadmap: Roadmap = new_roadmap()
    user: User = roadmap.owner
    shape = layout(roadmap)
    (first, _), (second, _) = shape[0], shape[1]

    outcomes = each_in_parallel(
        [
            _ok(lambda: editing.module_move(user=user, module_id=first, position=len(shape) - 1)),
            _ok(lambda: editing.module_move(user=user, module_id=second, position=len(shape) - 1)),
        ],
        threads=2,
    )

    assert outcomes == ["ok", "ok"]
    after = layout(roadmap)  # positions 0..n-1, checked on the way
    assert sorted(m for m, _ in after) == sorted(m for m, _ in shape)
    # Whichever ran second ended last; the other just before it.
    assert {after[-1][0], after[-2][0]} == {first, second}
    assert dict(after) == dict(shape)  # every module kept its lessons


def test_many_edits_of_one_roadmap_at_once_keep_it_consistent() -> None:
    roadmap: Roadmap = new_roadmap()
    user: User = roadmap.owner
    shape = layout(roadmap)
    lessons = [lesson for _, module_lessons in shape for lesson in module_lessons]
    modules = [module for module, _ in shape]
    actions = []
    for index, lesson in enumerate(lessons[:24]):
        target = modules[(index * 5) % len(modules)]
        # Position 0 exists whatever the other moves did to the target meanwhile (another
        # position may not: the module can be emptied by moves that ran first).
        move = partial(
            editing.lesson_move, user=user, lesson_id=lesson, module_id=target, position=0
        )
        actions.append(_ok(move))
    for index, module in enumerate(modules[:6]):
        position = (index * 7) % len(modules)
        actions.append(
            _ok(partial(editing.module_move, user=user, module_id=module, position=position))
        )
    actions.append(_ok(lambda: editing.lesson_remove(user=user, lesson_id=lessons[-1])))
    actions.append(_ok(lambda: editing.lesson_add(user=user, module_id=modules[-1], title="New")))

    outcomes = each_in_parallel(actions, threads=8)

    assert outcomes == ["ok"] * len(actions)
    after = layout(roadmap)  # positions 0..n-1 at both levels, checked on the way
    assert sorted(m for m, _ in after) == sorted(modules)
    seen = [lesson for _, module_lessons in after for lesson in module_lessons]
    assert len(seen) == len(set(seen)) == len(lessons)  # one removed, one added
    assert set(lessons) - set(seen) == {lessons[-1]}
    assert progress_of(roadmap)["total_lessons"] == len(lessons)


def test_removing_a_lesson_while_asking_for_its_generation_never_leaves_work_for_it() -> None:
    roadmap: Roadmap = new_roadmap()
    user: User = roadmap.owner
    lessons: list[uuid.UUID] = layout(roadmap)[0][1][:3]

    for lesson in lessons:
        outcomes = _race(
            partial(editing.lesson_remove, user=user, lesson_id=lesson),
            partial(lesson_generation_request, user=user, lesson_id=lesson),
        )
        removed = Lesson.objects.get(pk=lesson).removed_at is not None
        pending = pending_request(lesson) is not None
        # One of them wins: removed and nothing queued, or queued and still there.
        assert removed != pending, outcomes
        expected = {"removed", "NOT_FOUND"} if removed else {"GENERATION_IN_PROGRESS", "queued"}
        assert set(outcomes) == expected


def _race(first: Callable[[], object], second: Callable[[], object]) -> list[str]:
    """Both calls at the same moment, from two threads; each answers what it did: removed
    (a module), queued (a lesson), completed (progress), or the code it was refused with."""
    calls = iter([first, second])

    def run() -> str:
        result = next(calls)()
        if isinstance(result, Lesson):
            return "queued"
        return "completed" if isinstance(result, LessonProgress) else "removed"

    return outcomes_in_parallel(2, run)


def test_completing_a_lesson_while_it_is_removed_never_leaves_it_the_last_lesson() -> None:
    roadmap: Roadmap = new_roadmap()
    user: User = roadmap.owner
    lessons: list[uuid.UUID] = layout(roadmap)[0][1][:3]

    for lesson in lessons:
        outcomes = _race(
            partial(editing.lesson_remove, user=user, lesson_id=lesson),
            partial(lesson_mark_complete, user=user, lesson_id=lesson),
        )
        assert "removed" in outcomes
        # Completed first (then removed: kept, not counted), or refused as removed.
        assert set(outcomes) in ({"removed", "completed"}, {"removed", "NOT_FOUND"})
        progress = progress_of(roadmap)
        assert progress["last_lesson_id"] != str(lesson)
        assert progress["completed_lessons"] == 0
        completed = LessonProgress.objects.filter(lesson_id=lesson, status="completed").exists()
        assert completed == ("completed" in outcomes)
