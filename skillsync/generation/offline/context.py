"""The lesson request the built-in provider answers, read once into typed values."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, cast

from skillsync.generation.offline.industries import GENERAL, Industry, industry_for
from skillsync.generation.offline.markdown import paragraphs, safe_line

Level = Literal["beginner", "intermediate", "advanced"]
LEVELS: tuple[Level, ...] = ("beginner", "intermediate", "advanced")
MAX_ID = 40  # the longest passage id a citation holds (styles.schemas.Cites)
SOURCE_NAMES = {
    "offline_docs": "the Python documentation",
    "docs": "the official documentation",
    "stackexchange": "Stack Overflow",
    "github": "GitHub",
    "devto": "DEV Community",
    "youtube": "YouTube",
}


@dataclass(frozen=True)
class Source:
    """One research passage, its text already split into safe-to-quote paragraphs."""

    id: str
    source: str
    kind: str
    title: str  # one safe line
    url: str
    text: str  # raw, for doctest extraction only (never shown as prose)
    paragraphs: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_video(self) -> bool:
        return self.kind == "video"

    @property
    def origin(self) -> str:
        return SOURCE_NAMES.get(self.source, "a research source")


@dataclass(frozen=True)
class LessonContext:
    topic: str  # one safe line
    module: str
    goal: str
    style: str
    level: Level
    industry: Industry
    industry_name: str  # the learner's own word for it ("" for none), one safe line
    language: str
    sources: tuple[Source, ...]

    @property
    def documents(self) -> tuple[Source, ...]:
        """The passages that are text to read (not videos), best first."""
        return tuple(s for s in self.sources if not s.is_video and s.paragraphs)

    @property
    def videos(self) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if s.is_video)

    @property
    def industry_label(self) -> str:
        """How prose names the learner's industry: one of the known industries' labels, never
        the learner's own words (the lesson is shared with every learner of its key)."""
        if self.industry is GENERAL:
            return "general programming"
        return self.industry.label

    @property
    def level_rank(self) -> int:
        return LEVELS.index(self.level)


def _source(raw: dict[str, Any]) -> Source:
    text = str(raw.get("text") or "")
    extra = raw.get("extra")
    return Source(
        id=str(raw["id"]),
        source=str(raw.get("source") or ""),
        kind=str(raw.get("kind") or ""),
        title=safe_line(str(raw.get("title") or "Untitled source"), 150) or "Untitled source",
        url=str(raw.get("url") or ""),
        text=text,
        paragraphs=tuple(paragraphs(text, pydoc=raw.get("source") == "offline_docs")),
        extra=extra if isinstance(extra, dict) else {},
    )


def read_context(context: dict[str, Any]) -> LessonContext:
    level = context.get("difficulty")
    industry_name = safe_line(str(context.get("industry") or ""), 60)
    if industry_name.lower() == "general":
        industry_name = ""
    return LessonContext(
        topic=safe_line(str(context.get("topic") or "Programming"), 150) or "Programming",
        module=safe_line(str(context.get("module") or ""), 150),
        goal=safe_line(str(context.get("goal") or ""), 200),
        style=str(context.get("style") or "mixed"),
        level=cast(Level, level) if level in LEVELS else "beginner",
        industry=industry_for(industry_name),
        industry_name=industry_name,
        language=str(context.get("language") or "en"),
        sources=tuple(  # an id a citation cannot hold could never be cited: left out
            _source(raw)
            for raw in context.get("passages") or []
            if raw.get("id") and len(str(raw["id"])) <= MAX_ID
        ),
    )
