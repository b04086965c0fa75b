"""Scoring a lesson's quiz: pure functions over the stored content, no database.

A stored question names its correct answer by the option's exact text (that is what the
generation schema checks); learners answer by option index, so the index is found here. The
stored JSON is read defensively: content written before quizzes existed, or edited by hand,
must answer with a code rather than an internal error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError


@dataclass(frozen=True)
class QuizQuestion:
    option_count: int
    correct_index: int
    explanation: str


@dataclass(frozen=True)
class QuestionResult:
    chosen: int
    correct_index: int
    correct: bool
    explanation: str


@dataclass(frozen=True)
class QuizScore:
    questions: tuple[QuestionResult, ...]
    correct_count: int
    total: int
    score: int  # 0..100


def _question(raw: Any) -> QuizQuestion | None:
    if not isinstance(raw, Mapping):
        return None
    options, answer = raw.get("options"), raw.get("answer")
    if not isinstance(options, list) or not isinstance(answer, str) or answer not in options:
        return None
    explanation = raw.get("explanation")
    return QuizQuestion(
        option_count=len(options),
        correct_index=options.index(answer),
        explanation=explanation if isinstance(explanation, str) else "",
    )


def quiz_questions(content: Any) -> list[QuizQuestion]:
    """The scorable questions of a lesson's stored content, or QUIZ_UNAVAILABLE when it has
    none (or any question is unreadable: a quiz scored on part of its questions would lie)."""
    quiz = content.get("quiz") if isinstance(content, Mapping) else None
    raw = quiz.get("questions") if isinstance(quiz, Mapping) else None
    questions = [_question(item) for item in raw] if isinstance(raw, list) else []
    if not questions or None in questions:
        raise SkillSyncError(ErrorCode.QUIZ_UNAVAILABLE, "this lesson has no quiz to answer")
    return [question for question in questions if question is not None]


def _percent(part: int, whole: int) -> int:
    """100 * part / whole rounded half up (Python's round() would give 62 for 5 of 8)."""
    return (200 * part + whole) // (2 * whole)


def quiz_score(*, questions: Sequence[QuizQuestion], answers: Sequence[int]) -> QuizScore:
    """Score one answer (an option index) per question; INVALID_INPUT on ``answers`` when the
    count differs or an index names no option of its question."""
    if len(answers) != len(questions):
        raise InvalidInputError(
            "answers", f"expected {len(questions)} answers, one per question, got {len(answers)}"
        )
    for number, (question, chosen) in enumerate(zip(questions, answers, strict=True), start=1):
        if not 0 <= chosen < question.option_count:
            raise InvalidInputError(
                "answers", f"question {number} has options 0 to {question.option_count - 1}"
            )
    results = tuple(
        QuestionResult(
            chosen=chosen,
            correct_index=question.correct_index,
            correct=chosen == question.correct_index,
            explanation=question.explanation,
        )
        for question, chosen in zip(questions, answers, strict=True)
    )
    correct = sum(result.correct for result in results)
    return QuizScore(
        questions=results,
        correct_count=correct,
        total=len(results),
        score=_percent(correct, len(results)),
    )


# What a learner's client never receives of a quiz: answers are scored here (submitQuiz), and
# the explanations come back with the score.
HIDDEN_QUESTION_KEYS = ("answer", "explanation")


def without_quiz_answers(content: Any) -> Any:
    """A copy of stored lesson content for learners: each quiz question without its answer and
    explanation. Anything that is not a readable quiz is returned as it is."""
    if not isinstance(content, Mapping):
        return content
    quiz = content.get("quiz")
    if not isinstance(quiz, Mapping) or not isinstance(quiz.get("questions"), list):
        return content
    questions = quiz["questions"]
    hidden = [
        {k: v for k, v in q.items() if k not in HIDDEN_QUESTION_KEYS}
        if isinstance(q, Mapping)
        else q
        for q in questions
    ]
    return {**content, "quiz": {**quiz, "questions": hidden}}
