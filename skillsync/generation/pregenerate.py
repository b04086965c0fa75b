"""Generating ahead the lessons many learners hold and nobody has generated yet, so that each of
them is later served from reuse instead of waiting for a provider (``skillsync
pregenerate_popular``).

A topic is what the exact reuse lookup matches: the canonical key of a lesson's subject, style,
difficulty, language and schema version (``skillsync.reuse.normalise``), computed as a delivery
would (``lesson_subject``, ``learner_of``). Its popularity is how many learners hold a lesson
on it with no content yet (planned, failed, or queued). A topic is generated through one of
those lessons — the carrier — with the ordinary queue (``queue.py``): the request, its job and
the lesson's status change commit together, one pending request per lesson, and a topic whose
lesson already has one pending is left as it is. The carrier's learner gets the lesson ready;
the others are served the stored content by the reuse lookup when they ask. A delivery still
looks up reuse first, so a topic answered meanwhile by stored content in other words (the
semantic lookup, which this ranking does not run) is reused, not generated again.
"""

from __future__ import annotations

import math
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import transaction

from skillsync.generation.learner import learner_of
from skillsync.generation.lessons import SCHEMA_VERSION, lesson_subject
from skillsync.generation.models import GenerationRequest, RequestStatus
from skillsync.generation.queue import (
    PENDING,
    lesson_enqueue,
    module_status_refresh,
    pending_request,
)
from skillsync.learning.choices import RoadmapStatus
from skillsync.learning.models import Lesson
from skillsync.reuse.selectors import reusable_contents
from skillsync.reuse.services import reuse_query

DEFAULT_LIMIT = 20
MAX_LIMIT = 500
DEFAULT_MIN_LEARNERS = 2  # one learner's topic is generated when that learner asks
SCAN_CHUNK = 2000  # lessons read per query
SCAN_MAX = 200_000  # lessons read in one run at most (the ranking then says it is partial)
KEYS_PER_QUERY = 500
CARRIER_TRIES = 5  # lessons of a topic tried in turn when one moved on meanwhile


@dataclass
class PopularTopic:
    """A topic learners hold without content, and the lessons that hold it."""

    key: str
    style: str
    difficulty: str
    language: str
    wordings: Counter[str] = field(default_factory=Counter)  # subject -> lessons wording it so
    learner_ids: set[uuid.UUID] = field(default_factory=set)
    lesson_ids: list[uuid.UUID] = field(default_factory=list)
    pending: list[uuid.UUID] = field(default_factory=list)  # requests queued or running

    @property
    def learners(self) -> int:
        return len(self.learner_ids)

    @property
    def subject(self) -> str:
        """As most of its lessons word it (the first in order among equals)."""
        return min(self.wordings.items(), key=lambda item: (-item[1], item[0]))[0]

    @property
    def label(self) -> str:
        return f"{self.subject} ({self.style}, {self.difficulty}, {self.language})"


@dataclass(frozen=True)
class Popularity:
    """The most popular topics worth generating, and what the ranking left out."""

    topics: list[PopularTopic]
    scanned: int  # lessons without content read
    partial: bool  # SCAN_MAX reached: lessons past it were not counted
    stored: int  # topics with reusable content already (their learners are served by reuse)
    below_min: int  # topics with fewer learners than asked for
    beyond_limit: int  # topics worth generating left for a later run


def _lessons_without_content() -> Iterator[Lesson]:
    """Every visible lesson of an active roadmap with no content, in chunks by id (bounded)."""
    lessons = (
        Lesson.objects.filter(
            content__isnull=True,
            removed_at__isnull=True,
            module__removed_at__isnull=True,
            module__roadmap__status=RoadmapStatus.ACTIVE,
        )
        .select_related("module__roadmap")
        .only(
            "id",
            "title",
            "learning_style",
            "module__difficulty",
            "module__roadmap__owner_id",
            "module__roadmap__skill",
            "module__roadmap__user_profile_snapshot",
        )
        .order_by("id")
    )
    last: uuid.UUID | None = None
    for _ in range(SCAN_MAX // SCAN_CHUNK):
        chunk = list((lessons if last is None else lessons.filter(id__gt=last))[:SCAN_CHUNK])
        yield from chunk
        if len(chunk) < SCAN_CHUNK:
            return
        last = chunk[-1].id


def popular_topics(
    *, limit: int = DEFAULT_LIMIT, min_learners: int = DEFAULT_MIN_LEARNERS
) -> Popularity:
    """The ``limit`` topics held by the most learners (then the most lessons, then by key) that
    have no reusable content under their key, each with its lessons and pending requests."""
    limit = max(1, min(limit, MAX_LIMIT))
    topics: dict[str, PopularTopic] = {}
    keys: dict[tuple[str, str, str, str], str] = {}  # the normaliser runs once per subject
    scanned = 0
    for lesson in _lessons_without_content():
        scanned += 1
        learner = learner_of(lesson)
        subject = lesson_subject(lesson)
        asked = (subject, lesson.learning_style, learner.difficulty, learner.language)
        if asked not in keys:
            keys[asked] = reuse_query(
                topic=subject,
                style=lesson.learning_style,
                difficulty=learner.difficulty,
                language=learner.language,
                schema_version=SCHEMA_VERSION,
            ).key
        key = keys[asked]
        if key not in topics:
            topics[key] = PopularTopic(key, *asked[1:])
        topic = topics[key]
        topic.wordings[subject] += 1
        topic.learner_ids.add(lesson.module.roadmap.owner_id)
        topic.lesson_ids.append(lesson.id)
    popular = [t for t in topics.values() if t.learners >= min_learners]
    stored = _stored_keys(t.key for t in popular)
    worth = sorted(
        (t for t in popular if t.key not in stored),
        key=lambda t: (-t.learners, -len(t.lesson_ids), t.key),
    )
    chosen = worth[:limit]
    _pending_attach(chosen)
    return Popularity(
        topics=chosen,
        scanned=scanned,
        partial=scanned >= SCAN_MAX,
        stored=len(stored),
        below_min=len(topics) - len(popular),
        beyond_limit=len(worth) - len(chosen),
    )


def _stored_keys(keys: Iterable[str]) -> set[str]:
    """Those of ``keys`` under which reusable content is stored."""
    wanted = list(keys)
    found: set[str] = set()
    for start in range(0, len(wanted), KEYS_PER_QUERY):
        found.update(
            reusable_contents()
            .filter(topic_embedding__canonical_key__in=wanted[start : start + KEYS_PER_QUERY])
            .values_list("topic_embedding__canonical_key", flat=True)
        )
    return found


def _pending_attach(topics: list[PopularTopic]) -> None:
    """Each topic's requests queued or running, on any of its lessons."""
    topic_of = {lesson_id: topic for topic in topics for lesson_id in topic.lesson_ids}
    lesson_ids = list(topic_of)
    for start in range(0, len(lesson_ids), SCAN_CHUNK):
        pending = GenerationRequest.objects.filter(
            lesson_id__in=lesson_ids[start : start + SCAN_CHUNK], status__in=PENDING
        ).values_list("lesson_id", "id")
        for lesson_id, request_id in pending:
            topic_of[lesson_id].pending.append(request_id)


@dataclass(frozen=True)
class Queued:
    """What a run did for one topic: ``queued`` (a new request), ``already_queued`` (one was
    pending), or ``skipped`` with the reason."""

    topic: PopularTopic
    outcome: str
    request_id: uuid.UUID | None
    reason: str = ""


def popular_topics_queue(*, topics: Iterable[PopularTopic]) -> list[Queued]:
    """Queue each topic's generation through one of its lessons, unless one is pending.
    Idempotent: a second run finds the requests of the first pending (or their content)."""
    done = []
    for topic in topics:
        if topic.pending:
            done.append(Queued(topic, "already_queued", topic.pending[0]))
            continue
        done.append(_topic_queue(topic))
    return done


def _topic_queue(topic: PopularTopic) -> Queued:
    reason = "no lesson holds it any more"
    for lesson_id in topic.lesson_ids[:CARRIER_TRIES]:
        outcome, request = carrier_generation_request(lesson_id=lesson_id)
        if request is not None:
            return Queued(topic, outcome, request.pk)
        if outcome == "ready":
            reason = "a lesson of the topic got content meanwhile"
    return Queued(topic, "skipped", None, reason)


@transaction.atomic
def carrier_generation_request(*, lesson_id: uuid.UUID) -> tuple[str, GenerationRequest | None]:
    """Queue the generation of a lesson's content on nobody's behalf (no learner asked: the
    content gets no author, who could not review it). As ``lesson_generation_request`` does,
    under the lesson's row lock: ("queued", the new request), ("already_queued", the pending
    one), or ("ready", None) / ("gone", None) for a lesson with content, or removed."""
    lesson = (
        Lesson.objects.select_for_update(of=("self",))
        .filter(pk=lesson_id, removed_at__isnull=True, module__removed_at__isnull=True)
        .first()
    )
    if lesson is None:
        return "gone", None
    if lesson.content_id is not None:
        return "ready", None
    pending = pending_request(lesson.pk)
    if pending is not None:
        return "already_queued", pending
    request = lesson_enqueue(lesson, None)
    module_status_refresh(lesson.module_id)
    return "queued", request


FINISHED_OK = (RequestStatus.SUCCEEDED,)


@dataclass(frozen=True)
class Waited:
    finished: int
    total: int
    succeeded: int
    failed: int  # expired or dead-lettered (or deleted: no result to show)

    @property
    def complete(self) -> bool:
        return self.finished == self.total


def generations_wait(
    *,
    request_ids: list[uuid.UUID],
    timeout: float,
    every: float = 1.0,
    on_progress: Callable[[int], None] | None = None,
) -> Waited:
    """Poll the requests until each has finished or ``timeout`` seconds pass; ``on_progress``
    is told how many have finished after each poll."""
    deadline = time.monotonic() + timeout
    total = len(request_ids)
    polls = math.ceil(max(timeout, 0.0) / every) + 1
    statuses: dict[uuid.UUID, str] = {}
    for _ in range(polls):
        statuses = dict(
            GenerationRequest.objects.filter(pk__in=request_ids).values_list("id", "status")
        )
        waiting = sum(1 for status in statuses.values() if status in PENDING)
        finished = total - waiting
        if on_progress is not None:
            on_progress(finished)
        if waiting == 0 or time.monotonic() >= deadline:
            break
        time.sleep(max(0.0, min(every, deadline - time.monotonic())))
    waiting = sum(1 for status in statuses.values() if status in PENDING)
    succeeded = sum(1 for status in statuses.values() if status in FINISHED_OK)
    return Waited(total - waiting, total, succeeded, total - waiting - succeeded)
