"""Curriculum tracks for the built-in roadmap planner: ordered modules per technology.

The curriculum is data (``data/tracks.toml``), read and checked once at import: a malformed
file stops the process at start-up with the track and the rule it breaks.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

Level = Literal["beginner", "intermediate", "advanced"]
LEVELS: tuple[Level, ...] = ("beginner", "intermediate", "advanced")
TRACKS_FILE = Path(__file__).resolve().parent / "data" / "tracks.toml"


@dataclass(frozen=True)
class TrackModule:
    title: str
    description: str  # what the learner will be able to do
    topics: tuple[str, ...]  # 3 to 5 lesson topics, each a specific, self-contained subject
    level: Level


@dataclass(frozen=True)
class Track:
    key: str  # stable identifier, lowercase, e.g. "python"
    name: str  # display name, e.g. "Python"
    aliases: tuple[str, ...]  # lowercase words/phrases that identify the track in a goal
    modules: tuple[TrackModule, ...]  # 10 to 12, ordered from fundamentals to advanced


class TrackFileError(ValueError):
    pass


def _module(track: str, raw: dict[str, Any]) -> TrackModule:
    topics = tuple(raw.get("topics", ()))
    if not 3 <= len(topics) <= 5:
        raise TrackFileError(f"{track}: module {raw.get('title')!r} needs 3 to 5 topics")
    if raw.get("level") not in LEVELS:
        raise TrackFileError(f"{track}: module {raw.get('title')!r} has an unknown level")
    if not raw.get("title") or not raw.get("description"):
        raise TrackFileError(f"{track}: every module needs a title and a description")
    return TrackModule(
        title=raw["title"],
        description=raw["description"],
        topics=topics,
        level=cast(Level, raw["level"]),
    )


def _track(raw: dict[str, Any]) -> Track:
    key = raw.get("key", "")
    modules = tuple(_module(key, m) for m in raw.get("modules", ()))
    if not 10 <= len(modules) <= 12:
        raise TrackFileError(f"{key}: a track needs 10 to 12 modules")
    levels = [LEVELS.index(m.level) for m in modules]
    if levels != sorted(levels):
        raise TrackFileError(f"{key}: modules must go from beginner to advanced")
    topics = [topic for m in modules for topic in m.topics]
    if len(topics) != len(set(topics)):
        raise TrackFileError(f"{key}: topics must be unique within a track")
    aliases = tuple(raw.get("aliases", ()))
    if not aliases or any(alias != alias.lower() for alias in aliases):
        raise TrackFileError(f"{key}: aliases must be given, in lowercase")
    return Track(key=key, name=raw["name"], aliases=aliases, modules=modules)


def load_tracks(path: Path = TRACKS_FILE) -> tuple[Track, ...]:
    with path.open("rb") as handle:
        tracks = tuple(_track(raw) for raw in tomllib.load(handle).get("tracks", ()))
    seen: dict[str, str] = {}
    for track in tracks:
        for alias in track.aliases:
            if alias in seen:
                raise TrackFileError(f"alias {alias!r} is used by {seen[alias]} and {track.key}")
            seen[alias] = track.key
    return tracks


TRACKS: tuple[Track, ...] = load_tracks()
