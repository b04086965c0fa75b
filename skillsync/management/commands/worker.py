"""``skillsync worker``: a job worker on the PostgreSQL queue (procrastinate)."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


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

    def handle(
        self, *args: Any, concurrency: int, queues: list[str] | None, **options: Any
    ) -> None:
        if concurrency < 1:
            self.stderr.write("--concurrency must be at least 1")
            raise SystemExit(2)
        argv = ["worker", f"--concurrency={concurrency}"]
        if queues:
            argv.append(f"--queues={','.join(queues)}")
        call_command("procrastinate", *argv)
