"""Votes weigh what their voter's account is worth, and enough of them approve a lesson:
weighted net votes >= COMMUNITY_AUTO_APPROVE_NET with an up share >= the ratio."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.conf import LazySettings

from skillsync.community.choices import ApprovalSource
from skillsync.community.models import ApprovalEvent, LessonVote
from skillsync.community.services import lesson_vote_set
from skillsync.learning.models import LessonContent
from tests.community.support import (
    authored,
    holder,
    learner,
    new_account,
    quiz_content,
    same_browser,
)

pytestmark = pytest.mark.django_db


def _vote(content: LessonContent, value: int, **account: object) -> None:
    voter = holder(content, learner(**account) if account else None)
    lesson_vote_set(user=voter, content_id=content.id, value=value)


def _status(content: LessonContent) -> str:
    return LessonContent.objects.get(pk=content.pk).approval_status


def _weighted(content: LessonContent) -> tuple[Decimal, Decimal]:
    fresh = LessonContent.objects.get(pk=content.pk)
    return fresh.weighted_upvotes, fresh.weighted_downvotes


def test_ten_full_up_votes_approve_pending_content_at_the_tenth() -> None:
    content = quiz_content()
    for _ in range(9):
        _vote(content, 1)
    assert _status(content) == "pending"  # net 9: one short

    _vote(content, 1)

    assert _status(content) == "approved"
    event = ApprovalEvent.objects.get(content=content)
    assert (event.from_status, event.to_status, event.source, event.actor) == (
        "pending",
        "approved",
        ApprovalSource.AUTO_VOTES,
        None,
    )
    assert "net 10.00" in event.reason


@pytest.mark.parametrize(
    ("ups", "downs", "approved"),
    [
        (2, 0, True),  # net exactly 2, share 1
        (1, 0, False),  # net 1: just below
        (3, 1, True),  # net 2, share exactly 0.75
        (5, 2, False),  # net 3 but share 0.714: just below the ratio
        (4, 2, False),  # net 2, share 0.667
    ],
)
def test_the_rule_at_and_just_below_each_threshold(
    settings: LazySettings, ups: int, downs: int, approved: bool
) -> None:
    settings.COMMUNITY_AUTO_APPROVE_NET = 2
    settings.COMMUNITY_AUTO_APPROVE_RATIO = 0.75
    content = quiz_content()
    for _ in range(downs):  # down votes first, so no earlier prefix of the votes approves
        _vote(content, -1)
    for _ in range(ups):
        _vote(content, 1)

    assert _status(content) == ("approved" if approved else "pending")
    assert ApprovalEvent.objects.filter(content=content).count() == int(approved)


def test_votes_of_accounts_minutes_old_weigh_a_quarter(settings: LazySettings) -> None:
    settings.COMMUNITY_AUTO_APPROVE_NET = 2
    content = quiz_content()
    for _ in range(7):
        voter = new_account(holder(content))
        lesson_vote_set(user=voter, content_id=content.id, value=1)

    assert _weighted(content) == (Decimal("1.75"), Decimal("0.00"))
    assert _status(content) == "pending"  # 7 raw votes, 1.75 of weight
    assert set(LessonVote.objects.values_list("weight", flat=True)) == {Decimal("0.25")}

    _vote(content, 1)  # an established account: 1.0

    assert _weighted(content) == (Decimal("2.75"), Decimal("0.00"))
    assert _status(content) == "approved"
    content.refresh_from_db()
    assert (content.upvotes, content.downvotes) == (8, 0)  # the raw counts are kept too


def test_a_vote_from_a_browser_the_author_uses_weighs_a_quarter() -> None:
    content = quiz_content()
    author, friend, stranger = holder(content), holder(content), holder(content)
    authored(content, author)
    same_browser(author, friend)

    for voter in (author, friend, stranger):
        lesson_vote_set(user=voter, content_id=content.id, value=1)

    weights = dict(LessonVote.objects.values_list("user_id", "weight"))
    assert weights == {
        author.pk: Decimal("1.00"),  # the author's own vote counts fully
        friend.pk: Decimal("0.25"),
        stranger.pk: Decimal("1.00"),
    }
    assert _weighted(content) == (Decimal("2.25"), Decimal("0.00"))


def test_a_new_account_on_the_authors_browser_weighs_the_smaller_weight(
    settings: LazySettings,
) -> None:
    settings.COMMUNITY_SHARED_DEVICE_WEIGHT = 0.5
    content = quiz_content()
    author, friend = holder(content), new_account(holder(content))
    authored(content, author)
    same_browser(author, friend)

    lesson_vote_set(user=friend, content_id=content.id, value=-1)

    assert _weighted(content) == (Decimal("0.00"), Decimal("0.25"))


def test_changing_a_vote_moves_its_weight_and_withdrawing_removes_it() -> None:
    content = quiz_content()
    young = new_account(holder(content))
    steady = holder(content)
    lesson_vote_set(user=steady, content_id=content.id, value=1)

    seen = []
    for value in (1, -1, 0, -1):
        lesson_vote_set(user=young, content_id=content.id, value=value)
        seen.append(_weighted(content))

    assert seen == [
        (Decimal("1.25"), Decimal("0.00")),
        (Decimal("1.00"), Decimal("0.25")),
        (Decimal("1.00"), Decimal("0.00")),
        (Decimal("1.00"), Decimal("0.25")),
    ]


def test_content_hidden_by_flags_is_not_approved_by_votes(settings: LazySettings) -> None:
    settings.COMMUNITY_AUTO_APPROVE_NET = 1
    content = quiz_content()
    LessonContent.objects.filter(pk=content.pk).update(hidden_from_reuse=True)

    _vote(content, 1)
    _vote(content, 1)

    assert _status(content) == "pending"
    assert not ApprovalEvent.objects.exists()


@pytest.mark.parametrize("status", ["approved", "rejected", "mentor_verified"])
def test_votes_never_change_a_decided_status(settings: LazySettings, status: str) -> None:
    settings.COMMUNITY_AUTO_APPROVE_NET = 1
    content = quiz_content()
    LessonContent.objects.filter(pk=content.pk).update(approval_status=status)

    _vote(content, 1)
    _vote(content, -1)
    _vote(content, -1)

    assert _status(content) == status
    assert not ApprovalEvent.objects.exists()
