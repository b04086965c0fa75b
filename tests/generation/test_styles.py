"""Lesson schemas v2 and the rules a lesson must meet before it is stored as ready."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from skillsync.generation.styles.checks import lesson_problems, practice_share, text_share
from skillsync.generation.styles.schemas import HandsOnLesson, Lesson, ReadingLesson
from tests.generation.lesson_samples import exercise as _exercise
from tests.generation.lesson_samples import hands_on as _hands_on
from tests.generation.lesson_samples import quiz as _quiz
from tests.generation.lesson_samples import reading as _reading
from tests.generation.lesson_samples import video as _video

PASSAGES = {"p_aaaaaaaaaaaa", "p_bbbbbbbbbbbb"}
VIDEO = "p_cccccccccccc"
LESSON = TypeAdapter(Lesson)


def hands_on(**overrides: Any) -> dict[str, Any]:
    return _hands_on(["p_aaaaaaaaaaaa"], **overrides)


def reading(**overrides: Any) -> dict[str, Any]:
    return _reading(["p_bbbbbbbbbbbb"], **overrides)


def _codes(raw: dict[str, Any], videos: set[str] | None = None) -> list[str]:
    lesson = LESSON.validate_python(raw)
    return [p.code for p in lesson_problems(lesson, passages=PASSAGES | {VIDEO}, videos=videos)]


def test_a_good_lesson_of_each_checked_style_has_no_problems() -> None:
    assert _codes(hands_on()) == []
    assert _codes(reading()) == []
    video = _video(videos=[VIDEO])
    assert _codes(video, videos={VIDEO}) == []
    assert _codes(video, videos=set()) == ["UNKNOWN_VIDEO"]


def test_a_video_lesson_picks_a_video_when_one_was_found_and_else_says_what_to_search() -> None:
    assert _codes(_video(), videos=set()) == []  # none found: search terms instead
    assert _codes(_video(search_terms=[]), videos=set()) == ["NO_SEARCH_TERMS"]
    assert _codes(_video(), videos={VIDEO}) == ["NO_VIDEO_PICKED"]


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


@pytest.mark.parametrize(
    "text",
    [
        "Read this <script>alert(1)</script>",
        'An <img src=x onerror="alert(1)">',
        "See [the docs](javascript:alert(1)).",
        "See [the docs][d].\n\n[d]: javascript:alert(1)",
        "An <iframe src='https://example.com'>",
    ],
)
def test_active_markup_in_text_is_caught(text: str) -> None:
    lesson = reading(sections=[{"heading": "What", "body": text}, *reading()["sections"]])
    assert "ACTIVE_MARKUP" in _codes(lesson)


def test_code_and_plain_angle_brackets_are_not_markup() -> None:
    lesson = reading(
        sections=[
            {"heading": "Generics", "body": "A List<int> holds ints; 1 < 2 and javascript: URLs."},
            *reading()["sections"],
        ],
        code_examples=[
            {"language": "html", "code": "<script>run()</script>", "explanation": "A script tag."}
        ],
    )
    assert "ACTIVE_MARKUP" not in _codes(lesson)
