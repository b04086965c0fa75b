"""`skillsync run` (what `make run` starts), as a real process tree on a fresh embedded server.

This always uses the embedded default path, also when the suite itself runs against an
external PostgreSQL (DATABASE_URL set in CI).
"""

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

import httpx
import psutil
import pytest
from django.conf import settings

from tests.processes import is_running, wait_until

pytestmark = pytest.mark.timeout(180)

SKILLSYNC = Path(settings.BASE_DIR) / ".venv" / "bin" / "skillsync"
READY_TIMEOUT = 90.0
EXIT_TIMEOUT = 20.0
SERVER_STOP_TIMEOUT = 15.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _request(url: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
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


def _tail(log: Path, lines: int = 60) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    return "(no log)"


def _kill_tree(proc: psutil.Process) -> None:
    with contextlib.suppress(psutil.Error):
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                child.kill()
        proc.kill()


def _stop_leftover_server(pgdata: Path) -> None:
    """Safety net for a failed run: never leave a server of ours running."""
    with contextlib.suppress(OSError, ValueError, IndexError, psutil.Error):
        server = psutil.Process(int((pgdata / "postmaster.pid").read_text().split()[0]))
        if is_running(server.pid) and str(pgdata) in server.cmdline():
            server.send_signal(signal.SIGINT)  # PostgreSQL's "fast" shutdown
            server.wait(timeout=SERVER_STOP_TIMEOUT)


def _run_env(var_dir: Path) -> dict[str, str]:
    env = os.environ.copy()
    env.pop("DJANGO_SETTINGS_MODULE", None)  # the console script's default: local settings
    env.pop("SKILLSYNC_EMBEDDED_DATABASE_GUEST", None)
    # Empty rather than absent: an empty value in the environment beats a developer's `.env`
    # line and, like an unset one, selects the embedded server.
    env["DATABASE_URL"] = ""
    env["SKILLSYNC_VAR_DIR"] = str(var_dir)
    return env


@dataclass
class App:
    run: subprocess.Popen[bytes]
    base: str
    var_dir: Path


@contextlib.contextmanager
def _running_app(
    *options: str, var_dir: Path | None = None, port: int | None = None
) -> Iterator[App]:
    """`skillsync run`, yielded once /readyz answers 200; always cleaned up. Without
    ``var_dir``, on a fresh var dir of its own (removed afterwards)."""
    # Under the repository's var/: as root the server runs as another user, which must be able
    # to traverse every parent folder of its data directory.
    owns_var_dir = var_dir is None
    if var_dir is None:
        var_dir = Path(settings.BASE_DIR) / "var" / f"test-run-{uuid4().hex[:8]}"
        var_dir.mkdir(parents=True)
    log = var_dir / f"run-{uuid4().hex[:6]}.log"
    port = port or _free_port()
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as log_file:
        run = subprocess.Popen(
            [str(SKILLSYNC), "run", "--host", "127.0.0.1", "--port", str(port), *options],
            env=_run_env(var_dir),
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
                ready = _request(f"{base}/readyz")  # refused until uvicorn listens
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
        print(f"--- skillsync run log (tail) ---\n{_tail(log)}")
        raise
    finally:
        if run.poll() is None:
            _kill_tree(psutil.Process(run.pid))
            run.wait(timeout=EXIT_TIMEOUT)
        for child in children:
            _kill_tree(child)
        if owns_var_dir:
            _stop_leftover_server(var_dir / "pgdata")
            shutil.rmtree(var_dir, ignore_errors=True)


def test_run_serves_the_app_with_a_worker_and_stops_everything_on_ctrl_c() -> None:
    # given: `skillsync run` with the default (local) settings, ready
    with _running_app() as app:
        # then: the web process answers, and a worker runs beside it on the embedded server
        assert _request(f"{app.base}/healthz") == (200, {"status": "ok"})
        children = psutil.Process(app.run.pid).children(recursive=True)
        cmdlines = [" ".join(child.cmdline()) for child in children]
        assert any("worker" in cmdline for cmdline in cmdlines), cmdlines
        postmaster = int((app.var_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
        assert is_running(postmaster)

        # when: Ctrl-C
        app.run.send_signal(signal.SIGINT)

        # then: the command exits, its children are gone, and so is the embedded server
        app.run.wait(timeout=EXIT_TIMEOUT)
        left = [child.pid for child in children if is_running(child.pid)]
        assert left == [], f"children still running: {left}"
        assert wait_until(lambda: not is_running(postmaster), SERVER_STOP_TIMEOUT), (
            "embedded PostgreSQL still running after `skillsync run` exited"
        )


def test_run_serves_the_auth_flow_over_real_http() -> None:
    # given: the web server alone, and a client that keeps cookies like a browser
    with _running_app("--no-worker") as app, httpx.Client(base_url=app.base, timeout=5) as http:
        # an anonymous client asks who it is, as the SPA does on page load
        assert http.post("/graphql", json={"query": "{ me { id } }"}).json() == {
            "data": {"me": None}
        }
        # when: it signs up
        signed_up = http.post("/graphql", json={"query": REGISTER}).json()["data"]["register"]
        # then: the refresh cookie is scoped to the auth endpoint, so /graphql never sees it
        refresh = next(c for c in http.cookies.jar if c.name == "skillsync_refresh")
        assert refresh.path == "/auth/"
        assert refresh.has_nonstandard_attr("HttpOnly")
        # and: the cookie refreshes the session through the auth endpoint
        refreshed = http.post(
            "/auth/graphql",
            json={"query": "mutation { refreshToken { accessToken user { id } } }"},
            headers={"X-SkillSync-Auth": "1", "Sec-Fetch-Site": "same-origin"},
        ).json()["data"]["refreshToken"]
        assert refreshed["user"]["id"] == signed_up["user"]["id"]
        me = http.post(
            "/graphql",
            json={"query": "{ me { email } }"},
            headers={"Authorization": f"Bearer {refreshed['accessToken']}"},
        ).json()
        assert me == {"data": {"me": {"email": "live@example.org"}}}


REGISTER = """mutation { register(email: "live@example.org", password: "a long passphrase 42") {
  accessToken user { id } } }"""


def test_a_sigkilled_run_leaves_nothing_that_blocks_the_next_run() -> None:
    var_dir = Path(settings.BASE_DIR) / "var" / f"test-run-{uuid4().hex[:8]}"
    var_dir.mkdir(parents=True)
    port = _free_port()
    try:
        # given: a running `skillsync run`, killed with SIGKILL (no chance to clean up)
        with _running_app(var_dir=var_dir, port=port) as first:
            children = psutil.Process(first.run.pid).children(recursive=True)
            first.run.kill()
            first.run.wait(timeout=EXIT_TIMEOUT)

            # then: its web server and worker follow it instead of holding the port
            assert wait_until(
                lambda: not any(is_running(child.pid) for child in children), EXIT_TIMEOUT
            ), [" ".join(c.cmdline()) for c in children if is_running(c.pid)]

        # when: it is started again on the same data and port
        with _running_app(var_dir=var_dir, port=port) as second:
            # then: it serves (the dead run's handle on the embedded server was pruned)
            assert _request(f"{second.base}/healthz") == (200, {"status": "ok"})
            postmaster = int((var_dir / "pgdata" / "postmaster.pid").read_text().split()[0])
            second.run.send_signal(signal.SIGINT)
            second.run.wait(timeout=EXIT_TIMEOUT)
            # and: a clean stop now stops the server too
            assert wait_until(lambda: not is_running(postmaster), SERVER_STOP_TIMEOUT)
    finally:
        _stop_leftover_server(var_dir / "pgdata")
        shutil.rmtree(var_dir, ignore_errors=True)
