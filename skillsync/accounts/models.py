"""Users and their learner profiles."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower

from skillsync.core.db.constraints import choices_check, max_length, not_empty
from skillsync.learning.choices import CareerStage, Difficulty, LearningStyle


class Role(models.TextChoices):
    LEARNER = "learner", "Learner"
    MENTOR = "mentor", "Mentor"
    ADMIN = "admin", "Admin"


class UserManager(BaseUserManager["User"]):
    """Django needs a manager to create users; business rules live in ``services.py``."""

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True, role=Role.ADMIN)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    email = models.EmailField(max_length=254, unique=True)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.LEARNER)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(auto_now_add=True)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
            choices_check("role", Role, "user_role_valid"),
        ]

    def __str__(self) -> str:
        return self.email


class LearnerProfile(models.Model):
    """What the learner told us about themselves; drives planning and generation."""

    user = models.OneToOneField(
        User, primary_key=True, on_delete=models.CASCADE, related_name="learner_profile"
    )
    learning_style = models.CharField(max_length=16, choices=LearningStyle.choices)
    experience_level = models.CharField(max_length=16, choices=Difficulty.choices)
    industry = models.CharField(max_length=100, blank=True)
    career_stage = models.CharField(max_length=16, choices=CareerStage.choices)
    goals = models.TextField(max_length=500)
    weekly_hours = models.PositiveSmallIntegerField()
    preferred_language = models.CharField(max_length=16, default="en")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            choices_check("learning_style", LearningStyle, "profile_learning_style_valid"),
            choices_check("experience_level", Difficulty, "profile_experience_level_valid"),
            choices_check("career_stage", CareerStage, "profile_career_stage_valid"),
            models.CheckConstraint(
                condition=models.Q(weekly_hours__gte=1, weekly_hours__lte=80),
                name="profile_weekly_hours_range",
            ),
            not_empty("goals", "profile_goals_not_empty"),
            max_length("goals", 500, "profile_goals_max_length"),
            models.CheckConstraint(
                condition=models.Q(preferred_language__regex=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"),
                name="profile_language_tag",
            ),
        ]

    def __str__(self) -> str:
        return f"profile of {self.user_id}"
