"""Reads of the community domain."""

from __future__ import annotations

import uuid

from django.db.models import QuerySet

from skillsync.accounts.models import User
from skillsync.community.models import LessonVote
from skillsync.learning.models import LessonProgress


def lesson_votes_by(*, user: User) -> QuerySet[LessonVote]:
    return LessonVote.objects.filter(user=user)


def content_opened_by(*, user: User, content_id: uuid.UUID) -> bool:
    """Whether the user has opened one of their lessons that shows this content now (a
    progress row exists: ``startLesson`` or ``markLessonComplete`` ran)."""
    return LessonProgress.objects.filter(
        user=user, lesson__content_id=content_id, lesson__module__roadmap__owner=user
    ).exists()
