"""Shared benchmark plumbing: a throwaway database and percentile arithmetic."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.db import connection


@contextlib.contextmanager
def bench_database() -> Iterator[None]:
    """A fresh, migrated database for one benchmark, dropped afterwards.

    Named after the configured database (``skillsync`` → ``skillsync_bench``), so checkouts
    sharing one PostgreSQL server through different ``DATABASE_URL`` names never drop each
    other's benchmark database."""
    default = settings.DATABASES["default"]
    name = default["NAME"]
    default.setdefault("TEST", {})["NAME"] = f"{name}_bench"
    # create_test_db returns the new database's name, and destroy_test_db sets the setting back
    # to the name it is given: give it the configured one, or the next benchmark of the same
    # process would be named skillsync_bench_bench, and so on.
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (inclusive method), e.g. pct=95."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(pct) - 1]


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        row = cursor.fetchone()
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "postgresql": row[0] if row else "unknown",
    }
