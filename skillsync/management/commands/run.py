"""``skillsync run``: everything needed to use SkillSync locally, in one command.

Applies migrations, then starts the ASGI server and one worker as child processes and watches
them. Ctrl-C (or SIGTERM) stops both, and the embedded database stops when the last process
using it exits. If a child dies, the others are stopped and the command fails.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from skillsync.settings import env

STOP_GRACE_SECONDS = 10
PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """In the child, before exec: get SIGTERM when the parent dies, even by SIGKILL, so a killed
    `skillsync run` never leaves a web server holding the port (Linux; elsewhere a no-op)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _fresh_metrics_dir() -> Path:
    """The children's prometheus_client multiprocess directory (PROMETHEUS_MULTIPROC_DIR, else
    var/metrics), emptied: counts from an earlier run must not add to this one's."""
    directory = Path(env.METRICS_MULTIPROC_DIR or env.VAR_DIR / "metrics")
    directory.mkdir(parents=True, exist_ok=True)
    for leftover in directory.glob("*.db"):
        leftover.unlink()
    return directory


class Command(BaseCommand):
    help = "Run the web server and a worker (migrations applied first)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-worker", action="store_true", help="start the web server only")

    def handle(self, *args: Any, host: str, port: int, no_worker: bool, **options: Any) -> None:
        connection.ensure_connection()  # starts the embedded server if this process needs it
        call_command("migrate", interactive=False, verbosity=0)
        connection.close()

        python = sys.executable
        children = {
            "web": [
                python,
                "-m",
                "uvicorn",
                "skillsync.asgi:application",
                "--host",
                host,
                "--port",
                str(port),
                "--no-server-header",
                "--lifespan",
                "off",
            ],
        }
        if not no_worker:
            # Its running jobs get most of the stop grace, then it hands them back before the
            # grace ends (rather than being killed with them).
            children["worker"] = [
                python,
                "-m",
                "skillsync.cli",
                "worker",
                f"--shutdown-timeout={STOP_GRACE_SECONDS - 3}",
            ]
        # Handlers first: a Ctrl-C between starting the children and watching them must still
        # stop them.
        stopping = False

        def request_stop(signum: int, frame: FrameType | None) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)

        # The children use the embedded server this process owns (if any) as guests: however
        # they end, the server stops when this command does.
        child_env = {
            **os.environ,
            "SKILLSYNC_EMBEDDED_DATABASE_GUEST": "true",
            "PROMETHEUS_MULTIPROC_DIR": str(_fresh_metrics_dir()),
        }
        parent = os.getpid()
        procs = {
            name: subprocess.Popen(cmd, env=child_env, preexec_fn=lambda: _die_with(parent))
            for name, cmd in children.items()
        }
        self.stdout.write(f"SkillSync is starting at http://{host}:{port}/ (Ctrl-C stops it)")

        failed: str | None = None
        while not stopping:
            for name, proc in procs.items():
                if proc.poll() is not None:
                    failed = name
                    stopping = True
                    break
            time.sleep(0.2)
        self._stop_all(procs)
        if failed:
            self.stderr.write(f"{failed} exited with code {procs[failed].returncode}; stopped.")
            raise SystemExit(1)

    def _stop_all(self, procs: dict[str, subprocess.Popen[bytes]]) -> None:
        for proc in procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for proc in procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
