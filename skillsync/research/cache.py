"""The research cache: a source's passages for a topic, reused until their TTL runs out.

Two workers researching the same topic at once do it once: the first holds a session-level
advisory lock on (source, topic) while it fetches — never a transaction, since budget ledger
rows must commit whatever happens — and the second, after waiting for it, finds the cache
filled. A lock not granted in time is not waited for longer: the second fetches too.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.db import connection
from django.db.models import F
from django.utils import timezone

from skillsync.research.models import ResearchResult
from skillsync.research.passages import Passage

LOCK_WAIT_SECONDS = 15.0
_NOISE = re.compile(r"[^\w+#./-]+")


def topic_key(topic: str) -> str:
    """Case, punctuation and spacing do not make a different topic."""
    return " ".join(_NOISE.sub(" ", topic.lower()).split())[:200]


def cached(source: str, key: str) -> list[Passage] | None:
    found = (
        ResearchResult.objects.filter(source=source, topic_key=key, expires_at__gt=timezone.now())
        .values_list("id", "passages")
        .first()
    )
    if found is None:
        return None
    ResearchResult.objects.filter(pk=found[0]).update(hits=F("hits") + 1)
    return [Passage.model_validate(item) for item in found[1]]


def store(source: str, key: str, topic: str, passages: list[Passage], ttl: timedelta) -> None:
    now = timezone.now()
    ResearchResult.objects.update_or_create(
        source=source,
        topic_key=key,
        defaults={
            "topic": topic[:200],
            "passages": [p.model_dump(mode="json") for p in passages],
            "fetched_at": now,
            "expires_at": now + ttl,
        },
    )


def purge_expired(*, batch: int = 1000) -> int:
    """Delete expired results, at most ``batch`` per call."""
    ids = list(
        ResearchResult.objects.filter(expires_at__lte=timezone.now()).values_list("id", flat=True)[
            :batch
        ]
    )
    deleted, _ = ResearchResult.objects.filter(id__in=ids).delete()
    return deleted


def _lock_id(source: str, key: str) -> int:
    digest = hashlib.sha256(f"research\x00{source}\x00{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def single_flight(source: str, key: str, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[bool]:
    """Held while one process researches (source, topic). Yields whether the lock was got."""
    lock = _lock_id(source, key)
    deadline = time.monotonic() + wait
    got = False
    with connection.cursor() as cursor:
        while True:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock])
            row = cursor.fetchone()
            got = bool(row and row[0])
            if got or time.monotonic() >= deadline:
                break
            time.sleep(0.1)
    try:
        yield got
    finally:
        if got:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [lock])
