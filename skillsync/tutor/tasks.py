"""Background jobs of the tutor (procrastinate, on PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import datetime

from procrastinate.contrib.django import app

from skillsync.generation.tasks import RetryOnDatabaseFailure

QUEUE = "tutor"


@app.task(queue=QUEUE, pass_context=False, retry=RetryOnDatabaseFailure())
def answer_tutor_question(message_id: str) -> str:
    """One delivery of a tutor answer (see delivery.py: idempotent and bounded). When another
    delivery holds a live claim on it, the answer is looked at again when that claim ends."""
    from skillsync.tutor.delivery import tutor_answer_deliver

    outcome = tutor_answer_deliver(message_id=uuid.UUID(message_id))
    if isinstance(outcome, datetime):
        answer_tutor_question.configure(schedule_at=outcome).defer(message_id=message_id)
        return f"claimed by another delivery: checked again at {outcome.isoformat()}"
    return outcome
