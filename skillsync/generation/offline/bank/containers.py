"""Built-in collections and the collections module: lists, tuples, dicts, sets, sorting."""

from __future__ import annotations

from collections import Counter, deque

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    out,
    rows_and_names,
    rows_code,
    unpack,
)
from skillsync.generation.offline.industries import Industry


def _collections_counter(ind: Industry) -> Practice:
    counts = Counter(g for _, g, _ in ind.rows)
    members: dict[str, list[str]] = {}
    for n, g, _ in ind.rows:
        members.setdefault(g, []).append(n)
    first = ind.groups[0]
    return Practice(
        title=f"Count and group {ind.records} with Counter and defaultdict",
        objective="Use Counter.most_common and defaultdict(list)",
        instructions=(
            f"Count the {ind.records} per {ind.group} with `Counter`; print the most common "
            f"one, the count for '{first}' and for 'nowhere'; then group names per {ind.group} "
            "with `defaultdict(list)` and print it as a dict."
        ),
        setup="from collections import Counter, defaultdict\n\n" + rows_code(ind),
        todo="# TODO: counts = Counter(...); members = defaultdict(list)\n",
        answer=code(f"""
            counts = Counter(row[1] for row in {ind.records})
            print(counts.most_common(1))
            print(counts["{first}"], counts["nowhere"])
            members = defaultdict(list)
            for {unpack(ind)} in {ind.records}:
                members[{ind.group}].append(name)
            print(dict(members))
        """),
        expected=out(counts.most_common(1), f"{counts[first]} 0", members),
        hints=("A Counter returns 0 for a missing key instead of raising KeyError.",),
    )


def _collections_deque(ind: Industry) -> Practice:
    window: deque[int] = deque(maxlen=3)
    lines = []
    for v in ind.values:
        window.append(v)
        lines.append(f"{list(window)} {round(sum(window) / len(window), 1)}")
    return Practice(
        title=f"A moving average of {ind.measure_label} with deque(maxlen=3)",
        objective="Use a bounded deque as a sliding window",
        instructions=(
            "Append each value to `deque(maxlen=3)` — the oldest drops out by itself — and "
            "print the window as a list and its average rounded to 1 decimal."
        ),
        setup="from collections import deque\n\n" + rows_code(ind),
        todo="window = deque(maxlen=3)\n# TODO: loop, append, print\n",
        answer=code(f"""
            window = deque(maxlen=3)
            for _, _, value in {ind.records}:
                window.append(value)
                print(list(window), round(sum(window) / len(window), 1))
        """),
        expected=out(*lines),
        hints=("Appending to a full bounded deque discards from the other end in O(1).",),
    )


def _sorting_keys(ind: Industry) -> Practice:
    by_value = [row[0] for row in sorted(ind.rows, key=lambda row: row[2], reverse=True)]
    return Practice(
        title=f"Rank {ind.records} with key functions",
        objective="Sort by a computed key, descending, and by length",
        instructions=(
            f"Print the names ordered by {ind.measure_label}, highest first; the names sorted "
            "by length (ties keep their order: sorting is stable); and the first name "
            "case-insensitively."
        ),
        setup=rows_and_names(ind),
        todo="# TODO: three print() calls using sorted(..., key=...)\n",
        answer=code(f"""
            ranked = sorted({ind.records}, key=lambda row: row[2], reverse=True)
            print([row[0] for row in ranked])
            print(sorted(names, key=len))
            print(sorted(names, key=str.lower)[0])
        """),
        expected=out(by_value, sorted(ind.names, key=len), sorted(ind.names, key=str.lower)[0]),
        hints=("The key function is called once per item; items are compared by its result.",),
    )


def _sorting_multi(ind: Industry) -> Practice:
    ranked = sorted(ind.rows, key=lambda row: (row[1], -row[2]))
    return Practice(
        title=f"Sort by {ind.group}, then by {ind.measure_label} descending",
        objective="Sort on a tuple key; use operator.itemgetter",
        instructions=(
            f"Print `{ind.group} name value` for each row sorted by {ind.group} ascending and, "
            f"within {ind.a_group}, by {ind.measure_label} descending (negate the number in the "
            "key). Then print the name of the row with the largest value using `itemgetter(2)`."
        ),
        setup="from operator import itemgetter\n\n" + rows_code(ind),
        todo="# TODO: sorted(..., key=lambda row: (..., ...)), then max(..., key=itemgetter(2))\n",
        answer=code(f"""
            for {unpack(ind)} in sorted({ind.records}, key=lambda row: (row[1], -row[2])):
                print({ind.group}, name, {ind.measure})
            print(max({ind.records}, key=itemgetter(2))[0])
        """),
        expected=out(*(f"{g} {n} {v}" for n, g, v in ranked), max(ind.rows, key=lambda r: r[2])[0]),
        hints=("Tuples compare item by item, so (group, -value) sorts by group first.",),
    )


def _tuple_unpacking(ind: Industry) -> Practice:
    names = ind.names
    top = max(ind.rows, key=lambda row: row[2])
    a, b = ind.values[1], ind.values[0]
    return Practice(
        title=f"Unpack {ind.record} rows",
        objective="Use star unpacking, swapping and unpacking in assignments",
        instructions=(
            "Unpack `names` into `first, *middle, last` and print them; swap the first two "
            f"{ind.measure_label} values with `a, b = b, a` and print them; unpack the row with "
            "the largest value and print its name and value."
        ),
        setup=rows_and_names(ind),
        todo="# TODO: three unpackings, three print() calls\n",
        answer=code(f"""
            first, *middle, last = names
            print(first, last, middle)
            a, b = {ind.records}[0][2], {ind.records}[1][2]
            a, b = b, a
            print(a, b)
            name, _, value = max({ind.records}, key=lambda row: row[2])
            print(name, value)
        """),
        expected=out(f"{names[0]} {names[-1]} {names[1:-1]}", f"{a} {b}", f"{top[0]} {top[2]}"),
        hints=("`*middle` collects everything between first and last into a list.",),
    )


def _tuple_named(ind: Industry) -> Practice:
    cls = ind.record.capitalize()
    name, group, value = ind.rows[0]
    fields = f"name={name!r}, {ind.group}={group!r}, {ind.measure}"
    return Practice(
        title=f"Named fields for {ind.record} tuples",
        objective="Use collections.namedtuple, _replace and _asdict",
        instructions=(
            f"Make `{cls} = namedtuple('{cls}', ['name', '{ind.group}', '{ind.measure}'])`, "
            f"turn each row into a {cls}, then print the first, its name and "
            f"{ind.measure_label} by field name, a copy with {ind.measure} 0, and `_asdict()`."
        ),
        setup="from collections import namedtuple\n\n" + rows_code(ind),
        todo=f"# TODO: define {cls}, build items, four print() calls\n",
        answer=code(f"""
            {cls} = namedtuple("{cls}", ["name", "{ind.group}", "{ind.measure}"])
            items = [{cls}(*row) for row in {ind.records}]
            print(items[0])
            print(items[0].name, items[0].{ind.measure})
            print(items[0]._replace({ind.measure}=0))
            print(items[0]._asdict())
        """),
        expected=out(
            f"{cls}({fields}={value!r})",
            f"{name} {value}",
            f"{cls}({fields}=0)",
            {"name": name, ind.group: group, ind.measure: value},
        ),
        hints=("Named tuples are still tuples: immutable, so `_replace` returns a new one.",),
    )


def _set_operations(ind: Industry) -> Practice:
    n = ind.names
    morning, evening = {n[0], n[1], n[2]}, {n[1], n[3]}
    return Practice(
        title=f"Which {ind.records} appear in both lists?",
        objective="Use set union, intersection, difference and membership",
        instructions=(
            f"Print the distinct {ind.group} values (sorted), then — for the morning and evening "
            "lists — the union, intersection and difference (each sorted) and whether "
            f"{n[4]} was seen in the morning."
        ),
        setup=rows_and_names(ind)
        + f"morning = {{{n[0]!r}, {n[1]!r}, {n[2]!r}}}\nevening = {{{n[1]!r}, {n[3]!r}}}\n",
        todo="# TODO: five print() calls (sets print in any order: sort them)\n",
        answer=code(f"""
            print(sorted(set(row[1] for row in {ind.records})))
            print(sorted(morning | evening))
            print(sorted(morning & evening))
            print(sorted(morning - evening))
            print({n[4]!r} in morning)
        """),
        expected=out(
            ind.groups,
            sorted(morning | evening),
            sorted(morning & evening),
            sorted(morning - evening),
            n[4] in morning,
        ),
        hints=(
            "`|` union, `&` intersection, `-` difference.",
            "A set has no order; sorted() gives a stable output.",
        ),
    )


def _set_dedupe(ind: Industry) -> Practice:
    n = ind.names
    visits = [n[0], n[1], n[0], n[2], n[1], n[3]]
    return Practice(
        title="Remove duplicates, keep the order",
        objective="dict.fromkeys vs set; symmetric difference; frozenset keys",
        instructions=(
            "Print the visits without duplicates in first-seen order (`dict.fromkeys`), the "
            f"number of distinct visitors, the sorted symmetric difference with "
            f"`{{{n[3]!r}, {n[4]!r}}}`, and the value stored under the frozenset of the first "
            "two names (looked up in the other order)."
        ),
        setup=f"visits = {visits!r}\npairs = {{frozenset({{{n[0]!r}, {n[1]!r}}}): 'shared'}}\n",
        todo="# TODO: four print() calls\n",
        answer=code(f"""
            print(list(dict.fromkeys(visits)))
            print(len(set(visits)))
            print(sorted(set(visits) ^ {{{n[3]!r}, {n[4]!r}}}))
            print(pairs[frozenset({{{n[1]!r}, {n[0]!r}}})])
        """),
        expected=out(
            list(dict.fromkeys(visits)),
            len(set(visits)),
            sorted(set(visits) ^ {n[3], n[4]}),
            "shared",
        ),
        hints=("Sets are unhashable; frozensets are hashable and can be dict keys.",),
    )


def _dict_lookup(ind: Industry) -> Practice:
    lookup = {name: value for name, _, value in ind.rows}
    first = ind.names[0]
    lookup_after = {**lookup, "Zed": 1}
    return Practice(
        title=f"Look up {ind.records} by name",
        objective="Build a dict; use [], get() with a default, update() and in",
        instructions=(
            f"Build `lookup` mapping each name to its {ind.measure_label} with a loop. Print "
            f"`lookup['{first}']`, `lookup.get('Zed', 0)`; add Zed with `update`, then print the "
            "size and whether 'Zed' is in it, and the first two items in name order."
        ),
        setup=rows_code(ind),
        todo="lookup = {}\n# TODO: fill lookup, then four print() calls\n",
        answer=code(f"""
            lookup = {{}}
            for {unpack(ind)} in {ind.records}:
                lookup[name] = {ind.measure}
            print(lookup["{first}"])
            print(lookup.get("Zed", 0))
            lookup.update({{"Zed": 1}})
            print(len(lookup), "Zed" in lookup)
            print(sorted(lookup.items())[:2])
        """),
        expected=out(
            lookup[first], 0, f"{len(lookup_after)} True", sorted(lookup_after.items())[:2]
        ),
        hints=("`d[key]` raises KeyError for a missing key; `d.get(key, default)` does not.",),
    )


def _dict_grouping(ind: Industry) -> Practice:
    sums: dict[str, int] = {}
    members: dict[str, list[str]] = {}
    for name, group, value in ind.rows:
        sums[group] = sums.get(group, 0) + value
        members.setdefault(group, []).append(name)
    merged = {"unit": ind.unit} | {"source": "daily report"}
    return Practice(
        title=f"{ind.measure_label.capitalize()} per {ind.group}",
        objective="Accumulate with get(), group with setdefault(), merge with |",
        instructions=(
            f"Sum the {ind.measure_label} per {ind.group} with `dict.get(key, 0)`, list the "
            f"names per {ind.group} with `setdefault(key, [])`, and print both. Then print the "
            "merge of `{'unit': ...}` and `{'source': 'daily report'}` with `|`, and "
            "`sums.pop('missing', None)`."
        ),
        setup=rows_code(ind),
        todo="sums = {}\nmembers = {}\n# TODO: one loop, then four print() calls\n",
        answer=code(f"""
            sums = {{}}
            members = {{}}
            for {unpack(ind)} in {ind.records}:
                sums[{ind.group}] = sums.get({ind.group}, 0) + {ind.measure}
                members.setdefault({ind.group}, []).append(name)
            print(sums)
            print(members)
            print({{"unit": "{ind.unit}"}} | {{"source": "daily report"}})
            print(sums.pop("missing", None))
        """),
        expected=out(sums, members, merged, None),
        hints=("Dicts keep insertion order: keys appear in the order first seen.",),
    )


def _list_methods(ind: Industry) -> Practice:
    names = [*ind.names]
    names.append("Zed")
    names.insert(0, "Ada")
    removed = names.pop(2)
    names.remove("Zed")
    return Practice(
        title=f"Keep a list of {ind.record} names up to date",
        objective="Use append, insert, pop, remove and index",
        instructions=(
            "Append 'Zed', insert 'Ada' at the front, pop the item at index 2 (keep it), remove "
            "'Zed' again. Print the list, the popped name, and the list's length with the index "
            "of its last name."
        ),
        setup=rows_and_names(ind),
        todo="# TODO: four changes, then three print() calls\n",
        answer=code("""
            names.append("Zed")
            names.insert(0, "Ada")
            removed = names.pop(2)
            names.remove("Zed")
            print(names)
            print(removed)
            print(len(names), names.index(names[-1]))
        """),
        expected=out(names, removed, f"{len(names)} {names.index(names[-1])}"),
        hints=(
            "`pop(i)` removes and returns the item at i; `remove(x)` removes the first x.",
            "Indexes shift after an insert at the front.",
        ),
    )


def _list_sorting(ind: Industry) -> Practice:
    values = [*ind.values]
    ranked = sorted(values, reverse=True)[:3]
    values.sort()
    return Practice(
        title="sort() vs sorted(), append() vs extend()",
        objective="Know which list operations change the list and what they return",
        instructions=(
            f"Print the top three {ind.measure_label} values with `sorted(..., reverse=True)`; "
            "print whether `values.sort()` returns None, then `values`; finally compare the "
            "lengths after `append([1, 2])` and after `extend([1, 2])` on two copies of "
            "`values[:2]`."
        ),
        setup=rows_code(ind) + f"values = [row[2] for row in {ind.records}]\n",
        todo="# TODO: five print() calls\n",
        answer=code("""
            print(sorted(values, reverse=True)[:3])
            print(values.sort() is None)
            print(values)
            appended = values[:2]
            appended.append([1, 2])
            extended = values[:2]
            extended.extend([1, 2])
            print(len(appended), len(extended))
        """),
        expected=out(ranked, True, values, "3 4"),
        hints=(
            "`sort()` sorts in place and returns None; `sorted()` returns a new list.",
            "`append` adds one item (the whole list); `extend` adds each item.",
        ),
    )


GUIDES = (
    TopicGuide(
        key="collections_module",
        keywords=("collections", "counter", "defaultdict", "deque", "namedtuple"),
        concepts=("Counter", "defaultdict", "deque", "namedtuple"),
        terms=(("Counter", "a dict subclass counting hashable items"),),
        pitfalls=(
            "Reading a missing key of a defaultdict creates it.",
            "deque is fast at both ends but slow in the middle.",
        ),
        steps=(
            "Pick the container",
            "Feed it items",
            "Query counts or groups",
            "Convert for output",
        ),
        practice=(_collections_counter, _collections_deque),
        search="python collections counter defaultdict deque",
    ),
    TopicGuide(
        key="sorting",
        keywords=("sort", "sorting", "sorted", "key function"),
        concepts=("sorted() vs list.sort()", "key=", "reverse=True", "stable sorting"),
        terms=(("key function", "a function giving the value to compare each item by"),),
        pitfalls=(
            "`list.sort()` returns None: `x = x.sort()` loses the list.",
            "Mixed types (int and str) cannot be compared: sorting them raises TypeError.",
        ),
        steps=(
            "Choose the key",
            "Python computes each key once",
            "Compare keys",
            "Stable order for ties",
        ),
        practice=(_sorting_keys, _sorting_multi),
        search="python sorting key functions",
    ),
    TopicGuide(
        key="tuples",
        keywords=("tuple", "unpacking", "sequence unpacking", "named tuple"),
        concepts=("immutable sequences", "a, b = b, a", "first, *rest", "namedtuple"),
        terms=(
            ("tuple", "an immutable sequence; `(x,)` has one item"),
            ("unpacking", "assigning a sequence's items to several names at once"),
        ),
        pitfalls=("`(x)` is just x in parentheses; a one-item tuple needs a comma.",),
        steps=("Build a tuple", "Unpack it into names", "Use the names"),
        practice=(_tuple_unpacking, _tuple_named),
        search="python tuples unpacking",
    ),
    TopicGuide(
        key="sets",
        keywords=("set", "set operation"),
        concepts=("no duplicates", "| & - ^", "membership in O(1)", "frozenset"),
        terms=(("set", "an unordered collection of distinct hashable items"),),
        pitfalls=("Sets have no order: sort before printing or comparing output.",),
        steps=("Build the sets", "Combine with an operator", "Test membership"),
        practice=(_set_operations, _set_dedupe),
        search="python sets set operations",
    ),
    TopicGuide(
        key="dicts",
        keywords=("dictionary", "dict", "mapping", "dictionary method", "key value"),
        concepts=(
            "d[key] and d.get(key, default)",
            "items() / keys() / values()",
            "setdefault()",
            "d1 | d2",
        ),
        terms=(("dict", "a mapping from hashable keys to values, in insertion order"),),
        pitfalls=(
            "Changing a dict's size while iterating over it raises RuntimeError.",
            "Keys must be hashable: lists cannot be keys, tuples can.",
        ),
        steps=("Create the dict", "Add or update keys", "Look up safely", "Iterate items()"),
        practice=(_dict_lookup, _dict_grouping),
        search="python dictionaries dictionary methods",
    ),
    TopicGuide(
        key="lists",
        keywords=("list", "list method", "append"),
        concepts=(
            "mutable sequence",
            "append / insert / pop / remove",
            "sort() vs sorted()",
            "slicing copies",
        ),
        terms=(("list", "an ordered, mutable sequence"), ("index", "a position, counted from 0")),
        pitfalls=(
            "`[[]] * 3` repeats one inner list three times.",
            "Inserting or popping at the front is O(n): use collections.deque for queues.",
        ),
        steps=("Create the list", "Add items", "Remove or reorder", "Read by index or slice"),
        practice=(_list_methods, _list_sorting),
        search="python lists list methods",
    ),
)
