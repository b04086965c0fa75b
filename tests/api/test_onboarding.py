"""Sign-up and onboarding through the GraphQL endpoint, including every kind of bad input."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from django.test import Client

from skillsync.accounts.models import LearnerProfile, User
from skillsync.learning.models import Lesson, Module, Roadmap
from tests.conftest import GraphQL, access_token, error_of, post_graphql

REGISTER = """
mutation($email: String!, $password: String!) {
  register(email: $email, password: $password) { accessToken user { id email role } }
}"""

ONBOARD = """
mutation($input: OnboardingInput!) {
  completeOnboarding(input: $input) {
    id title skill difficulty
    progress { totalLessons completedLessons percent }
    modules {
      id position title topics estimatedHours generationStatus
      lessons { id position title learningStyle hasContent content { id } }
    }
  }
}"""


def onboarding_vars(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "goal": "Learn Python for data analysis",
        "experienceLevel": "BEGINNER",
        "weeklyHours": 5,
        "learningStyle": "READING",
        "careerStage": "STUDENT",
        "industry": "finance",
    }
    values.update(overrides)
    return {"input": values}


def test_sign_up_then_onboard_returns_a_planned_roadmap_in_under_a_second(
    client: Client, db: None
) -> None:
    # Given a new visitor who signs up
    signed_up = post_graphql(
        client, REGISTER, {"email": "Ada@Example.org", "password": "a long passphrase 42"}
    )
    assert signed_up["data"]["register"]["user"]["email"] == "ada@example.org"
    assert signed_up["data"]["register"]["user"]["role"] == "LEARNER"
    token = signed_up["data"]["register"]["accessToken"]

    # When they complete onboarding
    started = time.perf_counter()
    result = post_graphql(client, ONBOARD, onboarding_vars(), token=token)
    elapsed = time.perf_counter() - started

    # Then a roadmap with modules and planned lessons comes back at once, with no content
    assert "errors" not in result, result
    roadmap = result["data"]["completeOnboarding"]
    assert elapsed < 1.0, f"onboarding took {elapsed:.2f}s"
    assert roadmap["skill"] == "Python"
    assert len(roadmap["modules"]) >= 3
    lessons = [lesson for module in roadmap["modules"] for lesson in module["lessons"]]
    assert lessons
    assert all(lesson["learningStyle"] == "READING" for lesson in lessons)
    assert all(not lesson["hasContent"] and lesson["content"] is None for lesson in lessons)
    assert all(m["generationStatus"] == "NOT_STARTED" for m in roadmap["modules"])
    assert [m["position"] for m in roadmap["modules"]] == list(range(len(roadmap["modules"])))
    assert roadmap["progress"] == {
        "totalLessons": len(lessons),
        "completedLessons": 0,
        "percent": 0,
    }
    # And it is stored as returned
    assert Lesson.objects.filter(module__roadmap_id=roadmap["id"]).count() == len(lessons)


def test_onboarding_saves_the_profile(as_user: GraphQL, user: User) -> None:
    as_user(ONBOARD, onboarding_vars(weeklyHours=12, preferredLanguage="pt-BR"))
    profile = LearnerProfile.objects.get(user=user)
    assert (profile.weekly_hours, profile.learning_style, profile.preferred_language) == (
        12,
        "reading",
        "pt-BR",
    )


def test_onboarding_twice_updates_the_profile_and_adds_a_second_roadmap(
    as_user: GraphQL, user: User
) -> None:
    as_user(ONBOARD, onboarding_vars())
    as_user(ONBOARD, onboarding_vars(goal="Learn Kubernetes", learningStyle="VIDEO"))
    assert Roadmap.objects.filter(owner=user).count() == 2
    assert LearnerProfile.objects.get(user=user).learning_style == "video"


def test_onboarding_requires_sign_in(gql: GraphQL, db: None) -> None:
    error = error_of(gql(ONBOARD, onboarding_vars()))
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert Roadmap.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        ({"learningStyle": "KINESTHETIC"}, "GRAPHQL_VALIDATION_FAILED", "learningStyle"),
        ({"experienceLevel": "GURU"}, "GRAPHQL_VALIDATION_FAILED", "experienceLevel"),
        ({"weeklyHours": "ten"}, "GRAPHQL_VALIDATION_FAILED", "weeklyHours"),
        ({"goal": ""}, "INVALID_INPUT", "goal"),
        ({"goal": "   \n\t "}, "INVALID_INPUT", "goal"),
        ({"goal": "x" * 501}, "INVALID_INPUT", "goal"),
        ({"goal": "x" * 100_000}, "INVALID_INPUT", "goal"),
        ({"weeklyHours": -3}, "INVALID_INPUT", "weeklyHours"),
        ({"weeklyHours": 0}, "INVALID_INPUT", "weeklyHours"),
        ({"weeklyHours": 81}, "INVALID_INPUT", "weeklyHours"),
        ({"weeklyHours": 1_000_000}, "INVALID_INPUT", "weeklyHours"),
        ({"industry": "y" * 101}, "INVALID_INPUT", "industry"),
        ({"goal": "Learn\x00Python"}, "INVALID_INPUT", "goal"),
        ({"goal": "Learn\x1bPython"}, "INVALID_INPUT", "goal"),
        ({"industry": "fin\x00ance"}, "INVALID_INPUT", "industry"),
        ({"preferredLanguage": "en\x00"}, "INVALID_INPUT", "preferredLanguage"),
        ({"preferredLanguage": "english please"}, "INVALID_INPUT", "preferredLanguage"),
    ],
)
def test_bad_onboarding_input_is_refused_with_code_and_field_and_nothing_saved(
    as_user: GraphQL, user: User, overrides: dict[str, Any], code: str, field: str
) -> None:
    error = error_of(as_user(ONBOARD, onboarding_vars(**overrides)))
    assert error["extensions"] == {"code": code, "field": field}
    assert not LearnerProfile.objects.filter(user=user).exists()
    assert Roadmap.objects.count() == Module.objects.count() == Lesson.objects.count() == 0


def test_unknown_enum_written_inline_names_the_field(as_user: GraphQL) -> None:
    query = """mutation { completeOnboarding(input: {goal: "Learn Go", experienceLevel: BEGINNER,
      weeklyHours: 5, learningStyle: KINESTHETIC, careerStage: STUDENT}) { id } }"""
    error = error_of(as_user(query))
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED", "field": "learningStyle"}
    assert Roadmap.objects.count() == 0


def test_a_ten_megabyte_goal_is_refused_before_parsing(client: Client, user: User) -> None:
    """The body limit is checked per request, before any field is parsed, so the error names
    no field: the client learns the request as a whole was too large."""
    body = json.dumps({"query": ONBOARD, "variables": onboarding_vars(goal="g" * 10_000_000)})
    response = client.post(
        "/graphql",
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {access_token(user)}"},
    )
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert not LearnerProfile.objects.exists()
    assert Roadmap.objects.count() == 0


UPDATE_STYLE = """mutation($style: LearningStyle!) {
  updateLearningStyle(learningStyle: $style) { learningStyle } }"""


def test_update_learning_style_changes_profile_and_planned_lessons(
    as_user: GraphQL, user: User
) -> None:
    as_user(ONBOARD, onboarding_vars(learningStyle="HANDS_ON"))
    result = as_user(UPDATE_STYLE, {"style": "VIDEO"})
    assert result == {"data": {"updateLearningStyle": {"learningStyle": "VIDEO"}}}
    styles = set(
        Lesson.objects.filter(module__roadmap__owner=user).values_list("learning_style", flat=True)
    )
    assert styles == {"video"}


def test_update_learning_style_before_onboarding_is_refused(as_user: GraphQL) -> None:
    error = error_of(as_user(UPDATE_STYLE, {"style": "VIDEO"}))
    assert error["extensions"] == {"code": "ONBOARDING_REQUIRED"}


def test_update_learning_style_requires_sign_in(gql: GraphQL, db: None) -> None:
    error = error_of(gql(UPDATE_STYLE, {"style": "VIDEO"}))
    assert error["extensions"] == {"code": "UNAUTHENTICATED"}


MARK_COMPLETE = """mutation($id: ID!) { markLessonComplete(lessonId: $id) {
  id progress { status startedAt completedAt } } }"""


def test_mark_lesson_complete_returns_the_progress_and_moves_the_roadmap(
    as_user: GraphQL, user: User
) -> None:
    roadmap = as_user(ONBOARD, onboarding_vars())["data"]["completeOnboarding"]
    lesson_id = roadmap["modules"][0]["lessons"][0]["id"]

    lesson = as_user(MARK_COMPLETE, {"id": lesson_id})["data"]["markLessonComplete"]

    assert lesson["id"] == lesson_id
    assert lesson["progress"]["status"] == "COMPLETED"
    assert lesson["progress"]["startedAt"] <= lesson["progress"]["completedAt"]
    stored = Roadmap.objects.get(pk=roadmap["id"]).progress
    assert stored["completed_lessons"] == 1
    assert stored["last_lesson_id"] == lesson_id
