"""Lesson schemas v2 and the rules a lesson must meet before it is stored as ready."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from skillsync.generation.styles.checks import lesson_problems, practice_share, text_share
from skillsync.generation.styles.schemas import HandsOnLesson, Lesson, ReadingLesson

PASSAGES = {"p_aaaaaaaaaaaa", "p_bbbbbbbbbbbb"}
VIDEO = "p_cccccccccccc"
LESSON = TypeAdapter(Lesson)


def _quiz(*questions: dict[str, Any]) -> dict[str, Any]:
    return {
        "questions": list(questions)
        or [
            {
                "question": "What does [x * 2 for x in xs] build?",
                "options": ["a list", "a tuple", "a generator"],
                "answer": "a list",
                "explanation": "Square brackets make a list comprehension.",
                "cites": ["p_aaaaaaaaaaaa"],
            }
        ]
    }


def _exercise(**overrides: Any) -> dict[str, Any]:
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
        "cites": ["p_aaaaaaaaaaaa"],
        **overrides,
    }


def hands_on(**overrides: Any) -> dict[str, Any]:
    return {
        "style": "hands_on",
        "title": "List comprehensions",
        "summary": "Build lists in one expression.",
        "key_concepts": ["comprehension"],
        "introduction": [
            {"heading": "Idea", "body": "A comprehension maps and filters.", "cites": []}
        ],
        "exercises": [_exercise(), _exercise(title="Evens")],
        "project": {
            "title": "Grade book",
            "description": "Summarise marks with comprehensions. " * 5,
            "requirements": ["Compute the averages with comprehensions."],
            "starter_template": "marks = {}\n",
            "estimated_minutes": 30,
        },
        "quiz": _quiz(),
        **overrides,
    }


def reading(**overrides: Any) -> dict[str, Any]:
    return {
        "style": "reading",
        "title": "List comprehensions",
        "summary": "Build lists in one expression.",
        "key_concepts": ["comprehension"],
        "sections": [
            {"heading": "What", "body": "Long prose about comprehensions. " * 20},
            {"heading": "Why", "body": "More prose. " * 20, "cites": ["p_bbbbbbbbbbbb"]},
        ],
        "code_examples": [
            {"language": "python", "code": "[x for x in y]", "explanation": "A copy of y."}
        ],
        "diagrams": ["graph LR; A-->B"],
        "key_takeaways": ["Comprehensions read left to right."],
        "quiz": _quiz(),
        **overrides,
    }


def _codes(raw: dict[str, Any], videos: set[str] | None = None) -> list[str]:
    lesson = LESSON.validate_python(raw)
    return [p.code for p in lesson_problems(lesson, passages=PASSAGES | {VIDEO}, videos=videos)]


def test_a_good_lesson_of_each_checked_style_has_no_problems() -> None:
    assert _codes(hands_on()) == []
    assert _codes(reading()) == []
    video = {
        "style": "video",
        "title": "Comprehensions on video",
        "summary": "Watch and learn.",
        "key_concepts": ["comprehension"],
        "videos": [{"passage_id": VIDEO, "why_watch": "Clear.", "look_for": ["the syntax"]}],
        "study_guide": [{"heading": "Before", "body": "Recall for loops."}],
        "quiz": _quiz(),
    }
    assert _codes(video, videos={VIDEO}) == []
    assert _codes(video, videos=set()) == ["UNKNOWN_VIDEO"]


def test_the_style_decides_the_schema() -> None:
    assert isinstance(LESSON.validate_python(hands_on()), HandsOnLesson)
    assert isinstance(LESSON.validate_python(reading()), ReadingLesson)
    with pytest.raises(ValidationError):
        LESSON.validate_python(hands_on(exercises=[]))  # a hands-on lesson with no exercises
    with pytest.raises(ValidationError):
        LESSON.validate_python(hands_on(style="podcast"))


def test_a_quiz_answer_that_is_not_an_option_is_caught() -> None:
    wrong = {
        "question": "Which makes a set?",
        "options": ["[]", "()"],
        "answer": "{}",
        "explanation": "Braces.",
    }
    assert "QUIZ_ANSWER_NOT_AN_OPTION" in _codes(hands_on(quiz=_quiz(wrong)))


def test_duplicate_questions_and_options_are_caught() -> None:
    question = {
        "question": "Pick one",
        "options": ["A", "a"],
        "answer": "A",
        "explanation": "Because.",
    }
    again = {**question, "question": "pick ONE!", "options": ["A", "B"]}
    codes = _codes(hands_on(quiz=_quiz(question, again)))
    assert "DUPLICATE_QUESTION" in codes
    assert "DUPLICATE_OPTION" in codes


def test_a_citation_to_a_passage_that_does_not_exist_is_caught() -> None:
    codes = _codes(hands_on(exercises=[_exercise(cites=["p_nonexistent0"])]))
    assert codes == ["UNKNOWN_CITATION"]


def test_empty_text_is_caught() -> None:
    codes = _codes(reading(sections=[{"heading": "What", "body": "   "}, *reading()["sections"]]))
    assert "EMPTY_TEXT" in codes


def test_a_python_exercise_without_expected_output_is_caught() -> None:
    assert "EXERCISE_WITHOUT_OUTPUT" in _codes(hands_on(exercises=[_exercise(expected_output="")]))


def test_style_proportions_are_enforced() -> None:
    good = LESSON.validate_python(hands_on())
    assert isinstance(good, HandsOnLesson)
    assert practice_share(good) >= 0.6
    theory = [{"heading": f"Theory {n}", "body": "words " * 900} for n in range(4)]
    theory_heavy = hands_on(introduction=theory)
    assert "TOO_LITTLE_PRACTICE" in _codes(theory_heavy)

    prose = LESSON.validate_python(reading())
    assert isinstance(prose, ReadingLesson)
    assert text_share(prose) >= 0.8
    code_heavy = reading(
        code_examples=[{"language": "python", "code": "x = 1\n" * 800, "explanation": "Code."}]
    )
    assert "TOO_LITTLE_TEXT" in _codes(code_heavy)
