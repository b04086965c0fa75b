"""One delivery of a tutor answer's job: claim the answer, build its context, ask the provider
chain (streaming the text), store the answer with its checked citations — or mark it failed
with a code, after which the learner can ask again.

Idempotent: only a pending answer (or one whose claim outlived its lease: its worker is gone)
is claimed, under its row lock, and each claim counts a delivery; a finished answer is left as
it is, and an answer claimed by a live delivery is checked again when that claim's lease ends.
Every write after the claim is fenced by the delivery's number, so a delivery that lost its
claim can neither stream nor store. Bounded: the provider search has TUTOR_ANSWER_TIMEOUT
seconds (budget waits included), and an answer gets at most MAX_DELIVERIES claims.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from skillsync.generation.providers.router import Answer, ProvidersBusy, Router
from skillsync.learning.models import Lesson
from skillsync.tutor import offline  # noqa: F401 - registers the built-in provider's answerer
from skillsync.tutor.answers import TutorAnswer, answer_check, parse_answer
from skillsync.tutor.choices import FINISHED, TutorFailure, TutorMessageStatus, TutorRole
from skillsync.tutor.context import TutorContext, tutor_context
from skillsync.tutor.models import TutorMessage
from skillsync.tutor.prompts import HISTORY_MESSAGES, TASK, Turn, chosen_passages, tutor_request
from skillsync.tutor.selectors import history_before
from skillsync.tutor.streaming import TutorStream, event, publish_event

logger = logging.getLogger(__name__)

MAX_DELIVERIES = 3
# How long the chain may wait for a provider's budget to open (at most a quarter of the
# answer's time: a learner waiting in a chat is better told to ask again).
BUDGET_WAIT_SECONDS = 15.0


@dataclass(frozen=True)
class Claim:
    message: TutorMessage
    delivery: int


def _claim(message_id: uuid.UUID) -> Claim | datetime | str:
    """The answer claimed for this delivery; or when the live claim of another delivery ends;
    or why there is nothing to do."""
    with transaction.atomic():
        message = (
            TutorMessage.objects.select_for_update()
            .filter(pk=message_id, role=TutorRole.TUTOR)
            .first()
        )
        if message is None:
            return "missing"
        if message.status in FINISHED:
            return f"already {message.status}"
        now = timezone.now()
        lease_ends = (message.claimed_at or now) + settings.TUTOR_ANSWER_LEASE
        if message.status == TutorMessageStatus.STREAMING and lease_ends > now:
            return lease_ends
        if message.deliveries >= MAX_DELIVERIES:
            _finish(message, status=TutorMessageStatus.FAILED, error_code=TutorFailure.TIMED_OUT)
            return "failed: too many deliveries"
        message.status = TutorMessageStatus.STREAMING
        message.deliveries += 1
        message.claimed_at = now
        message.stream_text = ""
        message.stream_sequence += 1
        message.save(
            update_fields=[
                "status",
                "deliveries",
                "claimed_at",
                "stream_text",
                "stream_sequence",
                "updated_at",
            ]
        )
        publish_event(
            event(message, seq=message.stream_sequence, text="", reset=True, status=message.status)
        )
        return Claim(message=message, delivery=message.deliveries)


def _finish(message: TutorMessage, **fields: Any) -> None:
    """Inside the caller's transaction, with the row locked: the answer's final state, and
    its end announced at commit."""
    for name, value in fields.items():
        setattr(message, name, value)
    message.stream_sequence += 1
    message.save(update_fields=[*fields, "stream_sequence", "updated_at"])
    publish_event(event(message, seq=message.stream_sequence, status=message.status))


def _store(claim: Claim, **fields: Any) -> str:
    """The answer's final state, if this delivery still holds it."""
    with transaction.atomic():
        message = (
            TutorMessage.objects.select_for_update()
            .filter(
                pk=claim.message.pk,
                status=TutorMessageStatus.STREAMING,
                deliveries=claim.delivery,
            )
            .first()
        )
        if message is None:
            return "superseded"
        _finish(message, **fields)
        return str(message.status)


def _attempts(answer_attempts: Any) -> list[dict[str, Any]]:
    return [
        {"provider": a.provider, "outcome": a.outcome, "detail": a.detail} for a in answer_attempts
    ]


def _failed(claim: Claim, code: TutorFailure, *, attempts: Any = (), detail: str = "") -> str:
    metadata = {
        "task": TASK,
        "delivery": claim.delivery,
        "attempts": _attempts(attempts),
        "detail": detail[:500],
        "failed_at": timezone.now().isoformat(),
    }
    _store(
        claim,
        status=TutorMessageStatus.FAILED,
        error_code=code,
        generation_metadata=metadata,
    )
    return f"failed: {code}"


def _metadata(
    claim: Claim,
    answer: Answer[TutorAnswer],
    context: TutorContext,
    passages: list[str],
    **more: Any,
) -> dict[str, Any]:
    return {
        "task": TASK,
        "ai_provider": answer.provider,
        "model": answer.model,
        "request_id": answer.request_id,
        "prompt_tokens": answer.prompt_tokens,
        "completion_tokens": answer.completion_tokens,
        "cost_usd": answer.cost_usd,
        "total_cost_usd": round(sum(a.cost_usd for a in answer.attempts), 8),
        "attempts": _attempts(answer.attempts),
        "delivery": claim.delivery,
        "context": {"sections": len(context.sections), "passages": passages},
        "answered_at": timezone.now().isoformat(),
        **more,
    }


def _answer(claim: Claim, router: Router | None) -> str:
    message = claim.message
    if message.content is None or message.reply_to is None:
        return _failed(claim, TutorFailure.CONTENT_UNAVAILABLE)
    lesson = Lesson.objects.select_related("module__roadmap").get(pk=message.lesson_id)
    context = tutor_context(lesson, message.content)
    history = [Turn(m.role, m.text) for m in history_before(message, limit=HISTORY_MESSAGES)]
    question = message.reply_to.text
    stream = TutorStream(message=message, delivery=claim.delivery)
    deadline = time.monotonic() + settings.TUTOR_ANSWER_TIMEOUT_SECONDS
    try:
        answer = (router or Router()).generate(
            tutor_request(context, history, question),
            TutorAnswer,
            deadline=deadline,
            wait_up_to=min(BUDGET_WAIT_SECONDS, settings.TUTOR_ANSWER_TIMEOUT_SECONDS / 4),
            on_chunk=stream,
            on_attempt=stream.restart,
            check=answer_check(context),
        )
    except ProvidersBusy as busy:
        late = time.monotonic() >= deadline
        code = TutorFailure.TIMED_OUT if late else TutorFailure.PROVIDERS_UNAVAILABLE
        return _failed(claim, code, attempts=busy.attempts, detail=str(busy))
    stream.flush()
    parsed = parse_answer(answer.data.text, context)
    given = [context.passages[i].id for i in chosen_passages(context, question)]
    return _store(
        claim,
        status=TutorMessageStatus.COMPLETE,
        text=parsed.text,
        citations=parsed.citations,
        generation_metadata=_metadata(
            claim, answer, context, given, dropped_citations=parsed.dropped
        ),
    )


def tutor_answer_deliver(*, message_id: uuid.UUID, router: Router | None = None) -> str | datetime:
    """Write the answer ``message_id`` (see the module's docstring): what happened, or when to
    check again (another delivery holds a live claim)."""
    claimed = _claim(message_id)
    if not isinstance(claimed, Claim):
        return claimed
    try:
        return _answer(claimed, router)
    except Exception as error:
        logger.exception("tutor message %s: the answer failed", message_id)
        if not connection.in_atomic_block and not connection.is_usable():
            connection.close()  # the next query reconnects
        return _failed(claimed, TutorFailure.INTERNAL, detail=repr(error))
