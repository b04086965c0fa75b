"""Progress bars for long command-line jobs (management commands, ``python -m bench``), with
tqdm.

A bar is drawn only for a person watching: on a terminal, unless switched off (``--no-progress``
on the commands). Redirected to a file or a pipe — a test, CI's log, cron — nothing is written,
so logs keep only the commands' own lines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from django.core.management.base import OutputWrapper
from tqdm import tqdm

# Set to any value: never draw a bar (what ``--no-progress`` does, for a whole process tree).
DISABLE_VARIABLE = "SKILLSYNC_NO_PROGRESS"


def _raw(stream: IO[str] | Any | None) -> IO[str] | Any:
    """The stream to draw on: standard error by default; under a management command's
    ``OutputWrapper`` (``self.stderr``), which ends every write with a newline and so would
    print each redraw of a bar on a line of its own, the stream it wraps."""
    if stream is None:
        return sys.stderr
    if isinstance(stream, OutputWrapper):
        return stream._out
    return stream


def wanted(stream: IO[str] | Any | None = None, *, enabled: bool = True) -> bool:
    """Whether to draw bars on ``stream`` (standard error by default)."""
    stream = _raw(stream)
    if not enabled or os.environ.get(DISABLE_VARIABLE):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def progress[T](
    iterable: Iterable[T],
    *,
    desc: str,
    total: int | None = None,
    unit: str = "it",
    stream: IO[str] | Any | None = None,
    enabled: bool = True,
    leave: bool = True,
) -> Iterator[T]:
    """``iterable``, with a bar on ``stream`` while it is consumed (when ``wanted``)."""
    stream = _raw(stream)
    if not wanted(stream, enabled=enabled):
        yield from iterable
        return
    with tqdm(
        iterable, desc=desc, total=total, unit=unit, file=stream, leave=leave, dynamic_ncols=True
    ) as bar:
        yield from bar


@contextmanager
def progress_bar(
    *,
    desc: str,
    total: float | None = None,
    unit: str = "it",
    stream: IO[str] | Any | None = None,
    enabled: bool = True,
    leave: bool = True,
) -> Iterator[tqdm[Any]]:
    """A bar to move by hand (``bar.update(n)``, ``bar.set_postfix_str(...)``); a silent one
    when not ``wanted``."""
    stream = _raw(stream)
    with tqdm(
        desc=desc,
        total=total,
        unit=unit,
        file=stream,
        leave=leave,
        dynamic_ncols=True,
        disable=not wanted(stream, enabled=enabled),
    ) as bar:
        yield bar
