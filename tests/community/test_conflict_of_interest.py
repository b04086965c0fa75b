"""A curator never reviews a lesson they generated, voted on or flagged, nor votes on their own
review."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skillsync.accounts.models import User
from skillsync.community.flags import content_flag_create
from skillsync.community.models import MentorReview
from skillsync.community.queue import review_entry
from skillsync.community.reviews import content_review_create, review_vote_set
from skillsync.community.services import lesson_vote_set
from skillsync.core.errors import SkillSyncError
from skillsync.learning.models import LessonContent
from tests.community.support import authored, curation_snapshot, curator, holder, quiz_content

pytestmark = pytest.mark.django_db


def _authored(mentor: User, content: LessonContent) -> None:
    authored(content, mentor)


def _voted(mentor: User, content: LessonContent) -> None:
    holder(content, mentor)
    lesson_vote_set(user=mentor, content_id=content.id, value=-1)


def _flagged(mentor: User, content: LessonContent) -> None:
    holder(content, mentor)
    content_flag_create(user=mentor, content_id=content.id, reason="incorrect")


def _only_held(mentor: User, content: LessonContent) -> None:
    holder(content, mentor)  # holds and opened it, but never judged it


CASES: dict[str, tuple[Callable[[User, LessonContent], None], str | None]] = {
    "author": (_authored, "You generated this lesson."),
    "voter": (_voted, "You voted on this lesson."),
    "flagger": (_flagged, "You flagged this lesson."),
    "holder": (_only_held, None),
}


@pytest.mark.parametrize("tier", ["contributor", "mentor", "senior_mentor", "admin"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_curator_with_a_stake_in_a_lesson_cannot_review_it(tier: str, case: str) -> None:
    content = quiz_content()
    holder(content)
    reviewer = curator(tier)
    involve, reason = CASES[case]
    involve(reviewer, content)
    before = curation_snapshot(content)

    entry = review_entry(viewer=reviewer, content_id=content.id)
    try:
        content_review_create(
            reviewer=reviewer, content_id=content.id, decision="approve", comments="Fine."
        )
        outcome = "reviewed"
    except SkillSyncError as error:
        outcome = error.code.value

    advisory = "Your reviews are advisory: a mentor decides."
    blocked = entry.refusal.message if entry.refusal else None
    assert blocked == (advisory if tier == "contributor" else reason)
    if reason is None:
        assert outcome == "reviewed"
    else:
        assert outcome == "CONFLICT_OF_INTEREST"
        assert curation_snapshot(content) == before


def test_nobody_votes_on_their_own_review() -> None:
    content = quiz_content()
    holder(content)
    mentor = curator("mentor")
    review = content_review_create(
        reviewer=mentor, content_id=content.id, decision="approve", comments="Good."
    )

    with pytest.raises(SkillSyncError) as caught:
        review_vote_set(user=mentor, review_id=review.id, value=1)

    assert caught.value.code.value == "CONFLICT_OF_INTEREST"
    assert MentorReview.objects.get().helpful == 0
