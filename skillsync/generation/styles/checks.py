"""What a lesson must satisfy, beyond its schema, before it is stored as ready.

``lesson_problems`` returns every problem found (empty: the lesson may be stored); the
pipeline repairs or regenerates a lesson with problems — it is never stored as ready.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from skillsync.generation.styles.schemas import (
    Exercise,
    HandsOnLesson,
    MixedLesson,
    ReadingLesson,
    VideoLesson,
)

HANDS_ON_MIN_PRACTICE = 0.60
READING_MIN_TEXT = 0.80
_SPACE = re.compile(r"\W+")

LessonModel = HandsOnLesson | VideoLesson | ReadingLesson | MixedLesson


@dataclass(frozen=True)
class Problem:
    code: str  # e.g. QUIZ_ANSWER_NOT_AN_OPTION
    where: str  # a path into the lesson, e.g. "quiz.questions[2]"
    message: str


def _walk(value: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """Every (path, key, value) in a dumped lesson."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{path}.{key}" if path else key
            yield here, key, item
            yield from _walk(item, here)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")


def _normalised(text: str) -> str:
    """For questions: case, spacing and punctuation do not make two questions different."""
    return _SPACE.sub(" ", text.lower()).strip()


def _option(text: str) -> str:
    """For options: case and spacing do not count, punctuation does ("[1, 2]" vs "(1, 2)")."""
    return " ".join(text.lower().split())


# Fields that hold code, shown as code (never rendered as Markdown or HTML).
CODE_FIELDS = frozenset({"starter_code", "solution", "expected_output", "code", "starter_template"})
# What would run or load something if Markdown text were rendered carelessly: script-capable
# elements, event-handler attributes, and links (inline or by reference) to script or data URLs.
# The web app renders Markdown with HTML disabled; this keeps such text out of stored lessons too.
_ACTIVE_MARKUP = re.compile(
    r"<\s*/?\s*(?:script|iframe|object|embed|style|link|meta|form|svg|math|base|frame)\b"
    r"|<[^>]*\son[a-z]+\s*="
    r"|(?:\]\s*\(|^\s*\[[^\]]*\]:)\s*<?\s*(?:javascript|vbscript|data|file):",
    re.IGNORECASE | re.MULTILINE,
)


def _texts(lesson: LessonModel, passages: set[str]) -> list[Problem]:
    """Citations that resolve; no empty text; no active markup outside code."""
    problems = []
    for path, key, value in _walk(lesson.model_dump(), ""):
        if key == "cites":
            problems += [
                Problem("UNKNOWN_CITATION", path, f"{cited!r} is not one of the passages")
                for cited in value
                if cited not in passages
            ]
        elif isinstance(value, str):
            if not value.strip() and key != "starter_code":
                problems.append(Problem("EMPTY_TEXT", path, "empty"))
            elif key not in CODE_FIELDS and (found := _ACTIVE_MARKUP.search(value)):
                problems.append(Problem("ACTIVE_MARKUP", path, f"{found.group(0)[:40]!r}"))
    return problems


def _quiz(lesson: LessonModel) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, question in enumerate(lesson.quiz.questions):
        where = f"quiz.questions[{index}]"
        if question.answer not in question.options:
            problems.append(
                Problem("QUIZ_ANSWER_NOT_AN_OPTION", where, "the answer is not among the options")
            )
        if len({_option(o) for o in question.options}) < len(question.options):
            problems.append(Problem("DUPLICATE_OPTION", where, "two options are the same"))
        key = _normalised(question.question)
        if key in seen:
            problems.append(Problem("DUPLICATE_QUESTION", where, "asked twice"))
        seen.add(key)
    return problems


def _exercise_size(exercise: Exercise) -> int:
    return sum(
        len(part)
        for part in (
            exercise.instructions,
            exercise.starter_code,
            exercise.solution,
            exercise.expected_output,
            *exercise.hints,
        )
    )


_PYTHON_LABEL = re.compile(r"(?:python|py|cpython)\s*(?:3(?:\.\d+)*)?", re.IGNORECASE)


def is_python(exercise: Exercise) -> bool:
    """A Python exercise, however its language is written ("Python 3", "python3.12", "py")."""
    return _PYTHON_LABEL.fullmatch(exercise.language.strip()) is not None


def _exercises(exercises: list[Exercise], where: str) -> list[Problem]:
    return [
        Problem("EXERCISE_WITHOUT_OUTPUT", f"{where}[{i}]", "no expected output to check against")
        for i, exercise in enumerate(exercises)
        if is_python(exercise) and not exercise.expected_output.strip()
    ]


def _video_choice(lesson: VideoLesson, *, found: bool | None) -> list[Problem]:
    """Videos found: at least one picked. None found: something to search for instead."""
    if found and not lesson.videos:
        return [Problem("NO_VIDEO_PICKED", "videos", "videos were found but none was picked")]
    if found is False and not lesson.videos and not lesson.search_terms:
        return [Problem("NO_SEARCH_TERMS", "search_terms", "no video found and nothing to search")]
    return []


def practice_share(lesson: HandsOnLesson) -> float:
    project = lesson.project
    practice = sum(_exercise_size(e) for e in lesson.exercises) + sum(
        len(part) for part in (project.description, project.starter_template, *project.requirements)
    )
    theory = sum(len(s.body) for s in lesson.introduction) + sum(
        len(c) for c in lesson.key_concepts
    )
    return practice / max(1, practice + theory)


def text_share(lesson: ReadingLesson) -> float:
    text = (
        sum(len(s.body) for s in lesson.sections)
        + sum(len(t) for t in lesson.key_takeaways)
        + sum(len(e.explanation) for e in lesson.code_examples)
    )
    other = sum(len(e.code) for e in lesson.code_examples) + sum(len(d) for d in lesson.diagrams)
    return text / max(1, text + other)


def lesson_problems(
    lesson: LessonModel, *, passages: set[str], videos: set[str] | None = None
) -> list[Problem]:
    """Every rule the lesson breaks. ``passages``: ids it may cite; ``videos``: the ids of
    the video passages among them (a video lesson may only pick those)."""
    problems = _texts(lesson, passages) + _quiz(lesson)
    if isinstance(lesson, HandsOnLesson):
        problems += _exercises(lesson.exercises, "exercises")
        share = practice_share(lesson)
        if share < HANDS_ON_MIN_PRACTICE:
            problems.append(
                Problem("TOO_LITTLE_PRACTICE", "", f"practice is {share:.0%} of the lesson")
            )
    elif isinstance(lesson, ReadingLesson):
        share = text_share(lesson)
        if share < READING_MIN_TEXT:
            problems.append(Problem("TOO_LITTLE_TEXT", "", f"text is {share:.0%} of the lesson"))
    elif isinstance(lesson, MixedLesson):
        problems += _exercises(lesson.exercises, "exercises")
    if isinstance(lesson, VideoLesson | MixedLesson):
        allowed = passages if videos is None else videos
        problems += [
            Problem("UNKNOWN_VIDEO", f"videos[{i}]", f"{pick.passage_id!r} is not a video found")
            for i, pick in enumerate(lesson.videos)
            if pick.passage_id not in allowed
        ]
    if isinstance(lesson, VideoLesson):
        problems += _video_choice(lesson, found=bool(videos) if videos is not None else None)
    return problems
