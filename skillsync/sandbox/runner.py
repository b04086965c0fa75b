"""Running untrusted Python (learners' exercise code written by a language model).

Defence in depth; each layer is attacked in ``tests/sandbox/test_runner.py``.

1. **Separate process, nothing inherited.** The code runs in a new interpreter (this one's
   binary) started as ``python -I -S -B -X utf8`` with an *empty* environment, so no secret of
   ours (``os.environ``) reaches it; its working directory is a fresh temporary directory,
   deleted afterwards; stdin, stdout and stderr are pipes, and only the first
   ``OUTPUT_LIMIT`` bytes of each output are kept (the rest is drained and dropped, with a
   marker). Guarantees: no secrets in its environment, no shared files descriptors, output
   cannot exhaust our memory. Does not guarantee anything about what the code may *do*.
2. **Resource limits** (``setrlimit`` in the child before ``exec``): CPU seconds, address space
   (``memory_mb``), file size, open files, no core files, and a process count. The process runs
   in its own session, and the parent kills the whole process group (``killpg``) when the
   wall-clock limit passes. Guarantees: bounded CPU, memory per process, disk per file, wall
   time. Does not guarantee: a process bound (``RLIMIT_NPROC`` is not enforced for root, or for
   any process with ``CAP_SYS_RESOURCE``/``CAP_SYS_ADMIN``), and a process that starts a new
   session escapes ``killpg`` (layers 3 and 4 cover both).
3. **Linux namespaces** when ``unshare -Ur`` works (detected once): new user, network, PID,
   mount, IPC and UTS namespaces. The network namespace has only a loopback interface, down:
   no connection to anything, ours or the world's. In the PID namespace a small ``sh`` is
   PID 1 and the interpreter its child; every process the code starts lives and dies with the
   namespace, which our ``killpg`` ends. In the mount namespace the project directory,
   ``/home``, ``/root`` and ``/run`` (local services' Unix sockets, which a network namespace
   does not cut) are covered by empty ``tmpfs`` mounts (each one unless the interpreter lives
   inside it). Does not guarantee: file-system isolation beyond those directories (root
   inside maps to our own user, so what we can read it can read: a Unix socket elsewhere, say
   in ``/tmp``, stays reachable without layer 4), a bound
   on the number of processes (no cgroup ``pids.max``: a fork bomb runs until the time limit).
   When ``unshare`` is unavailable this layer is skipped and ``RunResult.isolation`` says so.
4. **An audit hook** (``bootstrap.py``, PEP 578) installed before the code runs. It denies
   sockets (but a Unix socket pair, which ``asyncio`` makes for itself, can be created; it
   cannot connect, bind or send to an address), subprocesses (``subprocess`` imports, its
   process starter is replaced), ``os.system``/``exec*``/``fork``/``posix_spawn``/``kill``,
   ``ctypes`` and other native escape hatches (import of ``ctypes``, ``_posixsubprocess``,
   subinterpreters, ``_test*``), opening files for writing outside the sandbox directory,
   reading anything but the sandbox directory, the standard library and ``/dev/null``,
   ``/dev/zero``, ``/dev/urandom`` (so ``/etc/passwd``, ``/etc/shadow``, ``/proc/self/environ``,
   the project, ``/root`` and ``/home`` are refused), ``chdir``, links, and installing another
   hook, tracer or profiler. Changing the hook's code or defaults is an audited event it
   denies. Does not guarantee: PEP 578 hooks are not a security boundary; a bug in CPython or
   in a C extension can bypass them, and unaudited calls remain (``os.stat`` shows whether a
   path exists; ``os.pidfd_open`` with ``signal.pidfd_send_signal`` can signal a process of
   the same user, which layer 3's PID namespace hides). The hook and its helpers hold no
   closure and look up no global or builtin name: a refusal's traceback shows their frame,
   and a closure cell or a builtin can be changed without an audited event. Layers 1-3 hold
   without it.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import math
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

OUTPUT_LIMIT = 64 * 1024
OPEN_FILES_LIMIT = 64
FILE_SIZE_LIMIT = 16 * 1024 * 1024
PROCESS_LIMIT = 64
# Interpreter and namespace start-up time, on top of the code's own time limit.
START_UP_SLACK = 0.5
PROJECT_DIR = Path(__file__).resolve().parents[2]
BOOTSTRAP = Path(__file__).with_name("bootstrap.py")
# /run holds local services' Unix sockets (PostgreSQL's among them): a network namespace does
# not cut a path-based Unix socket, covering the directory does.
HIDDEN_DIRS = (str(PROJECT_DIR), "/home", "/root", "/run")


class Isolation(enum.StrEnum):
    PROCESS = "process"  # layers 1 and 2
    NAMESPACES = "namespaces"  # layer 3
    AUDIT_HOOK = "audit_hook"  # layer 4


@dataclass(frozen=True)
class RunResult:
    stdout: str
    stderr: str
    exit_code: int | None
    timed_out: bool
    killed_reason: str | None
    duration_ms: int
    isolation: tuple[Isolation, ...]


@dataclass(frozen=True)
class Layers:
    """Which optional layers to use; tests turn one off to attack the others alone."""

    namespaces: bool = True
    audit_hook: bool = True


def run_python(
    code: str,
    *,
    stdin: str = "",
    time_limit: float = 5,
    memory_mb: int = 256,
    layers: Layers = Layers(),
) -> RunResult:
    interpreter = os.path.realpath(sys.executable)
    isolation = [Isolation.PROCESS]
    command = [interpreter, "-I", "-S", "-B", "-X", "utf8"]
    sandbox = tempfile.mkdtemp(prefix="skillsync-sandbox-")
    try:
        Path(sandbox, "main.py").write_text(code, encoding="utf-8")
        if layers.audit_hook:
            isolation.append(Isolation.AUDIT_HOOK)
            command += ["-c", BOOTSTRAP.read_text(encoding="utf-8"), sandbox, *stdlib_dirs()]
        else:
            command += ["main.py"]
        if layers.namespaces and namespaces_available():
            isolation.append(Isolation.NAMESPACES)
            command = namespace_prefix(interpreter) + command
        started = time.monotonic()
        process = subprocess.Popen(  # noqa: S603 - a fixed argv, no shell
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=sandbox,
            env={},
            start_new_session=True,
            close_fds=True,
            preexec_fn=functools.partial(limit_resources, time_limit, memory_mb),
        )
        out, err = _Drain(process.stdout), _Drain(process.stderr)
        threading.Thread(target=_feed, args=(process.stdin, stdin), daemon=True).start()
        timed_out = False
        try:
            process.wait(timeout=time_limit + START_UP_SLACK)
        except subprocess.TimeoutExpired:
            timed_out = True
        _kill_group(process.pid)  # also whatever the code left behind in its group
        process.wait()
        duration_ms = round((time.monotonic() - started) * 1000)
        stdout, stderr = out.text(), err.text()
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)
    exit_code, signal_number = _status(
        process.returncode, namespaced=Isolation.NAMESPACES in isolation
    )
    return RunResult(
        stdout=stdout,
        stderr=stderr,
        exit_code=None if timed_out or signal_number else exit_code,
        timed_out=timed_out,
        killed_reason=_killed_reason(timed_out, signal_number, stderr),
        duration_ms=duration_ms,
        isolation=tuple(isolation),
    )


def limit_resources(time_limit: float, memory_mb: int) -> None:
    """In the child, between fork and exec: only async-signal-safe-ish calls, no imports."""
    cpu = max(1, math.ceil(time_limit))
    memory = memory_mb * 1024 * 1024
    for limit, value in (
        (resource.RLIMIT_CPU, (cpu, cpu + 1)),
        (resource.RLIMIT_AS, (memory, memory)),
        (resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT)),
        (resource.RLIMIT_NOFILE, (OPEN_FILES_LIMIT, OPEN_FILES_LIMIT)),
        (resource.RLIMIT_CORE, (0, 0)),
        (resource.RLIMIT_NPROC, (PROCESS_LIMIT, PROCESS_LIMIT)),
    ):
        resource.setrlimit(limit, value)


@functools.cache
def namespaces_available() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    try:
        probe = subprocess.run(  # noqa: S603 - a fixed argv, no shell
            [unshare, "--user", "--map-root-user", "--net", "--pid", "--fork", "true"],
            capture_output=True,
            timeout=5,
            env={},
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def namespace_prefix(interpreter: str) -> list[str]:
    """``unshare`` into fresh namespaces, then a ``sh`` as PID 1 that covers the directories
    to hide and runs the interpreter as its child: PID 1 of a namespace ignores the signals
    it has no handler for (``SIGXCPU`` included), an ordinary child does not."""
    hidden = [d for d in HIDDEN_DIRS if os.path.isdir(d) and not _inside(interpreter, d)]
    mounts = "".join(f"mount -t tmpfs -o size=4k,mode=000 none '{d}' && " for d in hidden)
    return [
        str(shutil.which("unshare")),
        "--user",
        "--map-root-user",
        "--net",
        "--pid",
        "--fork",
        "--mount-proc",
        "--ipc",
        "--uts",
        "--kill-child=SIGKILL",
        "/bin/sh",
        "-c",
        mounts + '"$@"; exit $?',
        "sh",
    ]


def stdlib_dirs() -> list[str]:
    """The directories the standard library imports from in an isolated interpreter."""
    return sorted({os.path.realpath(p) for p in sys.path if p.startswith(sys.base_prefix)})


def _inside(path: str, directory: str) -> bool:
    return path == directory or path.startswith(directory.rstrip("/") + "/")


def _status(returncode: int, *, namespaced: bool) -> tuple[int, int | None]:
    """The exit code and the terminating signal. Under ``sh`` a signal shows as 128 + n."""
    if returncode < 0:
        return returncode, -returncode
    if namespaced and returncode > 128 and returncode - 128 in signal.Signals:
        return returncode, returncode - 128
    return returncode, None


def _killed_reason(timed_out: bool, signal_number: int | None, stderr: str) -> str | None:
    if timed_out:
        return "timeout"
    if signal_number in (signal.SIGXCPU, signal.SIGKILL):
        return "cpu_time"
    if signal_number == signal.SIGXFSZ:
        return "file_size"
    if signal_number is not None:
        return f"signal {signal.Signals(signal_number).name}"
    if stderr.rstrip().endswith("MemoryError"):
        return "memory"
    return None


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def _feed(pipe: IO[bytes] | None, text: str) -> None:
    if pipe is None:
        return
    try:
        pipe.write(text.encode("utf-8"))
    except (BrokenPipeError, OSError):
        pass
    finally:
        with contextlib.suppress(OSError):
            pipe.close()


class _Drain:
    """Reads a pipe to its end in a thread, keeping the first ``OUTPUT_LIMIT`` bytes."""

    def __init__(self, pipe: IO[bytes] | None) -> None:
        self._kept = bytearray()
        self._dropped = 0
        self._thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._thread.start()

    def _read(self, pipe: IO[bytes] | None) -> None:
        if pipe is None:
            return
        with pipe:
            read: Callable[[int], bytes] = pipe.read1  # type: ignore[attr-defined]
            while chunk := read(65536):
                room = OUTPUT_LIMIT - len(self._kept)
                self._kept += chunk[:room]
                self._dropped += max(0, len(chunk) - room)

    def text(self) -> str:
        self._thread.join(timeout=2)
        text = self._kept.decode("utf-8", errors="replace")
        if self._dropped:
            text += f"\n[output truncated: {self._dropped} more bytes dropped]"
        return text
