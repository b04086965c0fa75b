"""What the exercise bank is made of: a guide per topic (what to know, what goes wrong, the
steps of the idea) and its practice, written once for every industry's data.

A practice's expected output is computed here from the same rows its code prints, so an
exercise is right for every industry without running it; the tests run every practice of every
guide for every industry in the sandbox to prove it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

from skillsync.generation.offline.industries import Industry


@dataclass(frozen=True)
class Practice:
    title: str
    objective: str
    instructions: str
    setup: str  # the code the starter and the solution both begin with
    todo: str  # what the starter has where the solution has ``answer``
    answer: str
    expected: str  # what the solution prints
    hints: tuple[str, ...]
    tail: str = ""  # code both end with (usually the calls that print)
    language: str = "python"

    @property
    def starter(self) -> str:
        return _joined(self.setup, self.todo, self.tail)

    @property
    def solution(self) -> str:
        return _joined(self.setup, self.answer, self.tail)


PracticeFor = Callable[[Industry], Practice]


@dataclass(frozen=True)
class TopicGuide:
    key: str
    keywords: tuple[str, ...]  # words and phrases of a topic that mean this guide
    concepts: tuple[str, ...]  # short, for key_concepts
    terms: tuple[tuple[str, str], ...]  # (term, definition) for beginners
    pitfalls: tuple[str, ...]  # mistakes and edge cases, for intermediate and advanced
    steps: tuple[str, ...]  # the idea in order, for the diagram
    practice: tuple[PracticeFor, ...] = field(default=())
    search: str = ""  # what to search for on a video site, besides the topic


def _joined(*parts: str) -> str:
    return "\n".join(part.rstrip("\n") for part in parts if part.strip()) + "\n"


def code(text: str) -> str:
    """A code block written indented in a Python source, dedented."""
    return textwrap.dedent(text).strip("\n") + "\n"


def indented(text: str, levels: int = 1) -> str:
    """A code block for the inside of a function (or, with ``levels=2``, of a method)."""
    return textwrap.indent(code(text), "    " * levels)


def out(*lines: object) -> str:
    """Expected output: one printed line per item."""
    return "".join(f"{line}\n" for line in lines)


def rows_code(industry: Industry, name: str | None = None) -> str:
    """The industry's rows as a Python list literal assigned to ``name``."""
    rows = "".join(f"    {row!r},\n" for row in industry.rows)
    return f"{name or industry.records} = [\n{rows}]\n"


def rows_and_names(industry: Industry) -> str:
    """The rows, then ``names``: the list of their names."""
    return rows_code(industry) + f"names = [row[0] for row in {industry.records}]\n"


def class_name(industry: Industry) -> str:
    """The name of a class for one row: ``Patient``."""
    return industry.record.capitalize()


def unpack(industry: Industry) -> str:
    """The loop target that unpacks one row: ``name, ward, heart_rate``."""
    return f"name, {industry.group}, {industry.measure}"
