"""The metrics a web process counts itself: HTTP request latency and GraphQL operations.

Several processes often serve one address (``uvicorn --workers N``), and a scrape reaches only
one of them, so these use prometheus_client's **multiprocess mode** when
``PROMETHEUS_MULTIPROC_DIR`` is set: each process writes its values to files in that
directory and ``/metrics`` adds up every process's files (``scrape_sources``). Counters and
histograms of processes that have exited still count, which keeps the totals monotonic; the
directory must be emptied before the processes start (``skillsync run`` does it for var/metrics,
a container starts with an empty one). Without the variable each process counts alone — right
for a single web process, as in the tests.

Labels are bounded: ``route`` is the URL pattern that matched (not the path), ``status`` the
class (``2xx``), ``method`` one of the standard ones; GraphQL ``operation`` is the operation's
name when it is a plain GraphQL name, up to ``MAX_OPERATION_NAMES`` distinct names per process
(later ones count as ``other``: clients choose names, and must not be able to grow the series
without bound), ``outcome`` is ``ok`` or the first error's code.

Everything that lives in the database (queues, providers, reuse) is read at scrape time by
``metrics_db.DatabaseCollector`` instead: any process can answer for all of them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from skillsync.settings import env

if env.METRICS_MULTIPROC_DIR:  # before prometheus_client writes its first value there
    Path(env.METRICS_MULTIPROC_DIR).mkdir(parents=True, exist_ok=True)

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics
from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

# No ``_created`` series: multiprocess mode has none, and both modes should expose the same.
disable_created_metrics()  # type: ignore[no-untyped-call]
# This process's metrics (not prometheus_client's global registry, whose process and platform
# collectors do not add up across processes).
PROCESS_REGISTRY = CollectorRegistry()

HTTP_REQUEST_DURATION = Histogram(
    "skillsync_http_request_duration_seconds",
    "Time from a request reaching SkillSync to its response, by route, method and status class.",
    ["route", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=PROCESS_REGISTRY,
)
GRAPHQL_OPERATIONS = Counter(
    "skillsync_graphql_operations",
    "GraphQL operations executed, by operation name, type and outcome (ok or the error code).",
    ["operation", "type", "outcome"],
    registry=PROCESS_REGISTRY,
)

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
MAX_OPERATION_NAMES = 200
_GRAPHQL_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,63}")
_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,63}")
_operation_names: set[str] = set()
_operation_names_lock = threading.Lock()


def http_request_observe(*, route: str, method: str, status: int, seconds: float) -> None:
    HTTP_REQUEST_DURATION.labels(
        route=route,
        method=method if method in METHODS else "other",
        status=f"{status // 100}xx",
    ).observe(seconds)


def _operation_label(name: str | None) -> str:
    if not name:
        return "anonymous"
    if not _GRAPHQL_NAME.fullmatch(name):
        return "other"
    with _operation_names_lock:
        if name not in _operation_names:
            if len(_operation_names) >= MAX_OPERATION_NAMES:
                return "other"
            _operation_names.add(name)
    return name


def graphql_operation_count(*, name: str | None, operation_type: str, outcome: str) -> None:
    GRAPHQL_OPERATIONS.labels(
        operation=_operation_label(name),
        type=operation_type,
        outcome=outcome if outcome == "ok" or _CODE.fullmatch(outcome) else "OTHER",
    ).inc()


class _Sources:
    """Several collectors as one, for ``generate_latest``."""

    def __init__(self, collectors: Iterable[Collector]) -> None:
        self.collectors = list(collectors)

    def collect(self) -> Iterator[Metric]:
        for collector in self.collectors:
            yield from collector.collect()


def scrape_sources() -> _Sources:
    """What one scrape of /metrics reports: every web process's counters (multiprocess mode) or
    this process's, then the figures read from the database."""
    from skillsync.core.metrics_db import DatabaseCollector

    counted: Collector = (
        MultiProcessCollector(None, path=env.METRICS_MULTIPROC_DIR)  # type: ignore[no-untyped-call]
        if env.METRICS_MULTIPROC_DIR
        else PROCESS_REGISTRY
    )
    return _Sources([counted, DatabaseCollector()])
