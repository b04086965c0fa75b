"""Lessons a provider might write, one builder per style: valid as given (they pass every rule
and their Python exercises pass verification), and easy to break one rule at a time through
keyword overrides. ``cites`` are the passage ids the parts cite (none by default)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


def quiz(*questions: dict[str, Any], cites: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "questions": list(questions)
        or [
            {
                "question": "What does [x * 2 for x in xs] build?",
                "options": ["a list", "a tuple", "a generator"],
                "answer": "a list",
                "explanation": "Square brackets make a list comprehension.",
                "cites": list(cites[:1]),
            },
            {
                "question": "What does print([n * n for n in [1, 2, 3]]) print?",
                "options": ["[1, 4, 9]", "[1, 2, 3]", "(1, 4, 9)"],
                "answer": "[1, 4, 9]",
                "explanation": "Each number is squared, in order.",
                "cites": [],
            },
        ]
    }


def exercise(cites: Sequence[str] = (), **overrides: Any) -> dict[str, Any]:
    return {
        "title": "Squares",
        "objective": "Build a list with a comprehension",
        "difficulty": "beginner",
        "instructions": "Print the squares of 1 to 3 as a list, using a comprehension. " * 3,
        "language": "python",
        "starter_code": "numbers = [1, 2, 3]\n# your code here\n",
        "expected_output": "[1, 4, 9]\n",
        "hints": ["Use [n * n for n in numbers]."],
        "solution": "numbers = [1, 2, 3]\nprint([n * n for n in numbers])\n",
        "cites": list(cites[:1]),
        **overrides,
    }


def evens_exercise(cites: Sequence[str] = (), **overrides: Any) -> dict[str, Any]:
    return exercise(
        cites,
        title="Evens",
        objective="Filter with a comprehension",
        instructions="Print the even numbers from 1 to 6 as a list, with a comprehension. " * 3,
        starter_code="numbers = range(1, 7)\n# your code here\n",
        expected_output="[2, 4, 6]\n",
        hints=["Add an if clause."],
        solution="numbers = range(1, 7)\nprint([n for n in numbers if n % 2 == 0])\n",
        **overrides,
    )


def _video_picks(videos: Sequence[str]) -> list[dict[str, Any]]:
    return [
        {
            "passage_id": video,
            "why_watch": "It builds a comprehension step by step.",
            "look_for": ["the order of the clauses"],
            "chapters": [{"start_seconds": 0, "title": "Intro"}],
        }
        for video in videos
    ]


def hands_on(cites: Sequence[str] = (), **overrides: Any) -> dict[str, Any]:
    return {
        "style": "hands_on",
        "title": "List comprehensions",
        "summary": "Build lists in one expression.",
        "key_concepts": ["comprehension"],
        "introduction": [
            {"heading": "Idea", "body": "A comprehension maps and filters.", "cites": list(cites)}
        ],
        "exercises": [exercise(cites), evens_exercise(cites)],
        "project": {
            "title": "Grade book",
            "description": "Summarise marks with comprehensions. " * 5,
            "requirements": ["Compute the averages with comprehensions."],
            "starter_template": "marks = {}\n",
            "estimated_minutes": 30,
        },
        "quiz": quiz(cites=cites),
        **overrides,
    }


def reading(cites: Sequence[str] = (), **overrides: Any) -> dict[str, Any]:
    return {
        "style": "reading",
        "title": "List comprehensions",
        "summary": "Build lists in one expression.",
        "key_concepts": ["comprehension"],
        "sections": [
            {"heading": "What", "body": "Long prose about comprehensions. " * 20},
            {"heading": "Why", "body": "More prose. " * 20, "cites": list(cites)},
        ],
        "code_examples": [
            {"language": "python", "code": "[x for x in y]", "explanation": "A copy of y."}
        ],
        "diagrams": ["flowchart LR\n  A[iterable] --> B[expression] --> C[list]"],
        "key_takeaways": ["Comprehensions read left to right."],
        "quiz": quiz(cites=cites),
        **overrides,
    }


def video(
    cites: Sequence[str] = (), videos: Sequence[str] = (), **overrides: Any
) -> dict[str, Any]:
    return {
        "style": "video",
        "title": "Comprehensions on video",
        "summary": "Watch and learn.",
        "key_concepts": ["comprehension"],
        "videos": _video_picks(videos),
        "search_terms": [] if videos else ["python list comprehension tutorial"],
        "study_guide": [{"heading": "Before", "body": "Recall for loops.", "cites": list(cites)}],
        "quiz": quiz(cites=cites),
        **overrides,
    }


def mixed(
    cites: Sequence[str] = (), videos: Sequence[str] = (), **overrides: Any
) -> dict[str, Any]:
    return {
        "style": "mixed",
        "title": "List comprehensions",
        "summary": "Build lists in one expression.",
        "key_concepts": ["comprehension"],
        "sections": [{"heading": "Idea", "body": "A comprehension maps.", "cites": list(cites)}],
        "exercises": [exercise(cites)],
        "videos": _video_picks(videos),
        "quiz": quiz(cites=cites),
        **overrides,
    }


BUILDERS = {"hands_on": hands_on, "reading": reading, "video": video, "mixed": mixed}


def sample_lesson(style: str, cites: Sequence[str] = (), **overrides: Any) -> dict[str, Any]:
    return BUILDERS[style](cites, **overrides)


def as_answer(lesson: dict[str, Any]) -> str:
    return json.dumps(lesson)
