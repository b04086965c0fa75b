"""Control flow: conditionals, for and while loops, pattern matching, recursion."""

from __future__ import annotations

from typing import Any

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    indented,
    out,
    rows_code,
    unpack,
)
from skillsync.generation.offline.industries import Industry


def _low(ind: Industry) -> int:
    return ind.threshold * 3 // 4


def _if_bands(ind: Industry) -> Practice:
    high, low = ind.threshold, _low(ind)

    def band(value: int) -> str:
        return "high" if value >= high else "normal" if value >= low else "low"

    return Practice(
        title=f"Classify {ind.records} with if / elif / else",
        objective="Order conditions from the most specific to the fallback",
        instructions=(
            f"Print `name: band` for each {ind.record}: 'high' when the {ind.measure_label} is "
            f"at least HIGH ({high}), 'normal' when at least LOW ({low}), otherwise 'low'."
        ),
        setup=rows_code(ind) + f"HIGH = {high}\nLOW = {low}\n",
        todo=f"for {unpack(ind)} in {ind.records}:\n    pass  # TODO: if / elif / else\n",
        answer=code(f"""
            for {unpack(ind)} in {ind.records}:
                if {ind.measure} >= HIGH:
                    band = "high"
                elif {ind.measure} >= LOW:
                    band = "normal"
                else:
                    band = "low"
                print(f"{{name}}: {{band}}")
        """),
        expected=out(*(f"{n}: {band(v)}" for n, _, v in ind.rows)),
        hints=(
            "Test `>= HIGH` first: a high value is also `>= LOW`.",
            "Only the first true branch runs.",
        ),
    )


def _if_expressions(ind: Industry) -> Practice:
    high, low = ind.threshold, _low(ind)
    values = ind.values
    return Practice(
        title="Chained comparisons, all() and any()",
        objective="Write range checks as LOW <= x < HIGH and conditional expressions",
        instructions=(
            f"Print whether all {ind.measure_label} values are positive and whether any reaches "
            "HIGH; then, for each row, print the name and 'in range' if `LOW <= value < HIGH` "
            "else 'out of range' (use a conditional expression)."
        ),
        setup=rows_code(ind) + f"HIGH = {high}\nLOW = {low}\n",
        todo="# TODO: print(all(...)), print(any(...)), then the loop\n",
        answer=code(f"""
            print(all(row[2] > 0 for row in {ind.records}))
            print(any(row[2] >= HIGH for row in {ind.records}))
            for {unpack(ind)} in {ind.records}:
                print(name, "in range" if LOW <= {ind.measure} < HIGH else "out of range")
        """),
        expected=out(
            all(v > 0 for v in values),
            any(v >= high for v in values),
            *(f"{n} {'in range' if low <= v < high else 'out of range'}" for n, _, v in ind.rows),
        ),
        hints=("`a <= x < b` means `a <= x and x < b`.", "`x if cond else y` is an expression."),
    )


def _for_enumerate(ind: Industry) -> Practice:
    return Practice(
        title=f"Number the {ind.records} with enumerate",
        objective="Loop with enumerate(start=1) and unpack each row",
        instructions=(
            f"Print a numbered list: `1. name ({ind.group})` for each {ind.record}, counting "
            "from 1 without a counter variable."
        ),
        setup=rows_code(ind),
        todo=f"# TODO: for position, ({unpack(ind)}) in enumerate(...):\n",
        answer=code(f"""
            for position, ({unpack(ind)}) in enumerate({ind.records}, start=1):
                print(f"{{position}}. {{name}} ({{{ind.group}}})")
        """),
        expected=out(*(f"{i}. {n} ({g})" for i, (n, g, _) in enumerate(ind.rows, start=1))),
        hints=("`enumerate(items, start=1)` yields (1, first), (2, second), ...",),
    )


def _for_zip_range(ind: Industry) -> Practice:
    names, values = ind.names, ind.values
    running, lines = 0, []
    for name, value in zip(names, values, strict=True):
        running += value
        lines.append(f"{name} {running}")
    lines += [f"{i} {names[i]}" for i in range(0, len(names), 2)]
    return Practice(
        title="Walk two lists together with zip; step with range",
        objective="Use zip(strict=True) for running totals and range(start, stop, step)",
        instructions=(
            f"Print each name with the running total of {ind.measure_label} so far (zip the two "
            "lists), then every second name with its index using `range(0, len(names), 2)`."
        ),
        setup=code(f"""
            names = {names!r}
            values = {values!r}
        """),
        todo="# TODO: a zip loop with a running total, then a range loop\n",
        answer=code("""
            running = 0
            for name, value in zip(names, values, strict=True):
                running += value
                print(name, running)
            for index in range(0, len(names), 2):
                print(index, names[index])
        """),
        expected=out(*lines),
        hints=("`strict=True` raises if the lists differ in length instead of stopping early.",),
    )


def _while_budget(ind: Industry) -> Practice:
    budget = ind.threshold * 2
    spent = count = 0
    while count < len(ind.rows):
        value = ind.rows[count][2]
        if spent + value > budget:
            break
        spent += value
        count += 1
    return Practice(
        title=f"Take {ind.records} until the budget runs out",
        objective="Use while with a condition and break",
        instructions=(
            f"Take {ind.records} in order while the sum of their {ind.measure_label} stays "
            f"within BUDGET ({budget}); stop at the first that would exceed it. Print how many "
            "were taken and the sum."
        ),
        setup=rows_code(ind) + f"BUDGET = {budget}\n",
        todo="spent = 0\ncount = 0\n# TODO: while ...: break when the next one does not fit\n",
        answer=code(f"""
            spent = 0
            count = 0
            while count < len({ind.records}):
                value = {ind.records}[count][2]
                if spent + value > BUDGET:
                    break
                spent += value
                count += 1
        """),
        tail="print(count, spent)\n",
        expected=out(f"{count} {spent}"),
        hints=("`break` leaves the loop at once; the counter tells how far it got.",),
    )


def _while_else(ind: Industry) -> Practice:
    checked = [n for n, _, v in ind.rows if v >= ind.threshold]
    return Practice(
        title="continue, and the else of a loop",
        objective="Skip items with continue; use while ... else for 'not found'",
        instructions=(
            f"Print `check <name>` for each {ind.record} at or above THRESHOLD, skipping the "
            "others with `continue`. Then search `names` for 'Zed' with a while loop that "
            "breaks when found; its `else` prints 'Zed not found'."
        ),
        setup=rows_code(ind)
        + f"THRESHOLD = {ind.threshold}\nnames = [row[0] for row in {ind.records}]\n",
        todo="# TODO: the continue loop, then the search with while ... else\n",
        answer=code(f"""
            index = 0
            while index < len({ind.records}):
                {unpack(ind)} = {ind.records}[index]
                index += 1
                if {ind.measure} < THRESHOLD:
                    continue
                print("check", name)
            position = 0
            while position < len(names):
                if names[position] == "Zed":
                    print("found at", position)
                    break
                position += 1
            else:
                print("Zed not found")
        """),
        expected=out(*(f"check {n}" for n in checked), "Zed not found"),
        hints=(
            "Increment the index before `continue`, or the loop never ends.",
            "A loop's `else` runs only when the loop ends without `break`.",
        ),
    )


def _match_rows(ind: Industry) -> Practice:
    first_group = ind.groups[0]

    def triage(row: tuple[str, str, int]) -> str:
        name, group, value = row
        if value >= ind.threshold:
            return f"{name}: urgent"
        if group == first_group:
            return f"{name}: {first_group} queue"
        return f"{name}: routine"

    return Practice(
        title=f"Route {ind.records} with match / case",
        objective="Match sequence patterns with literals, captures and guards",
        instructions=(
            f"Write `triage(row)` with `match`: a row whose {ind.measure_label} is at least "
            f"{ind.threshold} is 'urgent' (a guard), a row in '{first_group}' goes to the "
            f"'{first_group} queue' (a literal), everything else is 'routine'."
        ),
        setup=rows_code(ind) + "\n\ndef triage(row):\n",
        todo='    return "routine"  # TODO: match row: case (name, _, value) if ...\n',
        answer=indented(f"""
            match row:
                case (name, _, value) if value >= {ind.threshold}:
                    return f"{{name}}: urgent"
                case (name, "{first_group}", _):
                    return f"{{name}}: {first_group} queue"
                case (name, _, _):
                    return f"{{name}}: routine"
        """),
        tail=f"\n\nfor row in {ind.records}:\n    print(triage(row))\n",
        expected=out(*(triage(row) for row in ind.rows)),
        hints=(
            "Cases are tried top to bottom; the guard comes after `if`.",
            "`_` matches anything without binding it.",
        ),
    )


def _match_events(ind: Industry) -> Practice:
    n0, n1, n2 = ind.names[:3]
    events: list[dict[str, Any]] = [
        {"type": ind.event, "id": n0},
        {"type": "transfer", "id": n1, "to": ind.groups[-1]},
        {"type": "cancelled", "id": n2, "reason": "duplicate"},
        {"kind": "unknown"},
    ]
    lines = [
        f"{n0} {ind.event}",
        f"{n1} moved to {ind.groups[-1]}",
        f"{n2} cancelled: duplicate",
        "unrecognised ['kind']",
    ]
    return Practice(
        title=f"Handle {ind.domain} events with mapping patterns",
        objective="Match dicts by their keys and capture values",
        instructions=(
            "Each event is a dict. Print `<id> cancelled: <reason>` for cancellations, "
            "`<id> moved to <to>` for transfers, `<id> <type>` for any other typed event, and "
            "`unrecognised <sorted keys>` for the rest."
        ),
        setup=f"events = {events!r}\n",
        todo="for item in events:\n    pass  # TODO: match item: case {'type': 'cancelled', ...}\n",
        answer=code("""
            for item in events:
                match item:
                    case {"type": "cancelled", "id": ident, "reason": reason}:
                        print(f"{ident} cancelled: {reason}")
                    case {"type": "transfer", "id": ident, "to": target}:
                        print(f"{ident} moved to {target}")
                    case {"type": str(kind), "id": ident}:
                        print(f"{ident} {kind}")
                    case _:
                        print("unrecognised", sorted(item))
        """),
        expected=out(*lines),
        hints=(
            "A mapping pattern matches if those keys exist; extra keys are allowed.",
            "`str(kind)` matches a str and binds it to `kind`.",
        ),
    )


def _deep(items: list[Any]) -> tuple[int, int]:
    total, depth = 0, 1
    for item in items:
        if isinstance(item, list):
            inner_total, inner_depth = _deep(item)
            total += inner_total
            depth = max(depth, inner_depth + 1)
        else:
            total += item
    return total, depth


def _recursion_nested(ind: Industry) -> Practice:
    v = ind.values
    nested = [v[0], [v[1], [v[2], v[3]]], [], [v[4]]]
    total, depth = _deep(nested)
    return Practice(
        title=f"Sum nested {ind.measure_label} lists recursively",
        objective="Write a base case and a recursive case",
        instructions=(
            "Reports were merged into nested lists. Write `deep_sum(items)` (numbers add up, "
            "lists recurse) and `depth(items)` (1 for a flat list, plus one per level of "
            "nesting), then print both for `nested`."
        ),
        setup=f"nested = {nested!r}\n",
        todo="# TODO: def deep_sum(items): ... and def depth(items): ...\n",
        answer=code("""
            def deep_sum(items):
                result = 0
                for item in items:
                    result += deep_sum(item) if isinstance(item, list) else item
                return result


            def depth(items):
                inner = [depth(item) for item in items if isinstance(item, list)]
                return 1 + max(inner, default=0)


            print(deep_sum(nested))
            print(depth(nested))
        """),
        expected=out(total, depth),
        hints=(
            "The base case is a number; the recursive case is a list.",
            "`max([], default=0)` is 0: a flat list has depth 1.",
        ),
    )


def _recursion_search(ind: Industry) -> Practice:
    ordered = sorted(ind.values)
    return Practice(
        title="Binary search, recursively",
        objective="Halve the search range on each call until it is empty",
        instructions=(
            f"Write `find(values, target, low, high)` returning the index of `target` in the "
            f"sorted {ind.measure_label} values, or -1. Print the sorted list, the index of "
            f"{ordered[3]}, and the index of 0."
        ),
        setup=rows_code(ind) + f"ordered = sorted(row[2] for row in {ind.records})\n",
        todo="# TODO: def find(values, target, low=0, high=None): ...\n",
        answer=code("""
            def find(values, target, low=0, high=None):
                if high is None:
                    high = len(values) - 1
                if low > high:
                    return -1
                middle = (low + high) // 2
                if values[middle] == target:
                    return middle
                if values[middle] < target:
                    return find(values, target, middle + 1, high)
                return find(values, target, low, middle - 1)
        """),
        tail="print(ordered)\nprint(find(ordered, ordered[3]))\nprint(find(ordered, 0))\n",
        expected=out(ordered, 3, -1),
        hints=(
            "Base cases: an empty range (low > high) and a hit.",
            "Each call looks at half of what the previous one did: O(log n).",
        ),
    )


GUIDES = (
    TopicGuide(
        key="conditionals",
        keywords=("conditional", "elif", "branch", "branching", "if statement"),
        concepts=("if / elif / else", "comparison operators", "a if cond else b", "all() / any()"),
        terms=(
            ("condition", "an expression Python reads as true or false"),
            ("branch", "the block that runs when its condition is the first true one"),
        ),
        pitfalls=(
            "Order matters: put the narrowest condition first.",
            "`if x == 1 or 2` is always true; write `if x in (1, 2)`.",
        ),
        steps=(
            "Evaluate the if condition",
            "If false, try each elif",
            "Else as the fallback",
            "Run one block",
        ),
        practice=(_if_bands, _if_expressions),
        search="python if elif else tutorial",
    ),
    TopicGuide(
        key="while",
        keywords=("while", "while loop", "break", "continue"),
        concepts=("while condition:", "break", "continue", "loop else"),
        terms=(
            ("while loop", "repeats while its condition stays true"),
            ("break / continue", "leave the loop / skip to the next round"),
        ),
        pitfalls=(
            "Forgetting to update the loop variable makes an infinite loop.",
            "A loop's `else` runs when it was not broken — not 'if the loop never ran'.",
        ),
        steps=("Check the condition", "Run the body", "Update the state", "break or loop again"),
        practice=(_while_budget, _while_else),
        search="python while loop break continue",
    ),
    TopicGuide(
        key="loops",
        keywords=("for loop", "range", "enumerate", "zip", "loop", "iteration"),
        concepts=("for item in iterable", "range(start, stop, step)", "enumerate()", "zip()"),
        terms=(
            ("iterable", "anything a for loop can walk: lists, strings, dicts, ranges, files"),
            ("range", "a lazy sequence of integers; the stop value is excluded"),
        ),
        pitfalls=(
            "`for i in range(len(items))` is rarely needed: use enumerate().",
            "zip() stops at the shortest input unless you pass `strict=True`.",
        ),
        steps=("Get an iterable", "Take the next item", "Run the body", "Repeat until exhausted"),
        practice=(_for_enumerate, _for_zip_range),
        search="python for loop range enumerate zip",
    ),
    TopicGuide(
        key="match",
        keywords=("pattern matching", "match", "match case", "structural"),
        concepts=(
            "match subject:",
            "case patterns",
            "guards with if",
            "mapping and class patterns",
        ),
        terms=(
            ("pattern", "a shape to compare the subject against, binding names on success"),
            ("guard", "an `if` after a pattern that must also be true"),
        ),
        pitfalls=(
            "A bare name in a case captures; compare with a constant using a dotted name "
            "(`Color.RED`) or a literal.",
            "Cases run top to bottom: a catch-all `case _` must come last.",
        ),
        steps=(
            "Take the subject",
            "Try each case's pattern",
            "Check the guard",
            "Run the first match",
        ),
        practice=(_match_rows, _match_events),
        search="python structural pattern matching match case",
    ),
    TopicGuide(
        key="recursion",
        keywords=("recursion", "recursive"),
        concepts=("base case", "recursive case", "call stack", "recursion limit"),
        terms=(
            ("recursion", "a function solving a problem by calling itself on a smaller part"),
            ("base case", "the input answered directly, which stops the recursion"),
        ),
        pitfalls=(
            "Python's default recursion limit is about 1000 frames: deep inputs need a loop.",
            "Recomputing the same calls is exponential: cache or build bottom-up.",
        ),
        steps=(
            "Check the base case",
            "Split the problem",
            "Call yourself on the part",
            "Combine the results",
        ),
        practice=(_recursion_nested, _recursion_search),
        search="python recursion explained",
    ),
)
