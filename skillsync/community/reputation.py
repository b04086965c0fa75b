"""Curators' reputation and tiers.

Reputation counts what became of a user's reviews and how others judged them:

- +10 for each review ``accepted`` (it agrees with the content's binding status now: a
  binding review at once, an advisory one when a binding decision agrees with it), -5 for
  each binding review ``overturned`` (a later binding decision disagrees with it: a senior
  overturning it, or a mentor rejecting approved content that was then flagged). Outcomes
  follow the content: overturned back, a review is accepted again. Approving and verifying
  agree; rejecting and requesting changes agree.
- +2 / -2 for each helpful / unhelpful vote on a review by another user.

``reviews_settle`` moves each review's outcome after a binding change of status and shifts
its reviewer's reputation by the difference, so the stored reputation always equals the
points of the outcomes plus the votes (``reputation_recount`` says what it should be).
After any change the earned tier is recomputed unless an admin pinned it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.community.choices import DECISION_STATUS, VETTED, ReviewOutcome, Tier
from skillsync.community.models import CurationProfile, MentorReview
from skillsync.community.permissions import Operation, require
from skillsync.community.selectors import active_learner, curator_of, tier_earned
from skillsync.core.errors import InvalidInputError, NotFoundError
from skillsync.core.ids import parse_id

OUTCOME_POINTS: dict[str, int] = {
    ReviewOutcome.NONE: 0,
    ReviewOutcome.ACCEPTED: 10,
    ReviewOutcome.OVERTURNED: -5,
}
VOTE_POINTS = 2


def _outcome(review: MentorReview, status: str) -> str:
    agrees = (DECISION_STATUS[review.decision] in VETTED) == (status in VETTED)
    if agrees:
        return ReviewOutcome.ACCEPTED
    return ReviewOutcome.OVERTURNED if review.binding else ReviewOutcome.NONE


def reviews_settle(*, content_id: uuid.UUID, status: str) -> None:
    """After a binding decision gave the content ``status``: every review of it takes the
    outcome that status gives it, and reviewers' reputations move by the difference."""
    reviews = list(
        MentorReview.objects.select_for_update().filter(content_id=content_id).order_by("id")
    )
    changed: list[MentorReview] = []
    deltas: dict[uuid.UUID, int] = defaultdict(int)
    for review in reviews:
        outcome = _outcome(review, status)
        if outcome == review.outcome:
            continue
        if review.reviewer_id is not None:
            deltas[review.reviewer_id] += OUTCOME_POINTS[outcome] - OUTCOME_POINTS[review.outcome]
        review.outcome = outcome
        changed.append(review)
    MentorReview.objects.bulk_update(changed, ["outcome"])
    for user_id in sorted(deltas):  # one order everywhere: no deadlock between two settles
        reputation_add(user_id=user_id, points=deltas[user_id])


def _profile_ensure(user_id: uuid.UUID) -> None:
    CurationProfile.objects.bulk_create([CurationProfile(user_id=user_id)], ignore_conflicts=True)


def reputation_add(*, user_id: uuid.UUID, points: int) -> None:
    """Shift a user's reputation in the database (concurrent shifts all count), then their
    earned tier."""
    if points == 0:
        return
    _profile_ensure(user_id)
    CurationProfile.objects.filter(user_id=user_id).update(
        reputation=F("reputation") + points, updated_at=timezone.now()
    )
    tier_recompute(user_id=user_id)


def tier_recompute(*, user_id: uuid.UUID) -> str:
    """Store the tier the user's reputation (and activity) earns, unless pinned. Returns the
    stored tier."""
    _profile_ensure(user_id)
    profile = (
        CurationProfile.objects.select_for_update().select_related("user").get(user_id=user_id)
    )
    if profile.tier_pinned:
        return profile.tier
    earned = tier_earned(reputation=profile.reputation, active=False)
    if earned == Tier.NONE and active_learner(user=profile.user):
        earned = Tier.CONTRIBUTOR
    if earned != profile.tier:
        profile.tier = earned
        profile.save(update_fields=["tier", "updated_at"])
    return profile.tier


def reputation_recount(*, user_id: uuid.UUID) -> int:
    """What the user's reputation should be, counted from their reviews and the votes on
    them (a check on the running total)."""
    reviews = MentorReview.objects.filter(reviewer_id=user_id)
    outcomes: list[str] = list(reviews.values_list("outcome", flat=True))
    points = sum(OUTCOME_POINTS[outcome] for outcome in outcomes)
    votes = reviews.aggregate(
        helpful=Count("votes", filter=Q(votes__value=1)),
        unhelpful=Count("votes", filter=Q(votes__value=-1)),
    )
    return points + VOTE_POINTS * (int(votes["helpful"]) - int(votes["unhelpful"]))


@transaction.atomic
def curation_tier_set(
    *, actor: User | None, user_id: str | uuid.UUID, tier: str | None, pinned: bool = True
) -> CurationProfile:
    """An admin grants a tier (``tier``) or revokes it (None: pinned to none). Pinned, it
    stays whatever the user's reputation earns; ``pinned=False`` hands the tier back to
    reputation (``tier`` is then ignored). ``actor`` None: the server's operator (the
    ``mentor_tier`` command); anyone else must be an admin (FORBIDDEN)."""
    if actor is not None:
        require(curator_of(actor), Operation.MANAGE_TIERS)
    value = Tier.NONE if tier is None else tier
    if value not in Tier.values:
        raise InvalidInputError("tier", f"unknown tier {str(value)[:20]!r}")
    target = User.objects.filter(pk=parse_id(user_id, field="user_id")).first()
    if target is None:
        raise NotFoundError("user")
    _profile_ensure(target.pk)
    profile = CurationProfile.objects.select_for_update().get(user_id=target.pk)
    if pinned:
        profile.tier, profile.tier_pinned = value, True
        profile.pinned_by, profile.pinned_at = actor, timezone.now()
    else:
        profile.tier_pinned, profile.pinned_by, profile.pinned_at = False, None, None
    profile.save()
    if not pinned:
        tier_recompute(user_id=target.pk)
        profile.refresh_from_db()
    return profile
