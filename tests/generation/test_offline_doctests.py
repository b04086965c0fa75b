"""Interactive examples in passages turned into scripts whose output is known without running
them — and then run, to prove it."""

from __future__ import annotations

import pytest

from skillsync.generation.offline.doctests import DoctestRun, doctest_runs
from skillsync.research.sources.offline import library
from skillsync.sandbox.exercises import exercise_check
from tests.generation.offline_support import check_all


def _runs(text: str, title: str = "Example") -> list[DoctestRun]:
    return doctest_runs(text, passage_id="p_example00001", title=title)


def test_an_echoed_expression_is_printed_with_repr_and_its_output_is_expected() -> None:
    text = """
    Stripping:

       >>> 'MiscTests'.removesuffix('Tests')
       'Misc'
       >>> x, y = 3, 4
       >>> x, y   # a tuple without parentheses
       (3, 4)
       >>> print('done')
       done
    """

    (run,) = _runs(text)

    assert run.solution == (
        "print(repr('MiscTests'.removesuffix('Tests')))\n"
        "x, y = 3, 4\n"
        "print(repr((x, y)))  # a tuple without parentheses\n"
        "print('done')\n"
    )
    assert run.expected == "'Misc'\n(3, 4)\ndone\n"
    assert run.starter.endswith(
        "# TODO: the last step — make the script print the final line(s) shown above.\n"
    )
    assert "print('done')" not in run.starter
    assert exercise_check(run.solution, run.starter, run.expected).passed


@pytest.mark.parametrize(
    ("example", "why"),
    [
        (
            ">>> 1/0\nTraceback (most recent call last):\n  ...\n"
            "ZeroDivisionError: division by zero",
            "traceback",
        ),
        (">>> object()\n<object object at 0x7f3a2c1b0f30>", "address"),
        (">>> list(range(100))\n[0, 1, 2, ...]", "ellipsis"),
        (">>> import random\n>>> random.random()\n0.37", "randomness"),
        (">>> open('data.txt').read()\n'secret'", "file access"),
        (">>> import os\n>>> os.getcwd()\n'/home'", "the operating system"),
        (">>> {'b', 'a', 'c'}\n{'a', 'b', 'c'}", "a set of several items"),
        (">>> 1 + 1\n2\n>>> _ * 3\n6", "the last value, _"),
        (">>> f()  # doctest: +SKIP\n42", "a directive"),
        (">>> '<b>' + 'x'\n'<b>x'", "markup"),
    ],
)
def test_examples_whose_output_cannot_be_trusted_are_left_out(example, why) -> None:
    runs = _runs(example)

    assert all("0x7f" not in r.expected and "..." not in r.expected for r in runs), why
    assert [r.expected for r in runs] in ([], ["2\n"]), why


def test_a_function_that_prints_is_left_out_its_none_would_be_echoed_differently() -> None:
    text = ">>> def f(a, b):\n...     print(a, b)\n>>> f(1, 2)\n1 2\n"

    assert _runs(text) == []


def test_names_the_passage_documents_are_imported_from_its_module() -> None:
    text = ">>> mean([1, 2, 3, 4, 4])\n2.8\n>>> json.dumps([1])\n'[1]'\n"

    (run,) = _runs(text, title="statistics.mean")

    assert run.imports == ("from statistics import mean", "import json")
    assert exercise_check(run.solution, run.starter, run.expected).passed


def test_a_name_nobody_defines_drops_the_example() -> None:
    assert _runs(">>> undefined_thing(3)\n9\n", title="statistics.mean") == []
    assert _runs(">>> Counter('aab')\nCounter({'a': 2, 'b': 1})\n", title="Some prose") == []


def test_a_run_ends_at_a_traceback_and_later_examples_must_stand_alone() -> None:
    text = (
        ">>> d = {'a': 1}\n>>> d['a']\n1\n>>> d['b']\nTraceback (most recent call last):\n"
        "KeyError: 'b'\n>>> d['a'] + 1\n2\n>>> len('abc')\n3\n"
    )

    runs = _runs(text)

    assert [r.expected for r in runs] == ["1\n", "3\n"]  # d['a'] + 1 needs d from before


def test_a_long_session_is_cut_into_short_runs() -> None:
    text = "".join(f">>> {n} * 2\n{n * 2}\n" for n in range(7))

    runs = _runs(text)

    assert [len(r.steps) for r in runs] == [3, 3, 1]
    assert all(r.expected.strip() for r in runs)


def test_every_usable_example_in_the_interpreters_documentation_reproduces_in_the_sandbox() -> None:
    runs = [
        (entry.title, run)
        for entry in library().entries
        if ">>>" in entry.text
        for run in doctest_runs(entry.text, passage_id="p_library00001", title=entry.title)
    ]
    exercises = [
        {
            "title": title,
            "solution": r.solution,
            "starter_code": r.starter,
            "expected_output": r.expected,
        }
        for title, r in runs
    ]

    verdicts = check_all(exercises)

    assert len(exercises) >= 80
    failed = sorted({e["title"] for e, v in verdicts if not v.passed})
    # The documentation's own typo: it shows ExceptionGroup('', (BlockingIOError())) where
    # Python prints the one-item tuple with its comma.
    assert failed == ['Compound statements: "except*" clause']
