"""Enumerations of the tutor chat, shared by models, services and the API."""

from __future__ import annotations

from django.db import models


class TutorRole(models.TextChoices):
    LEARNER = "learner", "Learner"
    TUTOR = "tutor", "Tutor"


class TutorMessageStatus(models.TextChoices):
    PENDING = "pending", "Pending"  # the answer is queued
    STREAMING = "streaming", "Streaming"  # a worker is writing it
    COMPLETE = "complete", "Complete"
    FAILED = "failed", "Failed"


UNFINISHED = (TutorMessageStatus.PENDING, TutorMessageStatus.STREAMING)
FINISHED = frozenset({TutorMessageStatus.COMPLETE, TutorMessageStatus.FAILED})


class TutorFailure(models.TextChoices):
    """Why an answer failed (``TutorMessage.error_code``); the learner can ask again."""

    PROVIDERS_UNAVAILABLE = "PROVIDERS_UNAVAILABLE", "No provider could answer"
    TIMED_OUT = "TIMED_OUT", "No answer in time"
    CONTENT_UNAVAILABLE = "CONTENT_UNAVAILABLE", "The lesson's content is gone"
    INTERNAL = "INTERNAL", "Internal error"
