"""Plain text from what the APIs send: HTML bodies (Stack Exchange answers), Markdown (READMEs,
DEV articles), reStructuredText (some READMEs); trimmed to a passage's length at a paragraph
boundary. Code blocks keep their text and line breaks: a lesson may quote them.

The output is text only: no tags, no entities, no scripts or styles. It is still untrusted
(it may say anything); whoever puts it in a prompt delimits it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import partial

import lxml.html
from lxml import etree

MAX_PASSAGE_CHARS = 2500

_DROPPED = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "head"})
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "tr",
        "ul",
    }
)
_BREAK = "\x00"  # a paragraph boundary while walking the tree (never in parsed text)
_PRE_OPEN, _PRE_CLOSE = "\x01", "\x02"  # around preformatted text, kept verbatim


def _walk(element: etree._Element, out: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _DROPPED or not tag:  # comments and processing instructions have no str tag
        if element.tail:
            out.append(element.tail)
        return
    if tag == "pre":
        code = element.text_content().strip("\n")
        out += [_BREAK, _PRE_OPEN, code.replace(_BREAK, ""), _PRE_CLOSE, _BREAK]
    else:
        block = tag in _BLOCKS
        if block:
            out.append(_BREAK)
        if tag == "li":
            out.append("- ")
        if tag == "br":
            out.append("\n")
        if element.text:
            out.append(element.text)
        for child in element:
            _walk(child, out)
        if block:
            out.append(_BREAK)
    if element.tail:
        out.append(element.tail)


def _paragraphs(pieces: list[str]) -> Iterator[str]:
    """Join the walked pieces into paragraphs: whitespace collapsed except in code."""
    text = "".join(pieces)
    for chunk in re.split(f"({_PRE_OPEN}.*?{_PRE_CLOSE})", text, flags=re.DOTALL):
        if chunk.startswith(_PRE_OPEN):
            code = chunk[1:-1].rstrip()
            if code.strip():
                yield code
            continue
        for paragraph in chunk.split(_BREAK):
            lines = [" ".join(line.split()) for line in paragraph.split("\n")]
            joined = "\n".join(line for line in lines if line)
            if joined and joined != "-":
                yield joined


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment or document: paragraphs separated by blank lines, code
    blocks verbatim, scripts/styles/comments gone, entities decoded."""
    if not markup or not markup.strip():
        return ""
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    pieces: list[str] = []
    _walk(root, pieces)
    return "\n\n".join(_paragraphs(pieces))


def unescape(text: str) -> str:
    """An entity-encoded title (``What&#39;s``) as text."""
    return " ".join(html.unescape(text or "").split())


_FRONT_MATTER = re.compile(r"\A\s*---\s*\n.*?\n---\s*(\n|\Z)", re.DOTALL)
_LIQUID = re.compile(r"\{%.*?%\}", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_INLINE_CODE = re.compile(r"`+([^`]+)`+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def _end_paragraph(current: list[str], paragraphs: list[str]) -> None:
    """The lines gathered in ``current`` as one paragraph (whitespace folded); then none."""
    words = " ".join(" ".join(current).split())
    if words:
        paragraphs.append(words)
    current.clear()


def _inline_markdown(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1) or m.group(2) or "", line)
    line = _TAG.sub("", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(r"\1", line)
    line = _INLINE_CODE.sub(r"\1", line)
    return html.unescape(line)


def markdown_to_text(markdown: str) -> str:
    """The text of Markdown (GitHub or DEV flavour): front matter, Liquid tags, images, badges,
    HTML tags and link targets dropped; headings as their own paragraphs; code kept verbatim."""
    text = _FRONT_MATTER.sub("", markdown or "", count=1)
    text = _LIQUID.sub("", text)
    text = _HTML_COMMENT.sub("", text)
    paragraphs: list[str] = []
    current: list[str] = []
    code: list[str] | None = None
    fence = ""

    flush = partial(_end_paragraph, current, paragraphs)

    for line in text.splitlines():
        if code is not None:
            if line.strip().startswith(fence):
                if any(c.strip() for c in code):
                    paragraphs.append("\n".join(code).strip("\n").rstrip())
                code = None
            else:
                code.append(line)
            continue
        opened = _FENCE.match(line)
        if opened:
            flush()
            code, fence = [], opened.group(1)
            continue
        if not line.strip() or _LINK_DEFINITION.match(line) or _RULE.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            current.append(_inline_markdown(heading.group(1)))
            flush()
            continue
        if _SETEXT.match(line) and current:
            flush()
            continue
        current.append(_inline_markdown(_QUOTE.sub("", line)))
    flush()
    if code is not None and any(c.strip() for c in code):  # an unclosed fence
        paragraphs.append("\n".join(code).strip("\n").rstrip())
    return "\n\n".join(p for p in paragraphs if p.strip())


_RST_ADORNMENT = re.compile(r"^\s*([=\-~^\"'`#*+.:_])\1{2,}\s*$")
_RST_DIRECTIVE = re.compile(r"^\.\.\s+[\w:-]+::.*$|^\.\.\s+(_\S.*|\|.*|\[.*)$|^\.\.\s*$")
_RST_LINK = re.compile(r"`([^`<]+?)\s*<[^>]+>`_{1,2}")
_RST_ROLE = re.compile(r":[\w:-]+:`([^`]+)`")
_RST_LITERAL = re.compile(r"``([^`]+)``")
_RST_REFERENCE = re.compile(r"`([^`]+)`_{1,2}")


def _inline_rst(line: str) -> str:
    line = _RST_LINK.sub(r"\1", line)
    line = _RST_ROLE.sub(r"\1", line)
    line = _RST_LITERAL.sub(r"\1", line)
    return _RST_REFERENCE.sub(r"\1", line).strip()


def rst_to_text(rst: str) -> str:
    """The text of reStructuredText: section adornments and directive lines dropped (their
    indented content, e.g. a code block, kept verbatim), inline markup reduced to its text."""
    paragraphs: list[str] = []
    current: list[str] = []
    literal: list[str] | None = None

    flush = partial(_end_paragraph, current, paragraphs)

    def flush_literal() -> None:
        nonlocal literal
        if literal is not None and any(line.strip() for line in literal):
            indent = min(len(line) - len(line.lstrip()) for line in literal if line.strip())
            paragraphs.append("\n".join(line[indent:] for line in literal).strip("\n").rstrip())
        literal = None

    for line in (rst or "").splitlines():
        if literal is not None:
            if not line.strip() or line[:1].isspace():
                literal.append(line)
                continue
            flush_literal()
        if _RST_DIRECTIVE.match(line):
            flush()
            literal = [] if "::" in line else None
            continue
        if _RST_ADORNMENT.match(line) or not line.strip():
            flush()
            continue
        if line.rstrip().endswith("::"):  # "Example::" introduces a literal block
            lead = _inline_rst(line.rstrip()[:-2])
            current.append(lead + ":" if lead else "")
            flush()
            literal = []
            continue
        current.append(_inline_rst(line))
    flush()
    flush_literal()
    return "\n\n".join(p for p in paragraphs if p.strip() and p.strip() != ":")


def trim(text: str, limit: int = MAX_PASSAGE_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters: at the last paragraph boundary that keeps
    at least half of it, else at the last sentence or word boundary (marked with an ellipsis)."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    boundary = head.rfind("\n\n")
    if boundary >= limit // 2:
        return head[:boundary].rstrip()
    head = text[: limit - 1]
    sentence = max(head.rfind(". "), head.rfind(".\n"))
    if sentence >= limit // 2:
        return head[: sentence + 1]
    space = head.rfind(" ")
    cut = head[:space] if space >= limit // 2 else head
    return cut.rstrip() + "…"
