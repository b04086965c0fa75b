"""Votes at the same moment, from threads with their own database connections (committed
data, so these tests cannot run inside the usual per-test transaction)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.community.models import ApprovalEvent, LessonVote
from skillsync.community.services import lesson_vote_set
from skillsync.learning.models import Lesson, LessonContent
from skillsync.learning.services import lesson_start
from tests.concurrency import each_in_parallel
from tests.conftest import new_roadmap
from tests.learning.support import holding, quiz_content

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]

# Connections at once: a good share of the server's 100, leaving room for the test's own.
THREADS = 40


def _learner_who_opened(content: LessonContent) -> User:
    roadmap = new_roadmap()
    lesson = Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position", "position")
    opened = holding(lesson.select_related("module").first(), content)  # type: ignore[arg-type]
    owner: User = roadmap.owner
    lesson_start(user=owner, lesson_id=opened.id)
    return owner


def _vote(user: User, content: LessonContent, value: int) -> Callable[[], str]:
    def run() -> str:
        vote = lesson_vote_set(user=user, content_id=content.id, value=value)
        return str(0 if vote is None else vote.value)

    return run


def test_a_hundred_learners_voting_at_once_are_all_counted() -> None:
    shared = quiz_content()
    learners = [_learner_who_opened(shared) for _ in range(100)]
    values = [1 if index % 5 < 3 else -1 for index in range(100)]  # 60 up, 40 down, mixed
    # Every fourth account is minutes old: its vote weighs a quarter (15 up, 10 down).
    young = [learner for index, learner in enumerate(learners) if index % 4 == 0]
    User.objects.filter(pk__in=[u.pk for u in young]).update(date_joined=timezone.now())
    for user in young:
        user.refresh_from_db()

    outcomes = each_in_parallel(
        [_vote(learner, shared, value) for learner, value in zip(learners, values, strict=True)],
        threads=THREADS,
    )

    assert sorted(outcomes) == sorted(str(value) for value in values)
    shared.refresh_from_db()
    assert (shared.upvotes, shared.downvotes) == (60, 40)
    assert (shared.weighted_upvotes, shared.weighted_downvotes) == (
        Decimal("48.75"),  # 45 x 1 + 15 x 0.25
        Decimal("32.50"),  # 30 x 1 + 10 x 0.25
    )
    assert LessonVote.objects.filter(content=shared, value=1).count() == 60
    assert LessonVote.objects.filter(content=shared, value=-1).count() == 40
    assert shared.approval_status == "pending"  # 60 % up: below the ratio
    assert not ApprovalEvent.objects.exists()


def test_learners_voting_at_once_past_the_threshold_approve_the_lesson_once() -> None:
    content = quiz_content()
    learners = [_learner_who_opened(content) for _ in range(30)]

    outcomes = each_in_parallel([_vote(learner, content, 1) for learner in learners], threads=30)

    assert outcomes == ["1"] * 30
    content.refresh_from_db()
    assert (content.approval_status, content.upvotes, content.weighted_upvotes) == (
        "approved",
        30,
        Decimal("30.00"),
    )
    event = ApprovalEvent.objects.get(content=content)
    assert (event.source, event.from_status) == ("auto_votes", "pending")
    assert "net 10.00" in event.reason  # the tenth vote to commit approved it


def test_one_learners_simultaneous_first_votes_make_one_vote() -> None:
    content = quiz_content()
    learner = _learner_who_opened(content)

    outcomes = each_in_parallel([_vote(learner, content, 1) for _ in range(30)], threads=30)

    assert outcomes == ["1"] * 30  # one inserted the vote; the others waited and found it
    content.refresh_from_db()
    assert (content.upvotes, content.downvotes) == (1, 0)
    assert LessonVote.objects.filter(user=learner).count() == 1


@pytest.mark.parametrize("values", [(1, -1), (1, -1, 0)], ids=["flips", "flips-and-withdrawals"])
def test_one_learner_flipping_from_many_threads_ends_with_counts_that_match_the_vote(
    values: tuple[int, ...],
) -> None:
    content = quiz_content()
    learner = _learner_who_opened(content)
    others = [_learner_who_opened(content) for _ in range(3)]
    for other in others:
        lesson_vote_set(user=other, content_id=content.id, value=1)
    flips = [values[index % len(values)] for index in range(60)]

    outcomes = each_in_parallel([_vote(learner, content, v) for v in flips], threads=THREADS)

    # Every request is served in turn, withdrawals included: none is refused.
    assert sorted(outcomes) == sorted(str(v) for v in flips)
    remaining = list(LessonVote.objects.filter(user=learner).values_list("value", flat=True))
    assert len(remaining) <= 1
    mine = remaining[0] if remaining else 0
    content.refresh_from_db()
    assert (content.upvotes, content.downvotes) == (3 + (mine == 1), int(mine == -1))
