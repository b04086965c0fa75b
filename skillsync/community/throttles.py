"""Per-user limits on curation: votes, flags, reviews and votes on reviews, each with its own
window (settings ``COMMUNITY_*_PER_USER``). Services count an action once its input is valid
and it is allowed, inside their transaction: an action refused for any other reason rolls its
count back with it."""

from __future__ import annotations

from enum import StrEnum

from django.conf import settings

from skillsync.accounts.models import User
from skillsync.core.errors import RateLimitedError
from skillsync.ratelimit.services import Limit, hit


class Action(StrEnum):
    VOTE = "votes"
    FLAG = "flags"
    REVIEW = "reviews"
    REVIEW_VOTE = "review votes"


_SETTINGS = {
    Action.VOTE: "COMMUNITY_VOTES_PER_USER",
    Action.FLAG: "COMMUNITY_FLAGS_PER_USER",
    Action.REVIEW: "COMMUNITY_REVIEWS_PER_USER",
    Action.REVIEW_VOTE: "COMMUNITY_REVIEW_VOTES_PER_USER",
}


def curation_throttle(*, user: User, action: Action) -> None:
    """Count one ``action`` of the user; RATE_LIMITED with retryAfter past its limit."""
    events, window = getattr(settings, _SETTINGS[action])
    scope = f"community-{action.value.replace(' ', '-')}"
    decision = hit(
        limit=Limit(scope=scope, limit=events, window_seconds=window), subject=str(user.pk)
    )
    if not decision.allowed:
        raise RateLimitedError(
            f"too many {action.value}: try again later",
            retry_after_seconds=decision.retry_after_seconds,
        )
