"""What one learner's vote or flag counts for, fixed when it is cast.

1 normally; ``COMMUNITY_NEW_ACCOUNT_WEIGHT`` for an account younger than
``COMMUNITY_NEW_ACCOUNT_MINUTES``; ``COMMUNITY_SHARED_DEVICE_WEIGHT`` for an account that has
logged in from a browser the content's author used too (a device cookie in common); the
smaller when both apply. An author's own vote counts fully: only other accounts on their
devices look like someone propping up their own lesson.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.community.selectors import content_author_id, shares_device

FULL = Decimal("1.00")
_CENTS = Decimal("0.01")


def _setting(name: str) -> Decimal:
    value = Decimal(str(getattr(settings, name))).quantize(_CENTS)
    return min(FULL, max(_CENTS, value))  # the database allows (0, 1]


def cast_weight(*, user: User, content_id: uuid.UUID) -> Decimal:
    weight = FULL
    young = timezone.now() - timedelta(minutes=settings.COMMUNITY_NEW_ACCOUNT_MINUTES)
    if user.date_joined > young:
        weight = min(weight, _setting("COMMUNITY_NEW_ACCOUNT_WEIGHT"))
    author = content_author_id(content_id=content_id)
    if author is not None and author != user.pk and shares_device(user_id=user.pk, other_id=author):
        weight = min(weight, _setting("COMMUNITY_SHARED_DEVICE_WEIGHT"))
    return weight
