"""Core data types: numbers, strings, f-strings, truthiness, names."""

from __future__ import annotations

import math
from decimal import Decimal

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
    unpack,
)
from skillsync.generation.offline.industries import Industry, an


def _numbers_stats(ind: Industry) -> Practice:
    values = ind.values
    grand = sum(values)
    return Practice(
        title=f"Arithmetic on {ind.measure_label} values",
        objective="Use sum, /, //, %, divmod and round",
        instructions=(
            f"Print, one a line: the sum of the {ind.measure_label} values, their mean rounded "
            "to 2 decimals, `divmod(sum, count)`, and the range (largest minus smallest)."
        ),
        setup=rows_code(ind) + f"values = [row[2] for row in {ind.records}]\n",
        todo="# TODO: four print() calls\n",
        answer=code("""
            grand = sum(values)
            print(grand)
            print(round(grand / len(values), 2))
            print(divmod(grand, len(values)))
            print(max(values) - min(values))
        """),
        expected=out(
            grand,
            round(grand / len(values), 2),
            divmod(grand, len(values)),
            max(values) - min(values),
        ),
        hints=(
            "`/` always gives a float; `//` and `%` give the whole part and the remainder.",
            "`divmod(a, b)` is `(a // b, a % b)`.",
        ),
    )


def _numbers_floats(ind: Industry) -> Practice:
    prices = [f"{v}.{(v * 7) % 100:02d}" for v in ind.values[:3]]
    return Practice(
        title="Floats, Decimal and exact money",
        objective="See binary float rounding and avoid it with Decimal and math.isclose",
        instructions=(
            f"Amounts in {ind.label} are often decimal text. Print whether `0.1 + 0.2 == 0.3`, "
            "whether `math.isclose(0.1 + 0.2, 0.3)`, then the sum of the amounts below added as "
            "`Decimal` and as `float`."
        ),
        setup="import math\nfrom decimal import Decimal\n\n" + f"amounts = {prices!r}\n",
        todo="# TODO: four print() calls\n",
        answer=code("""
            print(0.1 + 0.2 == 0.3)
            print(math.isclose(0.1 + 0.2, 0.3))
            print(sum(Decimal(a) for a in amounts))
            print(sum(float(a) for a in amounts))
        """),
        expected=out(
            0.1 + 0.2 == 0.3,
            math.isclose(0.1 + 0.2, 0.3),
            sum(Decimal(a) for a in prices),
            sum(float(a) for a in prices),
        ),
        hints=(
            "Floats are binary fractions: 0.1 has no exact representation.",
            "`Decimal('0.10')` keeps the decimal digits exactly.",
        ),
    )


def _fstrings_table(ind: Industry) -> Practice:
    header = f"{'name':<12}{ind.group:<12}{ind.measure:>14}"
    body = [f"{n:<12}{g:<12}{v:>14}" for n, g, v in ind.rows]
    return Practice(
        title=f"{ind.a_record.capitalize()} table with f-strings",
        objective="Align columns with format specs :<12 and :>14",
        instructions=(
            f"Print a header and one row per {ind.record}: name left-aligned in 12 characters, "
            f"{ind.group} left-aligned in 12, {ind.measure_label} right-aligned in 14."
        ),
        setup=rows_code(ind),
        todo="# TODO: print the header, then the rows\n",
        answer=code(f"""
            print(f"{{'name':<12}}{{'{ind.group}':<12}}{{'{ind.measure}':>14}}")
            for {unpack(ind)} in {ind.records}:
                print(f"{{name:<12}}{{{ind.group}:<12}}{{{ind.measure}:>14}}")
        """),
        expected=out(header, *body),
        hints=("`<` aligns left, `>` right, `^` centres; the number is the width.",),
    )


def _fstrings_specs(ind: Industry) -> Practice:
    grand = sum(ind.values)
    first = ind.rows[0][2]
    lines = [f"{n}: {v:,} {ind.unit} ({v / grand:.1%})" for n, _, v in ind.rows]
    return Practice(
        title="Thousands, percentages and the = specifier",
        objective="Use :, :.1% and f'{x=}'",
        instructions=(
            f"For each {ind.record} print `name: value unit (share)` where the value uses a "
            "thousands separator and the share of the total is a percentage with one decimal. "
            "Then print the first value with the debugging form `f'{first_value=}'`."
        ),
        setup=rows_code(ind) + f"grand = sum(row[2] for row in {ind.records})\n",
        todo="# TODO: one line per row, then the = specifier\n",
        answer=code(f"""
            for {unpack(ind)} in {ind.records}:
                print(f"{{name}}: {{{ind.measure}:,}} {ind.unit} ({{{ind.measure} / grand:.1%}})")
            first_value = {ind.records}[0][2]
            print(f"{{first_value=}}")
        """),
        expected=out(*lines, f"first_value={first}"),
        hints=(
            "`:.1%` multiplies by 100 and adds the % sign.",
            "`f'{x=}'` prints `x=` and repr(x).",
        ),
    )


def _strings_methods(ind: Industry) -> Practice:
    lines = [f"{n.upper()} {n[:3]} {n[::-1]} {g.title()} {len(n)}" for n, g, _ in ind.rows]
    return Practice(
        title=f"String methods on {ind.record} names",
        objective="Use upper(), title(), slicing and len()",
        instructions=(
            f"For each {ind.record}, print on one line: the name in capitals, its first three "
            f"characters, the name reversed, the {ind.group} in title case, and the name's "
            "length, separated by spaces."
        ),
        setup=rows_code(ind),
        todo=f"for {unpack(ind)} in {ind.records}:\n    pass  # TODO\n",
        answer=code(f"""
            for {unpack(ind)} in {ind.records}:
                print(name.upper(), name[:3], name[::-1], {ind.group}.title(), len(name))
        """),
        expected=out(*lines),
        hints=("`s[:3]` is the first three characters; `s[::-1]` steps backwards.",),
    )


def _strings_log(ind: Industry) -> Practice:
    log = "".join(f"2024-03-0{i + 1};{n};{g};{v}\n" for i, (n, g, v) in enumerate(ind.rows))
    lines = []
    for raw in log.strip().splitlines():
        date, name, group, _ = raw.split(";")
        lines.append(f"{date[-2:]} {name.ljust(12)}{group.upper()}")
    target = ind.rows[1][1]
    return Practice(
        title=f"Parse {an(ind.domain)} {ind.domain} log",
        objective="split(), slicing, ljust(), count() and find() on real-looking lines",
        instructions=(
            "Each line of the log is `date;name;group;value`. For each line print the day "
            "(the last two characters of the date), the name padded to 12 characters with "
            f"`ljust`, and the {ind.group} in capitals. Then print how many `;` the log has "
            f"and the index where `{target}` first appears."
        ),
        setup=f'log = """{log}"""\n',
        todo="# TODO: loop over log.strip().splitlines(), split each line on ';'\n",
        answer=code(f"""
            for raw in log.strip().splitlines():
                date, name, group, value = raw.split(";")
                print(f"{{date[-2:]}} {{name.ljust(12)}}{{group.upper()}}")
            print(log.count(";"))
            print(log.find("{target}"))
        """),
        expected=out(*lines, log.count(";"), log.find(target)),
        hints=(
            "`raw.split(';')` gives four strings; unpack them into four names.",
            "`find` returns the index of the first match, or -1.",
        ),
    )


def _truth_values(ind: Industry) -> Practice:
    name, _, value = ind.rows[0]
    fields: list[object] = [name, "", 0, None, [], value, "0", 0.0]
    return Practice(
        title="Which values count as true?",
        objective="Predict bool() of empty, zero and None values",
        instructions=(
            f"A form for {ind.a_record} arrived with some empty fields. Print `bool()` of each "
            "field as a list, then the list of truthy fields, then how many are `None`."
        ),
        setup=f"fields = {fields!r}\n",
        todo="# TODO: three print() calls\n",
        answer=code("""
            print([bool(value) for value in fields])
            print([value for value in fields if value])
            print(sum(1 for value in fields if value is None))
        """),
        expected=out(
            [bool(f) for f in fields], [f for f in fields if f], sum(1 for f in fields if f is None)
        ),
        hints=("Empty containers, 0, 0.0, '' and None are false; '0' is a non-empty string.",),
    )


def _truth_none(ind: Industry) -> Practice:
    names = ind.names
    readings = {names[0]: ind.values[0], names[1]: 0, names[2]: None, names[3]: ""}

    def describe(value: object) -> str:
        if value is None:
            return "missing"
        if value == "":
            return "empty"
        return "ok"

    return Practice(
        title=f"None is not zero: checking {ind.measure_label} readings",
        objective="Use `is None` where 0 is a valid value",
        instructions=(
            f"{ind.a_measure.capitalize()} of 0 is a real reading; `None` means nobody "
            "recorded one; "
            "'' means the field was left blank. Write `describe` so it returns 'missing', "
            "'empty' or 'ok' — a falsy check would wrongly call 0 missing."
        ),
        setup=f"readings = {readings!r}\n\n\ndef describe(value):\n",
        todo='    return "ok"  # TODO: tell None, "" and real values apart\n',
        answer=indented("""
            if value is None:
                return "missing"
            if value == "":
                return "empty"
            return "ok"
        """),
        tail='\n\nfor name, value in readings.items():\n    print(f"{name}: {describe(value)}")\n',
        expected=out(*(f"{n}: {describe(v)}" for n, v in readings.items())),
        hints=("`value is None` is True only for None; `not value` is also True for 0.",),
    )


def _names_alias(ind: Industry) -> Practice:
    return Practice(
        title="Two names, one list",
        objective="See aliasing, copies, `is` and `==`",
        instructions=(
            "`alias = names` gives the same list a second name; `list(names)` makes a copy. "
            "Append 'Zed' through the alias, then print the lengths of `names` and `copy`, and "
            "whether `alias is names`, `copy is names`, `copy == names[:-1]`."
        ),
        setup=rows_code(ind) + f"names = [row[0] for row in {ind.records}]\n",
        todo="# TODO: make alias and copy, append through alias, two print() calls\n",
        answer=code("""
            alias = names
            copy = list(names)
            alias.append("Zed")
            print(len(names), len(copy))
            print(alias is names, copy is names, copy == names[:-1])
        """),
        expected=out(f"{len(ind.rows) + 1} {len(ind.rows)}", "True False True"),
        hints=("Assignment never copies: it binds another name to the same object.",),
    )


def _names_types(ind: Industry) -> Practice:
    name, group, value = ind.rows[0]
    mixed: list[object] = [name, group, value, None, 1.5, True]
    return Practice(
        title="Dynamic typing: the value has the type, not the name",
        objective="Rebind a name to other types; inspect type() and isinstance()",
        instructions=(
            f"Bind `value` to the first {ind.record}'s {ind.measure_label} and print its type "
            "name, rebind it to `str(value)` and print the type name and `value * 2`, then print "
            "the type names of the mixed list and `isinstance(True, int)`."
        ),
        setup=rows_code(ind) + f"mixed = {mixed!r}\n",
        todo="# TODO: four print() calls\n",
        answer=code(f"""
            value = {ind.records}[0][2]
            print(type(value).__name__)
            value = str(value)
            print(type(value).__name__, value * 2)
            print([type(item).__name__ for item in mixed])
            print(isinstance(True, int))
        """),
        expected=out(
            "int",
            f"str {str(value) * 2}",
            [type(item).__name__ for item in mixed],
            True,
        ),
        hints=("`type(x).__name__` is the type's name as text; bool is a subclass of int.",),
    )


GUIDES = (
    TopicGuide(
        key="numbers",
        keywords=("integer", "float", "arithmetic", "number", "math", "division"),
        concepts=("int and float", "/ vs //", "% and divmod", "round()", "Decimal"),
        terms=(
            ("int", "a whole number of any size"),
            ("float", "a binary floating-point number, about 15-17 significant digits"),
            ("floor division", "`//`: divides and rounds down"),
        ),
        pitfalls=(
            "`0.1 + 0.2 != 0.3`: compare floats with `math.isclose`.",
            "`round(2.675, 2)` is 2.67: floats are binary, round() is banker's rounding.",
            "`-7 // 2` is -4: floor division rounds towards minus infinity.",
        ),
        steps=("Choose int or float", "Apply operators", "Mind precedence", "Round for display"),
        practice=(_numbers_stats, _numbers_floats),
        search="python numbers arithmetic operators",
    ),
    TopicGuide(
        key="fstrings",
        keywords=("f string", "formatting string", "string formatting", "format"),
        concepts=("f'{value}'", "format specs :<10 :>8 :.2f", "f'{x=}'", ":, and :%"),
        terms=(
            ("f-string", "a string literal prefixed with f whose {expressions} are evaluated"),
            ("format spec", "what follows : inside the braces: width, alignment, precision"),
        ),
        pitfalls=(
            "Quotes inside the braces must differ from the outer quotes before Python 3.12.",
            "Formatting rounds for display only; keep full precision in the data.",
        ),
        steps=("Write f'...'", "Put expressions in {}", "Add a format spec after :", "Print"),
        practice=(_fstrings_table, _fstrings_specs),
        search="python f-strings formatting tutorial",
    ),
    TopicGuide(
        key="strings",
        keywords=("string", "slicing", "str", "text", "string method"),
        concepts=("strings are immutable", "s[start:stop:step]", "split / join", "strip / replace"),
        terms=(
            ("slice", "`s[a:b]`: the characters from index a up to, not including, b"),
            ("immutable", "cannot be changed in place; methods return new strings"),
        ),
        pitfalls=(
            "`s.strip('abc')` removes any of those characters, not the word 'abc': use "
            "removeprefix/removesuffix.",
            "Building strings with + in a loop is quadratic: collect parts and ''.join them.",
        ),
        steps=("Take a string", "Index or slice it", "Call a method", "Use the new string"),
        practice=(_strings_methods, _strings_log),
        search="python string methods slicing",
    ),
    TopicGuide(
        key="truthiness",
        keywords=("boolean", "truthiness", "none", "bool", "truthy", "falsy"),
        concepts=(
            "True and False",
            "falsy: 0, '', [], {}, None",
            "`is None`",
            "and / or return operands",
        ),
        terms=(
            ("truthy", "a value that counts as true in `if`"),
            ("None", "the single 'no value' object"),
        ),
        pitfalls=(
            "`if not value` treats 0 and '' like None: use `is None` when 0 is valid.",
            "`x or default` replaces every falsy x, including 0.",
        ),
        steps=("Get a value", "Python calls bool() on it", "Branch on the result"),
        practice=(_truth_values, _truth_none),
        search="python truthiness booleans none",
    ),
    TopicGuide(
        key="variables",
        keywords=("variable", "name", "dynamic typing", "assignment"),
        concepts=("names bind to objects", "aliasing", "`is` vs `==`", "type() and isinstance()"),
        terms=(
            ("name", "a label bound to an object; assignment binds, it never copies"),
            ("dynamic typing", "objects have types; names can be rebound to any type"),
        ),
        pitfalls=(
            "Two names for one mutable list: a change through one shows through the other.",
            "`is` compares identity; use `==` for values (except `is None`).",
        ),
        steps=("Create an object", "Bind a name", "Bind another name", "Mutate or rebind"),
        practice=(_names_alias, _names_types),
        search="python variables names objects",
    ),
)
