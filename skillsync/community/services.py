"""Writes of the community domain: learners' votes on lesson content. Flags are in
``flags.py``, reviews in ``reviews.py``, the approval workflow in ``approval.py``.

``LessonContent.upvotes`` and ``downvotes`` are a running sum of the vote rows, and
``weighted_upvotes`` / ``weighted_downvotes`` the sum of their weights (``weights.py``), read
by every reuse lookup and by auto-approval, so they are changed only here and only in the
database: each vote shifts them by an increment computed from the learner's old and new vote,
in the same transaction as the vote row. Learners voting at once cannot lose an update
(PostgreSQL applies ``upvotes + 1`` to the row as it is when the UPDATE runs), and one
learner's votes on one content are serialised by a transaction-level advisory lock on the pair
(a row lock cannot do it: the first vote has no row to lock yet, and a withdrawal deletes it),
so old and new are always the real ones. A vote is weighed when it is cast, and again when it
changes. Then, under the content's row lock (the counts' UPDATE holds it already), the content
is approved if its weighted votes call for it (``approval.auto_approve``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import F

from skillsync.accounts.models import User
from skillsync.community.approval import auto_approve, content_locked
from skillsync.community.models import LessonVote
from skillsync.community.selectors import content_opened_by
from skillsync.community.throttles import Action, curation_throttle
from skillsync.community.weights import cast_weight
from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError
from skillsync.learning.models import LessonContent
from skillsync.learning.selectors import access_lesson_content

VOTE_VALUES = frozenset({-1, 0, 1})
# The first key of the two-key advisory locks this module takes (any fixed number that no other
# part of SkillSync uses for its own advisory locks).
VOTE_LOCK_NAMESPACE = 7_301


@transaction.atomic
def lesson_vote_set(*, user: User, content_id: str | uuid.UUID, value: int) -> LessonVote | None:
    """Set the learner's vote on content one of their lessons shows and that they have opened:
    1 up, -1 down, 0 withdraws. Returns the vote that remains (None when withdrawn). Counts
    against the learner's vote limit (RATE_LIMITED)."""
    content = access_lesson_content(user=user, content_id=content_id)
    if value not in VOTE_VALUES:
        raise InvalidInputError("value", "a vote is 1 (up), -1 (down) or 0 (withdraw)")
    if not content_opened_by(user=user, content_id=content.pk):
        raise SkillSyncError(ErrorCode.LESSON_NOT_OPENED, "open the lesson before voting on it")
    curation_throttle(user=user, action=Action.VOTE)
    _lock_pair(user_id=user.pk, content_id=content.pk)
    vote = LessonVote.objects.filter(user=user, content=content).first()
    old = vote.value if vote is not None else 0
    if value == old:
        return vote
    old_weight = vote.weight if vote is not None else Decimal(0)
    weight = cast_weight(user=user, content_id=content.pk) if value else Decimal(0)
    if vote is None:
        vote = LessonVote.objects.create(user=user, content=content, value=value, weight=weight)
    elif value == 0:
        vote.delete()
        vote = None
    else:
        vote.value, vote.weight = value, weight
        vote.save(update_fields=["value", "weight", "updated_at"])
    _counts_shift(content_id=content.pk, old=(old, old_weight), new=(value, weight))
    auto_approve(content_locked(content.pk))
    return vote


def _lock_pair(*, user_id: uuid.UUID, content_id: uuid.UUID) -> None:
    """Until the transaction ends, this learner's other votes on this content wait here. Two
    keys in the lock's own namespace: one for votes, the other for the pair (a hash collision
    only makes two unrelated votes wait for each other)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s, hashtext(%s))",
            [VOTE_LOCK_NAMESPACE, f"{user_id}:{content_id}"],
        )


def _counts_shift(
    *, content_id: uuid.UUID, old: tuple[int, Decimal], new: tuple[int, Decimal]
) -> None:
    """Move the content's counts and weighted sums from the old vote (value, weight) to the
    new one, in the database."""
    (old_value, old_weight), (value, weight) = old, new
    up = int(value == 1) - int(old_value == 1)
    down = int(value == -1) - int(old_value == -1)
    weighted_up = (weight if value == 1 else 0) - (old_weight if old_value == 1 else 0)
    weighted_down = (weight if value == -1 else 0) - (old_weight if old_value == -1 else 0)
    LessonContent.objects.filter(pk=content_id).update(
        upvotes=F("upvotes") + up,
        downvotes=F("downvotes") + down,
        weighted_upvotes=F("weighted_upvotes") + weighted_up,
        weighted_downvotes=F("weighted_downvotes") + weighted_down,
    )
