from __future__ import annotations

from datetime import datetime

import strawberry
import strawberry_django

from skillsync.accounts import models
from skillsync.api.enums import CareerStage, Difficulty, LearningStyle, Role


@strawberry_django.type(models.LearnerProfile, name="LearnerProfile")
class LearnerProfileType:
    learning_style: LearningStyle
    experience_level: Difficulty
    industry: str
    career_stage: CareerStage
    goals: str
    weekly_hours: int
    preferred_language: str
    updated_at: datetime


@strawberry_django.type(models.User, name="User")
class UserType:
    id: strawberry.ID
    email: str
    role: Role
    date_joined: datetime

    @strawberry_django.field(select_related=["learner_profile"])
    def profile(self, root: models.User) -> LearnerProfileType | None:
        """The learner profile, or null before onboarding."""
        try:
            return root.learner_profile  # type: ignore[return-value]
        except models.LearnerProfile.DoesNotExist:
            return None


@strawberry.type
class AuthPayload:
    """A started or refreshed session. Keep the access token in memory only; the refresh
    token travels in an HttpOnly cookie the client never sees."""

    access_token: str
    access_token_expires_at: datetime
    user: UserType
