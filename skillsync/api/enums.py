"""GraphQL enums. They *are* the domain's choices classes, registered with strawberry, so the
API and the database can never disagree about the allowed values."""

from __future__ import annotations

from enum import Enum

import strawberry

from skillsync.accounts.models import Role
from skillsync.community.choices import FlagReason, QueueFilter, ReviewDecision, Tier
from skillsync.learning.choices import (
    ApprovalStatus,
    CareerStage,
    Difficulty,
    GenerationStatus,
    LearningStyle,
    ProgressStatus,
    RoadmapStatus,
)

for _choices in (
    ApprovalStatus,
    CareerStage,
    Difficulty,
    FlagReason,
    GenerationStatus,
    LearningStyle,
    ProgressStatus,
    ReviewDecision,
    RoadmapStatus,
    Role,
):
    strawberry.enum(_choices, name=_choices.__name__)
strawberry.enum(QueueFilter, name="ReviewQueueFilter")


@strawberry.enum(name="MentorTier")
class MentorTier(Enum):
    """A curation tier; null where a user has none."""

    CONTRIBUTOR = Tier.CONTRIBUTOR.value
    MENTOR = Tier.MENTOR.value
    SENIOR_MENTOR = Tier.SENIOR_MENTOR.value

    @classmethod
    def of(cls, tier: str) -> MentorTier | None:
        return None if tier == Tier.NONE else cls(tier)


__all__ = [
    "ApprovalStatus",
    "CareerStage",
    "Difficulty",
    "FlagReason",
    "GenerationStatus",
    "LearningStyle",
    "MentorTier",
    "ProgressStatus",
    "QueueFilter",
    "ReviewDecision",
    "RoadmapStatus",
    "Role",
]
