"""`skillsync run` (what `make run` starts) as a real process tree on a fresh embedded server,
for the tests that need the whole product running: always the embedded default path, also when
the suite itself runs against an external PostgreSQL (DATABASE_URL set in CI)."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import psutil
from django.conf import settings

from tests.processes import is_running

SKILLSYNC = Path(settings.BASE_DIR) / ".venv" / "bin" / "skillsync"
READY_TIMEOUT = 90.0
EXIT_TIMEOUT = 20.0
SERVER_STOP_TIMEOUT = 15.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def http_request(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    """(status, JSON body); a body that is not JSON comes back as text, to show in failures."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data)  # noqa: S310 - http://127.0.0.1 only
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")[:500]


def log_tail(log: Path, lines: int = 60) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    return "(no log)"


def kill_tree(proc: psutil.Process) -> None:
    with contextlib.suppress(psutil.Error):
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.kill()
        proc.kill()


def stop_leftover_server(pgdata: Path) -> None:
    """Safety net for a failed run: never leave a server of ours running."""
    with contextlib.suppress(OSError, ValueError, IndexError, psutil.Error):
        server = psutil.Process(int((pgdata / "postmaster.pid").read_text().split()[0]))
        if is_running(server.pid) and str(pgdata) in server.cmdline():
            server.send_signal(signal.SIGINT)  # PostgreSQL's "fast" shutdown
            server.wait(timeout=SERVER_STOP_TIMEOUT)


def run_env(var_dir: Path) -> dict[str, str]:
    env = os.environ.copy()
    env.pop("DJANGO_SETTINGS_MODULE", None)  # the console script's default: local settings
    env.pop("SKILLSYNC_EMBEDDED_DATABASE_GUEST", None)
    # Empty rather than absent: an empty value in the environment beats a developer's `.env`
    # line and, like an unset one, selects the embedded server.
    env["DATABASE_URL"] = ""
    env["SKILLSYNC_VAR_DIR"] = str(var_dir)
    return env


def fresh_var_dir() -> Path:
    """A new var dir under the repository's var/: as root the server runs as another user,
    which must be able to traverse every parent folder of its data directory."""
    var_dir = Path(settings.BASE_DIR) / "var" / f"test-run-{uuid4().hex[:8]}"
    var_dir.mkdir(parents=True)
    return var_dir


def remove_var_dir(var_dir: Path) -> None:
    stop_leftover_server(var_dir / "pgdata")
    shutil.rmtree(var_dir, ignore_errors=True)


@dataclass
class App:
    run: subprocess.Popen[bytes]
    base: str
    var_dir: Path

    @contextlib.contextmanager
    def process(self, *args: str) -> Iterator[subprocess.Popen[bytes]]:
        """Another `skillsync` process (a worker, say) on this app's database, stopped after."""
        env = {**run_env(self.var_dir), "SKILLSYNC_EMBEDDED_DATABASE_GUEST": "true"}
        proc = subprocess.Popen(
            [str(SKILLSYNC), *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            yield proc
        finally:
            with contextlib.suppress(psutil.Error):
                kill_tree(psutil.Process(proc.pid))
            proc.wait(timeout=EXIT_TIMEOUT)

    def manage(self, *args: str, timeout: float = 60) -> str:
        """A `skillsync` command against this app's database (a guest of its embedded
        server); its output."""
        env = {**run_env(self.var_dir), "SKILLSYNC_EMBEDDED_DATABASE_GUEST": "true"}
        done = subprocess.run(
            [str(SKILLSYNC), *args], env=env, capture_output=True, text=True, timeout=timeout
        )
        assert done.returncode == 0, f"skillsync {args[0]} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout


@contextlib.contextmanager
def running_app(
    *options: str,
    var_dir: Path | None = None,
    port: int | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[App]:
    """`skillsync run`, yielded once /readyz answers 200; always cleaned up. Without
    ``var_dir``, on a fresh var dir of its own (removed afterwards)."""
    owns_var_dir = var_dir is None
    if var_dir is None:
        var_dir = fresh_var_dir()
    log = var_dir / f"run-{uuid4().hex[:6]}.log"
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as log_file:
        run = subprocess.Popen(
            [str(SKILLSYNC), "run", "--host", "127.0.0.1", "--port", str(port), *options],
            env={**run_env(var_dir), **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    children: list[psutil.Process] = []
    try:
        ready: tuple[int, Any] | None = None
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline and run.poll() is None:
            with contextlib.suppress(OSError, http.client.HTTPException):
                ready = http_request(f"{base}/readyz")  # refused until uvicorn listens
                if ready[0] == 200:
                    break
            time.sleep(0.5)
        assert ready is not None, f"never answered (exit code {run.poll()})"
        status, body = ready
        assert status == 200, f"not ready (exit code {run.poll()}): {ready}"
        assert body["checks"] == {"database": "ok", "migrations": "ok"}
        children = psutil.Process(run.pid).children(recursive=True)
        yield App(run=run, base=base, var_dir=var_dir)
    except BaseException:
        print(f"--- skillsync run log (tail) ---\n{log_tail(log)}")
        raise
    finally:
        if run.poll() is None:
            kill_tree(psutil.Process(run.pid))
            run.wait(timeout=EXIT_TIMEOUT)
        for child in children:
            kill_tree(child)
        if owns_var_dir:
            remove_var_dir(var_dir)
