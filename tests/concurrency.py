"""Run actions from many threads at once, each thread with its own database connection."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

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


def each_in_parallel(actions: Sequence[Callable[[], str]], *, threads: int) -> list[str]:
    """Run every action once, from ``threads`` threads started behind a barrier, each taking
    the next action as soon as it is free and using its own database connection. For more
    actions than the server has connections for (max_connections is 100 on the embedded
    server, and the test holds some itself). Results as in ``outcomes_in_parallel``, in the
    order the actions finished."""
    pending = list(reversed(actions))
    barrier = threading.Barrier(threads)
    results: list[str] = []
    lock = threading.Lock()

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            while True:
                with lock:
                    if not pending:
                        return
                    action = pending.pop()
                try:
                    outcome = action()
                except SkillSyncError as error:
                    outcome = error.code.value
                with lock:
                    results.append(outcome)
        finally:
            connection.close()

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert len(results) == len(actions), "an action did not finish"
    return results
