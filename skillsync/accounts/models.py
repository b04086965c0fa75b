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


class RefreshFamily(models.Model):
    """One log-in on one device: the chain of refresh tokens that rotation produces.

    Revoking the family ends every token in it, including the access tokens that name it.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="refresh_families")
    # SHA-256 of the device cookie: a refresh from another browser is refused.
    device_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(max_length=32, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "revoked_at"], name="family_user_live")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(revoked_at__isnull=True) | ~models.Q(revoked_reason=""),
                name="family_revocation_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"family {self.id} of {self.user_id}"


class RefreshToken(models.Model):
    """A refresh token, stored only as a hash. ``rotated_at`` marks it used: presenting it
    again is reuse."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    family = models.ForeignKey(RefreshFamily, on_delete=models.CASCADE, related_name="tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    rotated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            # At most one unused token per family: rotation never leaves two live chains.
            models.UniqueConstraint(
                fields=["family"],
                condition=models.Q(rotated_at__isnull=True),
                name="refresh_one_live_token_per_family",
            ),
        ]

    def __str__(self) -> str:
        return f"refresh token {self.id}"


class AuthEventKind(models.TextChoices):
    REGISTERED = "registered"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGIN_THROTTLED = "login_throttled"
    REFRESHED = "refreshed"
    REFRESH_CONFLICT = "refresh_conflict"
    REUSE_DETECTED = "reuse_detected"
    DEVICE_MISMATCH = "device_mismatch"
    LOGOUT = "logout"
    LOGOUT_ALL = "logout_all"
    ROLE_CHANGED = "role_changed"


class AuthEvent(models.Model):
    """Audit log of authentication. IP address and User-Agent are risk signals for people
    reviewing it; they never log anyone out by themselves (mobile networks change IPs)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(max_length=24, choices=AuthEventKind.choices)
    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="auth_events"
    )
    family = models.ForeignKey(
        RefreshFamily, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=256, blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["user", "-created_at"], name="authevent_user_recent")]
        constraints = [choices_check("kind", AuthEventKind, "authevent_kind_valid")]

    def __str__(self) -> str:
        return f"{self.kind} {self.user_id} {self.created_at:%Y-%m-%d %H:%M:%S}"
