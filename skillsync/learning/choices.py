"""Enumerations of the learning domain, shared by models, services and the API."""

from __future__ import annotations

from django.db import models


class LearningStyle(models.TextChoices):
    HANDS_ON = "hands_on", "Hands-on projects"
    VIDEO = "video", "Video tutorials"
    READING = "reading", "Reading and research"
    MIXED = "mixed", "Mixed"


class Difficulty(models.TextChoices):
    BEGINNER = "beginner", "Beginner"
    INTERMEDIATE = "intermediate", "Intermediate"
    ADVANCED = "advanced", "Advanced"


class CareerStage(models.TextChoices):
    STUDENT = "student", "Student"
    CAREER_CHANGER = "career_changer", "Career changer"
    JUNIOR = "junior", "Junior professional"
    MID = "mid", "Mid-level professional"
    SENIOR = "senior", "Senior professional"


class RoadmapStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    COMPLETED = "completed", "Completed"
    ARCHIVED = "archived", "Archived"


class GenerationStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    QUEUED = "queued", "Queued"
    GENERATING = "generating", "Generating"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


class ApprovalStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    MENTOR_VERIFIED = "mentor_verified", "Mentor verified"


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
