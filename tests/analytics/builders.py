"""Rows of known content at known times, for the aggregation tests. Timestamps Django sets
itself (auto_now, auto_now_add) are set by freezing the clock while the row is written."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from freezegun import freeze_time

from skillsync.accounts.models import User
from skillsync.community.models import LessonVote
from skillsync.generation.models import GenerationRequest, ProviderCall
from skillsync.learning.models import Lesson, LessonContent, LessonProgress, QuizAttempt
from skillsync.learning.reviews.models import ReviewCard
from skillsync.reuse.models import ReuseLookup
from skillsync.tutor.models import TutorMessage
from tests.factories import LessonContentFactory


def call(
    at: datetime,
    provider: str,
    *,
    model: str = "",
    outcome: str = "ok",
    tokens: tuple[int, int] = (0, 0),
    cost: str = "0",
    latency: int | None = None,
    task: str = "lesson",
    reserved: int = 0,
) -> ProviderCall:
    return ProviderCall.objects.create(
        provider=provider,
        model=model or f"{provider}-model",
        task=task,
        started_at=at,
        finished_at=None if outcome == "in_flight" else at,
        prompt_tokens=tokens[0],
        completion_tokens=tokens[1],
        tokens_reserved=reserved,
        cost_usd=Decimal(cost),
        latency_ms=latency,
        outcome=outcome,
    )


def content(at: datetime, *, style: str = "hands_on", **fields: Any) -> LessonContent:
    with freeze_time(at):
        made: LessonContent = LessonContentFactory.create(learning_style=style, **fields)
    return made


def request(
    lesson: Lesson,
    *,
    status: str,
    created: datetime,
    finished: datetime | None,
    content: LessonContent | None = None,
) -> GenerationRequest:
    with freeze_time(created):
        made = GenerationRequest.objects.create(
            idempotency_key=f"test:{uuid.uuid4()}",
            lesson=lesson,
            status=status,
            content=content,
            expires_at=created + timedelta(days=1),
            finished_at=finished,
        )
    return made


def lookup(at: datetime, outcome: str) -> ReuseLookup:
    return ReuseLookup.objects.create(
        created_at=at,
        topic="Python lists",
        canonical_key="reuse:n1:list-python:hands_on:beginner:en:v1",
        learning_style="hands_on",
        difficulty="beginner",
        language="en",
        schema_version=1,
        outcome=outcome,
        similarity=None if outcome == "miss" else 0.9,
        latency_ms=3.0,
    )


def progress(
    at: datetime,
    user: User,
    lesson: Lesson,
    *,
    status: str = "in_progress",
    started: datetime | None = None,
    completed: datetime | None = None,
) -> LessonProgress:
    with freeze_time(at):
        made = LessonProgress.objects.create(
            user=user,
            lesson=lesson,
            status=status,
            started_at=started if started is not None else at,
            completed_at=completed,
        )
    return made


def quiz(at: datetime, user: User, lesson: Lesson, shown: LessonContent, score: int) -> QuizAttempt:
    with freeze_time(at):
        made = QuizAttempt.objects.create(
            user=user,
            lesson=lesson,
            content=shown,
            answers=[0],
            correct_count=1 if score else 0,
            total=1,
            score=score,
        )
    return made


def vote(at: datetime, user: User, voted: LessonContent) -> LessonVote:
    with freeze_time(at):
        made = LessonVote.objects.create(user=user, content=voted, value=1)
    return made


def tutor_message(at: datetime, user: User, lesson: Lesson, *, role: str) -> TutorMessage:
    return TutorMessage.objects.create(
        user=user, lesson=lesson, role=role, text="Why?", status="complete", created_at=at
    )


def review(at: datetime, user: User, lesson: Lesson, reviewed: LessonContent) -> ReviewCard:
    return ReviewCard.objects.create(
        user=user,
        lesson=lesson,
        content=reviewed,
        question_index=0,
        question_key="q0",
        due_at=at + timedelta(days=2),
        last_reviewed_at=at,
    )
