"""Per-user limits on mutations that cost real money or time (planning, generation)."""

from __future__ import annotations

from django.conf import settings

from skillsync.accounts.models import User
from skillsync.core.errors import RateLimitedError
from skillsync.ratelimit.services import Limit, hit


def throttle_expensive(*, user: User, action: str) -> None:
    """Count one expensive action for the user; RATE_LIMITED with retryAfter past the limit."""
    events, window = settings.EXPENSIVE_MUTATIONS_PER_USER
    decision = hit(
        limit=Limit(scope=f"expensive-{action}", limit=events, window_seconds=window),
        subject=str(user.pk),
    )
    if not decision.allowed:
        raise RateLimitedError(
            f"too many {action} requests: try again later",
            retry_after_seconds=decision.retry_after_seconds,
        )
