"""Research for a lesson: every usable source asked at once (each within the time left), cached
results reused, the passages ranked and trimmed to the lesson's budget, and a record of what
each source gave or why it gave nothing.

A source that is down, out of budget or without a key never stops a lesson: the lesson is
generated from the rest, and ``research_metadata`` says which sources were missing and why.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone

from skillsync.research import cache, ranking
from skillsync.research.catalog import ResearchCatalog, SourceConfig, research_catalog
from skillsync.research.passages import Passage
from skillsync.research.sources.base import ResearchSource, SourceFailed, SourceUnavailable

logger = logging.getLogger(__name__)

OFFLINE = "offline_docs"
OFFLINE_TTL = timedelta(days=30)


@dataclass
class SourceOutcome:
    status: str  # "ok" | "cached" | "unavailable" | "failed"
    passages: int = 0
    reason: str = ""
    duration_ms: int = 0

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"status": self.status, "passages": self.passages}
        if self.reason:
            found["reason"] = self.reason
        found["duration_ms"] = self.duration_ms
        return found


@dataclass
class ResearchBundle:
    topic: str
    passages: list[Passage]
    outcomes: dict[str, SourceOutcome] = field(default_factory=dict)
    duration_ms: int = 0

    @property
    def missing(self) -> dict[str, str]:
        """Sources that gave nothing, and why."""
        return {
            name: outcome.reason or outcome.status
            for name, outcome in self.outcomes.items()
            if outcome.status in ("unavailable", "failed")
        }

    def source_attribution(self) -> dict[str, list[dict[str, str]]]:
        """Per source type, each passage used: url, title, author (when known), licence."""
        attribution: dict[str, list[dict[str, str]]] = {}
        for passage in self.passages:
            attribution.setdefault(passage.source, []).append(
                {
                    "passage_id": passage.id,
                    "url": passage.url,
                    "title": passage.title,
                    "author": passage.author,
                    "licence": passage.licence,
                }
            )
        return attribution

    def research_metadata(self) -> dict[str, Any]:
        quality = [p.quality for p in self.passages]
        return {
            "topic": self.topic,
            "researched_at": timezone.now().isoformat(),
            "duration_ms": self.duration_ms,
            "passages": len(self.passages),
            "passage_tokens": sum(p.tokens() for p in self.passages),
            "counts": {
                name: sum(1 for p in self.passages if p.source == name) for name in self.outcomes
            },
            "quality_score": round(sum(quality) / len(quality), 3) if quality else 0.0,
            "sources": {name: outcome.as_dict() for name, outcome in self.outcomes.items()},
            "missing": self.missing,
        }


def _source(config: SourceConfig, catalog: ResearchCatalog) -> ResearchSource:
    from skillsync.research.sources.registry import source_for

    return source_for(config, catalog)


def _offline(catalog: ResearchCatalog) -> ResearchSource:
    from skillsync.research.sources.offline import OfflineDocsSource

    return OfflineDocsSource(catalog)


def _ask(
    name: str,
    make: Any,
    topic: str,
    key: str,
    *,
    style: str,
    limit: int,
    ttl: timedelta,
    time_limit: float,
) -> tuple[list[Passage], SourceOutcome]:
    """One source, cache first. Runs in its own thread: its database connection is its own
    and closed at the end."""
    started = time.monotonic()

    def took() -> int:
        return int((time.monotonic() - started) * 1000)

    try:
        hit = cache.cached(name, key)
        if hit is not None:
            return hit, SourceOutcome("cached", len(hit), duration_ms=took())
        with cache.single_flight(name, key, wait=min(time_limit / 2, cache.LOCK_WAIT_SECONDS)):
            hit = cache.cached(name, key)  # filled by whoever held the lock
            if hit is not None:
                return hit, SourceOutcome("cached", len(hit), duration_ms=took())
            left = time_limit - (time.monotonic() - started)
            if left <= 0.5:
                return [], SourceOutcome("failed", reason="no time left", duration_ms=took())
            source: ResearchSource = make()
            found = source.fetch(topic, style=style, limit=limit, time_limit=left)
            cache.store(name, key, topic, found, ttl)
            return found, SourceOutcome("ok", len(found), duration_ms=took())
    except SourceUnavailable as unavailable:
        return [], SourceOutcome("unavailable", reason=unavailable.reason[:200], duration_ms=took())
    except SourceFailed as failed:
        return [], SourceOutcome("failed", reason=failed.reason[:200], duration_ms=took())
    except Exception as error:  # a bug in one source must not cost the lesson the others
        logger.exception("research source %s failed unexpectedly", name)
        return [], SourceOutcome("failed", reason=f"internal error: {type(error).__name__}")
    finally:
        connection.close()


def research_topic(
    topic: str,
    *,
    style: str = "mixed",
    catalog: ResearchCatalog | None = None,
    include_offline: bool = True,
) -> ResearchBundle:
    """Ranked passages about ``topic`` from every source that can answer, within the
    catalog's time limit and passage budget. Never raises for a source's failure."""
    catalog = catalog or research_catalog()
    started = time.monotonic()
    key = cache.topic_key(topic)
    jobs: dict[str, tuple[Any, int, timedelta]] = {}
    outcomes: dict[str, SourceOutcome] = {}
    wanted = settings.RESEARCH_SOURCES
    for name, config in catalog.sources.items():
        if wanted is not None and name not in wanted:
            continue
        if not config.usable:
            outcomes[name] = SourceOutcome("unavailable", reason="no API key configured")
            continue
        jobs[name] = (
            lambda config=config: _source(config, catalog),
            config.results,
            timedelta(hours=config.cache_ttl_hours),
        )
    if include_offline:
        jobs[OFFLINE] = (lambda: _offline(catalog), 4, OFFLINE_TTL)
    passages: list[Passage] = []
    pool = ThreadPoolExecutor(max_workers=max(1, len(jobs)), thread_name_prefix="research")
    try:
        futures = {
            pool.submit(
                _ask,
                name,
                make,
                topic,
                key,
                style=style,
                limit=limit,
                ttl=ttl,
                time_limit=catalog.time_limit_seconds,
            ): name
            for name, (make, limit, ttl) in jobs.items()
        }
        done, late = wait(futures, timeout=catalog.time_limit_seconds + 2)
        for future in done:
            found, outcome = future.result()
            passages.extend(found)
            outcomes[futures[future]] = outcome
        for future in late:  # bounded by its own time limit; not waited for here
            outcomes[futures[future]] = SourceOutcome("failed", reason="timed out")
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    ranked = ranking.rank(topic, passages, token_budget=catalog.passage_token_budget)
    ordered = {name: outcomes[name] for name in sorted(outcomes)}
    return ResearchBundle(
        topic=topic,
        passages=ranked,
        outcomes=ordered,
        duration_ms=int((time.monotonic() - started) * 1000),
    )
