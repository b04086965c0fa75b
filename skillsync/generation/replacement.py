"""Replacing shared lesson content a mentor rejected, or asked changes of: every lesson that
shows it moves to a replacement, and the rejected content is never served again.

- ``content_replacement_request`` (curation calls it inside its transaction, after setting the
  content's approval to rejected) queues one request per content: kind ``replace``, key
  ``replace:<content id>``. Its lesson is a *carrier*, one lesson that shows the content (the
  most recently updated with nothing pending of its own): its subject and its learner's
  profile drive the generation, as for any, and its status goes queued, then generating. The
  other lessons keep showing the rejected content, and their statuses, until the replacement
  is stored: it is still better than nothing meanwhile.
- The delivery (``delivery.py``, with ``replacement_produce``) writes, in the rejected
  content's style, difficulty and language: without instruction, what a new generation of the
  carrier's subject gets (``lesson_content_generate``: an acceptable content on the topic when
  the reuse lookup finds one, which never returns rejected content, else a new one stored
  beside the rejected one, whose key it cannot take); with the mentor's instruction (at most
  500 characters, delimited data in the prompt like a learner's wish), a new version of the
  rejected content steered by it — one attempt more, chained to it — but shared: reusable,
  approval pending, found by later lookups for the topic.
- ``replacement_store``, under the request's row lock as every store: each lesson still
  showing the rejected content, whoever owns it, switches to the replacement and is ready
  (its status published); lessons that moved elsewhere meanwhile (regenerated, switched style)
  are left alone. Progress belongs to the lesson, so it stays. A lesson with a regeneration of
  the rejected content still pending is switched too (rejected content is never left shown);
  that regeneration then finds its lesson moved on and is abandoned.

A delivery that finds no lesson showing the content any more is abandoned with the reason; one
whose carrier alone moved on still replaces it for the others. Failures follow the queue's
rules (retries, dead letter, TTL, given back while providers are busy); the carrier is left
failed, with the rejected content still shown, until a new request.

Personal versions (``personal_lesson`` set) are never replaced: they belong to one learner's
lesson and are not shared, so a request for one returns None.
"""

from __future__ import annotations

import uuid

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.generation.learner import Learner
from skillsync.generation.lessons import lesson_content_generate, lesson_content_regenerate
from skillsync.generation.models import GenerationRequest, RequestKind
from skillsync.generation.queue import PENDING, lesson_status_set, pending_request, request_create
from skillsync.generation.streaming import LessonStream
from skillsync.generation.versions import clean_instruction
from skillsync.learning.choices import ApprovalStatus, GenerationStatus
from skillsync.learning.models import Lesson, LessonContent

# Lessons tried as the carrier, best first; more than one only when some moved on meanwhile.
CARRIER_CANDIDATES = 20
NOTHING_TO_REPLACE = "no lesson shows the content to replace any more"


def replacement_key(content_id: uuid.UUID) -> str:
    return f"replace:{content_id}"


@transaction.atomic
def content_replacement_request(
    *, content: LessonContent, instruction: str = "", requested_by: User | None
) -> GenerationRequest | None:
    """Inside the caller's transaction: queue one job that writes a replacement for
    ``content`` (fresh, or steered by ``instruction``) and, once stored, moves every lesson
    still showing ``content`` to it. Idempotent per content: while a request is pending it is
    returned as it is (with its own instruction). None when no lesson holds ``content``, or
    when it is a personal version. ``content`` must be rejected already (ValueError
    otherwise); a bad instruction is refused as a learner's wish is (INVALID_INPUT)."""
    wish = clean_instruction(instruction)
    locked = LessonContent.objects.select_for_update().filter(pk=content.pk).first()
    if locked is None or locked.personal_lesson_id is not None:
        return None
    if locked.approval_status != ApprovalStatus.REJECTED:
        raise ValueError(f"content {locked.pk} is {locked.approval_status}: reject it first")
    key = replacement_key(locked.pk)
    earlier = GenerationRequest.objects.filter(idempotency_key=key).first()
    if earlier is not None and earlier.status in PENDING:
        return earlier
    carrier = _carrier(locked)
    if carrier is None:
        return None
    if earlier is not None:
        # Finished: it produced nothing (expired, dead-lettered, abandoned), or lessons show
        # the content again since it was replaced. It makes way for this one.
        earlier.delete()
    return request_create(
        carrier,
        requested_by,
        key=key,
        regenerate_from=locked,
        instruction=wish,
        kind=RequestKind.REPLACE,
    )


def _carrier(content: LessonContent) -> Lesson | None:
    """A lesson that shows ``content``, locked: the most recently updated with no request
    pending of its own, else (every one is being regenerated) the most recently updated."""
    pending = GenerationRequest.objects.filter(lesson=OuterRef("pk"), status__in=PENDING)
    holders = (
        Lesson.objects.filter(content=content)
        .annotate(busy=Exists(pending))
        .order_by("busy", "-updated_at", "pk")
        .values_list("pk", flat=True)
    )
    busy = None
    for lesson_id in holders[:CARRIER_CANDIDATES]:
        lesson = Lesson.objects.select_for_update().filter(pk=lesson_id, content=content).first()
        if lesson is None:
            continue  # moved on since
        if pending_request(lesson.pk) is None:
            return lesson
        busy = busy or lesson
    return busy


def replaced_content(content_id: uuid.UUID | None) -> LessonContent | None:
    """At a delivery: the content to replace while some lesson still shows it, else None."""
    content = LessonContent.objects.filter(pk=content_id).first() if content_id else None
    if content is None or not Lesson.objects.filter(content=content).exists():
        return None
    return content


def replacement_produce(
    lesson: Lesson,
    learner: Learner,
    replaced: LessonContent,
    *,
    instruction: str,
    request_id: uuid.UUID,
    stream: LessonStream,
) -> tuple[LessonContent, bool]:
    """The replacement of ``replaced`` (carried by ``lesson``), and whether it was reused."""
    if not instruction:
        return lesson_content_generate(
            lesson,
            style=replaced.learning_style,
            difficulty=replaced.difficulty,
            language=replaced.language,
            industry=learner.industry,
            goal=learner.goal,
            stream=stream,
        )
    version = lesson_content_regenerate(
        lesson,
        base=replaced,
        instruction=instruction,
        # One version per request, whichever delivery writes it.
        cache_key=f"replacement:{request_id}",
        industry=learner.industry,
        goal=learner.goal,
        shared=True,
        stream=stream,
    )
    return version, False


def replacement_store(
    *, replaced_id: uuid.UUID | None, content_id: uuid.UUID, carrier_id: uuid.UUID
) -> list[uuid.UUID]:
    """Inside the delivery's store (the request's row locked): every lesson still showing the
    replaced content moves to ``content_id`` and is ready; the carrier, if it moved on
    meanwhile, gets the status of what it shows. Returns the lessons moved."""
    moved = list(
        Lesson.objects.select_for_update()
        .filter(content_id=replaced_id)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    Lesson.objects.filter(pk__in=moved).update(content_id=content_id, updated_at=timezone.now())
    for lesson_id in moved:
        lesson_status_set(lesson_id, GenerationStatus.READY)
    if carrier_id not in moved:
        shows = Lesson.objects.filter(pk=carrier_id, content__isnull=False).exists()
        lesson_status_set(carrier_id, GenerationStatus.READY if shows else GenerationStatus.FAILED)
    return moved
