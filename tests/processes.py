"""Starting real SkillSync processes from a test, on that test's database."""

from __future__ import annotations

import os

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
