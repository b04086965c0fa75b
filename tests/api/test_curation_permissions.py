"""The curation permission matrix, through the API: every role (learner, contributor, mentor,
senior mentor, admin) against every curation operation, with the exact answer — and, when
refused, no side effect at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from skillsync.accounts.models import User
from skillsync.community.models import CurationProfile, MentorReview
from skillsync.community.reviews import content_review_create
from skillsync.community.selectors import curator_of
from skillsync.learning.choices import ApprovalStatus
from skillsync.learning.models import LessonContent
from tests.community.support import curation_snapshot, curator, holder, quiz_content
from tests.conftest import access_token, post_graphql
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["learner", "contributor", "mentor", "senior_mentor", "admin"]
REVIEW = """mutation($id: ID!, $decision: ReviewDecision!, $comments: String!,
  $changes: String) {
  mentorReviewLesson(contentId: $id, decision: $decision, comments: $comments,
    requestedChanges: $changes) { content { approvalStatus } reviews { binding mine } } }"""


@dataclass
class Scene:
    actor: User
    content: LessonContent
    review: MentorReview
    target: User


@dataclass(frozen=True)
class Operation:
    query: str
    variables: Callable[[Scene], dict[str, Any]]
    status: str = "pending"  # the content's status before


def _review(decision: str, comments: str = "Checked every example.") -> Operation:
    changes = "Use examples from retail." if decision == "REQUEST_CHANGES" else None
    return Operation(
        REVIEW,
        lambda s: {
            "id": str(s.content.id),
            "decision": decision,
            "comments": comments,
            "changes": changes,
        },
    )


OPERATIONS: dict[str, Operation] = {
    "vote": Operation(
        "mutation($id: ID!) { voteLesson(contentId: $id, value: 1) { viewerVote } }",
        lambda s: {"id": str(s.content.id)},
    ),
    "flag": Operation(
        "mutation($id: ID!) { flagLesson(contentId: $id, reason: OUTDATED) { reason } }",
        lambda s: {"id": str(s.content.id)},
    ),
    "view queue": Operation(
        "query { reviewQueue(first: 5) { totalCount nodes { content { id } } } }", lambda s: {}
    ),
    "view item": Operation(
        "query($id: ID!) { reviewItem(contentId: $id) { impact canDecide } }",
        lambda s: {"id": str(s.content.id)},
    ),
    "advisory review": _review("APPROVE", comments=""),
    "approve": _review("APPROVE"),
    "reject": _review("REJECT"),
    "request changes": _review("REQUEST_CHANGES"),
    "verify": _review("VERIFY"),
    "overturn": Operation(REVIEW, _review("REJECT").variables, status="approved"),
    "vote on review": Operation(
        "mutation($id: ID!) { voteReview(reviewId: $id, value: 1) { helpful viewerVote } }",
        lambda s: {"id": str(s.review.id)},
    ),
    "set tier": Operation(
        "mutation($id: ID!) { setMentorTier(userId: $id, tier: MENTOR) { tier } }",
        lambda s: {"id": str(s.target.id)},
    ),
}

F, OK, ADVICE = "FORBIDDEN", "ok", "advisory"
# Per operation, the answer for learner, contributor, mentor, senior mentor, admin. A status
# name: a binding decision that gave the content that status. INVALID_INPUT for a mentor's
# empty comments: their reviews are decisions, which say why.
EXPECTED: dict[str, tuple[str, str, str, str, str]] = {
    "vote": (OK, OK, OK, OK, OK),
    "flag": (OK, OK, OK, OK, OK),
    "view queue": (F, OK, OK, OK, OK),
    "view item": (F, OK, OK, OK, OK),
    "advisory review": (F, ADVICE, "INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT"),
    "approve": (F, ADVICE, "approved", "approved", "approved"),
    "reject": (F, ADVICE, "rejected", "rejected", "rejected"),
    "request changes": (F, ADVICE, "rejected", "rejected", "rejected"),
    "verify": (F, F, F, "mentor_verified", "mentor_verified"),
    "overturn": (F, F, F, "rejected", "rejected"),
    "vote on review": (F, OK, OK, OK, OK),
    "set tier": (F, F, F, F, OK),
}


def _scene(role: str, status: str) -> Scene:
    content = quiz_content()
    holder(content)
    actor = holder(content, curator("none" if role == "learner" else role))
    review = content_review_create(
        reviewer=curator("contributor"), content_id=content.id, decision="approve", comments=""
    )
    LessonContent.objects.filter(pk=content.pk).update(approval_status=status)
    return Scene(actor=actor, content=content, review=review, target=UserFactory.create())


def _profiles() -> list[tuple[Any, ...]]:
    return list(
        CurationProfile.objects.values_list(
            "user_id", "tier", "tier_pinned", "reputation"
        ).order_by("user_id")
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_permission_matrix(client: Client, role: str, operation: str) -> None:
    spec = OPERATIONS[operation]
    scene = _scene(role, spec.status)
    expected = EXPECTED[operation][ROLES.index(role)]
    before, profiles = curation_snapshot(scene.content), _profiles()

    result = post_graphql(
        client, spec.query, spec.variables(scene), token=access_token(scene.actor)
    )

    errors = result.get("errors") or []
    if expected in (OK, ADVICE) or expected in ApprovalStatus.values:
        assert not errors, result
    else:
        assert result["data"] is None
        assert [error["extensions"]["code"] for error in errors] == [expected]
        assert curation_snapshot(scene.content) == before
        assert _profiles() == profiles
        return
    after = curation_snapshot(scene.content)
    if expected == ADVICE:
        mine = MentorReview.objects.get(reviewer=scene.actor)
        assert mine.binding is False
        assert after["status"] == before["status"]
        assert after["events"] == before["events"]
    elif expected != OK:
        assert after["status"] == expected
        assert MentorReview.objects.get(reviewer=scene.actor).binding is True
    elif operation == "set tier":
        assert curator_of(scene.target).tier == "mentor"


def test_the_matrix_covers_every_curation_field() -> None:
    from skillsync.api.schema import schema

    named = {"voteLesson", "flagLesson", "mentorReviewLesson", "voteReview", "setMentorTier"}
    mutations = schema._schema.mutation_type
    queries = schema._schema.query_type
    assert mutations is not None
    assert queries is not None
    assert named <= set(mutations.fields)
    assert {"reviewQueue", "reviewItem", "curationProfile"} <= set(queries.fields)
    used = " ".join(op.query for op in OPERATIONS.values())
    for name in named | {"reviewQueue", "reviewItem"}:
        assert name in used
