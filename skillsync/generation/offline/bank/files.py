"""Files and text formats: JSON and CSV, file objects, pathlib, dates, regular expressions."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import PurePosixPath

from skillsync.generation.offline.bank.model import (
    Practice,
    TopicGuide,
    code,
    out,
    rows_code,
    unpack,
)
from skillsync.generation.offline.industries import Industry, an


def _dicts(ind: Industry) -> list[dict[str, object]]:
    return [{"name": n, ind.group: g, ind.measure: v} for n, g, v in ind.rows]


def _json_round_trip(ind: Industry) -> Practice:
    items = _dicts(ind)
    text = json.dumps(items[:2], sort_keys=True)
    summary = {"count": len(items), "ok": True, "missing": None}
    return Practice(
        title=f"{ind.records.capitalize()} to JSON and back",
        objective="Serialise with json.dumps and parse with json.loads",
        instructions=(
            f"Turn the first two {ind.records} into JSON text with sorted keys and print it; "
            "parse it back and print the second item's name and the parsed type; then print a "
            "summary dict as JSON (True becomes true, None becomes null)."
        ),
        setup="import json\n\n"
        + rows_code(ind)
        + f'items = [{{"name": n, "{ind.group}": g, "{ind.measure}": v}}'
        + f" for n, g, v in {ind.records}]\n",
        todo="# TODO: json.dumps(..., sort_keys=True), json.loads(...), three print() calls\n",
        answer=code("""
            text = json.dumps(items[:2], sort_keys=True)
            print(text)
            loaded = json.loads(text)
            print(loaded[1]["name"], type(loaded).__name__)
            print(json.dumps({"count": len(items), "ok": True, "missing": None}))
        """),
        expected=out(text, f"{items[1]['name']} list", json.dumps(summary)),
        hints=("JSON has no tuples: they come back as lists.",),
    )


def _csv_round_trip(ind: Industry) -> Practice:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", ind.group, ind.measure])
    writer.writerows(ind.rows)
    text = buffer.getvalue()
    rows = list(csv.DictReader(io.StringIO(text)))
    return Practice(
        title=f"Write and read {ind.records} as CSV",
        objective="Use csv.writer and csv.DictReader with io.StringIO as the file",
        instructions=(
            "Write a header and the rows to an `io.StringIO` with `csv.writer` (use "
            "`lineterminator='\\n'`). Print the first two lines of the text, then read it back "
            "with `csv.DictReader`: print the first row (every value is a string) and the sum "
            f"of the {ind.measure_label} column."
        ),
        setup="import csv\nimport io\n\n" + rows_code(ind),
        todo="buffer = io.StringIO()\n# TODO: writer, header, rows; then DictReader\n",
        answer=code(f"""
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\\n")
            writer.writerow(["name", "{ind.group}", "{ind.measure}"])
            writer.writerows({ind.records})
            text = buffer.getvalue()
            print(text.splitlines()[0])
            print(text.splitlines()[1])
            rows = list(csv.DictReader(io.StringIO(text)))
            print(rows[0])
            print(sum(int(row["{ind.measure}"]) for row in rows))
        """),
        expected=out(text.splitlines()[0], text.splitlines()[1], rows[0], sum(ind.values)),
        hints=("CSV stores text: convert numbers with int() when reading.",),
    )


def _pathlib_pure(ind: Industry) -> Practice:
    report = PurePosixPath(f"/srv/{ind.key}/reports/2024-03/{ind.records}.csv")
    lines = [
        f"{report.name} {report.stem} {report.suffix}",
        report.parent,
        report.with_suffix(".json"),
        *(report.parent / f"{g}.csv" for g in ind.groups),
        report.parts[:3],
    ]
    return Practice(
        title="Take paths apart with pathlib",
        objective="Use name, stem, suffix, parent, with_suffix, / and parts",
        instructions=(
            "Without touching the disk (`PurePosixPath`), print the report path's name, stem "
            f"and suffix; its folder; the same path as .json; one path per {ind.group} in the "
            "same folder; and its first three parts."
        ),
        setup=f'from pathlib import PurePosixPath\n\nreport = PurePosixPath("{report}")\n'
        + f"groups = {ind.groups!r}\n",
        todo="# TODO: five kinds of print() calls\n",
        answer=code("""
            print(report.name, report.stem, report.suffix)
            print(report.parent)
            print(report.with_suffix(".json"))
            for group in groups:
                print(report.parent / f"{group}.csv")
            print(report.parts[:3])
        """),
        expected=out(*lines),
        hints=("`/` joins paths; `parts` is a tuple, starting with '/' for absolute paths.",),
    )


def _pathlib_disk(ind: Industry) -> Practice:
    g0 = ind.groups[0]
    return Practice(
        title=f"One CSV file per {ind.group}",
        objective="Create folders and files with Path; list them with glob",
        instructions=(
            f"Make a folder `exports`, write `<{ind.group}>.csv` in it for each {ind.group} "
            f"with its names (one a line), then print the sorted file names found by "
            f"`glob('*.csv')` and the lines of `{g0}.csv`."
        ),
        setup="from pathlib import Path\n\n" + rows_code(ind),
        todo='base = Path("exports")\n# TODO: mkdir, write_text per group, glob, read_text\n',
        answer=code(f"""
            base = Path("exports")
            base.mkdir(exist_ok=True)
            for group in sorted({{row[1] for row in {ind.records}}}):
                names = [row[0] for row in {ind.records} if row[1] == group]
                (base / f"{{group}}.csv").write_text("\\n".join(names) + "\\n", encoding="utf-8")
            print(sorted(path.name for path in base.glob("*.csv")))
            print((base / "{g0}.csv").read_text(encoding="utf-8").splitlines())
        """),
        expected=out([f"{g}.csv" for g in ind.groups], [n for n, g, _ in ind.rows if g == g0]),
        hints=("`mkdir(exist_ok=True)` does not fail when the folder exists.",),
    )


def _files_stringio(ind: Industry) -> Practice:
    lines = [f"{n},{v}" for n, _, v in ind.rows]
    return Practice(
        title="Write and read a file-like object",
        objective="Use write(), seek(), readline() and iteration on io.StringIO",
        instructions=(
            f"`io.StringIO` behaves like an open text file. Write one `name,value` line per "
            f"{ind.record}, go back to the start with `seek(0)`, read the first line with "
            "`readline()`, then the rest by iterating. Print both, stripped."
        ),
        setup="import io\n\n" + rows_code(ind),
        todo="log = io.StringIO()\n# TODO: write, seek(0), readline, iterate\n",
        answer=code(f"""
            log = io.StringIO()
            for {unpack(ind)} in {ind.records}:
                log.write(f"{{name}},{{{ind.measure}}}\\n")
            log.seek(0)
            first = log.readline().strip()
            rest = [entry.strip() for entry in log]
            print(first)
            print(rest)
            print(log.tell() == len(log.getvalue()))
        """),
        expected=out(lines[0], lines[1:], True),
        hints=("After writing, the position is at the end: seek(0) before reading.",),
    )


def _files_real(ind: Industry) -> Practice:
    high = [n for n, _, v in ind.rows if v >= ind.threshold]
    return Practice(
        title=f"Save the {ind.records} to a real file with `with open()`",
        objective="Open files with with, an explicit encoding and the right mode",
        instructions=(
            f"Write `{ind.records}.txt` (mode 'w', encoding 'utf-8') with one `name;value` line "
            f"per row, append one more line `Zed;0` (mode 'a'), then read the file back and "
            f"print the number of lines and the names at or above {ind.threshold}."
        ),
        setup=rows_code(ind),
        todo="# TODO: three with open(...) blocks\n",
        answer=code(f"""
            with open("{ind.records}.txt", "w", encoding="utf-8") as handle:
                for name, _, value in {ind.records}:
                    handle.write(f"{{name}};{{value}}\\n")
            with open("{ind.records}.txt", "a", encoding="utf-8") as handle:
                handle.write("Zed;0\\n")
            with open("{ind.records}.txt", encoding="utf-8") as handle:
                entries = [raw.rstrip("\\n").split(";") for raw in handle]
            print(len(entries))
            print([name for name, value in entries if int(value) >= {ind.threshold}])
        """),
        expected=out(len(ind.rows) + 1, high),
        hints=("`with` closes the file even if an error happens inside the block.",),
    )


def _dates_basic(ind: Industry) -> Practice:
    start = date(2024, 3, 1)
    events = [(n, (start + timedelta(days=9 * i)).isoformat()) for i, n in enumerate(ind.names)]
    lines = []
    for name, text in events:
        day = date.fromisoformat(text)
        lines.append(f"{name} {day.strftime('%a %d %b')} {(day - start).days}")
    last = max(date.fromisoformat(t) for _, t in events) + timedelta(weeks=1)
    return Practice(
        title=f"When was each {ind.record} {ind.event}?",
        objective="Parse ISO dates, format with strftime, subtract dates, add timedeltas",
        instructions=(
            "For each `(name, date)` print the name, the date as `Fri 01 Mar` "
            "(`strftime('%a %d %b')`) and the days since START; then the latest date plus one "
            "week."
        ),
        setup="from datetime import date, timedelta\n\nSTART = date(2024, 3, 1)\n"
        + f"events = {events!r}\n",
        todo="# TODO: date.fromisoformat, strftime, subtraction; then max(...) + timedelta\n",
        answer=code("""
            for name, text in events:
                day = date.fromisoformat(text)
                print(name, day.strftime("%a %d %b"), (day - START).days)
            print(max(date.fromisoformat(text) for _, text in events) + timedelta(weeks=1))
        """),
        expected=out(*lines, last),
        hints=("Subtracting two dates gives a timedelta; `.days` is its length in days.",),
    )


def _dates_zones(ind: Industry) -> Practice:
    stamp = datetime.strptime("2024-03-31 01:30", "%Y-%m-%d %H:%M")
    utc = stamp.replace(tzinfo=UTC)
    tokyo = utc.astimezone(timezone(timedelta(hours=9)))
    spent = sum((timedelta(minutes=v) for v in ind.values), timedelta())
    return Practice(
        title="Time zones and durations",
        objective="Attach a time zone, convert between zones, add up timedeltas",
        instructions=(
            "Parse `2024-03-31 01:30` with `strptime` (a naive datetime), mark it as UTC, "
            "print it and the same moment in UTC+9 as ISO text, print whether the parsed "
            f"value was naive, then the total time if each {ind.measure_label} were minutes."
        ),
        setup=rows_code(ind) + "from datetime import datetime, timedelta, timezone\n",
        todo="# TODO: strptime, replace(tzinfo=...), astimezone(...), sum of timedeltas\n",
        answer=code(f"""
            stamp = datetime.strptime("2024-03-31 01:30", "%Y-%m-%d %H:%M")
            utc = stamp.replace(tzinfo=timezone.utc)
            print(utc.isoformat())
            print(utc.astimezone(timezone(timedelta(hours=9))).isoformat())
            print(stamp.tzinfo is None)
            print(sum((timedelta(minutes=row[2]) for row in {ind.records}), timedelta()))
        """),
        expected=out(utc.isoformat(), tokyo.isoformat(), True, spent),
        hints=("Store and compute in UTC; convert to local time only for display.",),
    )


def _regex_find(ind: Industry) -> Practice:
    lines = [
        f"2024-03-0{i + 1} {n} {ind.event} to {g} ({v} {ind.unit})"
        for i, (n, g, v) in enumerate(ind.rows)
    ]
    log = "\n".join(lines)
    return Practice(
        title=f"Pull facts out of {an(ind.domain)} {ind.domain} log with re",
        objective="Use re.findall with groups and flags, and re.sub",
        instructions=(
            "From the log, print: every name (the second word of each line, with "
            "`re.MULTILINE`), every number in parentheses as an int, and the first line with "
            "its date replaced by `YYYY-MM-DD`."
        ),
        setup=f"import re\n\nlog = {log!r}\n",
        todo="# TODO: re.findall(...), re.findall(...), re.sub(...)\n",
        answer=code("""
            print(re.findall(r"^\\S+ (\\S+)", log, re.MULTILINE))
            print([int(number) for number in re.findall(r"\\((\\d+) ", log)])
            print(re.sub(r"\\d{4}-\\d{2}-\\d{2}", "YYYY-MM-DD", log.splitlines()[0]))
        """),
        expected=out(
            re.findall(r"^\S+ (\S+)", log, re.MULTILINE),
            [int(x) for x in re.findall(r"\((\d+) ", log)],
            re.sub(r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD", lines[0]),
        ),
        hints=("With one group, findall returns the group's text, not the whole match.",),
    )


def _regex_validate(ind: Industry) -> Practice:
    n0, g0, v0 = ind.rows[0]
    n1, g1, _ = ind.rows[1]
    raws = [f"{n0};{g0};{v0}", "bad;;row", f"{n1};{g1};-5"]
    pattern = re.compile(r"(?P<name>[A-Za-z0-9]+);(?P<group>[a-z]+);(?P<value>\d+)")
    lines = []
    for raw in raws:
        match = pattern.fullmatch(raw)
        lines.append(f"{match['name']} {int(match['value'])}" if match else f"invalid: {raw}")
    return Practice(
        title="Validate rows with a compiled pattern and named groups",
        objective="Use re.compile, (?P<name>...) and fullmatch",
        instructions=(
            "Compile a pattern for `name;group;value` (letters/digits; lowercase letters; "
            "digits) with named groups. For each raw row, print the name and value of a full "
            "match, or `invalid: <row>`. Then print the group names."
        ),
        setup=f"import re\n\nraw_rows = {raws!r}\n",
        todo="# TODO: PATTERN = re.compile(...); a loop with fullmatch\n",
        answer=code("""
            PATTERN = re.compile(r"(?P<name>[A-Za-z0-9]+);(?P<group>[a-z]+);(?P<value>\\d+)")
            for raw in raw_rows:
                match = PATTERN.fullmatch(raw)
                if match:
                    print(match["name"], int(match["value"]))
                else:
                    print("invalid:", raw)
            print(list(PATTERN.groupindex))
        """),
        expected=out(*lines, ["name", "group", "value"]),
        hints=("fullmatch must match the whole string; search finds a match anywhere.",),
    )


GUIDES = (
    TopicGuide(
        key="json_csv",
        keywords=("json", "csv", "serialization", "json file", "csv file"),
        concepts=(
            "json.dumps / json.loads",
            "csv.writer / csv.DictReader",
            "io.StringIO",
            "types after a round trip",
        ),
        terms=(("serialise", "turn data into text or bytes to store or send"),),
        pitfalls=(
            "JSON turns tuples into lists and dict keys into strings.",
            "Open CSV files with newline='' so the csv module controls line endings.",
        ),
        steps=(
            "Build Python data",
            "Serialise to text",
            "Store or send",
            "Parse back and convert types",
        ),
        practice=(_json_round_trip, _csv_round_trip),
        search="python json csv read write",
    ),
    TopicGuide(
        key="pathlib",
        keywords=("pathlib", "path", "file path", "directory", "folder"),
        concepts=("Path and PurePath", "/ to join", "name / stem / suffix / parent", "glob()"),
        terms=(("path", "where a file or folder is, as an object instead of a string"),),
        pitfalls=("Relative paths are relative to the working directory, not to the script.",),
        steps=("Build a Path", "Join parts with /", "Inspect or change parts", "Read or write"),
        practice=(_pathlib_pure, _pathlib_disk),
        search="python pathlib tutorial",
    ),
    TopicGuide(
        key="files",
        keywords=("file", "reading", "writing", "io", "stringio", "open"),
        concepts=(
            "with open(path, mode, encoding=...)",
            "modes r / w / a",
            "read / readline / iteration",
            "io.StringIO",
        ),
        terms=(("file object", "what open() returns: read and write through it, then close it"),),
        pitfalls=(
            "Mode 'w' empties the file first; use 'a' to append.",
            "Always pass encoding='utf-8'; the default depends on the machine.",
        ),
        steps=("Open with a mode", "Read or write", "Close (with does it)", "Handle errors"),
        practice=(_files_stringio, _files_real),
        search="python reading writing files",
    ),
    TopicGuide(
        key="datetime",
        keywords=("datetime", "date", "time", "timedelta", "timezone"),
        concepts=(
            "date / datetime / timedelta",
            "fromisoformat and strftime",
            "aware vs naive",
            "time zones",
        ),
        terms=(("naive datetime", "a date and time without a time zone"),),
        pitfalls=(
            "Comparing naive and aware datetimes raises TypeError.",
            "Store UTC; convert for display.",
        ),
        steps=(
            "Parse the text",
            "Attach a time zone",
            "Compute with timedelta",
            "Format for display",
        ),
        practice=(_dates_basic, _dates_zones),
        search="python datetime timedelta tutorial",
    ),
    TopicGuide(
        key="regex",
        keywords=("regex", "regular expression", "re", "pattern"),
        concepts=(
            "re.search / findall / sub",
            "groups and named groups",
            "fullmatch for validation",
            "raw strings r'...'",
        ),
        terms=(("regular expression", "a pattern describing text to find or check"),),
        pitfalls=("Write patterns as raw strings so backslashes reach re unchanged.",),
        steps=("Write the pattern", "Compile it", "Match against text", "Read the groups"),
        practice=(_regex_find, _regex_validate),
        search="python regular expressions re module",
    ),
)
