"""What a lesson is about: Python (and which bank guide), or another technology (and which
language its exercises are written in).

Signals, strongest first: passages from the offline documentation (it answers Python topics
only); the curriculum track the topic comes from (``tracks.toml``); a track's name or alias
in the topic, the module or the goal; a bank guide matching the topic's words. A topic with
none of these is treated as another technology with written exercises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from skillsync.generation.offline.bank import GENERAL_GUIDE, TopicGuide, guide_for
from skillsync.generation.offline.context import LessonContext
from skillsync.learning.tracks import TRACKS, Track

PYTHON_TRACKS = frozenset({"python", "django", "data-science", "machine-learning"})
LANGUAGES = {
    "sql": "sql",
    "javascript": "javascript",
    "node": "javascript",
    "react": "javascript",
    "typescript": "typescript",
    "docker": "shell",
    "kubernetes": "shell",
    "git": "shell",
    "devops": "shell",
    "golang": "go",
    "rust": "rust",
    "java": "java",
}


@dataclass(frozen=True)
class Subject:
    python: bool
    technology: str  # "Python", "SQL and PostgreSQL", ... or the topic itself
    language: str  # what its exercises are written in: "python", "sql", "shell", "text"...
    guide: TopicGuide  # the bank guide (Python), or the general one

    @property
    def specific(self) -> bool:
        """Whether the bank has a guide for this very topic."""
        return self.guide is not GENERAL_GUIDE


@cache
def _topics() -> dict[str, list[tuple[Track, str]]]:
    found: dict[str, list[tuple[Track, str]]] = {}
    for track in TRACKS:
        for module in track.modules:
            for topic in module.topics:
                found.setdefault(topic.casefold(), []).append((track, module.title))
    return found


def _track_of_topic(topic: str, module: str) -> Track | None:
    candidates = _topics().get(topic.casefold(), [])
    for track, title in candidates:
        if title.casefold() == module.casefold():
            return track
    return candidates[0][0] if candidates else None


def _track_named_in(text: str) -> Track | None:
    lowered = f" {text.lower()} "
    for track in TRACKS:
        for alias in (track.key, *track.aliases):
            if re.search(rf"(?<![\w.+#-]){re.escape(alias)}(?![\w+#-])", lowered):
                return track
    return None


def _from_track(track: Track, topic: str) -> Subject:
    if track.key in PYTHON_TRACKS:
        return Subject(True, "Python", "python", guide_for(topic))
    return Subject(False, track.name, LANGUAGES.get(track.key, "text"), GENERAL_GUIDE)


def lesson_subject(ctx: LessonContext) -> Subject:
    if any(s.source == "offline_docs" for s in ctx.sources):
        return Subject(True, "Python", "python", guide_for(ctx.topic))
    track = _track_of_topic(ctx.topic, ctx.module)
    if track is None:
        for text in (ctx.topic, ctx.module):
            track = _track_named_in(text)
            if track is not None:
                break
    if track is not None:
        return _from_track(track, ctx.topic)
    guide = guide_for(ctx.topic)
    if guide is not GENERAL_GUIDE:
        return Subject(True, "Python", "python", guide)
    track = _track_named_in(ctx.goal)
    if track is not None:
        return _from_track(track, ctx.topic)
    return Subject(False, ctx.topic, "text", GENERAL_GUIDE)
