"""The ``skillsync`` command: Django's management commands with our settings by default.

``skillsync run`` starts everything for local use; ``skillsync worker`` runs a job worker;
every other Django command (migrate, createsuperuser, ...) works as with manage.py.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skillsync.settings.local")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["skillsync", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
