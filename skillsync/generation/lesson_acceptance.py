"""Whether a generated lesson may be stored as ready: the style rules (``styles.checks``) and its
Python exercises verified by running them.

The router calls ``LessonAcceptance.check`` on every schema-valid answer. A lesson that breaks a
rule is rejected with the problems spelled out, so the provider gets one repair and then the
next provider is asked. On a provider's last try, exercises that fail verification are dropped
instead, when what remains is still a valid lesson; otherwise it is rejected too. Nothing that
fails here is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError

from skillsync.generation.exercise_verification import ExerciseVerifier, Verified
from skillsync.generation.providers.router import Rejected
from skillsync.generation.styles.checks import LessonModel, lesson_problems
from skillsync.generation.styles.schemas import Exercise
from skillsync.research.passages import Passage

MAX_PROBLEMS_TOLD = 20


def _exercises(lesson: LessonModel) -> list[Exercise]:
    return list(getattr(lesson, "exercises", []))


def _failing(exercises: Sequence[Exercise], results: Sequence[Verified | None]) -> list[int]:
    return [
        index
        for index, result in enumerate(results)
        if result is not None and not result.verdict.passed
    ]


class LessonAcceptance:
    def __init__(self, passages: Sequence[Passage], verifier: ExerciseVerifier) -> None:
        self.passages = {p.id for p in passages}
        self.videos = {p.id for p in passages if p.kind == "video"}
        self.verifier = verifier
        self.dropped: list[str] = []  # titles of the exercises dropped from the accepted lesson

    def _rule_problems(self, lesson: LessonModel) -> list[str]:
        return [
            f"{p.code} at {p.where or 'the lesson'}: {p.message}"
            for p in lesson_problems(lesson, passages=self.passages, videos=self.videos)
        ]

    def check(self, lesson: LessonModel, last: bool) -> LessonModel:
        self.dropped = []
        problems = self._rule_problems(lesson)
        if problems:
            raise Rejected(problems[:MAX_PROBLEMS_TOLD])
        exercises = _exercises(lesson)
        results = self.verifier.verify(exercises)
        failing = _failing(exercises, results)
        if not failing:
            return lesson
        told = [
            self.verifier.feedback(exercises[i], result)
            for i in failing
            if (result := results[i]) is not None
        ]
        if not last:
            raise Rejected(told[:MAX_PROBLEMS_TOLD])
        dropped = [exercises[i].title for i in failing]
        data = lesson.model_dump()
        data["exercises"] = [e for i, e in enumerate(data["exercises"]) if i not in failing]
        # A question about a dropped exercise (its output, its steps) goes with it.
        data["quiz"]["questions"] = [
            q for q in data["quiz"]["questions"] if not any(t in q["question"] for t in dropped)
        ]
        try:
            amended = type(lesson).model_validate(data)
        except ValidationError:  # e.g. no exercise or no question left
            raise Rejected(told[:MAX_PROBLEMS_TOLD]) from None
        problems = self._rule_problems(amended)
        if problems:  # e.g. too little practice without them
            raise Rejected((told + problems)[:MAX_PROBLEMS_TOLD])
        self.dropped = dropped
        return amended
