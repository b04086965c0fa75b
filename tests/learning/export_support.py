"""Reading an exported Markdown document back, with the standard library: its citation markers,
its Sources list, and what a CommonMark renderer would treat as text (outside code)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SOURCE = re.compile(
    r"^(\d+)\. (?:\[(?P<title>.+?)\]\((?P<url>[^)\s]+)\)|(?P<bare>.+?) \(no web address\))"
    r"(?P<rest>.*)$"
)
_ESCAPED = re.compile(r"\\[!-/:-@\[-`{-~]")


@dataclass(frozen=True)
class SourceEntry:
    number: int
    title: str
    url: str | None  # unquoted
    cited: bool


@dataclass(frozen=True)
class Exported:
    text_lines: list[str]  # outside code blocks and code spans, escapes removed
    code_blocks: list[tuple[str, str]]  # (info string, code)
    markers: list[int]  # citation markers in order of appearance, before the Sources
    sources: list[SourceEntry]


def _without_code_spans(line: str) -> str:
    out, i = [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            out.append(line[i : i + 2])
            i += 2
            continue
        if line[i] == "`":
            run = len(line[i:]) - len(line[i:].lstrip("`"))
            close = line.find("`" * run, i + run)
            while close >= 0 and line[close : close + run + 1] == "`" * (run + 1):
                close = line.find("`" * run, close + run + 1)
            if close >= 0:
                out.append(" ")
                i = close + run
                continue
        out.append(line[i])
        i += 1
    return "".join(out)


def read_export(markdown: str) -> Exported:
    lines = markdown.split("\n")
    text: list[str] = []
    code: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        opened = _FENCE.match(lines[i])
        if opened is None:
            text.append(_without_code_spans(lines[i]))
            i += 1
            continue
        fence = opened.group(1)
        info = lines[i][opened.end() :].strip()
        body: list[str] = []
        i += 1
        while i < len(lines) and not re.match(
            rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}\s*$", lines[i]
        ):
            body.append(lines[i])
            i += 1
        assert i < len(lines), "a code block is never left open"
        code.append((info, "\n".join(body)))
        i += 1
    start = (
        max(n for n, line in enumerate(text) if line == "## Sources")
        if "## Sources" in text
        else len(text)
    )
    markers = [
        int(n)
        for line in text[:start]
        for n in re.findall(r"\[(\d+)\](?!\()", _ESCAPED.sub("", line))
    ]
    sources = []
    for line in text[start + 1 :]:
        if not line.strip():
            continue
        found = _SOURCE.match(line)
        assert found, f"not a source entry: {line!r}"
        url = found.group("url")
        sources.append(
            SourceEntry(
                number=int(found.group(1)),
                title=found.group("title") or found.group("bare"),
                url=unquote(url) if url else None,
                cited="consulted, not cited" not in found.group("rest"),
            )
        )
    return Exported(text_lines=text, code_blocks=code, markers=markers, sources=sources)


def attribution_urls(attribution: dict[str, Any]) -> dict[str, str]:
    """passage id -> address."""
    return {
        entry["passage_id"]: entry["url"] for entries in attribution.values() for entry in entries
    }


def cited_ids(content: Any) -> list[str]:
    """Every passage id the content cites or picks (videos), in document order of the JSON."""
    found: list[str] = []
    if isinstance(content, dict):
        for key, value in content.items():
            if key == "cites" and isinstance(value, list):
                found += [c for c in value if isinstance(c, str)]
            elif key == "passage_id" and isinstance(value, str):
                found.append(value)
            else:
                found += cited_ids(value)
    elif isinstance(content, list):
        for item in content:
            found += cited_ids(item)
    return found


def assert_round_trip(markdown: str, contents: list[Any], attribution: dict[str, Any]) -> Exported:
    """Every marker names a Sources entry whose address is a passage of the lesson(s); every
    passage they cite has a marker; every passage researched is listed, once."""
    exported = read_export(markdown)
    urls = attribution_urls(attribution)
    numbers = [entry.number for entry in exported.sources]
    assert numbers == list(range(1, len(numbers) + 1))
    by_number = {entry.number: entry for entry in exported.sources}
    assert exported.markers, "the lesson cites passages"
    for marker in exported.markers:
        assert marker in by_number, f"[{marker}] names no source"
        assert by_number[marker].cited
        assert by_number[marker].url in urls.values()
    # Numbered by first use.
    first_use = list(dict.fromkeys(exported.markers))
    assert first_use == list(range(1, len(first_use) + 1))
    cited = {pid for content in contents for pid in cited_ids(content) if pid in urls}
    assert len(first_use) == len(cited)
    assert {by_number[n].url for n in first_use} == {urls[pid] for pid in cited}
    # Every source is cited or listed as consulted; every passage researched is there.
    assert all(entry.cited == (entry.number in first_use) for entry in exported.sources)
    assert len(exported.sources) == len(urls)
    assert sorted(e.url or "" for e in exported.sources) == sorted(urls.values())
    return exported


_LINK = re.compile(r"\]\((?P<url>[^)\s]*)\)")


def assert_inert(markdown: str) -> Exported:
    """Nothing a renderer could turn into HTML or a link other than a web address: outside
    code, no unescaped ``<`` and every link destination http(s); code blocks are closed (by
    ``read_export``) and diagrams have no ``click`` directive or markup."""
    exported = read_export(markdown)
    for line in exported.text_lines:
        live = _ESCAPED.sub("", line)
        assert "<" not in live, line
        for link in _LINK.finditer(live):
            assert link.group("url").startswith(("https://", "http://")), line
    for info, code in exported.code_blocks:
        if info == "mermaid":
            assert "<" not in code, code
            assert "click" not in code.lower(), code
    return exported
