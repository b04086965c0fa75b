"""Interactive examples (``>>> expr`` followed by its output) found in passages, turned into
scripts whose output is known without running them: an expression the interpreter would echo
becomes ``print(repr(expr))`` and the example's own output is what it prints.

Only examples whose output is a fact of the language are kept. Left out: tracebacks, output
with ``...`` (elided) or memory addresses, anything random, timed, hashed or touching files,
the network, the operating system or the interpreter, sets of several items (their order
changes from run to run), uses of ``_``, ``await``, doctest directives, functions that print
(their ``None`` would be echoed differently), and anything that could read as HTML. A name
used but not defined is imported when it plainly comes from the module the passage documents
(``mean`` in ``statistics.mean``) or is a module itself (``json``), from a short list of pure
standard-library modules; otherwise the run is dropped.

Passage text is untrusted: it is parsed here, never executed (the sandbox runs the scripts).
"""

from __future__ import annotations

import ast
import builtins
import doctest
import importlib
import io
import re
import tokenize
from dataclasses import dataclass

from skillsync.generation.offline.markdown import looks_like_markup

MAX_STEPS = 6
MAX_SHOWN = 3  # steps with output in one run
MAX_SOURCE = 400
MAX_WANT = 400
PURE_MODULES = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "bisect calendar collections copy dataclasses decimal difflib enum fractions functools "
        "heapq itertools json keyword math operator re statistics string textwrap typing"
    ).split()
)
_UNSAFE_SOURCE = re.compile(
    r"\b(?:random|uuid[14]|time|datetime|os|sys|subprocess|socket|urllib|http|open|input|"
    r"pathlib|Path|shutil|tempfile|glob|threading|multiprocessing|asyncio|await|id|hash|"
    r"__import__|eval|exec|compile|globals|locals|vars|breakpoint|pdb|exit|quit|help|"
    r"importlib|ctypes|signal|getpass|webbrowser|sqlite3|logging|warnings|gc|inspect|weakref)\b"
    r"|doctest:|[\x00-\x08\x0b-\x1f\x7f]"
)
_ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+|object at\b")
_METHOD_LINE = re.compile(r"^- [\w.]+: ", re.MULTILINE)  # a class summary glued to the output
_SET_OF_SEVERAL = re.compile(r"\{[^{}:]*,[^{}:]*\}")
_BUILTINS = frozenset(dir(builtins))


@dataclass(frozen=True)
class Step:
    code: str  # the line(s) of the script
    source: str  # as the documentation writes it, after ">>>"
    want: str  # what it prints ("" for nothing)
    calls: tuple[str, ...]  # the functions and methods it calls, in order
    standalone: bool  # needs nothing defined by earlier steps


@dataclass(frozen=True)
class DoctestRun:
    passage_id: str
    title: str
    imports: tuple[str, ...]
    steps: tuple[Step, ...]

    @property
    def last(self) -> Step:
        return self.steps[-1]

    @property
    def solution(self) -> str:
        return "\n".join([*self.imports, *(s.code for s in self.steps)]) + "\n"

    @property
    def expected(self) -> str:
        return "".join(s.want for s in self.steps)

    @property
    def starter(self) -> str:
        """The script without its last step, which is left as a TODO."""
        earlier = [*self.imports, *(s.code for s in self.steps[:-1])]
        todo = "# TODO: the last step — make the script print the final line(s) shown above."
        return "\n".join([*earlier, todo]) + "\n"


def _is_print(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
    )


def _echoed_expressions(tree: ast.AST) -> list[ast.Expr]:
    """Expression statements the interactive interpreter would echo: not in a function or
    class body."""
    found: list[ast.Expr] = []
    pending = list(ast.iter_child_nodes(tree))
    while pending:
        node = pending.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        if isinstance(node, ast.Expr):
            found.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return found


def _defines_a_printer(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda)
        and any(_is_print(inner) for inner in ast.walk(node))
        for node in ast.walk(tree)
    )


def _names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(names read, names bound) anywhere in ``tree``."""
    read: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            read.add(node.target.id)
    return read, bound


def _calls(tree: ast.AST) -> tuple[str, ...]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                names.append(f".{func.attr}()")
            elif isinstance(func, ast.Name) and func.id != "print":
                names.append(f"{func.id}()")
    return tuple(dict.fromkeys(names))


def _comment(source: str) -> str:
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return ""
    return " ".join(t.string for t in tokens if t.type == tokenize.COMMENT)


def _want(example: doctest.Example) -> str | None:
    want = example.want.replace("<BLANKLINE>", "")
    if (
        example.exc_msg is not None
        or len(want) > MAX_WANT
        or "..." in want
        or _ADDRESS.search(want)
        or _METHOD_LINE.search(want)
        or _SET_OF_SEVERAL.search(want)
        or looks_like_markup(want)
        or re.search(r"[\x00-\x08\x0b-\x1f\x7f]", want)
    ):
        return None
    return want


def _script_line(source: str, tree: ast.Module, want: str) -> str | None:
    """The script's line(s) for one example, or None when its output cannot be predicted."""
    statement = tree.body[0] if len(tree.body) == 1 else None
    if isinstance(statement, ast.Expr) and not _is_print(statement.value):
        if not want:
            return source.rstrip()
        segment = ast.get_source_segment(source, statement.value)
        if segment is None:
            return None
        if isinstance(statement.value, ast.Tuple):
            segment = f"({segment})"
        comment = _comment(source)
        return f"print(repr({segment}))" + (f"  {comment}" if comment else "")
    echoed = _echoed_expressions(tree)
    if any(not _is_print(node.value) for node in echoed):
        return None  # the interpreter would echo a value we cannot know
    if want and not echoed:
        return None
    return source.rstrip()


def _step(example: doctest.Example, defined: set[str]) -> tuple[Step, set[str]] | None:
    """The example as a script step and the names it needs from outside (imports)."""
    source = example.source
    want = _want(example)
    if (
        want is None
        or len(source) > MAX_SOURCE
        or _UNSAFE_SOURCE.search(source)
        or looks_like_markup(source)
    ):
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if not tree.body or _defines_a_printer(tree):
        return None
    read, bound = _names(tree)
    if "_" in read:
        return None
    code = _script_line(source, tree, want)
    if code is None:
        return None
    free = read - bound - _BUILTINS
    step = Step(
        code=code,
        source=source.rstrip(),
        want=want,
        calls=_calls(tree),
        standalone=not (free & defined),
    )
    return step, free - defined


def _module_of(title: str) -> str:
    """The module a passage documents: "statistics" for "statistics.mean" or "statistics
    module"."""
    found = re.match(r"([a-z_]\w*)(?:\.|\s+module\b)", title)
    return found.group(1) if found else ""


def _import_for(name: str, title: str) -> str | None:
    """An import that defines ``name`` for a passage about ``title``, or None."""
    if name in PURE_MODULES:
        return f"import {name}"
    module = _module_of(title)
    if module in PURE_MODULES and hasattr(importlib.import_module(module), name):
        return f"from {module} import {name}"
    return None


def _finish(
    steps: list[Step], imports: list[str], passage_id: str, title: str
) -> DoctestRun | None:
    while steps and not steps[-1].want.strip():
        steps.pop()
    if not steps:
        return None
    return DoctestRun(passage_id, title, tuple(dict.fromkeys(imports)), tuple(steps))


def doctest_runs(text: str, *, passage_id: str, title: str) -> list[DoctestRun]:
    """Short runs of consecutive usable examples from ``text``, each a self-contained
    script ending with a step that prints something."""
    try:
        examples = doctest.DocTestParser().get_examples(text)
    except ValueError:  # inconsistent indentation and the like: not a usable example
        return []
    runs: list[DoctestRun] = []
    steps: list[Step] = []
    imports: list[str] = []
    defined: set[str] = set()

    def close() -> None:
        run = _finish(steps[:], imports[:], passage_id, title)
        if run is not None:
            runs.append(run)
        steps.clear()
        imports.clear()
        defined.clear()

    for example in examples:
        found = _step(example, defined)
        if found is None:
            close()
            continue
        step, needed = found
        wanted = [_import_for(name, title) for name in sorted(needed)]
        if any(line is None for line in wanted):
            close()
            continue
        imports.extend(line for line in wanted if line)
        steps.append(step)
        defined |= _names(ast.parse(example.source))[1] | needed
        if len(steps) >= MAX_STEPS or sum(1 for s in steps if s.want) >= MAX_SHOWN:
            close()
    close()
    return runs
