"""Checks the fakes' own tests share: a fake run as a process, and a stop that must not wait for
a hanging answer."""

from __future__ import annotations

import contextlib
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.fakes.http_fake import FakeServer

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class FakeProcess:
    process: subprocess.Popen[str]
    variable: str  # the name it printed its URL as
    url: str  # its base URL


@contextlib.contextmanager
def fake_process(module: str, *, time_scale: float, timeout: float = 20) -> Iterator[FakeProcess]:
    """Run ``python -m <module>`` on a free port until the block ends (killed if it still runs
    then), after reading the URL it prints."""
    command = [sys.executable, "-m", module, "--port", "0", "--time-scale", str(time_scale)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], timeout)
        assert ready, "the fake server printed nothing in time"
        variable, _, url = process.stdout.readline().strip().partition("=")
        yield FakeProcess(process, variable, url)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)


def assert_stop_drops_hanging_request(
    fake: FakeServer[Any, Any], send: Callable[[], object]
) -> None:
    """``send`` a request that ``fake`` was scripted to hang on, then stop the fake: the stop
    must be quick, and the request dropped rather than answered."""
    errors: list[Exception] = []

    def call() -> None:
        try:
            send()
        except httpx.HTTPError as exc:
            errors.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    fake.stop()
    thread.join(timeout=5)
    assert not thread.is_alive(), "the request still waits"
    assert time.monotonic() - started < 3, "the stop waited for the hanging answer"
    assert errors, "the request was answered"
