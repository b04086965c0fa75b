"""Finding a lesson to reuse, and storing a new one so that later lookups find it.

``find_reusable``: the canonical key first (one indexed query); on a miss, the nearest stored
topics of the same style, difficulty, language and schema version, judged by the guards
(``guards.py``), the acceptable ones ranked by ``selectors.preference``. Every lookup is
recorded (``ReuseLookup``). Lookups run in autocommit, never inside a transaction that waits
for a provider.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
import uuid
from dataclasses import dataclass

from django.db import transaction
from threadpoolctl import ThreadpoolController

from skillsync.learning.models import LessonContent
from skillsync.reuse.embeddings import encoder, model_version
from skillsync.reuse.guards import Verdict, judge
from skillsync.reuse.index import Candidate, Partition, Vector, topic_index, vector_to_bytes
from skillsync.reuse.models import LookupOutcome, ReuseLookup, TopicEmbedding
from skillsync.reuse.normalise import Topic, canonical_key, topic_of
from skillsync.reuse.selectors import (
    Reusable,
    exact_reusable,
    preference,
    reusable_by_id,
    reusable_contents,
)

CANDIDATES = 10  # nearest topics judged per semantic lookup


@dataclass(frozen=True)
class ReuseQuery:
    """What was asked, normalised: enough to store a new content under it afterwards."""

    topic: Topic
    key: str
    partition: Partition
    vector: Vector | None  # computed on an exact miss only


@dataclass(frozen=True)
class Refused:
    content_id: uuid.UUID
    similarity: float
    verdict: Verdict


@dataclass(frozen=True)
class ReuseResult:
    query: ReuseQuery
    outcome: LookupOutcome
    content: LessonContent | None
    similarity: float | None
    refused: Refused | None  # the most similar candidate the guards refused
    lookup_id: int


def find_reusable(
    *,
    topic: str,
    style: str,
    difficulty: str,
    language: str,
    schema_version: int,
    user_id: uuid.UUID | None = None,
    lesson_id: uuid.UUID | None = None,
) -> ReuseResult:
    """A stored lesson content that may be given to a learner asking for ``topic`` in this
    style, difficulty, language and schema version, or none. Recorded as a ``ReuseLookup``."""
    started = time.perf_counter()
    asked = reuse_query(
        topic=topic,
        style=style,
        difficulty=difficulty,
        language=language,
        schema_version=schema_version,
    )
    key, partition = asked.key, asked.partition
    vector: Vector | None = None
    refused: Refused | None = None
    chosen: Reusable | None = None
    similarity: float | None = None
    outcome = LookupOutcome.MISS
    exact = sorted(exact_reusable(key=key), key=lambda c: preference(c, 1.0))
    if exact:
        outcome, chosen, similarity = LookupOutcome.EXACT, exact[0], 1.0
    else:
        vector = encode_topic(asked.topic)
        match, refused = _semantic(asked.topic, partition, vector)
        if match is not None:
            outcome, (chosen, similarity) = LookupOutcome.SEMANTIC, match
    query = dataclasses.replace(asked, vector=vector)
    content = LessonContent.objects.filter(pk=chosen.id).first() if chosen else None
    if content is None:  # nothing acceptable, or deleted since it was chosen
        outcome, similarity = LookupOutcome.MISS, None
    latency_ms = (time.perf_counter() - started) * 1000
    lookup = ReuseLookup.objects.create(
        topic=topic[:300],
        canonical_key=key,
        learning_style=style,
        difficulty=difficulty,
        language=language,
        schema_version=schema_version,
        outcome=outcome,
        similarity=similarity,
        content=content,
        refused_content_id=refused.content_id if refused else None,
        refused_similarity=refused.similarity if refused else None,
        refusal_reason=refused.verdict.reason[:200] if refused else "",
        latency_ms=latency_ms,
        user_id=user_id,
        lesson_id=lesson_id,
    )
    return ReuseResult(query, outcome, content, similarity, refused, lookup.pk)


def reuse_query(
    *, topic: str, style: str, difficulty: str, language: str, schema_version: int
) -> ReuseQuery:
    """``topic`` normalised, with its canonical key and partition (no vector yet)."""
    asked = topic_of(topic)
    key = canonical_key(
        asked, style=style, difficulty=difficulty, language=language, schema_version=schema_version
    )
    partition = Partition(style, difficulty, language, schema_version)
    return ReuseQuery(topic=asked, key=key, partition=partition, vector=None)


def _semantic(
    asked: Topic, partition: Partition, vector: Vector
) -> tuple[tuple[Reusable, float] | None, Refused | None]:
    """The preferred acceptable candidate, and the most similar refused one."""
    index = topic_index()
    index.refresh()
    candidates = index.nearest(partition, vector, CANDIDATES)
    reusable = reusable_by_id(c.content_id for c in candidates)
    accepted: list[tuple[Reusable, float]] = []
    refused: Refused | None = None
    for candidate in _distinct(candidates):
        content = reusable.get(candidate.content_id)
        if content is None:
            continue  # rejected or deleted since it was indexed
        verdict = judge(asked, candidate.topic, candidate.similarity)
        if verdict.accepted:
            accepted.append((content, candidate.similarity))
        elif refused is None:  # candidates come best first
            refused = Refused(candidate.content_id, candidate.similarity, verdict)
    if not accepted:
        return None, refused
    return min(accepted, key=lambda pair: preference(*pair)), refused


def _distinct(candidates: list[Candidate]) -> list[Candidate]:
    seen: set[uuid.UUID] = set()
    out = []
    for candidate in candidates:
        if candidate.content_id not in seen:
            seen.add(candidate.content_id)
            out.append(candidate)
    return out


_blas: ThreadpoolController | None = None
_blas_lock = threading.Lock()


def encode_topic(topic: Topic) -> Vector:
    """The unit vector of ``topic``'s embedding text. One text is too small to gain from
    BLAS threads, and on a busy machine their spinning multiplies its latency (p95 about
    100 ms against 12 ms measured on two cores), so it runs on one. The limit is the process's:
    threads encoding at once may leave BLAS on one thread afterwards, which costs nothing here
    (batch encoding, the backfill, is the only larger numpy work)."""
    global _blas
    model = encoder()  # loads numpy's BLAS first, so the controller sees it
    if _blas is None:
        with _blas_lock:
            _blas = _blas or ThreadpoolController()
    with _blas.limit(limits=1, user_api="blas"):
        vectors = model.encode([topic.embedding_text])
    first: Vector = vectors[0]
    return first


@transaction.atomic
def reusable_content_create(
    *, query: ReuseQuery, fields: dict[str, object]
) -> tuple[LessonContent, bool]:
    """Store a newly generated content under the query's canonical key, with its topic
    embedding. When another worker stored one under the same key meanwhile, that one is
    returned instead (created False). A key held by content that may not be reused (rejected)
    gets a sibling key, so the rejected lesson is never served again."""
    content, created = LessonContent.objects.get_or_create(cache_key=query.key, defaults=fields)
    if not created:
        if reusable_contents().filter(pk=content.pk).exists():
            return content, False
        sibling = f"{query.key[:240]}#{uuid.uuid4().hex[:12]}"
        content = LessonContent.objects.create(cache_key=sibling, **fields)
    _embedding_create(content, query)
    return content, True


@transaction.atomic
def shared_version_create(
    *, query: ReuseQuery, cache_key: str, fields: dict[str, object]
) -> tuple[LessonContent, bool]:
    """Store a new version of shared content (a mentor's requested changes) under its own
    ``cache_key`` — one per request, so a second delivery finds the first one's (created
    False) — with the topic embedding of the query, so lookups for the topic find it beside
    the version it replaces."""
    content, created = LessonContent.objects.get_or_create(cache_key=cache_key, defaults=fields)
    if created:
        _embedding_create(content, query)
    return content, created


def _embedding_create(content: LessonContent, query: ReuseQuery) -> None:
    if query.vector is None:
        query = dataclasses.replace(query, vector=encode_topic(query.topic))
    assert query.vector is not None
    partition = query.partition
    TopicEmbedding.objects.create(
        content=content,
        topic=query.topic.text[:300],
        canonical_key=query.key,
        learning_style=partition.style,
        difficulty=partition.difficulty,
        language=partition.language,
        schema_version=partition.schema_version,
        model_version=model_version(),
        vector=vector_to_bytes(query.vector),
    )


BACKFILL_BATCH = 500
_OLD_KEY = re.compile(
    r"(?P<slug>[a-z0-9-]+):(?P<style>\w+):(?P<difficulty>\w+):(?P<lang>[^:]+):v(?P<v>\d+)"
)


def topic_embeddings_backfill(*, batch: int = BACKFILL_BATCH) -> int:
    """Give every stored content a topic embedding of the current model, so that lookups find
    it: contents stored before the reuse app (their subject is read back from the old cache
    key, "python-lists-and-list-methods:hands_on:beginner:en:v1") and contents embedded by
    another model version. Returns how many were (re)embedded. Safe to run again."""
    current = model_version()
    stale = LessonContent.objects.exclude(topic_embedding__model_version=current)
    done = 0
    for _ in range(stale.count() // batch + 1):  # bounded: each round shrinks ``stale``
        contents = list(stale.select_related("topic_embedding").order_by("pk")[:batch])
        if not contents:
            break
        queries = [_backfill_query(content) for content in contents]
        vectors = encoder().encode([q.topic.embedding_text for q in queries])
        with transaction.atomic():
            for content, query, vector in zip(contents, queries, vectors, strict=True):
                TopicEmbedding.objects.filter(content=content).delete()
                _embedding_create(content, dataclasses.replace(query, vector=vector))
        done += len(contents)
    return done


def _backfill_query(content: LessonContent) -> ReuseQuery:
    existing = getattr(content, "topic_embedding", None)
    old = _OLD_KEY.fullmatch(content.cache_key)
    if existing is not None:
        topic, schema = existing.topic, existing.schema_version
    elif old is not None:
        topic, schema = old["slug"].replace("-", " "), int(old["v"])
    else:
        topic = content.topic
        schema = int(content.generation_metadata.get("schema_version") or 1)
    return reuse_query(
        topic=topic,
        style=content.learning_style,
        difficulty=content.difficulty,
        language=content.language,
        schema_version=schema,
    )
