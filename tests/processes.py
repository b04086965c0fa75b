"""Starting real SkillSync processes from a test, on that test's database."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import psutil
from django.conf import settings
from django.db import connection


def child_environment(**extra: str) -> dict[str, str]:
    """The environment for a process that must see what this test sees: the same database
    server (as a guest of the embedded one this process owns) and the test database."""
    environment = os.environ.copy()
    environment.update(
        DJANGO_SETTINGS_MODULE="skillsync.settings.test",
        SKILLSYNC_TEST_DATABASE_NAME=connection.settings_dict["NAME"],
        SKILLSYNC_VAR_DIR=str(settings.VAR_DIR),
    )
    if connection.vendor == "postgresql" and not os.environ.get("DATABASE_URL"):
        environment["SKILLSYNC_EMBEDDED_DATABASE_GUEST"] = "true"
    environment.update(extra)
    return environment


def is_running(pid: int) -> bool:
    """A zombie has exited; it only waits for its parent to collect its status."""
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def wait_until(condition: Callable[[], bool], timeout: float, *, every: float = 0.05) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` seconds pass; its last answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()
