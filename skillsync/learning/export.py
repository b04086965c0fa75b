"""A lesson, or a whole module, as one Markdown document with its citations and sources.

Pure functions over stored lesson content (any of the four styles, read defensively: content
from before a schema change renders what it has). Every part that cites research passages gets
markers such as ``[1] [2]``, numbered by first use across the document; a passage id that no
source names is left out rather than shown as a marker that leads nowhere. The "Sources" list
at the end maps each number to the passage's title, address, author and licence (from
``source_attribution``), the cited ones first, then the passages consulted but not cited. A
module has one list for all its lessons. Lesson text is made inert by ``export_text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from skillsync.learning.export_text import block, fenced, inline, plain, web_url


@dataclass(frozen=True)
class LessonDoc:
    title: str
    content: Any  # the stored document, or None for a lesson not generated yet
    attribution: Any  # source_attribution: {source: [{passage_id, url, title, author, licence}]}
    style: str = ""
    difficulty: str = ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


class Citations:
    """Numbers the sources of one document by first use."""

    def __init__(self) -> None:
        self._known: dict[str, Mapping[str, Any]] = {}
        self._numbers: dict[str, int] = {}

    def learn(self, attribution: Any) -> None:
        for entries in _dict(attribution).values():
            for entry in _list(entries):
                pid = _text(_dict(entry).get("passage_id"))
                if pid and pid not in self._known:
                    self._known[pid] = entry

    def number(self, passage_id: Any) -> int | None:
        if not isinstance(passage_id, str) or passage_id not in self._known:
            return None
        return self._numbers.setdefault(passage_id, len(self._numbers) + 1)

    def markers(self, cites: Any) -> str:
        numbers = [n for n in (self.number(c) for c in _list(cites)) if n is not None]
        return "".join(f" [{n}]" for n in dict.fromkeys(numbers))

    def entry(self, passage_id: Any) -> Mapping[str, Any]:
        return self._known.get(passage_id, {}) if isinstance(passage_id, str) else {}

    def sources(self) -> list[str]:
        cited = sorted(self._numbers, key=self._numbers.__getitem__)
        consulted = [pid for pid in self._known if pid not in self._numbers]
        lines = [self._line(n, pid, "") for n, pid in enumerate(cited, start=1)]
        start = len(cited) + 1
        lines += [
            self._line(n, pid, " · consulted, not cited")
            for n, pid in enumerate(consulted, start=start)
        ]
        return lines

    def _line(self, number: int, passage_id: str, note: str) -> str:
        entry = self._known[passage_id]
        title = plain(_text(entry.get("title"))) or "Untitled source"
        url = web_url(entry.get("url"))
        head = f"[{title}]({url})" if url else f"{title} (no web address)"
        details = [plain(_text(entry.get(key))) for key in ("author", "licence")]
        tail = "".join(f" · {d}" for d in details if d)
        return f"{number}. {head}{tail}{note}"


Heading = Callable[[int], str]


@dataclass
class _Writer:
    cite: Citations
    heading: Heading
    blocks: list[str]

    def add(self, *parts: str) -> None:
        self.blocks.extend(part for part in parts if part)

    def items(self, values: Iterable[Any], text: Callable[[str], str] = inline) -> str:
        """A bullet list; ``text`` is ``plain`` for values that are not Markdown."""
        return "\n".join(f"- {text(_text(v))}" for v in values if _text(v).strip())


def _sections(w: _Writer, sections: Any, level: int) -> None:
    for section in map(_dict, _list(sections)):
        heading = plain(_text(section.get("heading"))) or "Section"
        w.add(f"{w.heading(level)} {heading}{w.cite.markers(section.get('cites'))}")
        w.add(block(_text(section.get("body"))))


def _exercises(w: _Writer, exercises: Any) -> None:
    w.add(f"{w.heading(1)} Exercises")
    for number, ex in enumerate(map(_dict, _list(exercises)), start=1):
        title = plain(_text(ex.get("title")))
        w.add(f"{w.heading(2)} Exercise {number}: {title}{w.cite.markers(ex.get('cites'))}")
        facts = [plain(_text(ex.get(k))) for k in ("objective", "difficulty")]
        w.add(" · ".join(f"*{fact}*" for fact in facts if fact))
        w.add(block(_text(ex.get("instructions"))))
        lang = _text(ex.get("language"))
        for label, key, code_lang in (
            ("Starter code", "starter_code", lang),
            ("Expected output", "expected_output", "text"),
        ):
            if _text(ex.get(key)).strip():
                w.add(f"{w.heading(3)} {label}", fenced(_text(ex.get(key)), code_lang))
        if hints := w.items(_list(ex.get("hints"))):
            w.add(f"{w.heading(3)} Hints", hints)
        if _text(ex.get("solution")).strip():
            w.add(f"{w.heading(3)} Solution", fenced(_text(ex.get("solution")), lang))


def _project(w: _Writer, project: Any) -> None:
    project = _dict(project)
    if not project:
        return
    w.add(f"{w.heading(1)} Project: {plain(_text(project.get('title')))}")
    w.add(block(_text(project.get("description"))))
    if requirements := w.items(_list(project.get("requirements"))):
        w.add(f"{w.heading(2)} Requirements", requirements)
    if _text(project.get("starter_template")).strip():
        w.add(f"{w.heading(2)} Starter template", fenced(_text(project["starter_template"])))
    minutes = project.get("estimated_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool):
        w.add(f"*About {minutes} minutes.*")


def _clock(seconds: Any) -> str:
    seconds = seconds if isinstance(seconds, int) and seconds >= 0 else 0
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _videos(w: _Writer, videos: Any) -> None:
    picks = list(map(_dict, _list(videos)))
    if not picks:
        return
    w.add(f"{w.heading(1)} Videos")
    for number, pick in enumerate(picks, start=1):
        entry = w.cite.entry(pick.get("passage_id"))
        title = plain(_text(entry.get("title"))) or f"Video {number}"
        url = web_url(entry.get("url"))
        shown = f"[{title}]({url})" if url else title
        marker = w.cite.markers([pick.get("passage_id")])
        w.add(f"{w.heading(2)} {number}. {shown}{marker}")
        w.add(block(_text(pick.get("why_watch"))))
        if look_for := w.items(_list(pick.get("look_for"))):
            w.add("Look for:", look_for)
        chapters = [
            f"- {_clock(c.get('start_seconds'))} {plain(_text(c.get('title')))}"
            for c in map(_dict, _list(pick.get("chapters")))
        ]
        if chapters:
            w.add("Chapters:", "\n".join(chapters))


def _search_terms(w: _Writer, terms: Any) -> None:
    if listed := w.items(_list(terms), plain):
        w.add(f"{w.heading(1)} What to search for", listed)


def _code_examples(w: _Writer, examples: Any) -> None:
    examples = list(map(_dict, _list(examples)))
    if not examples:
        return
    w.add(f"{w.heading(1)} Code examples")
    for number, example in enumerate(examples, start=1):
        w.add(f"{w.heading(2)} Example {number}{w.cite.markers(example.get('cites'))}")
        w.add(fenced(_text(example.get("code")), _text(example.get("language"))))
        w.add(block(_text(example.get("explanation"))))


_MERMAID_CLICK = re.compile(r"^\s*click\s", re.IGNORECASE)
_MERMAID_DIRECTIVE = re.compile(r"^\s*%%\{")


def _diagram(source: str) -> str:
    """A Mermaid source without what it never needs and an attacker would use (as the web
    app draws it): ``click`` directives (links, callbacks), init directives, markup."""
    lines = [
        line
        for line in source.split("\n")
        if not _MERMAID_CLICK.match(line) and not _MERMAID_DIRECTIVE.match(line)
    ]
    return re.sub(r"<[^>]*>?", " ", "\n".join(lines))


def _diagrams(w: _Writer, diagrams: Any) -> None:
    sources = [_text(d) for d in _list(diagrams) if _text(d).strip()]
    if sources:
        w.add(f"{w.heading(1)} Diagrams", *(fenced(_diagram(s), "mermaid") for s in sources))


def _takeaways(w: _Writer, takeaways: Any) -> None:
    if listed := w.items(_list(takeaways)):
        w.add(f"{w.heading(1)} Key takeaways", listed)


def _quiz(w: _Writer, quiz: Any) -> None:
    questions = list(map(_dict, _list(_dict(quiz).get("questions"))))
    if not questions:
        return
    w.add(f"{w.heading(1)} Quiz")
    for number, q in enumerate(questions, start=1):
        w.add(f"{w.heading(2)} Question {number}{w.cite.markers(q.get('cites'))}")
        w.add(block(_text(q.get("question"))), w.items(_list(q.get("options")), plain))
        w.add(f"**Answer:** {plain(_text(q.get('answer')))}")
        if _text(q.get("explanation")).strip():
            w.add(block(_text(q["explanation"])))


def _study_guide(w: _Writer, sections: Any) -> None:
    w.add(f"{w.heading(1)} Study guide")
    _sections(w, sections, 2)


_PARTS: dict[str, Callable[[_Writer, Any], None]] = {
    "introduction": lambda w, v: _sections(w, v, 1),
    "sections": lambda w, v: _sections(w, v, 1),
    "study_guide": _study_guide,
    "videos": _videos,
    "search_terms": _search_terms,
    "code_examples": _code_examples,
    "diagrams": _diagrams,
    "exercises": _exercises,
    "project": _project,
    "key_takeaways": _takeaways,
}
_ORDER = {
    "hands_on": ("introduction", "exercises", "project"),
    "video": ("videos", "search_terms", "study_guide"),
    "reading": ("sections", "code_examples", "diagrams", "key_takeaways"),
    "mixed": ("sections", "exercises", "videos"),
}
_ANY_STYLE = tuple(_PARTS)
_STYLE_NAMES = {"hands_on": "hands-on", "video": "video", "reading": "reading", "mixed": "mixed"}


def _lesson_body(w: _Writer, doc: LessonDoc) -> None:
    """Everything of a lesson below its title, with headings from ``w.heading(1)`` down."""
    content = _dict(doc.content)
    style = _text(content.get("style")) or doc.style
    described = [
        f"{label}: {plain(value)}"
        for label, value in (("Style", _STYLE_NAMES.get(style, "")), ("Level", doc.difficulty))
        if value
    ]
    if described:
        w.add(f"*{' · '.join(described)}*")
    w.add(block(_text(content.get("summary"))))
    if concepts := [plain(_text(c)) for c in _list(content.get("key_concepts")) if _text(c)]:
        w.add("**Key concepts:** " + " · ".join(concepts))
    for part in _ORDER.get(style, _ANY_STYLE):
        if part in content:
            _PARTS[part](w, content[part])
    _quiz(w, content.get("quiz"))


def _levels(base: int) -> Heading:
    return lambda depth: "#" * min(6, base + depth)


def _finish(w: _Writer) -> str:
    if sources := w.cite.sources():
        w.add("## Sources", "\n".join(sources))
    return "\n\n".join(w.blocks) + "\n"


def lesson_markdown(doc: LessonDoc) -> str:
    w = _Writer(cite=Citations(), heading=_levels(1), blocks=[])
    w.cite.learn(doc.attribution)
    w.add(f"# {plain(doc.title) or 'Lesson'}")
    if doc.content is None:
        w.add("*Not generated yet.*")
    else:
        _lesson_body(w, doc)
    return _finish(w)


def module_markdown(*, title: str, description: str, lessons: Sequence[LessonDoc]) -> str:
    """The module's lessons in order under one title, with one numbered list of sources."""
    w = _Writer(cite=Citations(), heading=_levels(2), blocks=[])
    for doc in lessons:
        w.cite.learn(doc.attribution)
    w.add(f"# {plain(title) or 'Module'}", block(description))
    for number, doc in enumerate(lessons, start=1):
        w.add(f"## Lesson {number}: {plain(doc.title) or 'Untitled'}")
        if doc.content is None:
            w.add("*Not generated yet.*")
        else:
            _lesson_body(w, doc)
    return _finish(w)
