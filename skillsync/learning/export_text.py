"""Lesson text made inert for a Markdown export (``export.py``).

Lesson text is untrusted (a model wrote it from web passages), and an exported file is opened
in editors and renderers we do not control. Its Markdown formatting is kept (emphasis, lists,
code spans, fenced code) but it can produce no HTML and no link:

- every ``<`` outside code becomes ``&lt;`` (no tag, comment or autolink can start);
- every ``[`` and ``]`` outside code is escaped (no link, image, reference definition or
  footnote; and nothing in the lesson can pass for a citation marker such as ``[1]``);
- a code span is kept only when it opens and closes on one line; every other backtick, and
  every run of three or more tildes, is escaped, so a renderer finds exactly the code spans
  and code blocks found here;
- a fenced code block is re-emitted at the top level with a fence longer than anything in
  it, and closed even when the lesson forgot to close it.

Text that is not Markdown (titles, options, names) goes through ``plain``, which escapes every
character that could format it. Links come only from sources' addresses, and only http(s)
ones (``web_url``).
"""

from __future__ import annotations

import re
import string
from urllib.parse import quote, urlsplit

# C0 controls (tab and line feed kept), DEL, and the bidirectional overrides that make text
# read differently from what it is.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_PUNCTUATION = frozenset(string.punctuation)
_LANGUAGE = re.compile(r"[A-Za-z0-9_+#.-]{1,30}")


def _clean(text: str) -> str:
    return _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _run(text: str, start: int, char: str) -> int:
    end = start
    while end < len(text) and text[end] == char:
        end += 1
    return end - start


def _closing_backticks(line: str, start: int, length: int) -> int:
    """Where a run of exactly ``length`` backticks starts at or after ``start``, or -1."""
    i = start
    while i < len(line):
        if line[i] == "`":
            run = _run(line, i, "`")
            if run == length:
                return i
            i += run
        else:
            i += 1
    return -1


def inert_line(line: str) -> str:
    """One line of Markdown with no HTML, no link and no code span across lines."""
    out: list[str] = []
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\" and i + 1 < len(line) and line[i + 1] in _PUNCTUATION:
            out.append(line[i : i + 2])  # an escape stays one (and "\\`" leaves "`" live)
            i += 2
        elif char == "`":
            run = _run(line, i, "`")
            close = _closing_backticks(line, i + run, run)
            if close >= 0:
                out.append(line[i : close + run])
                i = close + run
            else:
                out.append("\\`" * run)
                i += run
        elif char == "~" and _run(line, i, "~") >= 3:
            run = _run(line, i, "~")
            out.append("\\~" * run)
            i += run
        else:
            out.append({"<": "&lt;", "[": "\\[", "]": "\\]"}.get(char, char))
            i += 1
    return "".join(out)


def inline(text: str) -> str:
    """Text for one line (a heading, a list item): whitespace collapsed, inert."""
    return inert_line(" ".join(_clean(text).split()))


_PLAIN = re.compile(r"[\\`*_\[\]<#~&]")
_LINE_START = re.compile(r"^(?:(\d+)([.)])|([>+=-]))")


def plain(text: str) -> str:
    """Text that is not Markdown (a title, an option, a name) for one line, shown as it is:
    whatever could format it, link it or start a block escaped."""
    text = " ".join(_clean(text).split())
    text = _PLAIN.sub(lambda m: "&lt;" if m.group(0) == "<" else "\\" + m.group(0), text)
    return _LINE_START.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else "\\" + m.group(3), text
    )


def language(name: str) -> str:
    """A fence's info string: a language name, or nothing."""
    name = name.strip().split(" ")[0] if name.strip() else ""
    return name if _LANGUAGE.fullmatch(name) else ""


def fenced(code: str, lang: str = "") -> str:
    """``code`` as a fenced block that nothing inside can close."""
    code = _clean(code).rstrip("\n")
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language(lang)}\n{code}\n{fence}"


def block(text: str) -> str:
    """Multi-line Markdown made inert; fenced code blocks in it re-emitted by ``fenced``."""
    parts: list[str] = []
    prose: list[str] = []
    lines = _clean(text).split("\n")
    i = 0
    while i < len(lines):
        opened = _FENCE.match(lines[i])
        fence_char = opened.group(2)[0] if opened else ""
        if opened is None or (fence_char == "`" and "`" in opened.group(3)):
            prose.append(inert_line(lines[i]))
            i += 1
            continue
        indent, fence, info = len(opened.group(1)), opened.group(2), opened.group(3)
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence_char)}{{{len(fence)},}}\s*$")
        code: list[str] = []
        i += 1
        while i < len(lines) and not closing.match(lines[i]):
            code.append(re.sub(rf"^ {{0,{indent}}}", "", lines[i]))
            i += 1
        i += 1  # the closing fence (or the end of the text)
        if prose:
            parts.append("\n".join(prose).strip("\n").rstrip())
            prose = []
        parts.append(fenced("\n".join(code), info))
    if prose:
        parts.append("\n".join(prose).strip("\n").rstrip())
    return "\n\n".join(part for part in parts if part)


# What may stay as it is in a link's address; everything else is percent-encoded (spaces,
# quotes, brackets, parentheses, backticks, angle brackets, backslashes, non-ASCII).
_URL_SAFE = ":/?#@!$&*+,;=%~-._"


def web_url(url: object) -> str | None:
    """``url`` fit for a Markdown link: an absolute http(s) address, percent-encoded so that
    it cannot end the link early; None for anything else (``javascript:``, ``data:``, ...)."""
    if not isinstance(url, str):
        return None
    url = _clean(url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=_URL_SAFE)
