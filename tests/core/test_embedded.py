"""The embedded PostgreSQL server, exercised with real processes.

Each scenario runs the server from separate Python processes (as web, worker and CLI do), so
attach, crash and atexit behave as they do for real. No Django test database is used.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from uuid import uuid4

import psutil
import pytest
from django.conf import settings

from skillsync.core.db.embedded import HANDLE_LIST, prune_dead_handles
from skillsync.settings.base import database_settings
from tests.processes import is_running, wait_until

# Attaches to the server under argv[1], ensures database argv[2], runs SELECT 1, prints one
# JSON line describing what it saw. Flags: "hold" keeps it attached until stdin closes;
# "subreaper" makes it adopt orphans (the postmaster) like a container's PID 1 that never
# reaps them; "start-at=<epoch>" lines several processes up on the same instant.
ATTACH_SCRIPT = """
import ctypes, json, os, sys, time
from pathlib import Path

import psycopg

from skillsync.core.db.embedded import ensure_server

var_dir, database, *flags = sys.argv[1:]
if "subreaper" in flags:
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
for flag in flags:
    if flag.startswith("start-at="):
        time.sleep(max(0.0, float(flag.removeprefix("start-at=")) - time.time()))
server = ensure_server(Path(var_dir), database)
with psycopg.connect(server.conninfo("postgres"), connect_timeout=10) as conn:
    one = conn.execute("SELECT 1").fetchone()[0]
    databases = [row[0] for row in conn.execute("SELECT datname FROM pg_database")]
report = {
    "pid": os.getpid(),
    "postmaster": int((server.pgdata / "postmaster.pid").read_text().split()[0]),
    "one": one,
    "databases": databases,
    "handles": json.loads((server.pgdata / ".handle_pids.json").read_text()),
}
print(json.dumps(report), flush=True)
if "hold" in flags:
    sys.stdin.read()
"""

PYTHON = str(Path(sys.executable))
STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


@dataclass
class Client:
    """A Python process attached to the embedded server."""

    proc: subprocess.Popen[str]
    stderr: IO[bytes] = field(repr=False)

    def errors(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")[-4000:]

    def report(self) -> dict[str, Any]:
        """The JSON line the process prints once it is attached and SELECT 1 worked."""
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], STARTUP_TIMEOUT)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT)
            pytest.fail(f"attach failed (exit {self.proc.returncode}):\n{self.errors()}")
        report: dict[str, Any] = json.loads(line)
        return report

    def release(self) -> None:
        """Let a holding process exit normally (its atexit detaches it from the server)."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        returncode = self.proc.wait(timeout=STOP_TIMEOUT + 20)
        assert returncode == 0, self.errors()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=STOP_TIMEOUT)


Attach = Callable[..., Client]


def _child_env() -> dict[str, str]:
    env = os.environ.copy()
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def _postmaster_pid(pgdata: Path) -> int:
    return int((pgdata / "postmaster.pid").read_text().split()[0])


def _handles(pgdata: Path) -> list[int]:
    path = pgdata / HANDLE_LIST
    return json.loads(path.read_text()) if path.exists() else []


def _stop_leftover_server(pgdata: Path) -> None:
    """Safety net for failed tests: never leave a server of ours running."""
    try:
        pid = _postmaster_pid(pgdata)
    except (OSError, ValueError, IndexError):
        return
    with contextlib.suppress(psutil.Error):
        proc = psutil.Process(pid)
        if not is_running(pid) or str(pgdata) not in proc.cmdline():
            return
        proc.send_signal(signal.SIGINT)  # PostgreSQL's "fast" shutdown
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except psutil.TimeoutExpired:
            proc.kill()


@pytest.fixture
def var_dir() -> Iterator[Path]:
    # Under the repository's var/: as root the server runs as another user, which must be able
    # to traverse every parent folder (it cannot in /tmp's private test folders).
    path = Path(settings.BASE_DIR) / "var" / f"test-embedded-{uuid4().hex[:8]}"
    path.mkdir(parents=True)
    try:
        yield path
    finally:
        _stop_leftover_server(path / "pgdata")
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def attach(var_dir: Path) -> Iterator[Attach]:
    clients: list[Client] = []
    files = contextlib.ExitStack()

    def start(*flags: str, database: str = "postgres") -> Client:
        stderr = files.enter_context(tempfile.TemporaryFile())  # noqa: SIM115 - closed at teardown
        proc = subprocess.Popen(
            [PYTHON, "-c", ATTACH_SCRIPT, str(var_dir), database, *flags],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=_child_env(),
            text=True,
        )
        clients.append(Client(proc, stderr))
        return clients[-1]

    with files:
        try:
            yield start
        finally:
            for client in clients:
                if client.proc.poll() is None:
                    client.kill()
                for stream in (client.proc.stdin, client.proc.stdout):
                    if stream is not None:
                        stream.close()


def test_attach_prunes_a_killed_process_and_the_last_exit_stops_the_server(
    var_dir: Path, attach: Attach
) -> None:
    pgdata = var_dir / "pgdata"
    # given: a process attached to the server, then killed without a chance to detach
    first = attach("hold")
    crashed = first.report()
    first.kill()
    assert crashed["pid"] in _handles(pgdata)
    assert is_running(crashed["postmaster"]), "the server outlives a SIGKILLed client"

    # when: another process attaches to the same data directory
    second = attach()
    attached = second.report()

    # then: it uses the same server, and the dead pid is no longer a handle
    assert attached["one"] == 1
    assert attached["postmaster"] == crashed["postmaster"]
    assert crashed["pid"] not in attached["handles"]
    assert attached["pid"] in attached["handles"]

    # and when it exits normally, it was the last handle: the server is stopped, not leaked
    second.proc.wait(timeout=STOP_TIMEOUT + 20)
    assert second.proc.returncode == 0, second.errors()
    assert wait_until(lambda: not is_running(crashed["postmaster"]), STOP_TIMEOUT)
    assert _handles(pgdata) == []


def test_attach_after_the_postmaster_was_killed_starts_a_fresh_server(
    var_dir: Path, attach: Attach
) -> None:
    pgdata = var_dir / "pgdata"
    # given: a server whose postmaster was SIGKILLed, leaving a stale postmaster.pid
    first = attach("hold")
    killed = first.report()["postmaster"]
    os.kill(killed, signal.SIGKILL)
    # Wait for init to collect it: an unreaped (zombie) postmaster is the next test's case.
    assert wait_until(lambda: not psutil.pid_exists(killed), STOP_TIMEOUT)
    assert _postmaster_pid(pgdata) == killed
    first.release()  # detaching from a dead server must not fail either

    # when: the next process attaches
    second = attach()
    attached = second.report()

    # then: a fresh server answers, and it stops when that process exits
    assert attached["one"] == 1
    assert attached["postmaster"] != killed
    second.proc.wait(timeout=STOP_TIMEOUT + 20)
    assert second.proc.returncode == 0, second.errors()
    assert wait_until(lambda: not is_running(attached["postmaster"]), STOP_TIMEOUT)


def test_the_last_exit_stops_a_server_restarted_after_its_postmaster_was_killed(
    attach: Attach,
) -> None:
    # given: a process still attached when its postmaster was killed
    first = attach("hold")
    killed = first.report()["postmaster"]
    os.kill(killed, signal.SIGKILL)
    assert wait_until(lambda: not psutil.pid_exists(killed), STOP_TIMEOUT)
    # and: a second process that started a fresh server and exited (not the last handle)
    second = attach()
    fresh = second.report()["postmaster"]
    second.proc.wait(timeout=STOP_TIMEOUT + 20)
    assert is_running(fresh)

    # when: the first process, now the last handle, exits normally
    first.release()

    # then: the fresh server is stopped (the exit waits for `pg_ctl stop`: no grace needed)
    assert wait_until(lambda: not is_running(fresh), 2.0)


def test_attach_while_the_killed_postmaster_is_an_unreaped_zombie(
    var_dir: Path, attach: Attach
) -> None:
    # given: the postmaster's adoptive parent never reaps it (like a container's PID 1)
    reaper = attach("hold", "subreaper")
    killed = reaper.report()["postmaster"]
    os.kill(killed, signal.SIGKILL)
    assert wait_until(lambda: not is_running(killed), STOP_TIMEOUT)
    assert psutil.pid_exists(killed)  # a zombie

    # when / then: the next process still gets a working server
    attached = attach().report()
    assert attached["one"] == 1
    assert attached["postmaster"] != killed


def test_ensure_server_creates_the_database_even_from_concurrent_processes(
    var_dir: Path, attach: Attach
) -> None:
    # given: three processes that attach to a fresh data directory at the same instant
    start_at = f"start-at={time.time() + 1.0}"
    clients = [attach("hold", start_at, database="some_db") for _ in range(3)]

    # when: they have all attached
    reports = [client.report() for client in clients]

    # then: one server, one database, no failure
    assert {report["postmaster"] for report in reports} == {reports[0]["postmaster"]}
    assert all("some_db" in report["databases"] for report in reports)
    assert sorted(_handles(var_dir / "pgdata")) == sorted(report["pid"] for report in reports)
    for client in clients:
        client.release()
    assert wait_until(lambda: not is_running(reports[0]["postmaster"]), STOP_TIMEOUT)


def test_prune_dead_handles_keeps_live_pids_and_drops_dead_ones(tmp_path: Path) -> None:
    # given: a handle list naming this process and one that has exited
    dead = subprocess.Popen(["true"])
    dead.wait(timeout=10)
    (tmp_path / HANDLE_LIST).write_text(json.dumps([os.getpid(), dead.pid]))

    # when
    removed = prune_dead_handles(tmp_path)

    # then
    assert removed == [dead.pid]
    assert json.loads((tmp_path / HANDLE_LIST).read_text()) == [os.getpid()]


def test_prune_dead_handles_without_a_handle_list(tmp_path: Path) -> None:
    assert prune_dead_handles(tmp_path) == []
    assert not (tmp_path / HANDLE_LIST).exists()


def test_database_settings_refuses_other_engines() -> None:
    with pytest.raises(ValueError, match="PostgreSQL"):
        database_settings("mysql://u@h/db")


def test_database_settings_for_an_external_postgresql() -> None:
    config = database_settings("postgres://postgres@127.0.0.1:5432/x")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "x"


def test_database_settings_without_a_url_use_the_embedded_server() -> None:
    assert database_settings("")["ENGINE"] == "skillsync.core.db.embedded_backend"
