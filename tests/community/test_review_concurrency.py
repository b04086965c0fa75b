"""Reviewers acting at the same moment: the content's row lock lets one decide; the others see
the decision (committed data, from threads with their own connections)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skillsync.accounts.models import User
from skillsync.community.models import ApprovalEvent, MentorReview
from skillsync.community.reviews import content_review_create
from skillsync.learning.models import LessonContent
from tests.community.support import curator
from tests.community.test_votes_concurrency import _learner_who_opened
from tests.concurrency import each_in_parallel
from tests.learning.support import quiz_content

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]


def _review(reviewer: User, content: LessonContent, decision: str) -> Callable[[], str]:
    def run() -> str:
        content_review_create(
            reviewer=reviewer, content_id=content.id, decision=decision, comments="Seen."
        )
        return decision

    return run


def test_ten_mentors_approving_at_once_make_one_decision() -> None:
    content = quiz_content()
    _learner_who_opened(content)
    mentors = [curator("mentor") for _ in range(10)]

    outcomes = each_in_parallel([_review(m, content, "approve") for m in mentors], threads=10)

    assert sorted(outcomes) == ["INVALID_TRANSITION"] * 9 + ["approve"]
    assert ApprovalEvent.objects.filter(content=content).count() == 1
    assert MentorReview.objects.get().outcome == "accepted"


def test_a_mentor_rejecting_as_another_approves_never_acts_on_a_stale_status() -> None:
    content = quiz_content()
    _learner_who_opened(content)
    approver, rejecter = curator("mentor"), curator("mentor")

    outcomes = each_in_parallel(
        [_review(approver, content, "approve"), _review(rejecter, content, "reject")], threads=2
    )

    # Whoever came second found a decided lesson, which only a senior mentor may change.
    assert sorted(outcomes) in (["FORBIDDEN", "approve"], ["FORBIDDEN", "reject"])
    content.refresh_from_db()
    event = ApprovalEvent.objects.get(content=content)
    assert (event.from_status, event.to_status) == ("pending", content.approval_status)
    assert MentorReview.objects.count() == 1
