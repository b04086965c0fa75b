"""From a documentation page's HTML to plain-text sections, and from an index page to links.

Pure functions (HTML in, data out). The main text and headings come from trafilatura, which
drops scripts, styles, navigation, sidebars, banners and footers; its XML output is walked into
sections, one per heading (title = the heading, text = the paragraphs, lists, tables and code
blocks under it, code kept verbatim). Heading anchors are not in trafilatura's output, so they
are read from the page itself: the heading's id, its permalink (``<a href="#...">``), or the id
of the section it opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import use_config

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_SECTION_CHARS = 4000  # about 1,000 tokens: a passage, not a chapter
# Permalink glyphs documentation generators append to headings (Sphinx ¶, MkDocs #, GitHub 🔗).
_PERMALINK = re.compile(r"(?:\s*[¶§🔗]|\s+#)+$")
_ANCHOR = re.compile(r"^[A-Za-z0-9][\w.:-]{0,99}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Small pages are common (an API entry, a short how-to): trafilatura's default falls back to a
# structure-less "baseline" below 250 characters, which would lose the headings.
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")


@dataclass(frozen=True)
class Section:
    title: str
    text: str
    anchor: str = ""  # the heading's id on the page ("" when it has none)
    level: int = 0  # 1-6 for h1-h6; 0 for text before the first heading


@dataclass(frozen=True)
class Link:
    url: str  # absolute, without fragment
    text: str  # the link's text and the words right after it (an index's summary)


def page_title(html: str) -> str:
    """The document's <title> (or its first <h1>), as plain text."""
    tree = _parse(html)
    if tree is None:
        return ""
    for path in ("//title", "//h1"):
        found = tree.xpath(path)
        if found:
            return _heading_text(found[0].text_content())
    return ""


def extract_sections(html: str) -> list[Section]:
    """The page's main text as sections, in page order; empty sections are dropped."""
    extracted = trafilatura.extract(
        html,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_recall=True,
        deduplicate=False,
        config=_CONFIG,
    )
    if not extracted:
        return []
    main = lxml.etree.fromstring(
        extracted.encode(), lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    ).find("main")
    if main is None:
        return []
    anchors = heading_anchors(html)
    builder = _SectionBuilder(page_title(html))
    for element in main:
        if element.tag == "head":
            title = _heading_text("".join(element.itertext()))
            level = int((element.get("rend") or "h2")[1:] or 2) if title else 0
            builder.start(title, anchors.get(_key(title), ""), level)
        else:
            builder.add(_block_text(element))
    return builder.finish()


def heading_anchors(html: str) -> dict[str, str]:
    """Heading text (normalised) -> its anchor on the page, for headings that have one."""
    tree = _parse(html)
    anchors: dict[str, str] = {}
    if tree is None:
        return anchors
    for heading in tree.iter(*HEADINGS):
        key = _key(_heading_text(heading.text_content()))
        anchor = _anchor_of(heading)
        if key and anchor and key not in anchors:
            anchors[key] = anchor
    return anchors


def extract_links(html: str, base_url: str) -> list[Link]:
    """Every http(s) link of the page, absolute and without fragment, once each (in page order;
    the texts of several links to one page are joined)."""
    tree = _parse(html)
    if tree is None:
        return []
    texts: dict[str, list[str]] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        url = urldefrag(urljoin(base_url, href)).url
        if not url.startswith(("http://", "https://")):
            continue
        words = [anchor.text_content(), anchor.get("title") or "", (anchor.tail or "")[:300]]
        text = _squash(" ".join(words)).strip(" :—-")
        seen = texts.setdefault(url, [])
        if text and text not in seen:
            seen.append(text)
    return [Link(url, " ".join(parts)) for url, parts in texts.items()]


class _SectionBuilder:
    def __init__(self, page: str) -> None:
        self._sections: list[Section] = []
        self._title, self._anchor, self._level = page, "", 0
        self._blocks: list[str] = []

    def start(self, title: str, anchor: str, level: int) -> None:
        self._close()
        if title:
            self._title, self._anchor, self._level = title, anchor, level

    def add(self, text: str) -> None:
        if text.strip():
            self._blocks.append(text)

    def finish(self) -> list[Section]:
        self._close()
        return self._sections

    def _close(self) -> None:
        text = _capped("\n\n".join(self._blocks))
        if text:
            self._sections.append(Section(self._title, text, self._anchor, self._level))
        self._blocks = []


def _block_text(element: lxml.etree._Element) -> str:
    tag = element.tag
    if tag == "code":
        return _CONTROL.sub("", "".join(element.itertext())).strip("\n")
    if tag == "list":
        items = [
            "- " + _block_text(item).replace("\n", "\n  ") for item in element if item.tag == "item"
        ]
        return "\n".join(item for item in items if item.strip("- "))
    if tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [_squash("".join(cell.itertext())) for cell in row if cell.tag == "cell"]
            rows.append(" | ".join(cells))
        return "\n".join(row for row in rows if row.strip(" |"))
    if tag == "item" and len(element):
        parts = [(element.text or "").strip()]
        parts += [_block_text(child) for child in element]
        return "\n".join(part for part in parts if part)
    return _squash("".join(element.itertext()))


def _capped(text: str) -> str:
    """At most MAX_SECTION_CHARS, cut at a paragraph (or line) boundary."""
    text = text.strip()
    if len(text) <= MAX_SECTION_CHARS:
        return text
    head = text[:MAX_SECTION_CHARS]
    cut = max(head.rfind("\n\n"), head.rfind("\n"))
    return (head[:cut] if cut > MAX_SECTION_CHARS // 2 else head).rstrip() + " …"


def _anchor_of(heading: lxml.html.HtmlElement) -> str:
    candidates = [heading.get("id") or ""]
    candidates += [
        (link.get("href") or "")[1:]
        for link in heading.iter("a")
        if (link.get("href") or "").startswith("#")
    ]
    parent = heading.getparent()
    if parent is not None and parent.get("id"):
        first = next((child for child in parent if child.tag in HEADINGS), None)
        if first is heading:
            candidates.append(parent.get("id") or "")
    return next((c for c in candidates if _ANCHOR.match(c)), "")


def _parse(html: str) -> lxml.html.HtmlElement | None:
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree: lxml.html.HtmlElement = lxml.html.document_fromstring(
            html.encode("utf-8", "replace"), parser=parser
        )
    except (lxml.etree.ParserError, ValueError):
        return None
    return tree


def _heading_text(text: str) -> str:
    return _PERMALINK.sub("", _squash(text))


def _key(title: str) -> str:
    return title.casefold()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", _CONTROL.sub("", text)).strip()
