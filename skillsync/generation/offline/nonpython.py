"""Exercises for topics that are not Python, written as guidance: the sandbox runs Python only,
so these are not run, and their expected output is the answer to compare with.

Two kinds: a data task in the technology's own language (total a value per group of the
industry's rows, the same small task in SQL, JavaScript, TypeScript, a shell, Go, Rust or
Java; its result computed here from the rows), and a written task (explain the topic with an
example from the learner's industry) whose expected output is a checklist.
"""

from __future__ import annotations

from collections.abc import Callable

from skillsync.generation.offline.industries import Industry


def _sorted_totals(ind: Industry) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for _, group, value in ind.rows:
        totals[group] = totals.get(group, 0) + value
    return sorted(totals.items())


def _first_seen_totals(ind: Industry) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for _, group, value in ind.rows:
        totals[group] = totals.get(group, 0) + value
    return list(totals.items())


def _sql(ind: Industry) -> tuple[str, str, str]:
    values = ",\n  ".join(f"('{n}', '{g}', {v})" for n, g, v in ind.rows)
    setup = (
        f"CREATE TABLE {ind.records} (\n  name TEXT PRIMARY KEY,\n  {ind.group} TEXT NOT NULL,\n"
        f"  {ind.measure} INTEGER NOT NULL\n);\nINSERT INTO {ind.records} VALUES\n  {values};\n\n"
    )
    starter = setup + f"-- TODO: one row per {ind.group}: its count and total {ind.measure}\n"
    solution = setup + (
        f"SELECT {ind.group}, COUNT(*) AS row_count, SUM({ind.measure}) AS total_{ind.measure}\n"
        f"FROM {ind.records}\nGROUP BY {ind.group}\nORDER BY {ind.group};\n"
    )
    counts = {g: sum(1 for _, gg, _ in ind.rows if gg == g) for g in ind.groups}
    lines = [f"{ind.group} | row_count | total_{ind.measure}"]
    lines += [f"{g} | {counts[g]} | {t}" for g, t in _sorted_totals(ind)]
    return starter, solution, "\n".join(lines) + "\n"


def _javascript(ind: Industry, *, typed: bool) -> tuple[str, str, str]:
    rows = "\n".join(
        f'  {{ name: "{n}", {ind.group}: "{g}", {ind.measure}: {v} }},' for n, g, v in ind.rows
    )
    declared = "const totals: { [group: string]: number } = {};" if typed else "const totals = {};"
    setup = f"const {ind.records} = [\n{rows}\n];\n\n"
    starter = (
        setup
        + f"// TODO: total {ind.measure} per {ind.group}, printed as '<{ind.group}>: <total>'\n"
    )
    solution = setup + (
        f"{declared}\nfor (const row of {ind.records}) {{\n"
        f"  totals[row.{ind.group}] = (totals[row.{ind.group}] ?? 0) + row.{ind.measure};\n}}\n"
        "for (const [group, total] of Object.entries(totals)) {\n"
        "  console.log(`${group}: ${total}`);\n}\n"
    )
    return starter, solution, "".join(f"{g}: {t}\n" for g, t in _first_seen_totals(ind))


def _shell(ind: Industry) -> tuple[str, str, str]:
    rows = "".join(f"{n},{g},{v}\n" for n, g, v in ind.rows)
    setup = f"cat > {ind.records}.csv <<'END'\n{rows}END\n\n"
    starter = (
        setup + f"# TODO: total {ind.measure} per {ind.group} with awk, sorted by {ind.group}\n"
    )
    solution = setup + (
        "awk -F, '{ total[$2] += $3 } END { for (g in total) print g, total[g] }' "
        f"{ind.records}.csv | sort\n"
    )
    return starter, solution, "".join(f"{g} {t}\n" for g, t in _sorted_totals(ind))


def _go(ind: Industry) -> tuple[str, str, str]:
    rows = "\n".join(f'\t\t{{"{n}", "{g}", {v}}},' for n, g, v in ind.rows)
    body = (
        "type Row struct {\n\tName  string\n\tGroup string\n\tValue int\n}\n\nfunc main() {\n"
        f"\trows := []Row{{\n{rows}\n\t}}\n"
    )
    starter = (
        'package main\n\nimport "fmt"\n\n'
        + body
        + '\t// TODO: total Value per Group; print the groups sorted (import "sort")\n'
        "\tfmt.Println(len(rows))\n}\n"
    )
    solution = (
        'package main\n\nimport (\n\t"fmt"\n\t"sort"\n)\n\n'
        + body
        + "\ttotals := map[string]int{}\n\tfor _, row := range rows {\n"
        "\t\ttotals[row.Group] += row.Value\n\t}\n\tgroups := make([]string, 0, len(totals))\n"
        "\tfor group := range totals {\n\t\tgroups = append(groups, group)\n\t}\n"
        "\tsort.Strings(groups)\n\tfor _, group := range groups {\n"
        '\t\tfmt.Printf("%s: %d\\n", group, totals[group])\n\t}\n}\n'
    )
    return starter, solution, "".join(f"{g}: {t}\n" for g, t in _sorted_totals(ind))


def _rust(ind: Industry) -> tuple[str, str, str]:
    rows = "\n".join(f'        ("{n}", "{g}", {v}),' for n, g, v in ind.rows)
    head = f"use std::collections::BTreeMap;\n\nfn main() {{\n    let rows = [\n{rows}\n    ];\n"
    starter = (
        head + "    // TODO: total per group in a BTreeMap (sorted by key), then print each\n}\n"
    )
    solution = head + (
        "    let mut totals = BTreeMap::new();\n    for (_, group, value) in rows {\n"
        "        *totals.entry(group).or_insert(0) += value;\n    }\n"
        '    for (group, total) in &totals {\n        println!("{group}: {total}");\n    }\n}\n'
    )
    return starter, solution, "".join(f"{g}: {t}\n" for g, t in _sorted_totals(ind))


def _java(ind: Industry) -> tuple[str, str, str]:
    rows = ",\n".join(f'            new Row("{n}", "{g}", {v})' for n, g, v in ind.rows)
    head = (
        "import java.util.List;\nimport java.util.TreeMap;\n\npublic class Report {\n"
        "    record Row(String name, String group, int value) {}\n\n"
        "    public static void main(String[] args) {\n"
        f"        var rows = List.of(\n{rows}\n        );\n"
    )
    starter = (
        head
        + "        // TODO: total value per group in a TreeMap, then print each entry\n    }\n}\n"
    )
    solution = head + (
        "        var totals = new TreeMap<String, Integer>();\n"
        "        for (var row : rows) {\n"
        "            totals.merge(row.group(), row.value(), Integer::sum);\n        }\n"
        '        totals.forEach((group, total) -> System.out.println(group + ": " + total));\n'
        "    }\n}\n"
    )
    return starter, solution, "".join(f"{g}: {t}\n" for g, t in _sorted_totals(ind))


DATA_TASKS: dict[str, Callable[[Industry], tuple[str, str, str]]] = {
    "sql": _sql,
    "javascript": lambda ind: _javascript(ind, typed=False),
    "typescript": lambda ind: _javascript(ind, typed=True),
    "shell": _shell,
    "go": _go,
    "rust": _rust,
    "java": _java,
}
TOOL_NOTES = {
    "sql": "Run it in any SQL database (SQLite, PostgreSQL): the query is standard SQL.",
    "javascript": "Run it with `node report.js` or paste it into a browser console.",
    "typescript": "Run it with `npx tsx report.ts`, or compile with `tsc` and run the output.",
    "shell": "Run it in a POSIX shell (bash, zsh) where awk and sort are available.",
    "go": "Save as main.go and run `go run main.go`.",
    "rust": "Put it in src/main.rs of a `cargo new` project and run `cargo run`.",
    "java": "Save as Report.java and run `java Report.java` (Java 17 or later).",
}


def data_task(language: str, ind: Industry) -> dict[str, str] | None:
    """The grouped-total task in ``language``: starter, solution, expected output, how to
    run it. None for a language with no such task."""
    make = DATA_TASKS.get(language)
    if make is None:
        return None
    starter, solution, expected = make(ind)
    return {
        "starter": starter,
        "solution": solution,
        "expected": expected,
        "note": TOOL_NOTES[language],
    }


def group_totals(ind: Industry) -> list[tuple[str, int]]:
    """Each group with its total, in group order: what the data task computes."""
    return _sorted_totals(ind)
