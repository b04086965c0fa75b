"""Python documentation that ships with the interpreter, as passages: research still has real,
citable text for Python topics with no network and no keys.

Two bodies of text, indexed once per process on first use (about a second):

- the interpreter's help topics (``pydoc_data.topics``: the language reference and the built-in
  types chapters, as ``help("LISTS")`` shows them), split at their headings and then into
  chunks of at most ``CHUNK_CHARS`` at paragraph boundaries. URL: the page of docs.python.org
  (this interpreter's version) the topic is built from, anchored at the topic's label or at the
  section's heading id;
- the docstrings of the built-in types and functions and of commonly taught standard-library
  modules (``MODULES``): one passage per module docstring chunk, per public function and per
  public class (its docstring and the first line of each public method's). URL:
  ``pydoc:<dotted name>``, which ``python -m pydoc`` opens.

Passages are ranked by BM25 against the topic and the best ``limit`` returned. The source
answers only Python topics: the topic must mention Python, one of the Python documentation
site's keywords, or a module indexed here; anything else is SourceUnavailable. No network call,
no budget, no database.
"""

from __future__ import annotations

import builtins
import importlib
import inspect
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from skillsync.research import bm25
from skillsync.research.catalog import ResearchCatalog, research_catalog
from skillsync.research.passages import Passage, passage_id
from skillsync.research.safety import flagged
from skillsync.research.sources.base import SourceUnavailable

CHUNK_CHARS = 1500
MIN_CHARS = 60
QUALITY = 0.9  # the same official documentation the docs source reads
DOCS = f"https://docs.python.org/{sys.version_info.major}.{sys.version_info.minor}"
# Where each help topic comes from (the labels of Doc/tools/extensions/pydoc_topics.py).
_PAGES = {
    "reference/expressions.html": (
        "assignment-expressions atom-identifiers atom-literals attribute-references await binary "
        "bitwise booleans calls comparisons conversions dict exprlists in lambda lists "
        "operator-summary power shifting slicings subscriptions unary"
    ),
    "reference/simple_stmts.html": (
        "assert assignment augassign break continue del global import nonlocal pass raise return "
        "yield"
    ),
    "reference/compound_stmts.html": "async class compound else for function if try while with",
    "reference/datamodel.html": (
        "attribute-access callable-types context-managers customization numeric-types objects "
        "sequence-types specialnames types"
    ),
    "reference/executionmodel.html": "dynamic-features exceptions execmodel naming",
    "reference/lexical_analysis.html": (
        "floating id-classes identifiers imaginary integers numbers strings"
    ),
    "library/stdtypes.html": (
        "bltin-code-objects bltin-ellipsis-object bltin-null-object bltin-type-objects "
        "specialattrs string-methods truth typesfunctions typesmapping typesmethods typesmodules "
        "typesseq typesseq-mutable"
    ),
    "library/string.html": "formatstrings",
    "library/pdb.html": "debugger",
    "library/__main__.html": "__main__",
}
TOPIC_PAGES = {label: page for page, labels in _PAGES.items() for label in labels.split()}
MODULES = (  # noqa: SIM905 - a word list reads best as words
    "abc argparse asyncio bisect collections collections.abc concurrent.futures contextlib copy "
    "csv dataclasses datetime decimal enum fractions functools heapq io itertools json logging "
    "math operator os os.path pathlib pickle random re shutil sqlite3 statistics string "
    "subprocess sys textwrap threading time typing unittest urllib.parse uuid"
).split()
BUILTIN_TYPES = ("list", "dict", "set", "frozenset", "tuple", "str", "bytes", "int", "float")
_HEADING = re.compile(r"^(\S.*)\n([*=\-~^])\2{2,}[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    title: str
    text: str
    url: str
    key: str  # what makes the id unique on the URL (a chunk number)


def _chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of at most CHUNK_CHARS, cut between paragraphs where possible."""
    piece = ""
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        candidate = f"{piece}\n\n{paragraph}" if piece else paragraph
        if len(candidate) <= CHUNK_CHARS:
            piece = candidate
            continue
        if piece:
            yield piece
        while len(paragraph) > CHUNK_CHARS:
            yield paragraph[:CHUNK_CHARS]
            paragraph = paragraph[CHUNK_CHARS:]
        piece = paragraph
    if piece.strip():
        yield piece


def sphinx_id(heading: str) -> str:
    """The id Sphinx gives a section with this heading (docutils' make_id)."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def topic_entries(label: str, text: str) -> Iterator[Entry]:
    """The sections of one help topic, chunked."""
    page = TOPIC_PAGES.get(label)
    base = f"{DOCS}/{page}" if page else f"pydoc:topics/{label}"
    headings = list(_HEADING.finditer(text))
    top = headings[0].group(1).strip() if headings else label
    bounds = [(m.group(1).strip(), m.end(), m.start()) for m in headings]
    if not bounds or bounds[0][2] > 0:  # text before the first heading
        bounds.insert(0, (top, 0, 0))
    for index, (heading, start, _) in enumerate(bounds):
        end = bounds[index + 1][2] if index + 1 < len(bounds) else len(text)
        anchor = label if heading == top else sphinx_id(heading)
        title = heading if heading == top else f"{top}: {heading}"
        url = f"{base}#{anchor}" if page else base
        for number, chunk in enumerate(_chunks(text[start:end])):
            yield Entry(title, chunk, url, f"{heading}/{number}")


def _summary(doc: str) -> str:
    return doc.strip().split("\n\n", 1)[0].replace("\n", " ")


def _signature(name: str, thing: object) -> str:
    try:
        return f"{name}{inspect.signature(thing)}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return name


def class_text(name: str, cls: type) -> str:
    """A class's docstring and a line for each public method."""
    lines = [inspect.getdoc(cls) or ""]
    for attribute, member in sorted(vars(cls).items()):
        if attribute.startswith("_") or not callable(member):
            continue
        doc = inspect.getdoc(member)
        if doc:
            lines.append(f"- {name}.{attribute}: {_summary(doc)}")
    return "\n".join(line for line in lines if line)


def module_entries(module_name: str) -> Iterator[Entry]:
    """The module's docstring, chunked, and its public functions and classes."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:  # a Python built without it (sqlite3, say)
        return
    doc = inspect.getdoc(module) or ""
    for number, chunk in enumerate(_chunks(doc)):
        yield Entry(f"{module_name} module", chunk, f"pydoc:{module_name}", str(number))
    names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
    for name in sorted(set(names)):
        member = getattr(module, name, None)
        owner = getattr(member, "__module__", "") or ""
        if member is None or not (inspect.isclass(member) or inspect.isroutine(member)):
            continue
        if not (owner == module_name or owner.startswith(module_name.split(".")[0])):
            continue  # re-exported from elsewhere: indexed where it lives
        dotted = f"{module_name}.{name}"
        if not inspect.getdoc(member):
            continue
        if inspect.isclass(member):
            text = class_text(dotted, member)
        else:
            text = f"{_signature(dotted, member)}\n\n{inspect.getdoc(member) or ''}"
        yield Entry(dotted, text.strip(), f"pydoc:{dotted}", "")


def builtin_entries() -> Iterator[Entry]:
    """The built-in functions, and the built-in types with each public method on its own."""
    for name, member in sorted(vars(builtins).items()):
        if name.startswith("_") or not (inspect.isbuiltin(member) or inspect.isclass(member)):
            continue
        if inspect.isclass(member) and issubclass(member, BaseException):
            continue
        if inspect.isclass(member):
            yield Entry(name, class_text(name, member), f"pydoc:{name}", "")
        else:
            doc = inspect.getdoc(member) or ""
            yield Entry(name, f"{_signature(name, member)}\n\n{doc}", f"pydoc:{name}", "")
    for type_name in BUILTIN_TYPES:
        cls = getattr(builtins, type_name)
        for attribute, member in sorted(vars(cls).items()):
            method_doc = inspect.getdoc(member) if not attribute.startswith("_") else None
            if method_doc:
                dotted = f"{type_name}.{attribute}"
                text = f"{_signature(dotted, member)}\n\n{method_doc}"
                yield Entry(dotted, text, f"pydoc:{dotted}", "")


class _Library:
    """Every entry and its BM25 index, built on first use."""

    def __init__(self) -> None:
        from pydoc_data.topics import topics

        entries: list[Entry] = []
        for label, text in sorted(topics.items()):
            entries.extend(topic_entries(label, text))
        entries.extend(builtin_entries())
        for module_name in MODULES:
            entries.extend(module_entries(module_name))
        seen: set[str] = set()
        self.entries = []
        for entry in entries:  # a section of 'compound' is also the whole of 'class'...
            if len(entry.text) >= MIN_CHARS and entry.text not in seen:
                seen.add(entry.text)
                self.entries.append(entry)
        self.modules = frozenset(bm25.fold(name) for name in MODULES if "." not in name)
        self.index = bm25.Index(
            [bm25.tokens(e.title) * 2 + bm25.tokens(e.text) for e in self.entries]
        )


_library: _Library | None = None
_library_lock = threading.Lock()


def library() -> _Library:
    global _library
    with _library_lock:
        if _library is None:
            _library = _Library()
        return _library


class OfflineDocsSource:
    name = "offline_docs"

    def __init__(self, catalog: ResearchCatalog | None = None) -> None:
        self.catalog = catalog

    def python_words(self, lib: _Library) -> set[str]:
        catalog = self.catalog or research_catalog()
        site = catalog.docs.get("python")
        keywords = {bm25.fold(k.lower()) for k in site.keywords} if site else set()
        return {"python", *keywords, *lib.modules}

    def fetch(self, topic: str, *, style: str, limit: int, time_limit: float) -> list[Passage]:
        """The ``limit`` passages of the interpreter's documentation closest to ``topic``
        (``style`` does not change what documentation says; indexing is the only slow part,
        once per process)."""
        lib = library()
        query = bm25.tokens(topic)
        if not set(query) & self.python_words(lib):
            raise SourceUnavailable("offline documentation covers Python topics only")
        # Every passage here is about Python: the word itself tells them apart no more.
        query = [word for word in query if word != "python"] or query
        scores = lib.index.scores(query)
        ranked = sorted(
            (i for i, score in enumerate(scores) if score > 0), key=lambda i: (-scores[i], i)
        )[: max(0, limit)]
        if not ranked:
            return []
        best = scores[ranked[0]]
        now = timezone.now()
        return [self._passage(lib.entries[i], scores[i] / best, now) for i in ranked]

    def _passage(self, entry: Entry, relevance: float, now: datetime) -> Passage:
        return Passage(
            id=passage_id(self.name, entry.url, entry.key),
            source="offline_docs",
            kind="doc_section",
            url=entry.url,
            title=entry.title,
            text=entry.text,
            licence="PSF-2.0",
            retrieved_at=now,
            quality=QUALITY,
            relevance=round(relevance, 4),
            extra=flagged({"python": sys.version.split()[0]}, entry.text),
        )
