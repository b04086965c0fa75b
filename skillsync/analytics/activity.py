"""Active learners: distinct users who did something as learners — a lesson's progress changed
(opened, completed, time spent), a quiz submitted, a tutor question asked, a vote cast or
changed, a review card answered — per UTC day of a period, and today / the last 7 / the last 30
calendar days (today included) whatever the period. One query: the actions of every kind as
one list (UNION ALL), counted per day and per window at once (GROUPING SETS, FILTER)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from skillsync.analytics.periods import Period, midnight, rows
from skillsync.community.models import LessonVote
from skillsync.learning.models import LessonProgress, QuizAttempt
from skillsync.learning.reviews.models import ReviewCard
from skillsync.tutor.choices import TutorRole
from skillsync.tutor.models import TutorMessage


@dataclass(frozen=True)
class ActiveLearners:
    today: int = 0
    last_7_days: int = 0
    last_30_days: int = 0


def _activity_sql() -> str:
    """Every learner action with its time, from ``%(from)s`` to ``%(end)s``."""
    sources = [
        (LessonProgress._meta.db_table, "updated_at", ""),
        (QuizAttempt._meta.db_table, "created_at", ""),
        (TutorMessage._meta.db_table, "created_at", "AND role = %(learner)s"),
        (LessonVote._meta.db_table, "updated_at", ""),
        (ReviewCard._meta.db_table, "last_reviewed_at", ""),
    ]
    return "\nUNION ALL\n".join(
        f"SELECT user_id, {column} AS at FROM {table} "  # noqa: S608 - our tables, no input
        f"WHERE {column} >= %(from)s AND {column} < %(end)s {extra}"
        for table, column, extra in sources
    )


_ACTIVE_SQL = f"""
WITH activity AS ({_activity_sql()})
SELECT GROUPING(day) = 1 AS whole_period, day,
       count(DISTINCT user_id) FILTER (WHERE at >= %(start)s),
       count(DISTINCT user_id) FILTER (WHERE at >= %(today)s),
       count(DISTINCT user_id) FILTER (WHERE at >= %(week)s),
       count(DISTINCT user_id) FILTER (WHERE at >= %(month)s)
FROM (SELECT user_id, at, (at AT TIME ZONE 'UTC')::date AS day FROM activity) AS dated
GROUP BY GROUPING SETS ((day), ())
"""  # noqa: S608 - our tables, no input


def active_learners(span: Period, *, today: date) -> tuple[dict[date, int], ActiveLearners]:
    month = midnight(today - timedelta(days=29))
    params: dict[str, Any] = {
        "from": min(span.start, month),
        "start": span.start,
        "end": max(span.end, midnight(today + timedelta(days=1))),
        "today": midnight(today),
        "week": midnight(today - timedelta(days=6)),
        "month": month,
        "learner": TutorRole.LEARNER.value,
    }
    days: dict[date, int] = {}
    windows = ActiveLearners()
    for whole, day, in_period, in_today, in_week, in_month in rows(_ACTIVE_SQL, params):
        if whole:
            windows = ActiveLearners(in_today, in_week, in_month)
        elif span.first <= day <= span.last:
            days[day] = in_period
    return days, windows
