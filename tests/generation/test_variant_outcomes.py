"""Outcomes per prompt variant, against data whose answer is known: lessons generated,
completion rate, votes, mean quiz score, regenerations; for staff only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.generation.models import PromptVariant
from skillsync.generation.outcomes import prompt_variant_outcomes
from skillsync.generation.variants import prompt_variant_retire
from skillsync.learning.models import Lesson, LessonContent, LessonProgress
from tests.conftest import access_token, error_of, post_graphql
from tests.factories import LessonContentFactory, UserFactory

pytestmark = pytest.mark.django_db

OUTCOMES = """{ promptVariantOutcomes { name registered active style weight retiredAt
  lessonsGenerated lessonsStarted lessonsCompleted completionRate upvotes downvotes
  meanQuizScore regenerations } }"""


def _content(variant: str, **fields: Any) -> LessonContent:
    return LessonContentFactory.create(
        generation_metadata={"prompt_variant": variant, "model": "builtin-1"}, **fields
    )


def _progress(lesson: Lesson, status: str, quiz: int | None = None) -> None:
    now = timezone.now()
    started = None if status == "not_started" else now - timedelta(hours=1)
    LessonProgress.objects.create(
        user=lesson.module.roadmap.owner,
        lesson=lesson,
        status=status,
        started_at=started,
        completed_at=now if status == "completed" else None,
        quiz_score=quiz,
    )


@pytest.fixture
def known_data(user: User, onboard: Callable[..., Any]) -> None:
    """hands_on.base wrote c1 (3 up, 1 down) and c2 (1 up); hands_on.scenario wrote c3 (2
    down) and r1, a regeneration of c1; "v2-base" (before the registry) wrote c4. Lessons:
    c1 held by a completed one (quiz 80) and one in progress; c2 by a completed one (quiz 60)
    and one not started; c3 by one in progress (quiz 40)."""
    roadmap = onboard(user)
    lessons = list(
        Lesson.objects.filter(module__roadmap=roadmap)
        .select_related("module__roadmap")
        .order_by("module__position", "position")[:6]
    )
    c1 = _content("hands_on.base", upvotes=3, downvotes=1)
    c2 = _content("hands_on.base", upvotes=1)
    c3 = _content("hands_on.scenario", downvotes=2)
    _content("v2-base")
    _content("hands_on.scenario", regenerated_from=c1, generation_attempt=2, reusable=False)
    for lesson, content in zip(lessons, [c1, c1, c2, c2, c3], strict=False):
        lesson.content = content
        lesson.save(update_fields=["content"])
    _progress(lessons[0], "completed", 80)
    _progress(lessons[1], "in_progress")
    _progress(lessons[2], "completed", 60)
    _progress(lessons[3], "not_started")
    _progress(lessons[4], "in_progress", 40)
    _progress(lessons[5], "completed", 100)  # a lesson with no content: no variant


def _by_name(client: Any, token: str) -> dict[str, dict[str, Any]]:
    result = post_graphql(client, OUTCOMES, token=token)
    assert "errors" not in result, result
    return {row["name"]: row for row in result["data"]["promptVariantOutcomes"]}


def test_outcomes_are_aggregated_per_variant(client: Any, known_data: None) -> None:
    prompt_variant_retire(name="hands_on.scenario")
    staff = access_token(UserFactory.create(is_staff=True))

    rows = _by_name(client, staff)

    assert list(rows)[-1] == "v2-base"  # names only the data knows come last
    assert set(rows) == {*PromptVariant.objects.values_list("name", flat=True), "v2-base"}
    base = rows["hands_on.base"]
    assert {k: base[k] for k in base if k != "retiredAt"} == {
        "name": "hands_on.base",
        "registered": True,
        "active": True,
        "style": "HANDS_ON",
        "weight": 3,
        "lessonsGenerated": 2,
        "lessonsStarted": 3,
        "lessonsCompleted": 2,
        "completionRate": pytest.approx(2 / 3),
        "upvotes": 4,
        "downvotes": 1,
        "meanQuizScore": 70.0,
        "regenerations": 1,
    }
    scenario = rows["hands_on.scenario"]
    assert (scenario["active"], scenario["retiredAt"] is not None) == (False, True)
    assert (scenario["lessonsGenerated"], scenario["lessonsStarted"]) == (2, 1)
    assert (scenario["lessonsCompleted"], scenario["completionRate"]) == (0, 0.0)
    assert (scenario["upvotes"], scenario["downvotes"], scenario["meanQuizScore"]) == (0, 2, 40.0)
    assert scenario["regenerations"] == 0
    legacy = rows["v2-base"]
    assert (legacy["registered"], legacy["active"], legacy["style"], legacy["weight"]) == (
        False,
        False,
        None,
        None,
    )
    assert (legacy["lessonsGenerated"], legacy["completionRate"]) == (1, None)
    unused = rows["video.base"]
    assert (unused["lessonsGenerated"], unused["completionRate"], unused["meanQuizScore"]) == (
        0,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("caller", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("learner", "FORBIDDEN"), ("admin role", "FORBIDDEN")],
)
def test_outcomes_are_for_staff_only(client: Any, caller: str, code: str) -> None:
    token = None
    if caller != "anonymous":
        role = "admin" if caller == "admin role" else "learner"
        token = access_token(UserFactory.create(role=role))

    result = post_graphql(client, OUTCOMES, token=token)

    assert error_of(result)["extensions"] == {"code": code}
    assert result["data"] is None


def test_outcomes_cost_four_queries_however_much_data(
    known_data: None, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(4):
        outcomes = prompt_variant_outcomes()
    assert len(outcomes) == PromptVariant.objects.count() + 1
