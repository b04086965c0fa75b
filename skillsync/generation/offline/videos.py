"""Video picks from the video passages research found (why to watch, what to look for, the
chapters), and what to search for when it found none."""

from __future__ import annotations

from typing import Any

from skillsync.generation.offline.context import LessonContext, Source
from skillsync.generation.offline.markdown import clip, safe_line, sentences
from skillsync.generation.offline.subject import Subject

MAX_CHAPTERS = 30


def _chapters(source: Source) -> list[dict[str, Any]]:
    """The video's chapters that have a start and a title, in order."""
    found: list[tuple[int, str]] = []
    for raw in source.extra.get("chapters") or []:
        if not isinstance(raw, dict):
            continue
        start, title = raw.get("start_seconds"), safe_line(str(raw.get("title") or ""), 200)
        if isinstance(start, int) and not isinstance(start, bool) and start >= 0 and title:
            found.append((start, title))
    return [{"start_seconds": s, "title": t} for s, t in sorted(found)[:MAX_CHAPTERS]]


def _duration(source: Source) -> str:
    seconds = source.extra.get("duration_seconds")
    if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0:
        return f"{max(1, round(seconds / 60))} min"
    return ""


def video_pick(source: Source, ctx: LessonContext, subject: Subject) -> dict[str, Any]:
    about = " ".join(sentences(" ".join(source.paragraphs))[:2])
    length = _duration(source)
    why = (
        f"*{source.title}*{f' ({length})' if length else ''} from {source.origin} shows "
        f"{ctx.topic} being worked through"
        + (f": {clip(about, 400)}" if about else ".")
        + " Watching the code run before you write your own makes the exercises quicker."
    )
    chapters = _chapters(source)
    look_for = [f"{concept}: how the video uses it" for concept in subject.guide.concepts[:3]]
    if chapters:
        look_for.append(f"The chapter “{chapters[0]['title']}” as a starting point")
    look_for.append("Pause after each example and reproduce it yourself before moving on")
    return {
        "passage_id": source.id,
        "why_watch": why,
        "look_for": look_for[:8],
        "chapters": chapters,
    }


def video_picks(ctx: LessonContext, subject: Subject, limit: int) -> list[dict[str, Any]]:
    return [video_pick(s, ctx, subject) for s in ctx.videos[:limit]]


def search_terms(ctx: LessonContext, subject: Subject) -> list[str]:
    """Up to five queries for a video site, most specific first."""
    technology = "" if subject.technology.lower() in ctx.topic.lower() else subject.technology
    candidates = [
        f"{ctx.topic} {technology}".strip(),
        f"{ctx.topic} {ctx.level} tutorial",
        subject.guide.search if subject.python else f"{technology} {ctx.topic} explained".strip(),
        f"{ctx.topic} example {ctx.industry.label}",
    ]
    unique = dict.fromkeys(safe_line(c, 200) for c in candidates if c.strip())
    return [term for term in unique if term][:5]
