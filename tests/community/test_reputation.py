"""Reputation follows what became of a curator's reviews and how others judged them; tiers
follow reputation (and a learner's activity) unless an admin pinned them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import LazySettings
from django.core.management import call_command
from django.utils import timezone

from skillsync.accounts.models import Role, User
from skillsync.community.choices import Tier
from skillsync.community.models import CurationProfile, MentorReview
from skillsync.community.permissions import Operation
from skillsync.community.reputation import (
    curation_tier_set,
    reputation_add,
    reputation_recount,
)
from skillsync.community.reviews import content_review_create, review_vote_set
from skillsync.community.selectors import curator_of
from skillsync.core.errors import SkillSyncError
from skillsync.learning.models import Lesson, LessonContent
from skillsync.learning.services import lesson_mark_complete
from tests.community.support import curator, holder, learner, quiz_content
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _reputation(user: User) -> int:
    profile = CurationProfile.objects.filter(user=user).first()
    return profile.reputation if profile else 0


def _review(reviewer: User, content: LessonContent, decision: str) -> MentorReview:
    changes = "Shorter, please." if decision == "request_changes" else None
    return content_review_create(
        reviewer=reviewer,
        content_id=content.id,
        decision=decision,
        comments="Reviewed.",
        requested_changes=changes,
    )


def _held() -> LessonContent:
    content = quiz_content()
    holder(content)
    return content


def test_a_binding_review_is_accepted_at_once() -> None:
    mentor = curator("mentor")

    review = _review(mentor, _held(), "approve")

    assert review.outcome == "accepted"
    assert _reputation(mentor) == 10


def test_advice_counts_when_a_binding_decision_agrees_with_it() -> None:
    content = _held()
    agrees, disagrees = curator("contributor"), curator("contributor")
    _review(agrees, content, "reject")
    _review(disagrees, content, "approve")
    assert (_reputation(agrees), _reputation(disagrees)) == (0, 0)  # nothing decided yet

    _review(curator("mentor"), content, "request_changes")  # agrees with a rejection

    outcomes = dict(MentorReview.objects.filter(binding=False).values_list("reviewer", "outcome"))
    assert outcomes == {agrees.pk: "accepted", disagrees.pk: ""}
    assert (_reputation(agrees), _reputation(disagrees)) == (10, 0)


def test_an_overturned_decision_costs_five_and_its_acceptance() -> None:
    content = _held()
    mentor, senior = curator("mentor"), curator("senior_mentor")
    advisor = curator("contributor")
    _review(advisor, content, "approve")
    _review(mentor, content, "approve")
    assert (_reputation(mentor), _reputation(advisor)) == (10, 10)

    _review(senior, content, "reject")

    assert (_reputation(mentor), _reputation(advisor), _reputation(senior)) == (-5, 0, 10)
    outcomes = {r.reviewer_id: r.outcome for r in MentorReview.objects.all()}
    assert outcomes == {advisor.pk: "", mentor.pk: "overturned", senior.pk: "accepted"}

    # Overturned back by another senior: the first verdicts stand again.
    other_senior = curator("senior_mentor")
    _review(other_senior, content, "verify")

    assert (_reputation(mentor), _reputation(advisor)) == (10, 10)
    assert (_reputation(senior), _reputation(other_senior)) == (-5, 10)
    for user in (mentor, advisor, senior, other_senior):
        assert reputation_recount(user_id=user.pk) == _reputation(user)


def test_votes_on_a_review_move_its_reviewers_reputation_by_two() -> None:
    mentor = curator("mentor")
    review = _review(mentor, _held(), "approve")
    voters = [curator("contributor") for _ in range(3)]

    for voter, value in zip(voters, (1, 1, -1), strict=True):
        review_vote_set(user=voter, review_id=review.id, value=value)
    assert _reputation(mentor) == 10 + 2 + 2 - 2

    review_vote_set(user=voters[2], review_id=review.id, value=1)  # changed their mind
    review_vote_set(user=voters[0], review_id=review.id, value=0)  # withdrew

    review.refresh_from_db()
    assert (review.helpful, review.unhelpful) == (2, 0)
    assert _reputation(mentor) == 14 == reputation_recount(user_id=mentor.pk)


@pytest.mark.parametrize("value", [2, -2])
def test_a_vote_on_a_review_is_one_of_three_values(value: int) -> None:
    review = _review(curator("mentor"), _held(), "approve")

    with pytest.raises(SkillSyncError) as caught:
        review_vote_set(user=curator("contributor"), review_id=review.id, value=value)

    assert (caught.value.code.value, caught.value.field) == ("INVALID_INPUT", "value")


def test_learners_cannot_vote_on_reviews_and_missing_reviews_are_not_found() -> None:
    review = _review(curator("mentor"), _held(), "approve")
    codes = []
    for user, review_id in (
        (learner(), review.id),
        (curator("contributor"), "0b6bfa4f-8f4f-4d43-9d3e-7c1d3c2c3b1a"),
    ):
        with pytest.raises(SkillSyncError) as caught:
            review_vote_set(user=user, review_id=review_id, value=1)
        codes.append(caught.value.code.value)

    assert codes == ["FORBIDDEN", "NOT_FOUND"]


def test_tiers_are_earned_by_reputation_both_ways(settings: LazySettings) -> None:
    settings.COMMUNITY_TIER_REPUTATION = {"contributor": 10, "mentor": 30, "senior_mentor": 60}
    user = UserFactory.create()
    seen = []
    for points in (9, 1, 19, 1, 30, -55):
        reputation_add(user_id=user.pk, points=points)
        seen.append(curator_of(user).tier)

    assert seen == ["none", "contributor", "contributor", "mentor", "senior_mentor", "none"]


def test_a_learner_who_finished_five_lessons_on_an_old_enough_account_is_a_contributor() -> None:
    user = learner()
    lessons = Lesson.objects.filter(module__roadmap__owner=user).order_by(
        "module__position", "position"
    )
    for lesson in lessons[:4]:
        lesson_mark_complete(user=user, lesson_id=lesson.id)
    assert curator_of(user).tier == "none"

    lesson_mark_complete(user=user, lesson_id=lessons[4].id)
    assert curator_of(user).tier == "contributor"

    User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=6))
    user.refresh_from_db()
    assert curator_of(user).tier == "none"  # too young an account


def test_a_pinned_tier_stays_whatever_reputation_earns() -> None:
    admin = curator("admin")
    user = UserFactory.create()
    curation_tier_set(actor=admin, user_id=user.pk, tier="mentor")

    reputation_add(user_id=user.pk, points=500)
    assert curator_of(user).tier == "mentor"

    curation_tier_set(actor=admin, user_id=user.pk, tier=None)  # revoked: pinned to none
    reputation_add(user_id=user.pk, points=10)
    assert curator_of(user).tier == "none"

    curation_tier_set(actor=admin, user_id=user.pk, tier=None, pinned=False)  # unpinned
    assert curator_of(user).tier == "senior_mentor"  # 510 points
    profile = CurationProfile.objects.get(user=user)
    assert (profile.tier_pinned, profile.pinned_by) == (False, None)


def test_a_revoked_active_learner_is_not_a_contributor_by_activity() -> None:
    user = learner()
    for lesson in Lesson.objects.filter(module__roadmap__owner=user)[:5]:
        lesson_mark_complete(user=user, lesson_id=lesson.id)
    assert curator_of(user).tier == "contributor"

    curation_tier_set(actor=curator("admin"), user_id=user.pk, tier=None)

    assert curator_of(user).tier == "none"


def test_roles_set_a_floor() -> None:
    mentor_role = UserFactory.create(role=Role.MENTOR)
    admin = UserFactory.create(role=Role.ADMIN)
    curation_tier_set(actor=None, user_id=mentor_role.pk, tier=None)

    assert curator_of(mentor_role).tier == "mentor"  # role MENTOR is at least a mentor
    assert curator_of(admin).admin
    assert curator_of(admin).can(Operation.MANAGE_TIERS)
    assert not curator_of(mentor_role).can(Operation.MANAGE_TIERS)


def test_only_admins_set_tiers() -> None:
    target = UserFactory.create()
    for tier in ("contributor", "mentor", "senior_mentor"):
        with pytest.raises(SkillSyncError) as caught:
            curation_tier_set(actor=curator(tier), user_id=target.pk, tier="mentor")
        assert caught.value.code.value == "FORBIDDEN"
    assert not CurationProfile.objects.filter(user=target).exists()


def test_the_command_pins_a_tier(capsys: pytest.CaptureFixture[str]) -> None:
    user = UserFactory.create(email="ada@example.org")

    call_command("mentor_tier", "ADA@example.org", "senior_mentor")

    assert curator_of(user).tier == Tier.SENIOR_MENTOR
    assert "ada@example.org: senior_mentor (pinned, reputation 0)" in capsys.readouterr().out

    call_command("mentor_tier", "ada@example.org", "none", "--unpin")
    assert curator_of(user).tier == Tier.NONE
    assert not CurationProfile.objects.get(user=user).tier_pinned
