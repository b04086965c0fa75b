"""The semantic lookup's vectors, held in process memory and kept fresh from the database.

PostgreSQL on the development machines has no pgvector, and this code has no pgvector path:
every process keeps the ``TopicEmbedding`` rows of the current model in numpy matrices, one
per partition (style, difficulty, language, schema version), and searches one partition by
a matrix-vector product (a few hundred microseconds for 10,000 rows).

Freshness: the first lookup loads every row; each later one asks for the ids added since
(``id > newest seen``, plus rows created in the last ``SETTLE`` — an id taken by a transaction
that commits after a higher one would otherwise be skipped) and loads only those it has not
seen. A content written by another process is found by the next lookup. Deleted or rejected
contents stay in memory but are never returned: every candidate is checked against
``reusable_contents()`` before use. Memory: about 1.6 KB a lesson (1 GB per 650,000).
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import numpy.typing as npt
from django.db.models import Q
from django.db.models.functions import Now

from skillsync.reuse.embeddings import DIMENSIONS, model_version
from skillsync.reuse.models import VECTOR_DIMENSIONS, TopicEmbedding
from skillsync.reuse.normalise import Topic, topic_of

Vector = npt.NDArray[np.float32]
SETTLE = timedelta(minutes=5)
LOAD_BATCH = 2_000
assert DIMENSIONS == VECTOR_DIMENSIONS, "models.VECTOR_DIMENSIONS must match the encoder"


@dataclass(frozen=True)
class Partition:
    style: str
    difficulty: str
    language: str
    schema_version: int


@dataclass(frozen=True)
class Candidate:
    content_id: uuid.UUID
    topic: Topic
    similarity: float


@dataclass
class _Rows:
    content_ids: list[uuid.UUID] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    matrix: Vector = field(default_factory=lambda: np.zeros((16, DIMENSIONS), np.float32))

    def add(self, content_id: uuid.UUID, topic: Topic, vector: Vector) -> None:
        n = len(self.content_ids)
        if n == len(self.matrix):  # grow by doubling: amortised O(1) per row
            self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
        self.matrix[n] = vector
        self.content_ids.append(content_id)
        self.topics.append(topic)

    def nearest(self, vector: Vector, k: int) -> list[Candidate]:
        n = len(self.content_ids)
        if n == 0:
            return []
        scores = self.matrix[:n] @ vector
        top = np.argpartition(-scores, k - 1)[:k] if n > k else np.arange(n)
        ordered = top[np.argsort(-scores[top], kind="stable")]
        return [Candidate(self.content_ids[i], self.topics[i], float(scores[i])) for i in ordered]


class TopicIndex:
    """Thread-safe; one per process (``topic_index()``)."""

    def __init__(self, model: str | None = None) -> None:
        self._model = model
        self._lock = threading.Lock()
        self._partitions: dict[Partition, _Rows] = {}
        self._seen: set[int] = set()
        self._newest = 0
        self._loaded = False

    @property
    def model(self) -> str:
        if self._model is None:
            self._model = model_version()
        return self._model

    def refresh(self) -> int:
        """Load the rows added since the last call (all of them the first time): one query
        for their ids, and one per LOAD_BATCH new rows. Returns how many were loaded."""
        with self._lock:
            if not self._loaded:
                ids = list(TopicEmbedding.objects.values_list("id", flat=True))
                self._loaded = True
            else:
                recent = Q(id__gt=self._newest) | Q(created_at__gte=Now() - SETTLE)
                ids = list(TopicEmbedding.objects.filter(recent).values_list("id", flat=True))
            new = [i for i in ids if i not in self._seen]
            for start in range(0, len(new), LOAD_BATCH):
                self._load(new[start : start + LOAD_BATCH])
            return len(new)

    def _load(self, ids: list[int]) -> None:
        rows = TopicEmbedding.objects.filter(id__in=ids, model_version=self.model).values_list(
            "id",
            "content_id",
            "topic",
            "learning_style",
            "difficulty",
            "language",
            "schema_version",
            "vector",
        )
        for _, content_id, topic, style, difficulty, language, schema, vector in rows:
            partition = Partition(style, difficulty, language, schema)
            rows_of = self._partitions.setdefault(partition, _Rows())
            # The guard reads the stored subject through today's lexicon, never stale tokens.
            rows_of.add(content_id, topic_of(topic), vector_from_bytes(bytes(vector)))
        self._seen.update(ids)  # rows of another model are seen too, and skipped
        self._newest = max(self._newest, *ids)

    def nearest(self, partition: Partition, vector: Vector, k: int) -> list[Candidate]:
        """The ``k`` stored topics of ``partition`` most similar to ``vector``, best first."""
        with self._lock:
            rows = self._partitions.get(partition)
            return rows.nearest(vector, k) if rows is not None else []

    def size(self) -> int:
        with self._lock:
            return sum(len(rows.content_ids) for rows in self._partitions.values())


def vector_to_bytes(vector: Vector) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def vector_from_bytes(data: bytes) -> Vector:
    return np.frombuffer(data, dtype="<f4").astype(np.float32)


_index: TopicIndex | None = None
_index_lock = threading.Lock()


def topic_index() -> TopicIndex:
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = TopicIndex()
    return _index
