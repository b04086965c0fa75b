"""The figures /metrics reads from the database at scrape time, so any web process can report
them for the whole cluster (workers keep no metrics of their own).

Each source is a few bounded queries in its own transaction, under a statement timeout
(``METRICS_QUERY_TIMEOUT_MS``). None scans a table that grows with history: the job queue is
read through procrastinate's partial indexes on unfinished jobs, generation requests through the
status indexes, provider calls and reuse lookups through their time indexes over the last hour.
A source that fails or times out is left out of that scrape (``skillsync_metrics_source_up``
is 0 for it, and a warning is logged); the others are still reported.

Gauges, all of them:

- ``skillsync_queue_jobs{queue, state}``: procrastinate jobs ``waiting`` (due now),
  ``scheduled`` (for later: retries, busy providers) and ``running``.
- ``skillsync_queue_oldest_waiting_seconds{queue}``: how long the oldest due job has waited
  (since it was deferred, or became due). 0 for an empty queue.
- ``skillsync_generation_requests{status}``: lesson-generation requests ``queued`` and
  ``running``; ``skillsync_generation_oldest_seconds{status}``: the age of the oldest, since it
  was asked for (what the learner has waited).
- ``skillsync_generation_dead_letters``: requests in the dead-letter state now (until requeued
  or purged with ``skillsync dlq``).
- Provider calls started in the last hour (``ProviderCall``), by provider:
  ``skillsync_provider_calls_last_hour{provider, outcome}``,
  ``skillsync_provider_errors_last_hour{provider}`` (outcomes other than ``ok`` and
  ``in_flight``), ``skillsync_provider_tokens_last_hour{provider, kind}`` (prompt, completion),
  ``skillsync_provider_cost_usd_last_hour{provider}`` and
  ``skillsync_provider_latency_seconds_last_hour{provider, quantile}`` (0.5, 0.95, of the calls
  that finished).
- Reuse lookups in the last hour: ``skillsync_reuse_lookups_last_hour{outcome}`` (exact,
  semantic, miss) and ``skillsync_reuse_hit_ratio_last_hour`` (hits / lookups; NaN with none).

Windows of one hour rather than all-time counters: an all-time count of a growing table is
either a full scan or a second bookkeeping table, and Prometheus keeps the history anyway.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.backends.utils import CursorWrapper
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric

from skillsync.generation.models import GenerationRequest, ProviderCall, RequestStatus
from skillsync.reuse.models import LookupOutcome, ReuseLookup

logger = logging.getLogger(__name__)

WINDOW = "1 hour"
# Providers enumerated from the call index at most (a catalog names a handful).
MAX_PROVIDERS = 50
LATENCY_QUANTILES = (0.5, 0.95)

Source = Callable[[CursorWrapper], list[Metric]]


def _gauge(name: str, documentation: str, labels: list[str] | None = None) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, labels=labels)


def _queues() -> set[str]:
    """Every queue a task is declared on, so an empty queue reports 0 instead of vanishing."""
    from procrastinate.contrib.django import app

    return {task.queue for task in app.tasks.values()}


QUEUE_COUNTS = """
SELECT queue_name,
       count(*) FILTER (WHERE status = 'todo' AND (scheduled_at IS NULL OR scheduled_at <= now())),
       count(*) FILTER (WHERE status = 'todo' AND scheduled_at > now()),
       count(*) FILTER (WHERE status = 'doing')
FROM procrastinate_jobs
WHERE status IN ('todo', 'doing')
GROUP BY queue_name
"""
# A due job has waited since its latest event (deferred, or put back for a retry) or since it
# became due, whichever is later.
QUEUE_OLDEST = """
SELECT j.queue_name,
       EXTRACT(EPOCH FROM now() - min(GREATEST(e.at, j.scheduled_at)))
FROM procrastinate_jobs j
CROSS JOIN LATERAL (SELECT max(at) AS at FROM procrastinate_events WHERE job_id = j.id) e
WHERE j.status = 'todo' AND (j.scheduled_at IS NULL OR j.scheduled_at <= now())
GROUP BY j.queue_name
"""


def queue_source(cursor: CursorWrapper) -> list[Metric]:
    jobs = _gauge(
        "skillsync_queue_jobs",
        "Jobs in the queue: waiting (due now), scheduled (for later) and running.",
        ["queue", "state"],
    )
    oldest = _gauge(
        "skillsync_queue_oldest_waiting_seconds",
        "How long the oldest due job of the queue has waited (0 when none waits).",
        ["queue"],
    )
    cursor.execute(QUEUE_COUNTS)
    counts = {row[0]: row[1:] for row in cursor.fetchall()}
    cursor.execute(QUEUE_OLDEST)
    ages = {queue: float(age or 0) for queue, age in cursor.fetchall()}
    for queue in sorted(_queues() | set(counts)):
        waiting, scheduled, running = counts.get(queue, (0, 0, 0))
        jobs.add_metric([queue, "waiting"], waiting)
        jobs.add_metric([queue, "scheduled"], scheduled)
        jobs.add_metric([queue, "running"], running)
        oldest.add_metric([queue], max(0.0, ages.get(queue, 0.0)))
    return [jobs, oldest]


# Our own tables' queries; ``_sql`` fills in the names (from the models, never from input).
GENERATION_PENDING = """
SELECT status, count(*), EXTRACT(EPOCH FROM now() - min(created_at))
FROM {generation} WHERE status IN (%s, %s) GROUP BY status
"""
GENERATION_DEAD = "SELECT count(*) FROM {generation} WHERE status = %s"
PROVIDER_NAMES = """
WITH RECURSIVE providers(name, n) AS (
    (SELECT provider, 1 FROM {calls} ORDER BY provider LIMIT 1)
    UNION ALL
    SELECT (SELECT provider FROM {calls} WHERE provider > p.name ORDER BY provider LIMIT 1),
           p.n + 1
    FROM providers p WHERE p.name IS NOT NULL AND p.n < %s
)
SELECT name FROM providers WHERE name IS NOT NULL
"""
# The (provider, started_at) index, one range per provider.
PROVIDER_WINDOW = "provider = ANY(%s) AND started_at >= now() - interval '{window}'"
PROVIDER_CALLS = """
SELECT provider, outcome, count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
FROM {calls} WHERE {provider_window} GROUP BY provider, outcome
"""
PROVIDER_LATENCY = """
SELECT provider, percentile_cont(%s::float8[]) WITHIN GROUP (ORDER BY latency_ms)
FROM {calls} WHERE {provider_window} AND latency_ms IS NOT NULL GROUP BY provider
"""
REUSE_OUTCOMES = """
SELECT outcome, count(*) FROM {lookups}
WHERE created_at >= now() - interval '{window}' GROUP BY outcome
"""


def _sql(template: str) -> str:
    names = {
        "generation": GenerationRequest._meta.db_table,
        "calls": ProviderCall._meta.db_table,
        "lookups": ReuseLookup._meta.db_table,
        "window": WINDOW,
    }
    return template.format(provider_window=PROVIDER_WINDOW.format(**names), **names)


def generation_source(cursor: CursorWrapper) -> list[Metric]:
    pending = (RequestStatus.QUEUED, RequestStatus.RUNNING)
    requests = _gauge(
        "skillsync_generation_requests",
        "Lesson-generation requests queued and running.",
        ["status"],
    )
    oldest = _gauge(
        "skillsync_generation_oldest_seconds",
        "Age of the oldest queued or running lesson-generation request, since it was asked.",
        ["status"],
    )
    cursor.execute(_sql(GENERATION_PENDING), [*pending])
    found = {status: (count, age) for status, count, age in cursor.fetchall()}
    for status in pending:
        count, age = found.get(status, (0, 0))
        requests.add_metric([status], count)
        oldest.add_metric([status], max(0.0, float(age or 0)))
    cursor.execute(_sql(GENERATION_DEAD), [RequestStatus.DEAD_LETTERED])
    dead = _gauge(
        "skillsync_generation_dead_letters",
        "Lesson-generation requests in the dead-letter state (until requeued or purged).",
    )
    dead.add_metric([], cursor.fetchone()[0])
    return [requests, oldest, dead]


def _providers(cursor: CursorWrapper) -> list[str]:
    """The providers that ever made a call, read from the (provider, started_at) index one
    name at a time (a loose index scan: a handful of index probes, whatever the table's size)."""
    cursor.execute(_sql(PROVIDER_NAMES), [MAX_PROVIDERS])
    return [name for (name,) in cursor.fetchall()]


def provider_source(cursor: CursorWrapper) -> list[Metric]:
    calls = _gauge(
        "skillsync_provider_calls_last_hour",
        "LLM provider calls started in the last hour, by outcome.",
        ["provider", "outcome"],
    )
    errors = _gauge(
        "skillsync_provider_errors_last_hour",
        "LLM provider calls started in the last hour that failed (any outcome but ok).",
        ["provider"],
    )
    tokens = _gauge(
        "skillsync_provider_tokens_last_hour",
        "Tokens of the LLM provider calls started in the last hour.",
        ["provider", "kind"],
    )
    cost = _gauge(
        "skillsync_provider_cost_usd_last_hour",
        "Cost in USD of the LLM provider calls started in the last hour.",
        ["provider"],
    )
    latency = _gauge(
        "skillsync_provider_latency_seconds_last_hour",
        "Latency quantiles of the LLM provider calls finished in the last hour.",
        ["provider", "quantile"],
    )
    providers = _providers(cursor)
    if not providers:
        return [calls, errors, tokens, cost, latency]
    cursor.execute(_sql(PROVIDER_CALLS), [providers])
    totals: dict[str, list[float]] = {name: [0, 0, 0, 0] for name in providers}
    for provider, outcome, count, prompt, completion, spent in cursor.fetchall():
        calls.add_metric([provider, outcome], count)
        total = totals[provider]
        if outcome not in ("ok", "in_flight"):
            total[0] += count
        total[1] += prompt or 0
        total[2] += completion or 0
        total[3] += float(spent or 0)
    for provider, (failed, prompt, completion, spent) in totals.items():
        errors.add_metric([provider], failed)
        tokens.add_metric([provider, "prompt"], prompt)
        tokens.add_metric([provider, "completion"], completion)
        cost.add_metric([provider], spent)
    cursor.execute(_sql(PROVIDER_LATENCY), [list(LATENCY_QUANTILES), providers])
    for provider, values in cursor.fetchall():
        for quantile, value in zip(LATENCY_QUANTILES, values, strict=True):
            latency.add_metric([provider, str(quantile)], value / 1000)
    return [calls, errors, tokens, cost, latency]


def reuse_source(cursor: CursorWrapper) -> list[Metric]:
    cursor.execute(_sql(REUSE_OUTCOMES))
    counts = {outcome: 0 for outcome in LookupOutcome.values}
    counts.update(dict(cursor.fetchall()))
    lookups = _gauge(
        "skillsync_reuse_lookups_last_hour",
        "Content reuse lookups in the last hour, by outcome (exact, semantic, miss).",
        ["outcome"],
    )
    for outcome, count in sorted(counts.items()):
        lookups.add_metric([outcome], count)
    total = sum(counts.values())
    hits = total - counts[LookupOutcome.MISS]
    ratio = _gauge(
        "skillsync_reuse_hit_ratio_last_hour",
        "Share of the last hour's reuse lookups answered from stored content (NaN: none).",
    )
    ratio.add_metric([], hits / total if total else float("nan"))
    return [lookups, ratio]


SOURCES: dict[str, Source] = {
    "queue": queue_source,
    "generation": generation_source,
    "providers": provider_source,
    "reuse": reuse_source,
}


def _run(source: Source) -> list[Metric]:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, true)",
            [str(int(settings.METRICS_QUERY_TIMEOUT_MS))],
        )
        return source(cursor)


class DatabaseCollector:
    """A prometheus_client collector over ``SOURCES`` (see the module doc)."""

    def collect(self) -> Iterator[Metric]:
        up = _gauge(
            "skillsync_metrics_source_up",
            "1 when this scrape read the source's figures, 0 when its queries failed.",
            ["source"],
        )
        seconds = _gauge(
            "skillsync_metrics_source_duration_seconds",
            "Time this scrape spent reading the source's figures.",
            ["source"],
        )
        for name, source in SOURCES.items():
            started = time.perf_counter()
            metrics: list[Any] = []
            try:
                metrics = _run(source)
            except DatabaseError as error:
                logger.warning("metrics source %s failed: %s", name, type(error).__name__)
            up.add_metric([name], 1 if metrics else 0)
            seconds.add_metric([name], time.perf_counter() - started)
            yield from metrics
        yield up
        yield seconds
