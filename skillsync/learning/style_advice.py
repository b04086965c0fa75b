"""Which learning style suits a learner, from their own record: the lessons they started and
completed and the quizzes they took, grouped by the style of the content they studied (a
lesson switched to video counts as video from then on). Two queries. ``style_efficacy`` is
the same record for every learner together, over a period (the analytics page).

A quiz counts once, with its first score: the answers are shown after each submission, so a
retake measures little. A lesson counts as started once opened (or completed) with content.

A style is suggested only when the evidence is clear:

- at least two styles each have ``MIN_QUIZZES`` quizzes and ``MIN_STARTED`` started lessons;
- one of them beats every other such style: a mean quiz score ``SCORE_GAP`` points higher, or
  a completion rate ``COMPLETION_GAP`` points higher, without being clearly worse on the other
  measure (by as much as that measure's gap);
- and it is not the learner's current style.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Avg, Count, Exists, F, Max, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce

from skillsync.accounts.models import User
from skillsync.learning.choices import LearningStyle, ProgressStatus
from skillsync.learning.models import LessonProgress, QuizAttempt

MIN_QUIZZES = 3
MIN_STARTED = 3
SCORE_GAP = 15.0
COMPLETION_GAP = 20.0
NAMES: dict[str, str] = {
    LearningStyle.HANDS_ON.value: "hands-on",
    LearningStyle.VIDEO.value: "video",
    LearningStyle.READING.value: "reading",
    LearningStyle.MIXED.value: "mixed",
}


@dataclass(frozen=True)
class StyleStats:
    style: str
    lessons_started: int = 0
    lessons_completed: int = 0
    quizzes: int = 0
    mean_quiz_score: float | None = None  # 0..100, over first attempts

    @property
    def completion_rate(self) -> float | None:
        """Completed lessons per started one, as a percentage."""
        if not self.lessons_started:
            return None
        return round(100 * self.lessons_completed / self.lessons_started, 1)

    @property
    def enough(self) -> bool:
        return self.quizzes >= MIN_QUIZZES and self.lessons_started >= MIN_STARTED


@dataclass(frozen=True)
class StyleAdvice:
    insights: list[StyleStats]
    suggested_style: str | None = None
    reason: str | None = None


def _gaps(a: StyleStats, b: StyleStats) -> tuple[float, float]:
    """How far ``a`` is ahead of ``b`` in mean score and in completion rate (both qualified)."""
    assert a.mean_quiz_score is not None
    assert b.mean_quiz_score is not None
    assert a.completion_rate is not None
    assert b.completion_rate is not None
    return a.mean_quiz_score - b.mean_quiz_score, a.completion_rate - b.completion_rate


def _beats(a: StyleStats, b: StyleStats) -> str | None:
    """ "score" or "completion": the measure on which ``a`` is clearly better than ``b``."""
    score, completion = _gaps(a, b)
    if score >= SCORE_GAP and completion > -COMPLETION_GAP:
        return "score"
    if completion >= COMPLETION_GAP and score > -SCORE_GAP:
        return "completion"
    return None


def _reason(best: StyleStats, other: StyleStats, measure: str) -> str:
    score, completion = _gaps(best, other)
    a, b = NAMES.get(best.style, best.style), NAMES.get(other.style, other.style)
    if measure == "score":
        return (
            f"Your quiz scores are {round(score)} points higher in {a} lessons "
            f"({best.quizzes} quizzes) than in {b} lessons ({other.quizzes})."
        )
    return (
        f"You finish {round(completion)} points more of the {a} lessons you start "
        f"({best.lessons_completed} of {best.lessons_started}) than of {b} lessons "
        f"({other.lessons_completed} of {other.lessons_started})."
    )


def _lead(best: StyleStats, other: StyleStats, measure: str) -> float:
    score, completion = _gaps(best, other)
    return score if measure == "score" else completion


def advise(stats: Sequence[StyleStats], *, current_style: str | None) -> StyleAdvice:
    """The suggestion the evidence supports, if any (see the module's docstring)."""
    insights = list(stats)
    qualified = [s for s in insights if s.enough]
    for best in qualified:
        others = [s for s in qualified if s is not best]
        measures: dict[str, str] = {}
        for other in others:
            if measure := _beats(best, other):
                measures[other.style] = measure
        if not others or len(measures) < len(others) or best.style == current_style:
            continue
        # Explained against the current style when it is one of them, else the closest one.
        current = [s for s in others if s.style == current_style]
        other = (
            current[0] if current else min(others, key=lambda s: _lead(best, s, measures[s.style]))
        )
        return StyleAdvice(
            insights=insights,
            suggested_style=best.style,
            reason=_reason(best, other, measures[other.style]),
        )
    return StyleAdvice(insights=insights)


def _progress_by_style(progress: QuerySet[LessonProgress]) -> QuerySet[LessonProgress, Any]:
    """Started (opened or completed, with content) and completed lessons per content style."""
    return (
        progress.filter(lesson__content__isnull=False)
        .exclude(status=ProgressStatus.NOT_STARTED)
        .values(style=F("lesson__content__learning_style"))
        .annotate(
            started=Count("id"),
            completed=Count("id", filter=Q(status=ProgressStatus.COMPLETED)),
        )
        .order_by()
    )


def _first_quizzes_by_style(quizzes: QuerySet[QuizAttempt]) -> QuerySet[QuizAttempt, Any]:
    """Of ``quizzes``, the first attempts (a retake counts once), per content style: how many,
    and their mean score."""
    earlier = QuizAttempt.objects.filter(
        user=OuterRef("user"),
        lesson=OuterRef("lesson"),
        content=OuterRef("content"),
        created_at__lt=OuterRef("created_at"),
    )
    return (
        quizzes.filter(content__isnull=False)
        .exclude(Exists(earlier))
        .values(style=F("content__learning_style"))
        .annotate(count=Count("id"), mean=Avg("score"))
        .order_by()
    )


def _stats(
    by_progress: dict[str, dict[str, Any]], by_quiz: dict[str, dict[str, Any]]
) -> list[StyleStats]:
    stats = []
    for style in LearningStyle.values:
        p, q = by_progress.get(style, {}), by_quiz.get(style, {})
        mean = q.get("mean")
        stats.append(
            StyleStats(
                style=style,
                lessons_started=p.get("started", 0),
                lessons_completed=p.get("completed", 0),
                quizzes=q.get("count", 0),
                mean_quiz_score=None if mean is None else round(float(mean), 1),
            )
        )
    return stats


def style_stats(*, user: User) -> tuple[list[StyleStats], str | None]:
    """The learner's record per style (every style, in order), and their current style."""
    progress = _progress_by_style(LessonProgress.objects.filter(user=user)).annotate(
        # The same for every row: the profile's style, joined here to save a query.
        current=Max("user__learner_profile__learning_style"),
    )
    quizzes = _first_quizzes_by_style(QuizAttempt.objects.filter(user=user))
    by_progress: dict[str, dict[str, Any]] = {row["style"]: dict(row) for row in progress}
    by_quiz: dict[str, dict[str, Any]] = {row["style"]: dict(row) for row in quizzes}
    current = next((row["current"] for row in by_progress.values()), None)
    return _stats(by_progress, by_quiz), current


def style_efficacy(*, since: datetime, until: datetime) -> list[StyleStats]:
    """Every learner's record per style (every style, in order), by the same rules as one
    learner's, over the lessons started in [since, until) and the first quiz attempts made
    then (a retake of a quiz first taken earlier does not count). Two queries."""
    began = Coalesce("started_at", "completed_at")
    progress = _progress_by_style(
        LessonProgress.objects.alias(began=began).filter(began__gte=since, began__lt=until)
    )
    quizzes = _first_quizzes_by_style(
        QuizAttempt.objects.filter(created_at__gte=since, created_at__lt=until)
    )
    by_progress: dict[str, dict[str, Any]] = {row["style"]: dict(row) for row in progress}
    by_quiz: dict[str, dict[str, Any]] = {row["style"]: dict(row) for row in quizzes}
    return _stats(by_progress, by_quiz)


def style_advice(*, user: User) -> StyleAdvice:
    stats, current = style_stats(user=user)
    return advise(stats, current_style=current)
