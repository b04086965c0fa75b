"""Run one action from many threads at once, each with its own database connection."""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.db import connection

from skillsync.core.errors import SkillSyncError


def outcomes_in_parallel(count: int, action: Callable[[], str]) -> list[str]:
    """Start ``count`` threads behind a barrier so they hit the database together; each returns
    ``action()``'s result, or the code of the SkillSyncError it raised."""
    barrier = threading.Barrier(count)
    results: list[str] = []
    lock = threading.Lock()

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            outcome = action()
        except SkillSyncError as error:
            outcome = error.code.value
        finally:
            connection.close()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(results) == count, "a thread did not finish"
    return results
