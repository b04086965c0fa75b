"""Errors and clean-up: exceptions, custom exceptions, context managers, contextlib."""

from __future__ import annotations

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
)
from skillsync.generation.offline.industries import Industry


def _custom_error(ind: Industry) -> Practice:
    n0 = ind.names[0]
    n1, g1, _ = ind.rows[1]
    return Practice(
        title=f"An InvalidRecordError for bad {ind.records}",
        objective="Define an exception class with extra attributes and raise it",
        instructions=(
            "Define `InvalidRecordError(ValueError)` whose `__init__(name, reason)` sets the "
            "message `'<name>: <reason>'` and keeps both as attributes. `validate(row)` raises "
            "it for a negative value or an empty group, else returns the name."
        ),
        setup=f"rows = [{ind.rows[0]!r}, ('Zed', '', 1), ({n1!r}, {g1!r}, -3)]\n\n\n",
        todo="# TODO: class InvalidRecordError(ValueError) and def validate(row)\n",
        answer=code("""
            class InvalidRecordError(ValueError):
                def __init__(self, name, reason):
                    super().__init__(f"{name}: {reason}")
                    self.name = name
                    self.reason = reason


            def validate(row):
                name, group, value = row
                if value < 0:
                    raise InvalidRecordError(name, "negative value")
                if not group:
                    raise InvalidRecordError(name, "no group")
                return name
        """),
        tail=code("""


            for row in rows:
                try:
                    print("ok", validate(row))
                except InvalidRecordError as error:
                    print("invalid", error.name, "-", error.reason)
            print(issubclass(InvalidRecordError, ValueError))
        """),
        expected=out(f"ok {n0}", "invalid Zed - no group", f"invalid {n1} - negative value", True),
        hints=("Subclass a built-in error so callers catching ValueError still catch yours.",),
    )


def _custom_hierarchy(ind: Industry) -> Practice:
    v0 = ind.values[0]
    return Practice(
        title="An exception hierarchy with notes",
        objective="Catch specific errors before general ones; add_note for context",
        instructions=(
            "Define `ReportError` with two subclasses, `MissingData` and `BadValue`. `check` "
            "raises MissingData for None and, for a negative value, a BadValue with the note "
            "'values must be >= 0'. Catch MissingData first, then any ReportError."
        ),
        setup="",
        todo="# TODO: three exception classes and def check(value)\n",
        answer=code("""
            class ReportError(Exception):
                pass


            class MissingData(ReportError):
                pass


            class BadValue(ReportError):
                pass


            def check(value):
                if value is None:
                    raise MissingData("no value")
                if value < 0:
                    error = BadValue(f"negative: {value}")
                    error.add_note("values must be >= 0")
                    raise error
                return value
        """),
        tail=code(f"""


            for value in ({v0}, None, -1):
                try:
                    print(check(value))
                except MissingData as error:
                    print("missing:", error)
                except ReportError as error:
                    print(type(error).__name__, error, error.__notes__)
        """),
        expected=out(v0, "missing: no value", "BadValue negative: -1 ['values must be >= 0']"),
        hints=("The first matching except clause wins: order them from specific to general.",),
    )


def _exceptions_parse(ind: Industry) -> Practice:
    raws = [str(ind.values[0]), "n/a", str(ind.values[2]), ""]
    lines = []
    for text in raws:
        try:
            value = int(text)
        except ValueError:
            lines.append(f"skipped {text!r}")
        else:
            lines.append(f"parsed {value}")
        lines.append(f"checked {text!r}")
    return Practice(
        title=f"Parse {ind.measure_label} readings that may be bad",
        objective="Use try / except / else / finally in the right order",
        instructions=(
            "Write `parse(text)`: try `int(text)`; on ValueError print `skipped <repr>`; "
            "otherwise (else) print `parsed <value>`; always (finally) print "
            "`checked <repr>`."
        ),
        setup=f"raw_values = {raws!r}\n\n\ndef parse(text):\n",
        todo="    pass  # TODO: try / except ValueError / else / finally\n",
        answer=indented("""
            try:
                value = int(text)
            except ValueError:
                print(f"skipped {text!r}")
            else:
                print(f"parsed {value}")
            finally:
                print(f"checked {text!r}")
        """),
        tail="\n\nfor text in raw_values:\n    parse(text)\n",
        expected=out(*lines),
        hints=("`else` runs only if no exception happened; `finally` runs in every case.",),
    )


def _exceptions_chain(ind: Industry) -> Practice:
    (n0, _, v0), (n1, _, _) = ind.rows[:2]
    return Practice(
        title="Handle several errors; chain one into another",
        objective="Use separate except clauses and raise ... from",
        instructions=(
            "Write `load(lookup, name)` returning `100 // lookup[name]`: a missing name returns "
            "'unknown'; a zero reading raises `ValueError('bad reading for <name>')` from the "
            "ZeroDivisionError, so the cause is kept."
        ),
        setup=f"lookup = {{{n0!r}: {v0}, {n1!r}: 0}}\n\n\ndef load(lookup, name):\n",
        todo="    return 100 // lookup[name]  # TODO: handle KeyError and ZeroDivisionError\n",
        answer=indented("""
            try:
                return 100 // lookup[name]
            except KeyError:
                return "unknown"
            except ZeroDivisionError as error:
                raise ValueError(f"bad reading for {name}") from error
        """),
        tail=code(f"""


            print(load(lookup, "{n0}"))
            print(load(lookup, "Zed"))
            try:
                load(lookup, "{n1}")
            except ValueError as error:
                print(error, "| caused by", type(error.__cause__).__name__)
        """),
        expected=out(100 // v0, "unknown", f"bad reading for {n1} | caused by ZeroDivisionError"),
        hints=("`raise New(...) from error` stores the original in `__cause__`.",),
    )


def _contextlib_generator(ind: Industry) -> Practice:
    g0 = ind.groups[0]
    names = [n for n, g, _ in ind.rows if g == g0]
    return Practice(
        title="Context managers from generators with @contextmanager",
        objective="Put set-up before yield and tear-down in finally",
        instructions=(
            "Write `tag(name)` with `@contextmanager`: print `[name]`, yield the name in "
            "capitals, and print `[/name]` in a finally block. Nest two tags."
        ),
        setup="from contextlib import contextmanager\n\n" + rows_code(ind) + "\n\n",
        todo="def tag(name):  # TODO: decorate, print, yield, finally\n    yield name\n",
        answer=code("""
            @contextmanager
            def tag(name):
                print(f"[{name}]")
                try:
                    yield name.upper()
                finally:
                    print(f"[/{name}]")
        """),
        tail=code(f"""


            with tag("report") as label:
                print(label)
                with tag("{g0}"):
                    print([row[0] for row in {ind.records} if row[1] == "{g0}"])
        """),
        expected=out("[report]", "REPORT", f"[{g0}]", names, f"[/{g0}]", "[/report]"),
        hints=("Without try/finally, an error in the block would skip the closing print.",),
    )


def _contextlib_tools(ind: Industry) -> Practice:
    names = ind.names[:3]
    n0, _, v0 = ind.rows[0]
    return Practice(
        title="suppress and ExitStack",
        objective="Ignore one expected error; register clean-ups that run in reverse",
        instructions=(
            "Look up 'Zed' inside `suppress(KeyError)` (nothing is printed for it), then inside "
            "an `ExitStack` register `print('closing', name)` for three names with "
            "`stack.callback` and print 'working'. Callbacks run last-in, first-out."
        ),
        setup=f"from contextlib import ExitStack, suppress\n\nlookup = {{{n0!r}: {v0}}}\n"
        f"names = {names!r}\n",
        todo="# TODO: with suppress(...): ...; with ExitStack() as stack: ...\n",
        answer=code("""
            with suppress(KeyError):
                print(lookup["Zed"])
            print("after suppress")
            with ExitStack() as stack:
                for name in names:
                    stack.callback(print, "closing", name)
                print("working")
        """),
        expected=out("after suppress", "working", *(f"closing {n}" for n in reversed(names))),
        hints=("ExitStack unwinds like nested with blocks: the last registered runs first.",),
    )


def _context_class(ind: Industry) -> Practice:
    title = f"{ind.records} over {ind.threshold}"
    high = [n for n, _, v in ind.rows if v >= ind.threshold]
    return Practice(
        title="A context manager class: __enter__ and __exit__",
        objective="Run set-up and tear-down around a block, even when it fails",
        instructions=(
            "Write `Section`: `__enter__` prints `== <title> ==` and returns self; `__exit__` "
            "prints `== end of <title> ==` and returns False so errors propagate."
        ),
        setup=rows_code(ind) + "\n\n",
        todo="class Section:\n    pass  # TODO: __init__, __enter__, __exit__\n",
        answer=code("""
            class Section:
                def __init__(self, title):
                    self.title = title

                def __enter__(self):
                    print(f"== {self.title} ==")
                    return self

                def __exit__(self, exc_type, exc, tb):
                    print(f"== end of {self.title} ==")
                    return False
        """),
        tail=code(f"""


            with Section("{title}"):
                for name, _, value in {ind.records}:
                    if value >= {ind.threshold}:
                        print(name)
            try:
                with Section("failing"):
                    raise ValueError("boom")
            except ValueError as error:
                print("caught", error)
        """),
        expected=out(
            f"== {title} ==",
            *high,
            f"== end of {title} ==",
            "== failing ==",
            "== end of failing ==",
            "caught boom",
        ),
        hints=("`__exit__` receives the exception's type, value and traceback (or three Nones).",),
    )


def _context_suppress(ind: Industry) -> Practice:
    (n0, _, v0), (n1, _, v1) = ind.rows[:2]
    return Practice(
        title="A context manager that swallows chosen errors",
        objective="Return True from __exit__ to suppress an exception",
        instructions=(
            "Write `Ignore(*kinds)`: its `__exit__` records the name of an exception of one "
            "of `kinds` and returns True (suppressed); other exceptions propagate. Use one "
            "instance for three lookups, one of a missing name."
        ),
        setup=f"lookup = {{{n0!r}: {v0}, {n1!r}: {v1}}}\n\n\n",
        todo="class Ignore:\n    pass  # TODO\n",
        answer=code("""
            class Ignore:
                def __init__(self, *kinds):
                    self.kinds = kinds
                    self.caught = []

                def __enter__(self):
                    return self

                def __exit__(self, exc_type, exc, tb):
                    if exc_type is not None and issubclass(exc_type, self.kinds):
                        self.caught.append(exc_type.__name__)
                        return True
                    return False
        """),
        tail=code(f"""


            ignore = Ignore(KeyError)
            for name in ["{n0}", "Zed", "{n1}"]:
                with ignore:
                    print(name, lookup[name])
            print(ignore.caught)
        """),
        expected=out(f"{n0} {v0}", f"{n1} {v1}", ["KeyError"]),
        hints=("A true return value from __exit__ tells Python the exception was handled.",),
    )


GUIDES = (
    TopicGuide(
        key="custom_exceptions",
        keywords=("custom exception", "raise", "raising", "exception class", "exception"),
        concepts=("class MyError(Exception)", "raise MyError(...)", "hierarchies", "add_note"),
        terms=(("raise", "signal an error; the nearest matching except handles it"),),
        pitfalls=("Catching Exception everywhere hides bugs: catch what you can handle.",),
        steps=(
            "Detect the problem",
            "Raise a specific error",
            "It propagates up the stack",
            "A caller catches and handles it",
        ),
        practice=(_custom_error, _custom_hierarchy),
        search="python custom exceptions raise",
    ),
    TopicGuide(
        key="exceptions",
        keywords=("exception", "try", "except", "finally", "error handling", "handling exception"),
        concepts=("try / except", "else runs on success", "finally always runs", "raise ... from"),
        terms=(("exception", "an object describing an error, raised to stop normal flow"),),
        pitfalls=(
            "A bare `except:` also catches KeyboardInterrupt and SystemExit.",
            "Keep try blocks small so you catch only the error you expect.",
        ),
        steps=(
            "Run the try block",
            "On error, find a matching except",
            "On success, run else",
            "Always run finally",
        ),
        practice=(_exceptions_parse, _exceptions_chain),
        search="python try except else finally",
    ),
    TopicGuide(
        key="contextlib",
        keywords=("contextlib", "contextmanager", "suppress", "exitstack", "context manager"),
        concepts=("@contextmanager", "try / finally around yield", "suppress()", "ExitStack"),
        terms=(("context manager", "an object that sets up and tears down around a with block"),),
        pitfalls=("Without try/finally around yield, an error skips the tear-down.",),
        steps=(
            "Call the generator function",
            "Run until yield (set-up)",
            "Run the with block",
            "Resume after yield (tear-down)",
        ),
        practice=(_contextlib_generator, _contextlib_tools),
        search="python contextlib contextmanager",
    ),
    TopicGuide(
        key="context_managers",
        keywords=("context manager", "with statement", "enter", "exit"),
        concepts=(
            "with obj as x:",
            "__enter__",
            "__exit__(exc_type, exc, tb)",
            "suppressing errors",
        ),
        terms=(("with statement", "runs set-up and guaranteed tear-down around a block"),),
        pitfalls=("Returning True from __exit__ swallows every exception: do it on purpose only.",),
        steps=("Call __enter__", "Bind its result with as", "Run the block", "Call __exit__"),
        practice=(_context_class, _context_suppress),
        search="python with statement context managers",
    ),
)
