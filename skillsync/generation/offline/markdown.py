"""Passage text made safe to show as Markdown, and cut into paragraphs and sentences.

Passages are untrusted data. Whatever they contain is shown as text, never as markup: a ``<``
that could open a tag, comment or autolink becomes ``&lt;`` (``a < b`` stays as it is, so code
reads normally), link and image syntax is broken (``](`` becomes ``]\\(``, ``][`` and ``]:``
likewise), and sentences that read like instructions to a model are left out
(``skillsync.research.safety``).
"""

from __future__ import annotations

import re
import textwrap

from skillsync.research.safety import looks_like_instructions

_LINK = re.compile(r"\]\s*\(")
_REFERENCE = re.compile(r"\]\s*[\[:]")  # [text][label] and a [label]: target definition
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PYDOC_QUOTE = re.compile(r'(?<![\w\[])"([^"\n]{1,60})"(?![\w\]])')
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*\"(<])")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_TABLE = re.compile(r"^\s*[+|][-=+| ]{6,}", re.MULTILINE)
_VERSION_NOTE = re.compile(r"^\s*(?:Changed|Added|New) in version|^\s*Deprecated since")
_BULLET = re.compile(r"^\s*(?:[*\-•]|\d+[.)])\s+")
_TAG_LIKE = re.compile(r"<[A-Za-z/!?]")


def safe_text(text: str) -> str:
    """``text`` as inert Markdown: no HTML, no links (inline, reference-style or their
    definitions), no control characters."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n"))
    text = _TAG_LIKE.sub(lambda m: "&lt;" + m.group(0)[1:], text)
    return _REFERENCE.sub(lambda m: "]\\" + m.group(0)[1:], _LINK.sub("]\\(", text))


def safe_line(text: str, limit: int = 200) -> str:
    """``text`` on one line without anything that looks like an HTML tag, inert, at most
    ``limit`` characters."""
    return clip(" ".join(safe_text(_TAG.sub("", text)).split()), limit)


def looks_like_markup(text: str) -> bool:
    """Whether ``text`` has something an HTML renderer would read as a tag or comment."""
    return bool(_TAG_LIKE.search(text))


def clip(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    # Never end inside an entity made by safe_text ("&lt;" cut to "&l").
    cut = re.sub(r"&[a-z]{0,4}$", "", cut)
    return cut + "…"


def code_quotes(text: str) -> str:
    """The interpreter's help text writes code as "sorted()"; Markdown writes `sorted()`."""
    return _PYDOC_QUOTE.sub(
        lambda m: f"`{m.group(1)}`" if "`" not in m.group(1) else m.group(0), text
    )


def _is_code_block(paragraph: str) -> bool:
    """Examples, grammar rules, ASCII tables and version notes: not prose to quote."""
    lines = paragraph.splitlines()
    return (
        any(line.lstrip().startswith((">>>", "...")) for line in lines)
        or "::=" in paragraph
        or bool(_TABLE.search(paragraph))
        or bool(_VERSION_NOTE.match(paragraph))
    )


def _is_heading(block: str) -> bool:
    """A definition's head in the help text: a short single line of code, such as
    ``clear()`` or ``key in d``, whose description is the next paragraph."""
    line = block.strip()
    return (
        "\n" not in line
        and len(line) <= 60
        and not line.endswith((".", ":", "!", "?"))
        and bool(re.fullmatch(r"[\w.\[\]()*,=|&~<>!+\-/ '\"]+", line))
        and (any(c in line for c in "()[]._=") or len(line.split()) <= 4)
    )


def paragraphs(text: str, *, pydoc: bool) -> list[str]:
    """The prose paragraphs of a passage, inert (``safe_text``), each on one line (bullets
    kept as "- ..."), without interactive examples, grammar rules or sentences addressed to a
    model. In the help text, a definition's head (``clear()``) is joined to its description,
    and a sentence announcing a code block that was left out ("The syntax is:") is dropped."""
    blocks = [b for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    found: list[str] = []
    head = ""
    for index, block in enumerate(blocks):
        if _is_code_block(block):
            continue
        block = textwrap.dedent(block)
        if pydoc and _is_heading(block) and index + 1 < len(blocks):
            head = block.strip()
            continue
        bullet = bool(_BULLET.match(block))
        line = " ".join(_BULLET.sub("", block, count=1).split())
        if pydoc:
            line = code_quotes(line)
        kept = [s for s in sentences(line) if not looks_like_instructions(s)]
        following = blocks[index + 1] if index + 1 < len(blocks) else ""
        if kept and kept[-1].endswith(":") and (not following or _is_code_block(following)):
            kept.pop()
        if kept:
            prefix = f"`{head}`: " if head and "`" not in head else ""
            found.append(safe_text(("- " if bullet else "") + prefix + " ".join(kept)))
        head = ""
    return found


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def quoted(paragraph_list: list[str]) -> str:
    """Paragraphs as a Markdown block quote, inert."""
    return "\n>\n".join(f"> {safe_text(p)}" for p in paragraph_list)
