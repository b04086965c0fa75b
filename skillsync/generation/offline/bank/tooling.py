"""Type hints and project tooling: typing, linting, pyproject.toml, profiling.

mypy, Ruff and cProfile are not in the sandbox (it has the standard library only and refuses
profiler hooks), so the learner builds the small core of each; the instructions say what the
real tool adds."""

from __future__ import annotations

import ast

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
)
from skillsync.generation.offline.industries import Industry

_LINT_SOURCE = (
    "import os\nimport json\nfrom collections import Counter\n\n\n"
    "def report(rows):   \n"
    "    flagged = [row for row in rows if row[2] > 90]  # keep only the rows flagged for review\n"
    "    return json.dumps(flagged)\n"
)


def _unused_imports(source: str) -> list[str]:
    tree = ast.parse(source)
    imported: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                imported[(alias.asname or alias.name).split(".")[0]] = node.lineno
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    return [
        f"{line}: F401 '{name}' imported but unused"
        for name, line in sorted(imported.items(), key=lambda item: item[1])
        if name not in used
    ]


def _pyproject_text(ind: Industry) -> str:
    return (
        f'[project]\nname = "{ind.key}-reports"\nversion = "0.3.1"\n'
        'requires-python = ">=3.12"\ndependencies = ["requests>=2.32", "rich>=13"]\n\n'
        '[project.optional-dependencies]\ndev = ["pytest>=8", "ruff>=0.6"]\n\n'
        "[tool.ruff]\nline-length = 100\n"
    )


def _fib_calls(n: int) -> tuple[int, int]:
    slow = fast = 0
    memo: dict[int, int] = {}

    def slow_fib(k: int) -> int:
        nonlocal slow
        slow += 1
        return k if k < 2 else slow_fib(k - 1) + slow_fib(k - 2)

    def fast_fib(k: int) -> int:
        nonlocal fast
        fast += 1
        if k not in memo:
            memo[k] = k if k < 2 else fast_fib(k - 1) + fast_fib(k - 2)
        return memo[k]

    slow_fib(n)
    fast_fib(n)
    return slow, fast


def _lint_lines(ind: Industry) -> Practice:
    lines = []
    for number, text in enumerate(_LINT_SOURCE.splitlines(), start=1):
        if len(text) > 79:
            lines.append(f"{number}: E501 line too long ({len(text)} > 79)")
        if text != text.rstrip():
            lines.append(f"{number}: W291 trailing whitespace")
    return Practice(
        title=f"A tiny linter for the {ind.domain} scripts",
        objective="Check lines for length and trailing whitespace, like Ruff's E501 and W291",
        instructions=(
            "Ruff reports problems as `line: CODE message`. For each line of SOURCE, report "
            "lines longer than 79 characters (E501) and trailing whitespace (W291). Ruff does "
            "this and hundreds more checks, fast; `ruff format` rewrites the layout."
        ),
        setup=f"SOURCE = {_LINT_SOURCE!r}\n",
        todo="# TODO: enumerate(SOURCE.splitlines(), start=1) and two checks\n",
        answer=code("""
            for number, text in enumerate(SOURCE.splitlines(), start=1):
                if len(text) > 79:
                    print(f"{number}: E501 line too long ({len(text)} > 79)")
                if text != text.rstrip():
                    print(f"{number}: W291 trailing whitespace")
        """),
        expected=out(*lines),
        hints=("`text.rstrip()` differs from `text` only when there is trailing whitespace.",),
    )


def _lint_unused(ind: Industry) -> Practice:
    return Practice(
        title="Find unused imports with the ast module",
        objective="Walk a syntax tree: collect imported names and used names",
        instructions=(
            "Parse SOURCE with `ast.parse`, collect each imported name (with its line) and "
            "every `ast.Name` used, and report the unused imports in line order as "
            "`line: F401 'name' imported but unused` — Ruff's F401."
        ),
        setup=f"import ast\n\nSOURCE = {_LINT_SOURCE!r}\n",
        todo="tree = ast.parse(SOURCE)\n# TODO: imported names, used names, report\n",
        answer=code("""
            tree = ast.parse(SOURCE)
            imported = {}
            for node in ast.walk(tree):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    for alias in node.names:
                        imported[(alias.asname or alias.name).split(".")[0]] = node.lineno
            used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
            for name, number in sorted(imported.items(), key=lambda item: item[1]):
                if name not in used:
                    print(f"{number}: F401 '{name}' imported but unused")
        """),
        expected=out(*_unused_imports(_LINT_SOURCE)),
        hints=("`ast.walk` visits every node; imports are ast.Import and ast.ImportFrom.",),
    )


def _pyproject_by_hand(ind: Industry) -> Practice:
    return Practice(
        title="What a pyproject.toml holds",
        objective="Find the tables and keys of a project's metadata",
        instructions=(
            "A pyproject.toml is TOML: `[tables]` of `key = value` lines. List each table with "
            "its keys (`[project]` holds the name, version, Python requirement and "
            "dependencies; `[tool.*]` configures tools). Real code parses it with the standard "
            "library's `tomllib` (see the next exercise); here you read the lines yourself."
        ),
        setup=f"PYPROJECT = {_pyproject_text(ind)!r}\n",
        todo="tables = {}\n# TODO: fill tables: name -> list of keys\n",
        answer=code("""
            tables = {}
            current = None
            for raw in PYPROJECT.splitlines():
                entry = raw.strip()
                if entry.startswith("[") and entry.endswith("]"):
                    current = entry[1:-1]
                    tables[current] = []
                elif "=" in entry and current is not None:
                    tables[current].append(entry.split("=", 1)[0].strip())
        """),
        tail="for table, keys in tables.items():\n    print(table, keys)\n",
        expected=out(
            "project ['name', 'version', 'requires-python', 'dependencies']",
            "project.optional-dependencies ['dev']",
            "tool.ruff ['line-length']",
        ),
        hints=("A line starting with `[` opens a table; later keys belong to it.",),
    )


def _pyproject_tomllib(ind: Industry) -> Practice:
    return Practice(
        title="Read pyproject.toml with tomllib",
        objective="Parse TOML into dicts and lists with the standard library",
        instructions=(
            "`tomllib.loads` returns nested dicts. Print the project's name, its dependencies, "
            "the optional dependency groups, and Ruff's line length plus one (it is an int)."
        ),
        setup=f"import tomllib\n\nPYPROJECT = {_pyproject_text(ind)!r}\n",
        todo="# TODO: data = tomllib.loads(PYPROJECT); four print() calls\n",
        answer=code("""
            data = tomllib.loads(PYPROJECT)
            print(data["project"]["name"])
            print(data["project"]["dependencies"])
            print(sorted(data["project"]["optional-dependencies"]))
            print(data["tool"]["ruff"]["line-length"] + 1)
        """),
        expected=out(f"{ind.key}-reports", ["requests>=2.32", "rich>=13"], ["dev"], 101),
        hints=("Dotted table names like [tool.ruff] become nested dicts.",),
    )


def _profiling_calls(ind: Industry) -> Practice:
    slow, fast = _fib_calls(15)
    return Practice(
        title="Count calls the way a profiler does",
        objective="Measure a hot spot by its call count, then remove it",
        instructions=(
            "cProfile's `ncalls` column counts calls per function. Write the `counted` "
            "decorator that increments `CALLS[func.__name__]` on each call, then compare the "
            "naive recursive Fibonacci with the memoised one."
        ),
        setup="import functools\n\nCALLS = {}\n\n\ndef counted(func):\n",
        todo="    return func  # TODO\n",
        answer=indented("""
            @functools.wraps(func)
            def wrapper(*args):
                CALLS[func.__name__] = CALLS.get(func.__name__, 0) + 1
                return func(*args)

            return wrapper
        """),
        tail=code("""


            MEMO = {}


            @counted
            def slow_fib(n):
                return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


            @counted
            def fast_fib(n):
                if n not in MEMO:
                    MEMO[n] = n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
                return MEMO[n]


            print(slow_fib(15), fast_fib(15))
            print(CALLS)
        """),
        expected=out("610 610", {"slow_fib": slow, "fast_fib": fast}),
        hints=("Recursion calls the decorated name, so inner calls are counted too.",),
    )


def _profiling_steps(ind: Industry) -> Practice:
    names = [f"{ind.record}{i}" for i in range(1000)]
    target = names[-1]
    return Practice(
        title="Why the algorithm matters more than micro-optimisations",
        objective="Count the steps of a list search vs a set lookup",
        instructions=(
            f"Count how many comparisons a linear search makes to find the last of 1000 "
            f"{ind.record} ids in a list; a set finds it with one hash lookup. A profiler "
            "shows where time goes; the fix is usually a better data structure."
        ),
        setup=f'ids = [f"{ind.record}{{i}}" for i in range(1000)]\nids_set = set(ids)\n'
        f'TARGET = "{target}"\n',
        todo="steps = 0\n# TODO: count comparisons until TARGET is found\n",
        answer=code("""
            steps = 0
            for item in ids:
                steps += 1
                if item == TARGET:
                    break
        """),
        tail='print("list comparisons:", steps)\nprint("in set:", TARGET in ids_set)\n',
        expected=out(f"list comparisons: {len(names)}", "in set: True"),
        hints=("`x in list` is O(n); `x in set` is O(1) on average.",),
    )


def _typing_typeddict(ind: Industry) -> Practice:
    t = ind.threshold
    rows = [
        {"name": n, "group": g, "value": v, "status": "open" if v >= t else "closed"}
        for n, g, v in ind.rows
    ]
    return Practice(
        title=f"Describe {ind.record} rows with TypedDict and Literal",
        objective="Type dict-shaped data; restrict a field to a few strings",
        instructions=(
            "Declare `Status = Literal['open', 'closed', 'pending']` and a `Row` TypedDict "
            "(name, group, value, status). Annotate `summary(row: Row) -> str`. At run time a "
            "TypedDict is a plain dict; a type checker such as mypy checks the keys."
        ),
        setup="from typing import Literal, TypedDict, get_args\n\n" + rows_code(ind) + "\n\n",
        todo="# TODO: Status, class Row(TypedDict), def summary(row: Row) -> str\n",
        answer=code("""
            Status = Literal["open", "closed", "pending"]


            class Row(TypedDict):
                name: str
                group: str
                value: int
                status: Status


            def summary(row: Row) -> str:
                return f"{row['name']} ({row['status']})"
        """),
        tail=code(f"""


            rows: list[Row] = [
                {{"name": n, "group": g, "value": v, "status": "open" if v >= {t} else "closed"}}
                for n, g, v in {ind.records}
            ]
            for row in rows:
                print(summary(row))
            print(get_args(Status))
            print(type(rows[0]).__name__, sorted(Row.__annotations__))
        """),
        expected=out(
            *(f"{r['name']} ({r['status']})" for r in rows),
            ("open", "closed", "pending"),
            "dict ['group', 'name', 'status', 'value']",
        ),
        hints=("`get_args` reads the values inside `Literal[...]`.",),
    )


def _typing_optional(ind: Industry) -> Practice:
    (n0, _, v0) = ind.rows[0]
    readings = [(n, v) for n, _, v in ind.rows]
    return Practice(
        title="Optional results, narrowing and the type statement",
        objective="Return `int | None` and narrow it with `is not None`",
        instructions=(
            "Declare `type Reading = tuple[str, int]` and write `find(readings, name) -> "
            "int | None`. A type checker rejects `find(...) + 1` until you check for None; "
            "print the value plus one, the result for 'Zed', and the annotations."
        ),
        setup=f"readings = {readings!r}\n\n",
        todo="# TODO: type Reading = ...\n"
        "# TODO: def find(readings: list[Reading], name: str) -> int | None\n",
        answer=code("""
            type Reading = tuple[str, int]


            def find(readings: list[Reading], name: str) -> int | None:
                for who, value in readings:
                    if who == name:
                        return value
                return None
        """),
        tail=code(f"""


            value = find(readings, "{n0}")
            if value is not None:
                print(value + 1)
            print(find(readings, "Zed"))
            print(Reading.__value__)
            print(find.__annotations__["return"])
        """),
        expected=out(v0 + 1, None, "tuple[str, int]", "int | None"),
        hints=("After `if value is not None:`, a checker knows value is an int.",),
    )


GUIDES = (
    TopicGuide(
        key="linting",
        keywords=("ruff", "lint", "linting", "linter", "flake8", "black", "code style"),
        concepts=("ruff check", "ruff format", "rule codes (E501, F401)", "fixing with --fix"),
        terms=(
            ("linter", "a tool that reports likely bugs and style problems without running code"),
        ),
        pitfalls=(
            "Silencing a rule everywhere hides real problems: ignore per line with a reason.",
        ),
        steps=("Configure rules", "Run ruff check", "Fix or justify", "Run ruff format"),
        practice=(_lint_lines, _lint_unused),
        search="ruff python linter formatter",
    ),
    TopicGuide(
        key="pyproject",
        keywords=("pyproject", "packaging", "toml", "build backend", "configuring"),
        concepts=(
            "[project] metadata",
            "dependencies and optional-dependencies",
            "[tool.*] tables",
            "tomllib",
        ),
        terms=(("pyproject.toml", "the standard file describing a Python project and its tools"),),
        pitfalls=("Version ranges in a library, exact pins in an application's lock file.",),
        steps=("Describe the project", "List dependencies", "Configure tools", "Build and install"),
        practice=(_pyproject_by_hand, _pyproject_tomllib),
        search="pyproject.toml python packaging",
    ),
    TopicGuide(
        key="profiling",
        keywords=("profiling", "cprofile", "profile", "performance", "profiler", "benchmark"),
        concepts=(
            "python -m cProfile -s cumtime",
            "ncalls / tottime / cumtime",
            "pstats",
            "fix the algorithm first",
        ),
        terms=(("profiler", "a tool that measures where a program spends its time"),),
        pitfalls=("Profile realistic inputs: small inputs hide quadratic code.",),
        steps=(
            "Run under cProfile",
            "Sort by cumulative time",
            "Find the hot spot",
            "Fix and measure again",
        ),
        practice=(_profiling_calls, _profiling_steps),
        search="python cprofile profiling tutorial",
    ),
    TopicGuide(
        key="typing",
        keywords=(
            "type hint",
            "typing",
            "annotation",
            "mypy",
            "static type",
            "typeddict",
            "literal",
            "type alias",
            "type statement",
            "type checking",
        ),
        concepts=(
            "annotations",
            "X | None and narrowing",
            "TypedDict and Literal",
            "type aliases",
            "mypy checks, Python does not",
        ),
        terms=(("type hint", "an annotation saying what type a value should have"),),
        pitfalls=("Hints are not enforced at run time; run a checker (mypy) in CI.",),
        steps=("Annotate signatures", "Run mypy", "Fix reported errors", "Narrow optional values"),
        practice=(_typing_typeddict, _typing_optional),
        search="python type hints mypy tutorial",
    ),
)
