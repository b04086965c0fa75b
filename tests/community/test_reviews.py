"""The approval workflow through reviews: every transition, audited; every refused one, with its
code and no trace; rejected content replaced for its holders and never reused."""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import LazySettings

from skillsync.community.choices import ApprovalSource
from skillsync.community.flags import content_flag_create
from skillsync.community.models import ApprovalEvent, MentorReview
from skillsync.community.reviews import content_review_create
from skillsync.core.errors import SkillSyncError
from skillsync.generation.models import GenerationRequest, RequestKind
from skillsync.learning.models import LessonContent
from skillsync.reuse.selectors import reusable_contents
from skillsync.reuse.services import find_reusable, reusable_content_create, reuse_query
from tests.community.support import (
    curation_snapshot,
    curator,
    holder,
    quiz_content,
)
from tests.factories import LessonContentFactory

pytestmark = pytest.mark.django_db

COMMENT = "Read it through; the examples run."


def _content(status: str = "pending", *, hidden: bool = False) -> LessonContent:
    content = quiz_content()
    holder(content)  # a learner's lesson shows it
    LessonContent.objects.filter(pk=content.pk).update(
        approval_status=status, hidden_from_reuse=hidden
    )
    content.refresh_from_db()
    return content


def _review(reviewer: Any, content: LessonContent, decision: str, **kwargs: Any) -> MentorReview:
    kwargs.setdefault("comments", COMMENT)
    return content_review_create(
        reviewer=reviewer, content_id=content.id, decision=decision, **kwargs
    )


TRANSITIONS = [
    # (reviewer's tier, status before, hidden, decision, status after)
    ("mentor", "pending", False, "approve", "approved"),
    ("mentor", "pending", False, "reject", "rejected"),
    ("mentor", "pending", False, "request_changes", "rejected"),
    ("senior_mentor", "pending", False, "verify", "mentor_verified"),
    ("senior_mentor", "approved", False, "verify", "mentor_verified"),
    ("mentor", "approved", True, "reject", "rejected"),  # flagged: a mentor's to decide
    ("mentor", "approved", True, "request_changes", "rejected"),
    ("senior_mentor", "approved", False, "reject", "rejected"),  # overturned
    ("senior_mentor", "rejected", False, "approve", "approved"),  # overturned
    ("senior_mentor", "mentor_verified", False, "reject", "rejected"),
    ("senior_mentor", "mentor_verified", True, "request_changes", "rejected"),
    ("admin", "pending", False, "verify", "mentor_verified"),
    ("admin", "mentor_verified", False, "reject", "rejected"),
]


@pytest.mark.parametrize(
    ("tier", "before", "hidden", "decision", "after"),
    TRANSITIONS,
    ids=[f"{t[0]}-{t[1]}{'-flagged' if t[2] else ''}-{t[3]}" for t in TRANSITIONS],
)
def test_each_transition_is_made_and_audited(
    tier: str, before: str, hidden: bool, decision: str, after: str
) -> None:
    content = _content(before, hidden=hidden)
    reviewer = curator(tier)
    changes = "Use Python 3 examples." if decision == "request_changes" else None

    review = _review(reviewer, content, decision, requested_changes=changes)

    content.refresh_from_db()
    assert content.approval_status == after
    assert (review.binding, review.status_before, review.outcome) == (True, before, "accepted")
    event = ApprovalEvent.objects.get(content=content)
    assert (event.from_status, event.to_status, event.source) == (
        before,
        after,
        ApprovalSource.REVIEW,
    )
    assert (event.actor, event.review, event.reason) == (reviewer, review, COMMENT)
    assert event.hidden_after == (hidden and after == "rejected")
    replacements = GenerationRequest.objects.filter(
        kind=RequestKind.REPLACE, regenerate_from=content
    )
    if after == "rejected" and before != "rejected":
        request = replacements.get()
        assert request.instruction == (changes or "")
        assert request.requested_by == reviewer
    else:
        assert not replacements.exists()


REFUSALS = [
    # (tier, status, hidden, decision, code)
    ("mentor", "approved", False, "reject", "FORBIDDEN"),  # overturning is a senior's
    ("mentor", "rejected", False, "approve", "FORBIDDEN"),
    ("mentor", "mentor_verified", True, "reject", "FORBIDDEN"),
    ("mentor", "pending", False, "verify", "FORBIDDEN"),
    ("contributor", "pending", False, "verify", "FORBIDDEN"),
    ("contributor", "approved", False, "reject", "FORBIDDEN"),
    ("none", "pending", False, "approve", "FORBIDDEN"),
    ("mentor", "approved", False, "approve", "INVALID_TRANSITION"),
    ("senior_mentor", "approved", False, "approve", "INVALID_TRANSITION"),
    ("senior_mentor", "rejected", False, "reject", "INVALID_TRANSITION"),
    ("senior_mentor", "rejected", False, "request_changes", "INVALID_TRANSITION"),
    ("senior_mentor", "mentor_verified", False, "verify", "INVALID_TRANSITION"),
    ("senior_mentor", "mentor_verified", False, "approve", "INVALID_TRANSITION"),
    ("contributor", "approved", False, "approve", "INVALID_TRANSITION"),
]


@pytest.mark.parametrize(
    ("tier", "status", "hidden", "decision", "code"),
    REFUSALS,
    ids=[f"{r[0]}-{r[1]}{'-flagged' if r[2] else ''}-{r[3]}" for r in REFUSALS],
)
def test_refused_transitions_leave_no_trace(
    tier: str, status: str, hidden: bool, decision: str, code: str
) -> None:
    content = _content(status, hidden=hidden)
    reviewer = curator(tier)
    changes = "Shorter." if decision == "request_changes" else None
    before = curation_snapshot(content)

    with pytest.raises(SkillSyncError) as caught:
        _review(reviewer, content, decision, requested_changes=changes)

    assert caught.value.code.value == code
    assert curation_snapshot(content) == before
    assert not MentorReview.objects.exists()


def test_approving_flagged_approved_content_settles_the_flags_without_a_status_change() -> None:
    from tests.community.test_flags import _flag

    content = _content("approved")
    _flag(content)
    reviewer = curator("mentor")

    review = _review(reviewer, content, "approve")

    content.refresh_from_db()
    assert content.approval_status == "approved"
    assert review.outcome == "accepted"
    assert not ApprovalEvent.objects.exists()  # nothing to audit: neither status nor hiding
    assert content.flags.get().resolution == "dismissed"


def test_a_contributors_review_is_advice_and_changes_nothing() -> None:
    content = _content()
    contributor = curator("contributor")
    before = curation_snapshot(content)

    review = _review(contributor, content, "reject", comments="")

    assert (review.binding, review.reviewer_tier, review.outcome) == (False, "contributor", "")
    after = curation_snapshot(content)
    assert after["status"] == before["status"] == "pending"
    assert after["events"] == before["events"] == 0
    assert after["requests"] == 0


def test_a_contributor_advises_once_per_lesson() -> None:
    content = _content()
    contributor = curator("contributor")
    _review(contributor, content, "approve")

    with pytest.raises(SkillSyncError) as caught:
        _review(contributor, content, "reject")

    assert (caught.value.code.value, caught.value.field) == ("CONFLICT", "content_id")
    assert MentorReview.objects.count() == 1


@pytest.mark.parametrize(
    ("decision", "comments", "changes", "field", "reason"),
    [
        ("approve", "   ", None, "comments", "REQUIRED"),
        ("approve", "x" * 2001, None, "comments", "TOO_LONG"),
        ("reject", "bad\x07", None, "comments", "CONTROL_CHARACTER"),
        ("request_changes", COMMENT, None, "requestedChanges", "REQUIRED"),
        ("request_changes", COMMENT, "y" * 501, "requestedChanges", "TOO_LONG"),
        (
            "request_changes",
            COMMENT,
            "use \u200b examples",
            "requestedChanges",
            "CONTROL_CHARACTER",
        ),
        ("approve", COMMENT, "more examples", "requestedChanges", None),
        ("maybe", COMMENT, None, "decision", None),
    ],
)
def test_bad_review_input_is_refused_naming_the_field(
    decision: str, comments: str, changes: str | None, field: str, reason: str | None
) -> None:
    content = _content()
    before = curation_snapshot(content)

    with pytest.raises(SkillSyncError) as caught:
        _review(curator("mentor"), content, decision, comments=comments, requested_changes=changes)

    extensions = caught.value.extensions
    assert (extensions["code"], extensions["field"], extensions.get("reason")) == (
        "INVALID_INPUT",
        field,
        reason,
    )
    assert curation_snapshot(content) == before


def test_personal_versions_and_missing_ids_are_not_found() -> None:
    content = _content()
    personal = LessonContentFactory.create(reusable=False)
    LessonContent.objects.filter(pk=personal.pk).update(
        personal_lesson=content.lessons.get()  # a lesson's own version
    )
    mentor = curator("mentor")

    for content_id in (personal.id, "2b3c7a4e-51f6-4a8e-9a57-1f2e3d4c5b6a"):
        with pytest.raises(SkillSyncError) as caught:
            content_review_create(
                reviewer=mentor, content_id=content_id, decision="approve", comments=COMMENT
            )
        assert caught.value.code.value == "NOT_FOUND"


def test_rejected_content_is_never_reused_and_every_holder_gets_its_replacement() -> None:
    content = _content()
    others = [holder(content) for _ in range(2)]
    assert reusable_contents().filter(pk=content.pk).exists()

    _review(curator("mentor"), content, "reject")

    assert not reusable_contents().filter(pk=content.pk).exists()
    request = GenerationRequest.objects.get(kind=RequestKind.REPLACE)
    assert request.regenerate_from_id == content.pk
    assert request.lesson.content_id == content.pk  # its carrier shows the rejected content
    holders = set(content.lessons.values_list("module__roadmap__owner", flat=True))
    assert {user.pk for user in others} <= holders  # each of them is moved once it is stored


WHERE: dict[str, Any] = {
    "style": "hands_on",
    "difficulty": "beginner",
    "language": "en",
    "schema_version": 1,
}


def _stored(topic: str) -> LessonContent:
    query = reuse_query(topic=topic, **WHERE)
    fields: dict[str, object] = {
        "topic": topic,
        "learning_style": "hands_on",
        "difficulty": "beginner",
    }
    stored, _ = reusable_content_create(query=query, fields=fields)
    holder(stored)
    return stored


def test_rejected_content_is_not_found_by_a_reuse_lookup() -> None:
    stored = _stored("Python list comprehensions")
    assert find_reusable(topic="List comprehensions in Python", **WHERE).content == stored

    _review(curator("mentor"), stored, "reject")

    assert find_reusable(topic="List comprehensions in Python", **WHERE).content is None
    assert find_reusable(topic="Python list comprehensions", **WHERE).content is None


def test_hidden_content_is_not_reused_until_a_review_approves_it(settings: LazySettings) -> None:
    settings.COMMUNITY_FLAG_HIDE_WEIGHT = 1
    stored = _stored("Python generators")
    content_flag_create(user=holder(stored), content_id=stored.id, reason="outdated")

    assert find_reusable(topic="Generators in Python", **WHERE).content is None

    _review(curator("mentor"), stored, "approve")

    assert find_reusable(topic="Generators in Python", **WHERE).content == stored
