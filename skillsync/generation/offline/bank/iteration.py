"""Iteration: comprehensions, generator expressions and functions, iterators, itertools."""

from __future__ import annotations

from itertools import accumulate, chain, combinations, groupby, islice

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
)
from skillsync.generation.offline.industries import Industry


def _dictcomp_basic(ind: Industry) -> Practice:
    lookup = {n: v for n, _, v in ind.rows}
    t = ind.threshold
    return Practice(
        title=f"Dict and set comprehensions over {ind.records}",
        objective="Write {key: value for ...} and {item for ...}",
        instructions=(
            f"Print a dict name -> {ind.measure_label}; the same filtered to values at least "
            f"{t}; and the sorted set of {ind.group} values, each with one comprehension."
        ),
        setup=rows_code(ind),
        todo="# TODO: three comprehensions, three print() calls\n",
        answer=code(f"""
            lookup = {{name: value for name, _, value in {ind.records}}}
            print(lookup)
            print({{name: value for name, value in lookup.items() if value >= {t}}})
            print(sorted({{group for _, group, _ in {ind.records}}}))
        """),
        expected=out(lookup, {n: v for n, v in lookup.items() if v >= t}, ind.groups),
        hints=("Braces with `key: value` make a dict; braces with one expression make a set.",),
    )


def _dictcomp_invert(ind: Industry) -> Practice:
    members = {g: [n for n, other, _ in ind.rows if other == g] for g in ind.groups}
    return Practice(
        title=f"Invert a mapping: {ind.group} -> names",
        objective="Build nested comprehensions and swap keys with values",
        instructions=(
            f"Build `members`: each {ind.group} (sorted) mapped to the list of its names; then "
            f"the size of each {ind.group}; then swap `lookup` so a value maps to its name and "
            "print the name for the first value."
        ),
        setup=rows_code(ind) + f"lookup = {{row[0]: row[2] for row in {ind.records}}}\n",
        todo="# TODO: members, sizes, swapped; three print() calls\n",
        answer=code(f"""
            groups = sorted({{row[1] for row in {ind.records}}})
            members = {{g: [row[0] for row in {ind.records} if row[1] == g] for g in groups}}
            print(members)
            print({{g: len(names) for g, names in members.items()}})
            swapped = {{value: name for name, value in lookup.items()}}
            print(swapped[{ind.values[0]}])
        """),
        expected=out(members, {g: len(ns) for g, ns in members.items()}, ind.names[0]),
        hints=("Swapping keys and values loses data if two keys share a value.",),
    )


def _listcomp_basic(ind: Industry) -> Practice:
    t = ind.threshold
    return Practice(
        title=f"Filter and transform {ind.records} with list comprehensions",
        objective="Write [expression for item in iterable if condition]",
        instructions=(
            f"With one comprehension each, print: the names whose {ind.measure_label} is at "
            f"least {t}; every value doubled; and labels `name:xxx` using the first three "
            f"letters of the {ind.group}."
        ),
        setup=rows_code(ind),
        todo="# TODO: three comprehensions, three print() calls\n",
        answer=code(f"""
            print([name for name, _, value in {ind.records} if value >= {t}])
            print([value * 2 for _, _, value in {ind.records}])
            print([f"{{name}}:{{group[:3]}}" for name, group, _ in {ind.records}])
        """),
        expected=out(
            [n for n, _, v in ind.rows if v >= t],
            [v * 2 for v in ind.values],
            [f"{n}:{g[:3]}" for n, g, _ in ind.rows],
        ),
        hints=("The `if` at the end filters; the expression at the front transforms.",),
    )


def _listcomp_nested(ind: Industry) -> Practice:
    rows, t = ind.rows, ind.threshold
    batches = [rows[:2], rows[2:4], rows[4:]]
    return Practice(
        title="Nested loops and conditional expressions in comprehensions",
        objective="Flatten with two for clauses; choose values with x if c else y",
        instructions=(
            "The rows arrived in batches. Flatten the names with one comprehension (two `for` "
            f"clauses, in the same order as nested loops), then label each value 'high' if it "
            f"is at least {t} else 'ok'."
        ),
        setup=rows_code(ind)
        + f"batches = [{ind.records}[:2], {ind.records}[2:4], {ind.records}[4:]]\n",
        todo="# TODO: two comprehensions, two print() calls\n",
        answer=code(f"""
            print([row[0] for batch in batches for row in batch])
            print(["high" if row[2] >= {t} else "ok" for row in {ind.records}])
        """),
        expected=out(
            [row[0] for batch in batches for row in batch],
            ["high" if v >= t else "ok" for v in ind.values],
        ),
        hints=("`[x for outer in a for x in outer]` reads left to right like nested loops.",),
    )


def _genexpr_reduce(ind: Industry) -> Practice:
    t = ind.threshold
    top = max((v, n) for n, _, v in ind.rows)
    return Practice(
        title="Generator expressions feed sum(), max() and any()",
        objective="Pass a generator expression straight to a reducing function",
        instructions=(
            f"Without building lists, print the total {ind.measure_label}, the largest "
            f"`(value, name)` pair, and whether any value reaches {t}."
        ),
        setup=rows_code(ind),
        todo="# TODO: sum(...), max(...), any(...) with generator expressions\n",
        answer=code(f"""
            print(sum(value for _, _, value in {ind.records}))
            print(max((value, name) for name, _, value in {ind.records}))
            print(any(value >= {t} for _, _, value in {ind.records}))
        """),
        expected=out(sum(ind.values), top, any(v >= t for v in ind.values)),
        hints=("Inside a call, a generator expression needs no extra parentheses.",),
    )


def _genexpr_once(ind: Industry) -> Practice:
    squares = [v * v for v in ind.values]
    return Practice(
        title="A generator runs only once",
        objective="See lazy evaluation, exhaustion and next() with a default",
        instructions=(
            "Make `squares` a generator expression of each value squared. Print `next(squares)`, "
            "then `sum(squares)` twice (the second finds nothing left), then "
            "`next(squares, 'done')`."
        ),
        setup=rows_code(ind),
        todo="# TODO: squares = (...), four print() calls\n",
        answer=code(f"""
            squares = (value * value for _, _, value in {ind.records})
            print(next(squares))
            print(sum(squares))
            print(sum(squares))
            print(next(squares, "done"))
        """),
        expected=out(squares[0], sum(squares[1:]), 0, "done"),
        hints=("A generator remembers where it stopped; once exhausted it stays empty.",),
    )


def _itertools_groupby(ind: Industry) -> Practice:
    ordered = sorted(ind.rows, key=lambda row: row[1])
    lines = [f"{g} {[r[0] for r in rows]}" for g, rows in groupby(ordered, key=lambda r: r[1])]
    return Practice(
        title=f"Group {ind.records} with itertools.groupby",
        objective="Sort by the key first, then groupby",
        instructions=(
            f"`groupby` groups *consecutive* items with the same key. Sort the rows by "
            f"{ind.group}, group them, and print each {ind.group} with its list of names."
        ),
        setup="from itertools import groupby\n\n" + rows_code(ind),
        todo="# TODO: ordered = sorted(...); for key, rows in groupby(...):\n",
        answer=code(f"""
            ordered = sorted({ind.records}, key=lambda row: row[1])
            for key, rows in groupby(ordered, key=lambda row: row[1]):
                print(key, [row[0] for row in rows])
        """),
        expected=out(*lines),
        hints=("Without sorting, the same key can appear in several groups.",),
    )


def _itertools_tools(ind: Industry) -> Practice:
    names, values = ind.names, ind.values
    return Practice(
        title="combinations, accumulate, chain and islice",
        objective="Count pairs, running totals and slice an iterator",
        instructions=(
            f"Print how many pairs of {ind.records} exist, the pairs among the first three "
            "names, the running totals of the values, and the items from index 4 on of "
            "`chain(names, ['Zed'])`."
        ),
        setup="from itertools import accumulate, chain, combinations, islice\n\n"
        + rows_code(ind)
        + f"names = [row[0] for row in {ind.records}]\n"
        + f"values = [row[2] for row in {ind.records}]\n",
        todo="# TODO: four print() calls\n",
        answer=code("""
            print(len(list(combinations(names, 2))))
            print(list(combinations(names[:3], 2)))
            print(list(accumulate(values)))
            print(list(islice(chain(names, ["Zed"]), 4, None)))
        """),
        expected=out(
            len(list(combinations(names, 2))),
            list(combinations(names[:3], 2)),
            list(accumulate(values)),
            list(islice(chain(names, ["Zed"]), 4, None)),
        ),
        hints=("Iterators are lazy: wrap them in list() to see the items.",),
    )


def _generators_filter(ind: Industry) -> Practice:
    t = ind.threshold
    names = [n for n, _, v in ind.rows if v >= t]
    return Practice(
        title=f"Yield the {ind.records} that need attention",
        objective="Write a generator function with yield",
        instructions=(
            "Write `over_threshold(rows, limit)` that yields the name of each row whose value "
            "is at least `limit`. Take the first with `next()`, the rest with `list()`."
        ),
        setup=rows_code(ind) + "\n\ndef over_threshold(rows, limit):\n",
        todo="    return iter([])  # TODO: a for loop with yield\n",
        answer=indented("""
            for name, _, value in rows:
                if value >= limit:
                    yield name
        """),
        tail=code(f"""


            found = over_threshold({ind.records}, {t})
            print(next(found))
            print(list(found))
        """),
        expected=out(names[0], names[1:]),
        hints=("Each `yield` pauses the function until the next item is asked for.",),
    )


def _generators_pipeline(ind: Industry) -> Practice:
    g0 = ind.rows[0][1]
    lines = [f"{n},{g},{v}" for n, g, v in ind.rows]
    return Practice(
        title="A generator pipeline with yield from",
        objective="Chain small generators; delegate with yield from",
        instructions=(
            f"Write `parse(lines)` yielding `(name, {ind.group}, int(value))` tuples and "
            f"`only(group, rows)` yielding the rows of one {ind.group}; print the '{g0}' rows. "
            "Then write `chained(*iterables)` with `yield from`."
        ),
        setup=f"lines = {lines!r}\n\n\n",
        todo="# TODO: def parse(lines), def only(group, rows), def chained(*iterables)\n",
        answer=code("""
            def parse(lines):
                for raw in lines:
                    name, group, value = raw.split(",")
                    yield name, group, int(value)


            def only(group, rows):
                for row in rows:
                    if row[1] == group:
                        yield row


            def chained(*iterables):
                for iterable in iterables:
                    yield from iterable
        """),
        tail=code(f"""


            print(list(only("{g0}", parse(lines))))
            print(list(chained(["a", "b"], ("Zed",))))
        """),
        expected=out([row for row in ind.rows if row[1] == g0], ["a", "b", "Zed"]),
        hints=("Nothing runs until list() pulls items through the whole pipeline.",),
    )


def _iterators_cursor(ind: Industry) -> Practice:
    names = ind.names
    return Practice(
        title=f"A cursor over {ind.records}: the iterator protocol",
        objective="Implement __iter__ and __next__, ending with StopIteration",
        instructions=(
            "Complete `Cursor.__next__` so it returns the next row's name and raises "
            "StopIteration at the end. An iterator is exhausted after one pass."
        ),
        setup=rows_code(ind)
        + code("""


            class Cursor:
                def __init__(self, rows):
                    self.rows = rows
                    self.position = 0

                def __iter__(self):
                    return self

                def __next__(self):
        """),
        todo="        raise StopIteration  # TODO\n",
        answer=indented(
            """
                if self.position >= len(self.rows):
                    raise StopIteration
                row = self.rows[self.position]
                self.position += 1
                return row[0]
            """,
            2,
        ),
        tail=code(f"""


            cursor = Cursor({ind.records})
            print(next(cursor))
            print(list(cursor))
            print(list(cursor))
        """),
        expected=out(names[0], names[1:], []),
        hints=("A for loop calls iter() once, then next() until StopIteration.",),
    )


def _iterators_iterable(ind: Industry) -> Practice:
    names = ind.names
    batches = [names[i : i + 2] for i in range(0, len(names), 2)]
    return Practice(
        title="Iterable vs iterator: batches you can loop over twice",
        objective="Make __iter__ a generator so each loop gets a fresh iterator",
        instructions=(
            "Write `Batches.__iter__` as a generator yielding lists of `size` names. Unlike "
            "an iterator, the object can be looped over again; `iter()` of a generator is the "
            "generator itself."
        ),
        setup=rows_code(ind)
        + code("""


            class Batches:
                def __init__(self, rows, size):
                    self.rows = rows
                    self.size = size

                def __iter__(self):
        """),
        todo="        return iter([])  # TODO\n",
        answer=indented(
            """
                for start in range(0, len(self.rows), self.size):
                    yield [row[0] for row in self.rows[start : start + self.size]]
            """,
            2,
        ),
        tail=code(f"""


            batches = Batches({ind.records}, 2)
            print(list(batches))
            print(list(batches) == list(batches))
            first = iter(batches)
            print(next(first))
            print(iter(first) is first)
        """),
        expected=out(batches, True, batches[0], True),
        hints=("A generator function's body runs anew on every call of __iter__.",),
    )


GUIDES = (
    TopicGuide(
        key="dict_set_comprehensions",
        keywords=(
            "set comprehension",
            "dictionary comprehension",
            "dict comprehension",
            "comprehension",
            "dictionary",
        ),
        concepts=("{k: v for ...}", "{x for ...}", "filtering with if", "inverting a mapping"),
        terms=(("dict comprehension", "builds a dict from key: value pairs in one expression"),),
        pitfalls=(
            "Duplicate keys keep the last value silently.",
            "`{}` is an empty dict; an empty set is `set()`.",
        ),
        steps=("Iterate the source", "Filter with if", "Compute key and value", "Collect the dict"),
        practice=(_dictcomp_basic, _dictcomp_invert),
        search="python dictionary set comprehension",
    ),
    TopicGuide(
        key="list_comprehensions",
        keywords=("list comprehension", "comprehension"),
        concepts=("[expr for x in xs]", "if filters", "nested for clauses", "x if c else y"),
        terms=(("comprehension", "an expression that builds a collection from an iterable"),),
        pitfalls=(
            "A comprehension used only for side effects (print) should be a for loop.",
            "Deeply nested comprehensions are hard to read: two for clauses is a good limit.",
        ),
        steps=("Iterate the source", "Filter with if", "Transform each item", "Collect the list"),
        practice=(_listcomp_basic, _listcomp_nested),
        search="python list comprehensions",
    ),
    TopicGuide(
        key="generator_expressions",
        keywords=("generator expression", "lazy evaluation", "lazy"),
        concepts=("(expr for x in xs)", "lazy evaluation", "single pass", "sum()/max()/any()"),
        terms=(("generator expression", "like a list comprehension, but yields items one by one"),),
        pitfalls=(
            "A generator can be consumed once; a second pass sees nothing.",
            "len() and indexing do not work on generators.",
        ),
        steps=(
            "Create the generator",
            "A consumer asks for an item",
            "The expression runs once",
            "Repeat until exhausted",
        ),
        practice=(_genexpr_reduce, _genexpr_once),
        search="python generator expressions",
    ),
    TopicGuide(
        key="itertools",
        keywords=("itertools", "groupby", "islice", "combination", "accumulate"),
        concepts=("groupby after sorting", "combinations", "accumulate", "chain and islice"),
        terms=(("iterator", "an object producing items on demand with next()"),),
        pitfalls=("groupby only groups neighbours: sort by the same key first.",),
        steps=("Start from an iterable", "Wrap it in an itertools function", "Consume lazily"),
        practice=(_itertools_groupby, _itertools_tools),
        search="python itertools tutorial",
    ),
    TopicGuide(
        key="generators",
        keywords=("generator", "yield", "generator function", "yield from"),
        concepts=(
            "yield pauses the function",
            "lazy pipelines",
            "yield from",
            "StopIteration at the end",
        ),
        terms=(("generator", "an iterator produced by a function that uses yield"),),
        pitfalls=(
            "Calling a generator function runs nothing until the first next().",
            "A generator is exhausted after one pass.",
        ),
        steps=(
            "Call the function",
            "next() runs to a yield",
            "The value is handed out",
            "Resume at the next next()",
        ),
        practice=(_generators_filter, _generators_pipeline),
        search="python generators yield explained",
    ),
    TopicGuide(
        key="iterators",
        keywords=("iterator", "iter", "next", "iterator protocol", "iterable"),
        concepts=(
            "__iter__ returns an iterator",
            "__next__ returns the next item",
            "StopIteration ends it",
            "iterable vs iterator",
        ),
        terms=(
            ("iterable", "has __iter__; can be looped over"),
            ("iterator", "has __next__; produces items one at a time, once"),
        ),
        pitfalls=("An iterator's __iter__ returns self, so it can be looped over only once.",),
        steps=("for calls iter()", "for calls next()", "Use the item", "Stop at StopIteration"),
        practice=(_iterators_cursor, _iterators_iterable),
        search="python iterator protocol iter next",
    ),
)
