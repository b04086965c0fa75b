"""The exercise bank: every Python track topic finds its guide, every practice is right for
every industry (run in the sandbox), and the written tasks for other technologies give the
output their own tools give."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from skillsync.generation.offline.bank import GENERAL_GUIDE, GUIDES, Practice, guide_for
from skillsync.generation.offline.industries import GENERAL, INDUSTRIES, industry_for
from skillsync.generation.offline.nonpython import data_task
from tests.generation.offline_support import (
    PYTHON_TOPICS,
    check_all,
)

ALL_INDUSTRIES = (GENERAL, *INDUSTRIES)
EXPECTED_GUIDES = {
    "Installing Python 3.12+ and using the interactive REPL": "repl",
    "Creating virtual environments with venv": "venv",
    "Installing packages with pip and requirements files": "pip",
    "Writing and running your first Python script": "script",
    "Integers, floats and arithmetic operators": "numbers",
    "String methods and slicing": "strings",
    "Formatting strings with f-strings": "fstrings",
    "Booleans, None and truthiness": "truthiness",
    "Variables, names and dynamic typing": "variables",
    "Conditionals with if, elif and else": "conditionals",
    "for loops with range, enumerate and zip": "loops",
    "while loops, break and continue": "while",
    "Structural pattern matching with match and case": "match",
    "Lists and list methods": "lists",
    "Tuples and sequence unpacking": "tuples",
    "Dictionaries and dictionary methods": "dicts",
    "Sets and set operations": "sets",
    "Sorting with sorted() and key functions": "sorting",
    "Defining functions and returning values": "functions",
    "Positional, keyword and default arguments": "arguments",
    "Variable-length arguments with *args and **kwargs": "varargs",
    "Scope, the LEGB rule and closures": "closures",
    "Type hints for function signatures": "typing",
    "List comprehensions": "list_comprehensions",
    "Dictionary and set comprehensions": "dict_set_comprehensions",
    "Generator expressions": "generator_expressions",
    "The iterator protocol with __iter__ and __next__": "iterators",
    "Generator functions and yield": "generators",
    "Modules, packages and the import system": "modules",
    "Working with file paths using pathlib": "pathlib",
    "Reading and writing JSON and CSV files": "json_csv",
    "Handling exceptions with try, except, else and finally": "exceptions",
    "Raising and defining custom exceptions": "custom_exceptions",
    "Classes, instances and __init__": "classes",
    "Instance, class and static methods": "methods",
    "Inheritance and super()": "inheritance",
    "Dunder methods and operator overloading": "dunder",
    "Managed attributes with @property": "property",
    "Dataclasses, frozen instances and slots": "dataclasses",
    "Generics with the PEP 695 type parameter syntax": "generics",
    "Protocols and structural subtyping": "protocols",
    "TypedDict, Literal and type aliases with the type statement": "typing",
    "Static type checking with mypy": "typing",
    "Writing unit tests with pytest": "testing",
    "pytest fixtures and parametrized tests": "fixtures",
    "Mocking dependencies with unittest.mock": "mocking",
    "Linting and formatting with Ruff": "linting",
    "Configuring and packaging a project with pyproject.toml": "pyproject",
    "Writing function decorators": "decorators",
    "Context managers and the with statement": "context_managers",
    "Building context managers with contextlib": "contextlib",
    "Caching and partial application with functools": "functools",
    "Descriptors and attribute lookup": "descriptors",
    "Threads and the global interpreter lock": "threads",
    "Thread and process pools with concurrent.futures": "pools",
    "Coroutines with async and await": "asyncio",
    "Structured concurrency with asyncio.TaskGroup": "taskgroup",
    "Profiling Python code with cProfile": "profiling",
}


def test_every_python_track_topic_finds_its_own_guide() -> None:
    assert {topic: guide_for(topic).key for topic in PYTHON_TOPICS} == EXPECTED_GUIDES


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Healthcare", "healthcare"),
        ("FinTech", "finance"),
        ("e-commerce", "retail"),
        ("supply chain", "logistics"),
        ("", "general"),
        ("general", "general"),
        ("agriculture", "general"),
    ],
)
def test_an_industry_is_found_by_its_name_or_an_alias(name, key) -> None:
    assert industry_for(name).key == key


def _every_practice() -> list[tuple[str, int, Practice]]:
    """Each practice of each guide, for the general industry and — turn about — for one
    other, so every practice and every industry is run."""
    made = []
    for index, guide in enumerate((*GUIDES, GENERAL_GUIDE)):
        for number, make in enumerate(guide.practice):
            other = INDUSTRIES[(index + number) % len(INDUSTRIES)]
            made += [(guide.key, number, make(GENERAL)), (guide.key, number, make(other))]
    return made


def test_every_practice_builds_for_every_industry() -> None:
    for guide in (*GUIDES, GENERAL_GUIDE):
        assert len(guide.practice) >= 2, guide.key
        assert guide.concepts, guide.key
        assert guide.terms, guide.key
        assert guide.pitfalls, guide.key
        assert len(guide.steps) >= 3, guide.key
        for make in guide.practice:
            for industry in ALL_INDUSTRIES:
                practice = make(industry)
                assert practice.expected.strip(), (guide.key, industry.key)
                assert practice.starter != practice.solution
                compile(practice.solution, "solution.py", "exec")
                compile(practice.starter, "starter.py", "exec")


def test_every_practice_passes_in_the_sandbox() -> None:
    practices = _every_practice()
    exercises = [
        {
            "title": f"{key}/{number}",
            "solution": p.solution,
            "starter_code": p.starter,
            "expected_output": p.expected,
        }
        for key, number, p in practices
    ]

    verdicts = check_all(exercises)

    assert [
        (e["title"], v.code, v.solution.stderr[-200:]) for e, v in verdicts if not v.passed
    ] == []


def _run(command: list[str], cwd: Path) -> str:
    return subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, timeout=60, check=True
    ).stdout


@pytest.mark.parametrize("industry", ALL_INDUSTRIES, ids=lambda i: i.key)
def test_the_sql_task_gives_what_a_database_gives(industry) -> None:
    task = data_task("sql", industry)
    assert task is not None
    statements = [s for s in task["solution"].split(";") if s.strip()]
    database = sqlite3.connect(":memory:")
    database.executescript(";".join(statements[:-1]) + ";")

    cursor = database.execute(statements[-1])

    header = " | ".join(column[0] for column in cursor.description)
    rows = "".join(" | ".join(map(str, row)) + "\n" for row in cursor.fetchall())
    assert f"{header}\n{rows}" == task["expected"]


@pytest.mark.parametrize(
    ("language", "file", "command"),
    [
        ("shell", "report.sh", ["bash", "report.sh"]),
        ("javascript", "report.js", ["node", "report.js"]),
        ("java", "Report.java", ["java", "Report.java"]),
    ],
)
def test_the_written_tasks_give_what_their_tools_give(language, file, command, tmp_path) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed here")
    industries = ALL_INDUSTRIES if language != "java" else (INDUSTRIES[0],)  # java is slow
    for industry in industries:
        task = data_task(language, industry)
        assert task is not None
        (tmp_path / file).write_text(task["solution"])

        assert _run(command, tmp_path) == task["expected"]


def test_the_rust_task_gives_what_rust_gives(tmp_path: Path) -> None:
    if shutil.which("rustc") is None:
        pytest.skip("rustc is not installed here")
    task = data_task("rust", INDUSTRIES[1])
    assert task is not None
    (tmp_path / "main.rs").write_text(task["solution"])

    _run(["rustc", "--edition", "2021", "-o", "report", "main.rs"], tmp_path)

    assert _run(["./report"], tmp_path) == task["expected"]
