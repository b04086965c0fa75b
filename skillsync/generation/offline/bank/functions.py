"""Functions in depth: defining and returning, arguments, *args and **kwargs, scope and
closures."""

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


def _varargs_collect(ind: Industry) -> Practice:
    (n0, g0, v0), (_, _, v1) = ind.rows[:2]
    fields = {"name": n0, ind.group: g0}
    return Practice(
        title="Any number of arguments with *args and **kwargs",
        objective="Collect positional arguments in a tuple and keywords in a dict",
        instructions=(
            "Write `grand_sum(*amounts)` returning their sum and `tag(**fields)` returning "
            "`key=value` pairs joined by ', ' in key order. The calls pass none, two, and an "
            "unpacked list of values."
        ),
        setup=rows_code(ind) + f"values = [row[2] for row in {ind.records}]\n\n\n",
        todo="def grand_sum(*amounts):\n    return 0  # TODO\n\n\ndef tag(**fields):\n"
        '    return ""  # TODO\n',
        answer=code("""
            def grand_sum(*amounts):
                return sum(amounts)


            def tag(**fields):
                return ", ".join(f"{key}={value}" for key, value in sorted(fields.items()))
        """),
        tail=code(f"""


            print(grand_sum())
            print(grand_sum({v0}, {v1}))
            print(grand_sum(*values))
            print(tag(name="{n0}", {ind.group}="{g0}"))
        """),
        expected=out(
            0, v0 + v1, sum(ind.values), ", ".join(f"{k}={v}" for k, v in sorted(fields.items()))
        ),
        hints=("Inside the function, `amounts` is a tuple and `fields` a dict.",),
    )


def _varargs_forward(ind: Industry) -> Practice:
    (n0, _, v0), (n1, _, v1) = ind.rows[:2]
    calls = [("fmt", (n0, v0), {"unit": ind.unit}), ("fmt", (n1, v1), {"unit": ind.unit})]
    return Practice(
        title="Forward every argument through a wrapper",
        objective="Pass *args and **kwargs on unchanged; unpack a dict into keywords",
        instructions=(
            "Write `logged(func)` returning a wrapper that records `(name, args, kwargs)` in "
            "`calls` and returns `func(*args, **kwargs)`. Call the wrapped `fmt` with keywords "
            "and with `**options`, then print the record."
        ),
        setup=code(f"""
            calls = []
            options = {{"unit": "{ind.unit}"}}


            def fmt(name, value, unit="?"):
                return f"{{name}}={{value}}{{unit}}"


            def logged(func):
        """),
        todo="    return func  # TODO: return a wrapper that records then calls func\n",
        answer=indented("""
            def wrapper(*args, **kwargs):
                calls.append((func.__name__, args, kwargs))
                return func(*args, **kwargs)
            return wrapper
        """),
        tail=code(f"""


            fmt_logged = logged(fmt)
            print(fmt_logged("{n0}", {v0}, unit="{ind.unit}"))
            print(fmt_logged("{n1}", {v1}, **options))
            print(calls)
        """),
        expected=out(f"{n0}={v0}{ind.unit}", f"{n1}={v1}{ind.unit}", calls),
        hints=("In a call, `*` and `**` unpack; in a definition they collect.",),
    )


def _arguments_kinds(ind: Industry) -> Practice:
    (n0, _, v0), (n1, _, v1), (n2, _, v2) = ind.rows[:3]
    unit = ind.unit
    return Practice(
        title="Positional, keyword, default and keyword-only arguments",
        objective="Call one function in the ways its signature allows",
        instructions=(
            f"Write `describe(name, value, unit='{unit}', *, upper=False)` returning "
            "`'name: value unit'`, in capitals when `upper` is true. The calls below use "
            "positional arguments, an overridden default and keywords."
        ),
        setup=f'def describe(name, value, unit="{unit}", *, upper=False):\n',
        todo='    return ""  # TODO\n',
        answer=indented("""
            text = f"{name}: {value} {unit}"
            return text.upper() if upper else text
        """),
        tail=code(f"""


            print(describe("{n0}", {v0}))
            print(describe("{n1}", {v1}, "units"))
            print(describe(value={v2}, name="{n2}", upper=True))
        """),
        expected=out(f"{n0}: {v0} {unit}", f"{n1}: {v1} units", f"{n2}: {v2} {unit}".upper()),
        hints=("Parameters after `*` can only be passed by keyword.",),
    )


def _arguments_defaults(ind: Industry) -> Practice:
    n0, n1 = ind.names[:2]
    return Practice(
        title="The mutable default argument trap",
        objective="Use None as the default for a list parameter",
        instructions=(
            "`add_bad` shares one list between calls because a default is evaluated once, when "
            "the function is defined. Write `add(item, bucket=None)` that makes a new list on "
            "each call without a bucket. Then see that `ratio` takes positional arguments only."
        ),
        setup=code("""
            def add_bad(item, bucket=[]):
                bucket.append(item)
                return bucket


            def ratio(a, b, /):
                return a / b


            def add(item, bucket=None):
        """),
        todo="    return [item]  # TODO: create the list only when bucket is None, then append\n",
        answer=indented("""
            if bucket is None:
                bucket = []
            bucket.append(item)
            return bucket
        """),
        tail=code(f"""


            print(add_bad("{n0}"))
            print(add_bad("{n1}"))
            print(add("{n0}"))
            print(add("{n1}", ["Zed"]))
            try:
                ratio(a=1, b=2)
            except TypeError:
                print("ratio takes positional arguments only")
        """),
        expected=out([n0], [n0, n1], [n0], ["Zed", n1], "ratio takes positional arguments only"),
        hints=("`if bucket is None: bucket = []` runs on every call, unlike the default.",),
    )


def _closures_counter(ind: Industry) -> Practice:
    names = ind.names[:3]
    return Practice(
        title=f"Ticket numbers for {ind.records} with a closure",
        objective="Keep state in an enclosing scope with nonlocal",
        instructions=(
            "Write `make_counter()` returning a function that returns 1, 2, 3, ... on "
            "successive calls (the count lives in `make_counter`'s scope: use `nonlocal`). "
            "Each counter is independent."
        ),
        setup="def make_counter():\n",
        todo="    return lambda: 0  # TODO\n",
        answer=indented("""
            count = 0

            def increment():
                nonlocal count
                count += 1
                return count

            return increment
        """),
        tail=code(f"""


            next_ticket = make_counter()
            for name in {names!r}:
                print(name, next_ticket())
            other = make_counter()
            print("other counter:", other())
        """),
        expected=out(*(f"{n} {i}" for i, n in enumerate(names, start=1)), "other counter: 1"),
        hints=("Without `nonlocal`, `count += 1` makes a new local name and fails.",),
    )


def _closures_late_binding(ind: Industry) -> Practice:
    t = ind.threshold
    return Practice(
        title="Closures remember variables, not values",
        objective="Build configured functions; fix late binding with a default argument",
        instructions=(
            f"Write `over(limit)` returning a check function; print the names at or above {t} "
            "and the value the closure keeps. Then see late binding: lambdas made in a loop "
            "all see the loop variable's last value; `lambda i=i: i` freezes each one."
        ),
        setup=rows_code(ind) + "\n\ndef over(limit):\n",
        todo="    return lambda value: False  # TODO\n",
        answer=indented("""
            def check(value):
                return value >= limit

            return check
        """),
        tail=code(f"""


            is_high = over({t})
            print([name for name, _, value in {ind.records} if is_high(value)])
            print(is_high.__closure__[0].cell_contents)
            late = [lambda: i for i in range(3)]
            print([f() for f in late])
            bound = [lambda i=i: i for i in range(3)]
            print([f() for f in bound])
        """),
        expected=out([n for n, _, v in ind.rows if v >= t], t, [2, 2, 2], [0, 1, 2]),
        hints=("A closure looks the variable up when called, not when created.",),
    )


def _functions_basic(ind: Industry) -> Practice:
    values, t = ind.values, ind.threshold
    return Practice(
        title=f"Functions for {ind.a_record} report",
        objective="Define functions with parameters and return values",
        instructions=(
            f"Write `average(values)` returning the mean and `label(name, value, limit)` "
            f"returning `'<name> above'` or `'<name> below'`. The code below prints the average "
            f"{ind.measure_label} (2 decimals) and a label per {ind.record} against {t}."
        ),
        setup=rows_code(ind) + f"values = [row[2] for row in {ind.records}]\n\n\n",
        todo=code("""
            def average(values):
                return 0  # TODO


            def label(name, value, limit):
                return ""  # TODO
        """),
        answer=code("""
            def average(values):
                return sum(values) / len(values)


            def label(name, value, limit):
                return f"{name} above" if value >= limit else f"{name} below"
        """),
        tail=code(f"""


            print(round(average(values), 2))
            for name, _, value in {ind.records}:
                print(label(name, value, {t}))
        """),
        expected=out(
            round(sum(values) / len(values), 2),
            *(f"{n} {'above' if v >= t else 'below'}" for n, _, v in ind.rows),
        ),
        hints=("`return` hands a value back to the caller; without it a function returns None.",),
    )


def _functions_returns(ind: Industry) -> Practice:
    values = ind.values
    doc = "Smallest and largest value, or None when there are none."
    return Practice(
        title="Return several values, or None early",
        objective="Return a tuple; guard an edge case with an early return; add a docstring",
        instructions=(
            f"Write `spread(values)` with the docstring `{doc}`: it returns None for an empty "
            "list and `(min, max)` otherwise. Print the unpacked result for the "
            f"{ind.measure_label} values, `spread([])`, and `spread.__doc__`."
        ),
        setup=rows_code(ind)
        + f"values = [row[2] for row in {ind.records}]\n\n\ndef spread(values):\n",
        todo=f'    """{doc}"""\n    return 0, 0  # TODO\n',
        answer=f'    """{doc}"""\n'
        + indented("""
            if not values:
                return None
            return min(values), max(values)
        """),
        tail="\n\nlow, high = spread(values)\nprint(low, high)\nprint(spread([]))\n"
        "print(spread.__doc__)\n",
        expected=out(f"{min(values)} {max(values)}", None, doc),
        hints=("`return a, b` returns one tuple, which the caller can unpack.",),
    )


GUIDES = (
    TopicGuide(
        key="varargs",
        keywords=("args", "kwargs", "variable length", "variadic"),
        concepts=(
            "*args collects positionals",
            "**kwargs collects keywords",
            "unpacking in calls",
            "forwarding arguments",
        ),
        terms=(
            ("*args", "a tuple of the extra positional arguments"),
            ("**kwargs", "a dict of the extra keyword arguments"),
        ),
        pitfalls=("`**kwargs` hides typos in keyword names: validate or use explicit parameters.",),
        steps=("Caller passes arguments", "* and ** collect the extras", "Use or forward them"),
        practice=(_varargs_collect, _varargs_forward),
        search="python args kwargs explained",
    ),
    TopicGuide(
        key="arguments",
        keywords=("argument", "keyword", "default", "positional", "parameter"),
        concepts=(
            "positional and keyword arguments",
            "default values",
            "keyword-only after *",
            "positional-only before /",
        ),
        terms=(
            ("parameter", "a name in the function definition"),
            ("argument", "the value passed in a call"),
        ),
        pitfalls=(
            "Defaults are evaluated once: never use a mutable default like [] or {}.",
            "Positional arguments must come before keyword arguments in a call.",
        ),
        steps=(
            "Match positionals in order",
            "Match keywords by name",
            "Fill defaults",
            "Raise TypeError if anything is missing",
        ),
        practice=(_arguments_kinds, _arguments_defaults),
        search="python function arguments keyword default",
    ),
    TopicGuide(
        key="closures",
        keywords=("scope", "closure", "legb", "nonlocal", "global"),
        concepts=(
            "LEGB: local, enclosing, global, built-in",
            "nonlocal",
            "closures keep variables",
            "late binding",
        ),
        terms=(
            ("scope", "where a name is visible"),
            ("closure", "a function that remembers variables from the scope it was made in"),
        ),
        pitfalls=(
            "Assigning to a name makes it local for the whole function: use nonlocal/global.",
            "Closures made in a loop share the loop variable (late binding).",
        ),
        steps=(
            "Look in local scope",
            "Then enclosing functions",
            "Then module globals",
            "Then built-ins",
        ),
        practice=(_closures_counter, _closures_late_binding),
        search="python scope legb closures",
    ),
    TopicGuide(
        key="functions",
        keywords=("function", "def", "return", "defining function", "returning value"),
        concepts=("def name(parameters):", "return values", "docstrings", "None by default"),
        terms=(
            ("function", "a named, reusable block of code"),
            ("return value", "what the call evaluates to"),
        ),
        pitfalls=(
            "A function without return returns None.",
            "Printing inside a function is not returning: callers cannot use printed text.",
        ),
        steps=("Define with def", "Call with arguments", "Run the body", "Return a value"),
        practice=(_functions_basic, _functions_returns),
        search="python functions def return",
    ),
)
