"""``skillsync worker``: a job worker on the PostgreSQL queue (procrastinate)."""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import connections

from skillsync.generation import worker


class Command(BaseCommand):
    help = "Run a job worker. Start as many as you like, on any machine."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--concurrency", type=int, default=1, help="jobs run at once")
        parser.add_argument(
            "--queue",
            action="append",
            dest="queues",
            default=None,
            help="only these queues (repeatable); default: all",
        )
        parser.add_argument(
            "--shutdown-timeout",
            type=float,
            default=30.0,
            metavar="SECONDS",
            help="on SIGTERM, how long running jobs may take to finish before their work is "
            "handed back to the queue (default 30)",
        )

    def handle(
        self,
        *args: Any,
        concurrency: int,
        queues: list[str] | None,
        shutdown_timeout: float,
        **options: Any,
    ) -> None:
        if concurrency < 1:
            self.stderr.write("--concurrency must be at least 1")
            raise SystemExit(2)
        if shutdown_timeout < 0:
            self.stderr.write("--shutdown-timeout must not be negative")
            raise SystemExit(2)
        # Name this process's database sessions (pg_stat_activity): an operator can tell the
        # workers' connections apart, and every one opened from now on carries the name.
        connections.close_all()
        for database in settings.DATABASES.values():
            database.setdefault("OPTIONS", {})["application_name"] = (
                f"skillsync-worker-{os.getpid()}"
            )
        code = worker.run(queues=queues, concurrency=concurrency, shutdown_timeout=shutdown_timeout)
        if code:
            raise SystemExit(code)
