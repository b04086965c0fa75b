"""Helpers for the offline lesson tests: lesson contexts built from real offline research, and
running a lesson's Python exercises in the real sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from skillsync.generation.styles.checks import LessonModel
from skillsync.generation.styles.schemas import STYLES
from skillsync.learning.tracks import TRACKS
from skillsync.research.service import research_topic
from skillsync.sandbox.exercises import ExerciseVerdict, exercise_check

STYLE_NAMES = ("hands_on", "video", "reading", "mixed")
PYTHON_TOPICS = [
    topic
    for track in TRACKS
    if track.key == "python"
    for module in track.modules
    for topic in module.topics
]


def lesson_context(
    topic: str,
    style: str,
    *,
    difficulty: str = "beginner",
    industry: str = "healthcare",
    module: str = "",
    extra_passages: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    """The context the pipeline gives the built-in provider, from real research."""
    bundle = research_topic(topic, style=style)
    passages = [
        {
            "id": p.id,
            "source": p.source,
            "kind": p.kind,
            "title": p.title,
            "url": p.url,
            "text": p.text,
            "extra": p.extra,
        }
        for p in bundle.passages
    ]
    return {
        "topic": topic,
        "module": module,
        "goal": "Become a confident Python developer",
        "style": style,
        "difficulty": difficulty,
        "industry": industry,
        "language": "en",
        "passages": [*passages, *extra_passages],
    }


def validated(lesson: dict[str, Any]) -> LessonModel:
    model: LessonModel = STYLES[lesson["style"]].model_validate(lesson)  # type: ignore[assignment]
    return model


def strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (path, string) in a lesson dict."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index}]")


def cited(lesson: dict[str, Any]) -> set[str]:
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            found.update(value.get("cites", []))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(lesson)
    return found


def python_exercises(lesson: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in lesson.get("exercises", []) if e["language"] == "python"]


def check_all(exercises: list[dict[str, Any]]) -> list[tuple[dict[str, Any], ExerciseVerdict]]:
    """Each exercise with the sandbox's verdict, several at a time."""

    def check(exercise: dict[str, Any]) -> tuple[dict[str, Any], ExerciseVerdict]:
        verdict = exercise_check(
            exercise["solution"], exercise["starter_code"], exercise["expected_output"]
        )
        return exercise, verdict

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(check, exercises))
