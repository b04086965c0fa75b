"""Asking the tutor: the learner's question is stored with a pending answer, and the answer's
job is queued, in one transaction (``tutor_question_ask``); a worker writes the answer
(``delivery.py``).

Refused, with nothing stored, queued or counted: a lesson that is not the learner's
(NOT_FOUND), a message that is empty, longer than QUESTION_MAX_LENGTH or holds control or
invisible characters (INVALID_INPUT on ``message``), a lesson with no content yet
(LESSON_NOT_GENERATED), a question while the previous answer is still being written
(TUTOR_BUSY), and past the per-user limit (RATE_LIMITED). An answer left unfinished for too long
(its worker gone) no longer blocks the learner: it is marked failed when they ask again.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.core.errors import ErrorCode, RateLimitedError, SkillSyncError
from skillsync.learning.selectors import access_lesson
from skillsync.ratelimit.services import Limit, hit
from skillsync.tutor.choices import TutorFailure, TutorMessageStatus, TutorRole
from skillsync.tutor.models import QUESTION_MAX_LENGTH, TutorMessage
from skillsync.tutor.selectors import unfinished_answer
from skillsync.tutor.streaming import event, publish_event

# As for a regeneration wish (generation/versions.py): control characters but line breaks and
# tabs, format characters (invisible text, direction overrides, tag characters), surrogates,
# private use and unassigned code points — ways to hide text from the person reading it.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_ALLOWED_CONTROLS = frozenset("\n\t")
THROTTLE_SCOPE = "tutor-questions"


@dataclass(frozen=True)
class Exchange:
    question: TutorMessage
    answer: TutorMessage


def _invalid(reason: str, message: str) -> SkillSyncError:
    return SkillSyncError(
        ErrorCode.INVALID_INPUT, message, field="message", details={"reason": reason}
    )


def clean_question(message: str | None) -> str:
    """The learner's question, trimmed; INVALID_INPUT (field ``message``, ``reason`` EMPTY,
    TOO_LONG or CONTROL_CHARACTER) when it cannot be asked."""
    text = (message or "").replace("\r\n", "\n").strip()
    if not text:
        raise _invalid("EMPTY", "ask a question")
    if len(text) > QUESTION_MAX_LENGTH:
        raise _invalid("TOO_LONG", f"the question is longer than {QUESTION_MAX_LENGTH} characters")
    for char in text:
        if char not in _ALLOWED_CONTROLS and unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise _invalid(
                "CONTROL_CHARACTER",
                f"the question contains a control or invisible character (U+{ord(char):04X})",
            )
    return text


def _busy() -> SkillSyncError:
    return SkillSyncError(
        ErrorCode.TUTOR_BUSY,
        "the tutor is still answering your last question: wait for it, then ask again",
    )


def _abandoned(answer: TutorMessage) -> bool:
    """Whether an unfinished answer's worker is gone (or never came): a pending one waiting
    past TUTOR_ANSWER_STALE, a streaming one whose claim outlived its lease."""
    now = timezone.now()
    if answer.status == TutorMessageStatus.PENDING:
        return answer.created_at < now - settings.TUTOR_ANSWER_STALE
    return answer.claimed_at is None or answer.claimed_at < now - settings.TUTOR_ANSWER_LEASE


def _give_up(answer: TutorMessage) -> None:
    answer.status = TutorMessageStatus.FAILED
    answer.error_code = TutorFailure.TIMED_OUT
    answer.stream_sequence += 1
    answer.save(update_fields=["status", "error_code", "stream_sequence", "updated_at"])
    publish_event(event(answer, seq=answer.stream_sequence, status=answer.status))


def _throttle(user: User) -> None:
    events, window = settings.TUTOR_QUESTIONS_PER_USER
    decision = hit(
        limit=Limit(scope=THROTTLE_SCOPE, limit=events, window_seconds=window),
        subject=str(user.pk),
    )
    if not decision.allowed:
        raise RateLimitedError(
            "too many questions to the tutor: try again later",
            retry_after_seconds=decision.retry_after_seconds,
        )


@transaction.atomic
def tutor_question_ask(*, user: User, lesson_id: str | uuid.UUID, message: str) -> Exchange:
    """Store the learner's question and a pending answer about the lesson's current content,
    and queue the answer's job (see the module's docstring for what is refused)."""
    from skillsync.tutor.tasks import answer_tutor_question

    lesson = access_lesson(user=user, lesson_id=lesson_id)
    question = clean_question(message)
    if lesson.content_id is None:
        raise SkillSyncError(
            ErrorCode.LESSON_NOT_GENERATED,
            "the lesson has no content yet: generate it before asking the tutor",
        )
    unfinished = unfinished_answer(user=user, lesson_id=lesson.pk)
    if unfinished is not None:
        if not _abandoned(unfinished):
            raise _busy()
        _give_up(unfinished)
    _throttle(user)
    now = timezone.now()
    try:
        with transaction.atomic():  # a concurrent question took the one unfinished answer
            asked = TutorMessage.objects.create(
                user=user,
                lesson=lesson,
                content_id=lesson.content_id,
                role=TutorRole.LEARNER,
                text=question,
                status=TutorMessageStatus.COMPLETE,
                created_at=now,
            )
            answer = TutorMessage.objects.create(
                user=user,
                lesson=lesson,
                content_id=lesson.content_id,
                reply_to=asked,
                role=TutorRole.TUTOR,
                status=TutorMessageStatus.PENDING,
                created_at=now + timedelta(microseconds=1),  # after its question, always
            )
    except IntegrityError:
        raise _busy() from None
    answer_tutor_question.defer(message_id=str(answer.pk))
    return Exchange(question=asked, answer=answer)
