"""Which learning style suits the viewer, from their own progress and quiz scores."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.context import viewer
from skillsync.api.enums import LearningStyle
from skillsync.learning import style_advice as advice


@strawberry.type
class StyleInsight:
    style: LearningStyle
    lessons_started: int = strawberry.field(description="Lessons with content opened or completed.")
    lessons_completed: int
    completion_rate: float | None = strawberry.field(
        description="Completed per started lesson, a percentage (null: none started)."
    )
    quizzes: int = strawberry.field(description="Quizzes taken (a retake counts once).")
    mean_quiz_score: float | None = strawberry.field(
        description="Mean first-attempt score, 0 to 100 (null: no quiz)."
    )


def style_row[T](kind: type[T], stats: advice.StyleStats) -> T:
    """One style's record as ``kind`` (``StyleInsight`` here, analytics' ``StyleEfficacy``)."""
    return kind(
        style=LearningStyle(stats.style),  # type: ignore[call-arg]
        lessons_started=stats.lessons_started,
        lessons_completed=stats.lessons_completed,
        completion_rate=stats.completion_rate,
        quizzes=stats.quizzes,
        mean_quiz_score=stats.mean_quiz_score,
    )


@strawberry.type
class StyleAdvice:
    insights: list[StyleInsight] = strawberry.field(description="Every style, in a fixed order.")
    suggested_style: LearningStyle | None = strawberry.field(
        description="A style to try, only when the viewer's own record clearly favours one "
        "other than their current style."
    )
    reason: str | None = strawberry.field(description="Why, in a sentence (with the suggestion).")


@strawberry.type
class StyleAdviceQuery:
    @strawberry.field(
        description="The viewer's results per learning style, and a style to try when the "
        "evidence is clear (at least 3 quizzes and 3 started lessons in each style compared)."
    )
    def style_advice(self, info: Info[Any, Any]) -> StyleAdvice:
        found = advice.style_advice(user=viewer(info))
        return StyleAdvice(
            insights=[style_row(StyleInsight, s) for s in found.insights],
            suggested_style=None
            if found.suggested_style is None
            else LearningStyle(found.suggested_style),
            reason=found.reason,
        )
