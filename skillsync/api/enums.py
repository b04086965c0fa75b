"""GraphQL enums. They *are* the domain's choices classes, registered with strawberry, so the
API and the database can never disagree about the allowed values."""

from __future__ import annotations

import strawberry

from skillsync.accounts.models import Role
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
    GenerationStatus,
    LearningStyle,
    ProgressStatus,
    RoadmapStatus,
    Role,
):
    strawberry.enum(_choices, name=_choices.__name__)

__all__ = [
    "ApprovalStatus",
    "CareerStage",
    "Difficulty",
    "GenerationStatus",
    "LearningStyle",
    "ProgressStatus",
    "RoadmapStatus",
    "Role",
]
