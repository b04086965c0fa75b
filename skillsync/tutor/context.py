"""What the tutor knows about a lesson: its content flattened into numbered sections (S1..Sn)
and the research passages it was written from, each citable by its id.

Sections follow the document's order, whatever the style: the summary and key concepts, the
prose parts (introduction, sections, study guide), videos, code examples, key takeaways,
exercises (instructions, starter code and hints — never the solution), the practice project,
and the quiz's questions and options (never its answers: those come from ``submitQuiz``).

Passages are the ones named in the content's ``source_attribution`` (so a citation always
resolves on the lesson's page), read from the research store for the topic the content was
researched under; only when some are missing there (purged after their cache time) is the topic
researched again. The stored JSON is read defensively: content stored by an older schema, or
edited by hand, gives fewer sections, never an error.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from skillsync.learning.models import Lesson, LessonContent
from skillsync.research.cache import topic_key
from skillsync.research.models import ResearchResult
from skillsync.research.passages import Passage

logger = logging.getLogger(__name__)

SECTION_KIND = "section"
PASSAGE_KIND = "passage"


@dataclass(frozen=True)
class Section:
    id: str  # "S1", "S2", ...
    heading: str
    text: str


@dataclass(frozen=True)
class Source:
    """A research passage the content cites: what a citation of it shows, and its text."""

    id: str
    title: str
    url: str
    source: str
    text: str


@dataclass(frozen=True)
class TutorContext:
    title: str
    skill: str
    language: str
    sections: tuple[Section, ...]
    # Every passage the content attributes (citable), and those whose text could be read.
    attributed: Mapping[str, Mapping[str, str]]
    passages: tuple[Source, ...]

    def citation(self, citation_id: str) -> dict[str, str] | None:
        """What the page shows for a citation of ``citation_id``; None when it names nothing
        in this context (an invented id)."""
        for section in self.sections:
            if section.id == citation_id:
                return {"id": section.id, "kind": SECTION_KIND, "title": section.heading}
        if citation_id in {p.id for p in self.passages}:
            entry = self.attributed[citation_id]
            return {
                "id": citation_id,
                "kind": PASSAGE_KIND,
                "title": entry.get("title") or "Source",
                "url": entry.get("url") or "",
            }
        return None

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(p.url for p in self.passages if p.url)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _items(value: Any) -> list[Mapping[str, Any]]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [s for s in (_text(v) for v in value) if s] if isinstance(value, list) else []


def _code(language: str, code: str) -> str:
    return f"```{language}\n{code.rstrip()}\n```" if code.strip() else ""


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _join(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def _parts(content: Mapping[str, Any], titles: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """(heading, text) of each part of the lesson, in the document's order."""
    concepts = _strings(content.get("key_concepts"))
    yield (
        "Summary",
        _join(
            _text(content.get("summary")),
            f"Key concepts: {', '.join(concepts)}." if concepts else "",
        ),
    )
    for key in ("introduction", "sections", "study_guide"):
        for part in _items(content.get(key)):
            yield _text(part.get("heading")) or "Section", _text(part.get("body"))
    for number, video in enumerate(_items(content.get("videos")), start=1):
        name = titles.get(_text(video.get("passage_id"))) or f"Video {number}"
        look_for = _strings(video.get("look_for"))
        yield (
            f"Video: {name}",
            _join(_text(video.get("why_watch")), "\n".join(f"- {item}" for item in look_for)),
        )
    for number, example in enumerate(_items(content.get("code_examples")), start=1):
        language = _text(example.get("language"))
        yield (
            f"Code example {number}",
            _join(_text(example.get("explanation")), _code(language, _text(example.get("code")))),
        )
    takeaways = _strings(content.get("key_takeaways"))
    if takeaways:
        yield "Key takeaways", "\n".join(f"- {item}" for item in takeaways)
    for number, exercise in enumerate(_items(content.get("exercises")), start=1):
        hints = _strings(exercise.get("hints"))
        language = _text(exercise.get("language"))
        yield (
            f"Exercise {number}: {_text(exercise.get('title')) or 'Exercise'}",
            _join(
                _sentence(f"Objective: {_text(exercise.get('objective'))}"),
                _text(exercise.get("instructions")),
                _code(language, _text(exercise.get("starter_code"))),
                *(_sentence(f"Hint: {hint}") for hint in hints),
            ),
        )
    project = content.get("project")
    if isinstance(project, Mapping):
        requirements = _strings(project.get("requirements"))
        yield (
            f"Practice project: {_text(project.get('title')) or 'Project'}",
            _join(
                _text(project.get("description")),
                "\n".join(f"- {item}" for item in requirements),
            ),
        )
    quiz = content.get("quiz")
    questions = _items(quiz.get("questions")) if isinstance(quiz, Mapping) else []
    if questions:
        yield (
            "Quiz",
            "\n".join(
                f"{number}. {_text(q.get('question'))} Options: "
                + "; ".join(_strings(q.get("options")))
                for number, q in enumerate(questions, start=1)
            ),
        )


def lesson_sections(content: Any, titles: Mapping[str, str] | None = None) -> list[Section]:
    """The lesson document as numbered sections (see the module's docstring). ``titles``:
    passage titles by id, to name the videos."""
    if not isinstance(content, Mapping):
        return []
    found = [(heading, text) for heading, text in _parts(content, titles or {}) if text]
    return [
        Section(id=f"S{number}", heading=heading[:200], text=text)
        for number, (heading, text) in enumerate(found, start=1)
    ]


def attributed_passages(content: LessonContent) -> dict[str, dict[str, str]]:
    """The passages the content attributes, by id: title, url, source (attribution order)."""
    found: dict[str, dict[str, str]] = {}
    attribution = content.source_attribution
    if not isinstance(attribution, Mapping):
        return found
    for source, entries in attribution.items():
        for entry in _items(entries):
            passage_id = _text(entry.get("passage_id"))
            if passage_id and passage_id not in found:
                found[passage_id] = {
                    "title": _text(entry.get("title")),
                    "url": _text(entry.get("url")),
                    "source": str(source),
                }
    return found


def _stored(topic: str, wanted: set[str]) -> dict[str, Passage]:
    """Passages with the wanted ids in the research store for ``topic`` (expired results
    included: the passage is the same text the lesson was written from)."""
    found: dict[str, Passage] = {}
    rows = ResearchResult.objects.filter(topic_key=topic_key(topic)).values_list("passages")
    for (items,) in rows:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("id") in wanted and item["id"] not in found:
                try:
                    found[item["id"]] = Passage.model_validate(item)
                except ValueError:
                    continue
    return found


def content_passages(content: LessonContent, attributed: Mapping[str, Any]) -> list[Passage]:
    """The attributed passages whose text can be read, in attribution order (see the module's
    docstring). Research is asked again only for passages the store no longer holds."""
    wanted = set(attributed)
    metadata = content.research_metadata if isinstance(content.research_metadata, dict) else {}
    topic = _text(metadata.get("topic"))
    if not wanted or not topic:
        return []
    found = _stored(topic, wanted)
    if len(found) < len(wanted):
        from skillsync.research.service import research_topic

        try:
            bundle = research_topic(topic, style=content.learning_style)
        except Exception:  # the answer goes on with the passages it has
            logger.exception("tutor: research of %r failed", topic)
        else:
            for passage in bundle.passages:
                if passage.id in wanted:
                    found.setdefault(passage.id, passage)
    return [found[passage_id] for passage_id in attributed if passage_id in found]


def tutor_context(lesson: Lesson, content: LessonContent) -> TutorContext:
    """What the tutor is given to answer about ``content`` (the lesson's, at the question)."""
    attributed = attributed_passages(content)
    titles = {passage_id: entry["title"] for passage_id, entry in attributed.items()}
    passages = content_passages(content, attributed)
    return TutorContext(
        title=_text(content.content.get("title") if isinstance(content.content, dict) else "")
        or lesson.title,
        skill=lesson.module.roadmap.skill,
        language=content.language,
        sections=tuple(lesson_sections(content.content, titles)),
        attributed=attributed,
        passages=tuple(
            Source(
                id=p.id,
                title=attributed[p.id]["title"] or p.title,
                url=attributed[p.id]["url"] or p.url,
                source=p.source,
                text=p.text,
            )
            for p in passages
        ),
    )
