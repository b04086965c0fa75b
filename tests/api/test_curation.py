"""Curation through the API: the shapes clients read and the codes they branch on."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import LazySettings
from django.test import Client

from skillsync.accounts.models import User
from skillsync.community.models import ContentFlag, MentorReview
from skillsync.learning.models import Lesson, LessonContent
from tests.community.support import curator, holder, lesson_of, quiz_content
from tests.conftest import access_token, error_of, post_graphql

pytestmark = pytest.mark.django_db

FLAG = """mutation($id: ID!, $reason: FlagReason!, $details: String!) {
  flagLesson(contentId: $id, reason: $reason, details: $details) {
    id reason details createdAt } }"""
REVIEW = """mutation($id: ID!, $decision: ReviewDecision!, $comments: String!, $changes: String) {
  mentorReviewLesson(contentId: $id, decision: $decision, comments: $comments,
    requestedChanges: $changes) {
    canDecide blockedReason hiddenFromReuse impact
    content { id approvalStatus }
    reviews { id decision comments requestedChanges binding reviewerTier mine viewerVote } } }"""
PROFILE = """query { curationProfile {
  tier reputation canReview canDecide canVerify canManageTiers } }"""


def _as(client: Client, user: User) -> Any:
    token = access_token(user)

    def run(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return post_graphql(client, query, variables, token=token)

    return run


def test_a_learner_flags_and_their_lesson_says_so(client: Client) -> None:
    content = quiz_content()
    user = holder(content)
    run = _as(client, user)

    flag = run(FLAG, {"id": str(content.id), "reason": "OFF_TOPIC", "details": "About Java."})
    lesson = run(
        "query($id: ID!) { lesson(id: $id) { content { viewerFlagged hiddenFromReuse } } }",
        {"id": str(lesson_of(user).id)},
    )

    assert flag["data"]["flagLesson"]["reason"] == "OFF_TOPIC"
    assert flag["data"]["flagLesson"]["details"] == "About Java."
    assert lesson["data"]["lesson"]["content"] == {"viewerFlagged": True, "hiddenFromReuse": False}


def test_flag_input_errors_name_the_field_and_reason(client: Client) -> None:
    content = quiz_content()
    run = _as(client, holder(content))

    error = error_of(run(FLAG, {"id": str(content.id), "reason": "OTHER", "details": "é" * 1001}))

    assert error["extensions"] == {
        "code": "INVALID_INPUT",
        "field": "details",
        "reason": "TOO_LONG",
    }
    assert not ContentFlag.objects.exists()


def test_a_mentors_decision_comes_back_as_the_review_item(client: Client) -> None:
    content = quiz_content()
    holder(content)
    mentor = curator("mentor")

    item = _as(client, mentor)(
        REVIEW,
        {
            "id": str(content.id),
            "decision": "REQUEST_CHANGES",
            "comments": "Too abstract.",
            "changes": "Add a worked example.",
        },
    )["data"]["mentorReviewLesson"]

    assert item["content"]["approvalStatus"] == "REJECTED"
    assert item["reviews"] == [
        {
            "id": str(MentorReview.objects.get().id),
            "decision": "REQUEST_CHANGES",
            "comments": "Too abstract.",
            "requestedChanges": "Add a worked example.",
            "binding": True,
            "reviewerTier": "MENTOR",
            "mine": True,
            "viewerVote": 0,
        }
    ]
    assert (item["canDecide"], item["impact"]) == (False, 1)
    assert item["blockedReason"] == "This lesson is rejected: only a senior mentor can change that."


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        (
            {"decision": "REQUEST_CHANGES", "comments": "Why.", "changes": None},
            {"code": "INVALID_INPUT", "field": "requestedChanges", "reason": "REQUIRED"},
        ),
        (
            {"decision": "APPROVE", "comments": "Fine.", "changes": "More."},
            {"code": "INVALID_INPUT", "field": "requestedChanges"},
        ),
        (
            {"decision": "APPROVE", "comments": "", "changes": None},
            {"code": "INVALID_INPUT", "field": "comments", "reason": "REQUIRED"},
        ),
        (
            {"decision": "APPROVE", "comments": "ok\u0000", "changes": None},
            {"code": "INVALID_INPUT", "field": "comments", "reason": "CONTROL_CHARACTER"},
        ),
        (
            {"decision": "VERIFY", "comments": "Great.", "changes": None},
            {"code": "FORBIDDEN"},
        ),
    ],
)
def test_review_errors(client: Client, variables: dict[str, Any], expected: Any) -> None:
    content = quiz_content()
    holder(content)

    error = error_of(_as(client, curator("mentor"))(REVIEW, {"id": str(content.id), **variables}))

    assert error["extensions"] == expected
    assert not MentorReview.objects.exists()
    assert LessonContent.objects.get(pk=content.pk).approval_status == "pending"


def test_review_item_is_for_curators_and_a_missing_id_is_not_found(client: Client) -> None:
    content = quiz_content()
    holder(content)
    query = "query($id: ID!) { reviewItem(contentId: $id) { impact } }"
    missing = "6f9619ff-8b86-4d11-b42d-00c04fc964ff"

    learner_answer = _as(client, curator("none"))(query, {"id": str(content.id)})
    contributor = _as(client, curator("contributor"))

    assert error_of(learner_answer)["extensions"] == {"code": "FORBIDDEN"}
    assert contributor(query, {"id": str(content.id)})["data"] == {"reviewItem": {"impact": 1}}
    assert error_of(contributor(query, {"id": missing}))["extensions"] == {"code": "NOT_FOUND"}


@pytest.mark.parametrize(
    ("tier", "expected"),
    [
        ("none", [None, False, False, False, False]),
        ("contributor", ["CONTRIBUTOR", True, False, False, False]),
        ("mentor", ["MENTOR", True, True, False, False]),
        ("senior_mentor", ["SENIOR_MENTOR", True, True, True, False]),
        ("admin", [None, True, True, True, True]),
    ],
)
def test_the_curation_profile_says_what_the_viewer_may_do(
    client: Client, tier: str, expected: list[Any]
) -> None:
    profile = _as(client, curator(tier))(PROFILE)["data"]["curationProfile"]

    assert [
        profile["tier"],
        profile["canReview"],
        profile["canDecide"],
        profile["canVerify"],
        profile["canManageTiers"],
    ] == expected
    assert profile["reputation"] == 0


def test_admins_grant_and_revoke_tiers(client: Client) -> None:
    target = curator("none")
    admin = _as(client, curator("admin"))
    mutation = """mutation($id: ID!, $tier: MentorTier) {
      setMentorTier(userId: $id, tier: $tier) { tier canDecide } }"""

    granted = admin(mutation, {"id": str(target.id), "tier": "SENIOR_MENTOR"})
    revoked = admin(mutation, {"id": str(target.id), "tier": None})

    assert granted["data"]["setMentorTier"] == {"tier": "SENIOR_MENTOR", "canDecide": True}
    assert revoked["data"]["setMentorTier"] == {"tier": None, "canDecide": False}
    assert error_of(admin(mutation, {"id": "nope", "tier": None}))["extensions"] == {
        "code": "INVALID_ID",
        "field": "userId",
    }


def test_votes_on_reviews(client: Client) -> None:
    content = quiz_content()
    holder(content)
    mentor = curator("mentor")
    item = _as(client, mentor)(
        REVIEW, {"id": str(content.id), "decision": "APPROVE", "comments": "Good."}
    )["data"]["mentorReviewLesson"]
    review_id = item["reviews"][0]["id"]
    mutation = """mutation($id: ID!, $value: Int!) {
      voteReview(reviewId: $id, value: $value) { helpful unhelpful viewerVote mine } }"""

    voted = _as(client, curator("contributor"))(mutation, {"id": review_id, "value": -1})
    own = _as(client, mentor)(mutation, {"id": review_id, "value": 1})

    assert voted["data"]["voteReview"] == {
        "helpful": 0,
        "unhelpful": 1,
        "viewerVote": -1,
        "mine": False,
    }
    assert error_of(own)["extensions"] == {"code": "CONFLICT_OF_INTEREST"}
    assert _as(client, mentor)(PROFILE)["data"]["curationProfile"]["reputation"] == 8


def test_votes_are_throttled_per_learner(client: Client, settings: LazySettings) -> None:
    settings.COMMUNITY_VOTES_PER_USER = (3, 3600)
    content = quiz_content()
    run = _as(client, holder(content))
    mutation = "mutation($id: ID!, $v: Int!) { voteLesson(contentId: $id, value: $v) { upvotes } }"

    answers = [run(mutation, {"id": str(content.id), "v": v}) for v in (1, -1, 1, -1)]

    assert [a["data"]["voteLesson"]["upvotes"] for a in answers[:3]] == [1, 0, 1]
    assert error_of(answers[3])["extensions"]["code"] == "RATE_LIMITED"
    assert LessonContent.objects.get(pk=content.pk).upvotes == 1


def test_reviews_are_throttled_per_curator(client: Client, settings: LazySettings) -> None:
    settings.COMMUNITY_REVIEWS_PER_USER = (1, 3600)
    first, second = quiz_content(), quiz_content()
    for content in (first, second):
        holder(content)
    run = _as(client, curator("mentor"))

    for content, code in ((first, None), (second, "RATE_LIMITED")):
        result = run(REVIEW, {"id": str(content.id), "decision": "APPROVE", "comments": "Ok."})
        assert (result.get("errors") or [{}])[0].get("extensions", {}).get("code") == code
    assert LessonContent.objects.get(pk=second.pk).approval_status == "pending"
    assert Lesson.objects.filter(content=second).exists()
