"""Progress bars are drawn for a person at a terminal, and never into a file, a pipe or a log."""

from __future__ import annotations

import io

import pytest
from django.core.management.base import OutputWrapper

from skillsync.management.progress import DISABLE_VARIABLE, progress, progress_bar, wanted
from tests.management.conftest import Terminal


def test_a_terminal_gets_a_bar_that_ends_at_the_total() -> None:
    terminal = Terminal()

    items = list(progress(range(3), desc="lessons", total=3, unit="lesson", stream=terminal))

    assert items == [0, 1, 2]
    drawn = terminal.getvalue()
    assert drawn.startswith("\rlessons:   0%")
    assert "3/3" in drawn
    assert "lesson/s" in drawn
    assert drawn.endswith("\n")  # left on screen once done


def test_a_file_or_pipe_gets_nothing_and_every_item() -> None:
    log = io.StringIO()

    assert list(progress(range(3), desc="lessons", stream=log)) == [0, 1, 2]
    with progress_bar(desc="waiting", total=2, stream=log) as bar:
        bar.update(2)

    assert log.getvalue() == ""


def test_switched_off_a_terminal_gets_nothing_either(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    assert list(progress(range(2), desc="x", stream=terminal, enabled=False)) == [0, 1]

    monkeypatch.setenv(DISABLE_VARIABLE, "1")
    assert not wanted(terminal)
    with progress_bar(desc="waiting", total=1, stream=terminal) as bar:
        bar.update(1)

    assert terminal.getvalue() == ""


def test_a_bar_moved_by_hand_shows_where_it_is() -> None:
    terminal = Terminal()

    with progress_bar(desc="generations", total=4, unit="lesson", stream=terminal) as bar:
        bar.update(3)

    assert "generations:  75%" in terminal.getvalue()
    assert "3/4" in terminal.getvalue()


def test_a_commands_wrapped_stream_is_drawn_on_without_a_newline_per_redraw() -> None:
    terminal = Terminal()

    list(progress(range(50), desc="lessons", stream=OutputWrapper(terminal)))

    assert terminal.getvalue().count("\n") == 1  # the bar's last state, kept
    assert "50/50" in terminal.getvalue()
