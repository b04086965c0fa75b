"""The guide for a Python topic the bank has nothing specific for (a framework or library the
sandbox does not have, say): practice of the plain-Python core every such topic builds on —
summarising records and cleaning messy input."""

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


def _summarise(ind: Industry) -> Practice:
    groups: dict[str, list[int]] = {}
    for _, group, value in ind.rows:
        groups.setdefault(group, []).append(value)
    lines = [
        f"{g}: {len(vs)} {ind.records}, sum {sum(vs)}, max {max(vs)}"
        for g, vs in sorted(groups.items())
    ]
    return Practice(
        title=f"Summarise {ind.records} per {ind.group}",
        objective="Group records with a dict, then report count, sum and maximum",
        instructions=(
            f"Write `summarise(rows)` returning, for each {ind.group} in alphabetical order, a "
            f"tuple (count, sum, max) of its {ind.measure_label} values. The loop below prints "
            "one line per group."
        ),
        setup=rows_code(ind) + "\n\ndef summarise(rows):\n",
        todo="    return {}  # TODO\n",
        answer=indented("""
            by_group = {}
            for name, group, value in rows:
                by_group.setdefault(group, []).append(value)
            return {
                group: (len(values), sum(values), max(values))
                for group, values in sorted(by_group.items())
            }
        """),
        tail=code(f"""


            for group, (count, grand, top) in summarise({ind.records}).items():
                print(f"{{group}}: {{count}} {ind.records}, sum {{grand}}, max {{top}}")
        """),
        expected=out(*lines),
        hints=("`setdefault(key, [])` returns the list for key, creating it the first time.",),
    )


def _clean(ind: Industry) -> Practice:
    (n0, g0, v0), (n1, g1, _), (n2, g2, v2), (n3, g3, _) = ind.rows[:4]
    raw = [f"  {n0} ; {g0} ; {v0} ", f"{n1};{g1};n/a", "", f"{n2};{g2};{v2}", f"{n3};{g3}"]
    return Practice(
        title=f"Clean a messy {ind.domain} export",
        objective="Strip, split, validate and convert; collect problems instead of crashing",
        instructions=(
            "Each line should be `name;group;number`. Keep the good rows as `(name, group, "
            "int)` tuples; for each bad line record `line N: expected 3 fields` or "
            "`line N: bad number '<text>'`. Print both lists."
        ),
        setup=f"raw_lines = {raw!r}\n",
        todo="clean = []\nproblems = []\n# TODO: one loop with enumerate(raw_lines, start=1)\n",
        answer=code("""
            clean = []
            problems = []
            for number, entry in enumerate(raw_lines, start=1):
                parts = [part.strip() for part in entry.split(";")]
                if len(parts) != 3:
                    problems.append(f"line {number}: expected 3 fields")
                    continue
                name, group, value = parts
                try:
                    clean.append((name, group, int(value)))
                except ValueError:
                    problems.append(f"line {number}: bad number {value!r}")
        """),
        tail="print(clean)\nprint(problems)\n",
        expected=out(
            [(n0, g0, v0), (n2, g2, v2)],
            ["line 2: bad number 'n/a'", "line 3: expected 3 fields", "line 5: expected 3 fields"],
        ),
        hints=("Validate the shape first (three fields), then the types.",),
    )


GENERAL_GUIDE = TopicGuide(
    key="python",
    keywords=("python",),
    concepts=(
        "read the official documentation first",
        "small runnable examples",
        "plain data: lists, dicts, tuples",
        "functions that return values",
    ),
    terms=(("standard library", "the modules that ship with Python, available everywhere"),),
    pitfalls=(
        "Copying code without running it hides misunderstandings: run and change each example.",
        "A library's API changes between versions: check the version you have.",
    ),
    steps=(
        "Read the documentation",
        "Run the smallest example",
        "Change one thing",
        "Build your own use case",
    ),
    practice=(_summarise, _clean),
    search="python tutorial",
)
