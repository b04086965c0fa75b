"""The semantic lookup's vectors, held in process memory and kept fresh from the database.

PostgreSQL on the development machines has no pgvector, and this code has no pgvector path:
every process keeps the ``TopicEmbedding`` rows of the current model in numpy matrices, one
per partition (style, difficulty, language, schema version), and searches one partition by
a matrix-vector product (a few hundred microseconds for 10,000 rows).

Freshness: the first lookup loads every row; each later one asks for the ids above the newest
it has seen, plus its "holes": ids below that which it has not seen, for ``SETTLE`` after it
first noticed them — a transaction that took an id and commits after one with a higher id
(or rolls back) leaves a hole, and its row is loaded once it commits. One query on the primary
key, returning only ids, then one per ``LOAD_BATCH`` new rows: a content written by another
process is found by the next lookup. Deleted or rejected
contents stay in memory but are never returned: every candidate is checked against
``reusable_contents()`` before use. Memory: about 1.6 KB a lesson (1 GB per 650,000).
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import numpy.typing as npt
from django.db.models import Q

from skillsync.reuse.embeddings import DIMENSIONS, model_version
from skillsync.reuse.models import VECTOR_DIMENSIONS, TopicEmbedding
from skillsync.reuse.normalise import Topic, topic_of

Vector = npt.NDArray[np.float32]
SETTLE = timedelta(minutes=5)
LOAD_BATCH = 2_000
HOLES_AT_START = 1_000  # ids below the newest checked for late commits on the first load
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
        self._holes: dict[int, float] = {}  # unseen id below the newest -> when first noticed
        self._newest = 0
        self._loaded = False

    @property
    def model(self) -> str:
        if self._model is None:
            self._model = model_version()
        return self._model

    def refresh(self) -> int:
        """Load the rows added since the last call (all of them the first time). Returns how
        many were loaded."""
        with self._lock:
            now = time.monotonic()
            settle = SETTLE.total_seconds()
            self._holes = {i: t for i, t in self._holes.items() if now - t < settle}
            rows = TopicEmbedding.objects.all()
            if self._loaded:
                rows = rows.filter(Q(id__gt=self._newest) | Q(id__in=list(self._holes)))
            ids = sorted(rows.values_list("id", flat=True))  # each new: above or in a hole
            lowest_hole = self._newest if self._loaded else (ids[-1] if ids else 0)
            for start in range(0, len(ids), LOAD_BATCH):
                self._load(ids[start : start + LOAD_BATCH])
            self._note_holes(ids, above=lowest_hole - (0 if self._loaded else HOLES_AT_START))
            self._loaded = True
            return len(ids)

    def _note_holes(self, ids: list[int], *, above: int) -> None:
        """Ids between ``above`` and the newest that were not loaded: rows not committed yet,
        or never."""
        loaded = set(ids)
        for i in loaded:
            self._holes.pop(i, None)
        now = time.monotonic()
        for missing in range(max(above, 0) + 1, self._newest):
            if missing not in loaded:
                self._holes.setdefault(missing, now)

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
