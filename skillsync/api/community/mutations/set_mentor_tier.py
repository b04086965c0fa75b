from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.community.types import CurationProfileType
from skillsync.api.context import viewer
from skillsync.api.enums import MentorTier
from skillsync.api.permissions import IsAdmin
from skillsync.community.reputation import curation_tier_set
from skillsync.community.selectors import curator_of


def set_mentor_tier(
    info: Info[Any, Any], user_id: strawberry.ID, tier: MentorTier | None = None
) -> CurationProfileType:
    profile = curation_tier_set(
        actor=viewer(info), user_id=user_id, tier=None if tier is None else tier.value
    )
    return CurationProfileType.of(curator_of(profile.user))


field = strawberry.mutation(
    resolver=set_mentor_tier,
    permission_classes=[IsAdmin],
    description="Admins: grant a curation tier, or revoke it (null). The tier is pinned: "
    "reputation no longer changes it.",
)
