"""The analytics aggregations against known data: rows at fixed times over several days, every
figure asserted exactly (percentiles computed here the way PostgreSQL's percentile_cont does,
linear interpolation), days without data present as zeros, a fixed number of queries."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skillsync.accounts.models import User
from skillsync.analytics.selectors import (
    ActiveLearners,
    DailyUsage,
    ModelUsage,
    ProviderDayCost,
    ReuseSummary,
    analytics,
)
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.generation.outcomes import prompt_variant_outcomes
from skillsync.learning.models import Lesson
from skillsync.learning.style_advice import StyleStats
from tests.analytics import builders as make
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
QUERIES = 11


def at(day: int, hour: int = 12, minute: int = 0, second: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


def p(values: list[float], share: float) -> float:
    """percentile_cont: linear interpolation between the closest ranks."""
    if len(values) == 1:
        return float(values[0])
    cut = statistics.quantiles(values, n=100, method="inclusive")
    return cut[round(share * 100) - 1]


def _lessons(user: User, onboard: Callable[..., Any]) -> list[Lesson]:
    roadmap = onboard(user)
    lessons = list(Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position"))
    assert len(lessons) >= 3
    return lessons


def _provider_calls() -> None:
    # Before and after the period: left out.
    make.call(at(15, 23, 59, 59), "openrouter", model="deepseek", cost="5.0", latency=1)
    make.call(at(21, 0), "openrouter", model="deepseek", cost="7.0", latency=1)
    # 11-17
    make.call(
        at(17, 9), "openrouter", model="deepseek", tokens=(1000, 2000), cost="0.009", latency=1000
    )
    make.call(
        at(17, 10),
        "openrouter",
        model="deepseek",
        outcome="invalid_output",
        tokens=(500, 100),
        cost="0.0002",
        latency=3000,
    )
    make.call(at(17, 11), "groq", model="gpt-oss", tokens=(800, 1200), latency=400)
    # 11-18: a failure, a call still in flight (no latency, no error), a research call (not LLM)
    make.call(at(18, 8), "groq", model="gpt-oss", tokens=(100, 200), latency=200)
    make.call(at(18, 9), "groq", model="gpt-oss", outcome="server_error", latency=5000)
    make.call(at(18, 10), "groq", model="gpt-oss", outcome="in_flight", reserved=999)
    make.call(at(18, 11), "stackexchange", model="research", task="research", latency=50)
    # 11-20, today
    make.call(at(20, 8), "gemini", model="flash", tokens=(300, 700), latency=800)
    make.call(
        at(20, 9), "openrouter", model="deepseek", tokens=(10, 20), cost="0.0001", latency=600
    )


def _generation_requests(lesson: Lesson) -> None:
    stored = [make.content(at(17, 9, 59)) for _ in range(3)]
    make.request(
        lesson, status="succeeded", created=at(17, 10), finished=at(17, 10, 0, 2), content=stored[0]
    )
    make.request(
        lesson,
        status="succeeded",
        created=at(17, 11),
        finished=at(17, 11, 0, 10),
        content=stored[1],
    )
    # Created one day, finished the next: counted on the day it finished.
    make.request(
        lesson,
        status="succeeded",
        created=at(17, 23, 59, 58),
        finished=at(18, 0, 0, 3),
        content=stored[2],
    )
    make.request(lesson, status="dead_lettered", created=at(18, 10), finished=at(18, 12))
    make.request(lesson, status="expired", created=at(19, 9), finished=at(20, 9))
    # Dead-lettered before the period: in the dead-letter queue, not a failure of the period.
    make.request(lesson, status="dead_lettered", created=at(10, 9), finished=at(10, 10))
    make.request(lesson, status="running", created=at(20, 10), finished=None)


def _contents_and_lookups() -> None:
    make.content(at(17, 8))
    make.content(at(20, 8), style="reading")
    make.content(at(17, 8), generation_metadata={})  # not written by a provider
    make.content(at(14, 8))  # before the period
    for when, outcome in [
        (at(17, 9), "exact"),
        (at(17, 10), "exact"),
        (at(17, 11), "miss"),
        (at(18, 9), "semantic"),
        (at(20, 9), "miss"),
        (at(15, 9), "exact"),  # before the period
    ]:
        make.lookup(when, outcome)


def _learners(lessons: list[Lesson]) -> dict[str, User]:
    """Who did what when (see the test's expectations), and the styles' record."""
    a, b, c, d, e, f = (UserFactory.create() for _ in range(6))
    hands_on = make.content(at(1, month=11))
    reading = make.content(at(1, month=11), style="reading")
    first, second, third = lessons[:3]
    Lesson.objects.filter(pk=first.pk).update(content=hands_on)
    Lesson.objects.filter(pk=second.pk).update(content=reading)
    # a: completes a hands-on lesson, starts a reading one, takes quizzes (one retaken) on 11-17;
    # votes today.
    make.progress(
        at(17, 10, 30), a, first, status="completed", started=at(17, 10), completed=at(17, 10, 30)
    )
    make.progress(at(17, 9), a, second)
    make.quiz(at(17, 11), a, first, hands_on, 80)
    make.quiz(at(17, 12), a, first, hands_on, 100)  # a retake: counts once, with its first score
    make.quiz(at(17, 13), a, second, reading, 50)
    make.vote(at(20, 8), a, hands_on)
    # b: asks the tutor on 11-18; the answer written on 11-19 is not b's doing.
    make.tutor_message(at(18, 9), b, first, role="learner")
    make.tutor_message(at(19, 9), b, first, role="tutor")
    # c: started a lesson before the period (not in the styles), reviews a card today.
    make.progress(at(10, 9), c, first)
    make.review(at(20, 7), c, first, hands_on)
    # d: a quiz on 11-14 (the last 7 days, not the period); e: too long ago; f: 26 days ago.
    make.quiz(at(14, 9), d, first, hands_on, 60)
    make.progress(at(15, 9, month=10), e, third)
    make.progress(
        at(25, 9, month=10),
        f,
        second,
        status="completed",
        started=at(25, 8, month=10),
        completed=at(25, 9, month=10),
    )
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


@pytest.fixture
def known_data(user: User, onboard: Callable[..., Any]) -> None:
    lessons = _lessons(user, onboard)
    _provider_calls()
    _generation_requests(lessons[0])
    _contents_and_lookups()
    _learners(lessons)


def test_every_figure_of_a_known_period(known_data: None) -> None:
    with CaptureQueriesContext(connection) as queries:
        found = analytics(days=5, now=NOW)
    assert len(queries.captured_queries) == QUERIES

    assert (found.since, found.until) == (date(2026, 11, 16), date(2026, 11, 20))
    assert [d.day for d in found.daily] == [date(2026, 11, day) for day in range(16, 21)]
    latencies_17, latencies_18 = [2000.0, 10000.0], [5000.0]
    assert found.daily == [
        DailyUsage(day=date(2026, 11, 16)),
        DailyUsage(
            day=date(2026, 11, 17),
            cost_usd=0.0092,
            tokens_in=2300,
            tokens_out=3300,
            calls=3,
            provider_errors=1,
            # Three contents stored for the requests, one more by a provider, one not.
            lessons_generated=4,
            lessons_reused=2,
            reuse_lookups=3,
            latency_p50_ms=p(latencies_17, 0.5),
            latency_p95_ms=p(latencies_17, 0.95),
            active_learners=1,
            by_provider=[
                ProviderDayCost("groq", "gpt-oss", 1, 0.0),
                ProviderDayCost("openrouter", "deepseek", 2, 0.0092),
            ],
        ),
        DailyUsage(
            day=date(2026, 11, 18),
            tokens_in=100,
            tokens_out=200,
            calls=3,
            provider_errors=1,
            lessons_reused=1,
            reuse_lookups=1,
            generation_failures=1,
            latency_p50_ms=5000.0,
            latency_p95_ms=5000.0,
            active_learners=1,
            by_provider=[ProviderDayCost("groq", "gpt-oss", 3, 0.0)],
        ),
        DailyUsage(day=date(2026, 11, 19)),
        DailyUsage(
            day=date(2026, 11, 20),
            cost_usd=0.0001,
            tokens_in=310,
            tokens_out=720,
            calls=2,
            lessons_generated=1,
            reuse_lookups=1,
            generation_failures=1,
            active_learners=2,
            by_provider=[
                ProviderDayCost("gemini", "flash", 1, 0.0),
                ProviderDayCost("openrouter", "deepseek", 1, 0.0001),
            ],
        ),
    ]
    assert found.by_model == [
        ModelUsage("gemini", "flash", 1, 0, 300, 700, 0.0, 800.0, 800.0),
        ModelUsage(
            "groq",
            "gpt-oss",
            4,
            1,
            900,
            1400,
            0.0,
            p([400, 200, 5000], 0.5),
            p([400, 200, 5000], 0.95),
        ),
        ModelUsage(
            "openrouter",
            "deepseek",
            3,
            1,
            1510,
            2120,
            0.0093,
            p([1000, 3000, 600], 0.5),
            p([1000, 3000, 600], 0.95),
        ),
    ]
    assert found.by_model[1].latency_p95_ms == pytest.approx(4540.0)  # by hand: 400 + 0.9 * 4600
    assert found.cost_usd == pytest.approx(0.0093)
    assert found.reuse == ReuseSummary(lookups=5, exact_hits=2, semantic_hits=1, misses=2)
    assert found.reuse.hit_rate == pytest.approx(0.6)
    every = latencies_17 + latencies_18
    assert found.generation_latency_p50_ms == p(every, 0.5) == 5000.0
    assert found.generation_latency_p95_ms == pytest.approx(p(every, 0.95))
    assert found.generation_latency_p95_ms == pytest.approx(9500.0)  # 5000 + 0.9 * 5000
    assert found.generation_failures == 2
    assert found.dead_letters == 2
    # Today: a and c; since 11-14: a, b, c, d; since 10-22: and f (e was active before that).
    assert found.active_learners == ActiveLearners(today=2, last_7_days=4, last_30_days=5)
    assert found.styles == [
        StyleStats(
            "hands_on", lessons_started=1, lessons_completed=1, quizzes=1, mean_quiz_score=80.0
        ),
        StyleStats("video"),
        StyleStats(
            "reading", lessons_started=1, lessons_completed=0, quizzes=1, mean_quiz_score=50.0
        ),
        StyleStats("mixed"),
    ]
    assert [s.completion_rate for s in found.styles] == [100.0, None, 0.0, None]
    assert found.variants == prompt_variant_outcomes()


def test_a_one_day_period_is_today_and_its_figures_stand_alone(known_data: None) -> None:
    found = analytics(days=1, now=NOW)
    assert (found.since, found.until) == (date(2026, 11, 20), date(2026, 11, 20))
    assert [(d.day, d.calls, d.cost_usd) for d in found.daily] == [(date(2026, 11, 20), 2, 0.0001)]
    assert found.reuse == ReuseSummary(lookups=1, misses=1)
    assert found.reuse.hit_rate == 0.0
    assert (found.generation_failures, found.dead_letters) == (1, 2)
    assert found.generation_latency_p50_ms is None
    # The windows of active learners do not depend on the period.
    assert found.active_learners == ActiveLearners(today=2, last_7_days=4, last_30_days=5)
    assert [(s.style, s.lessons_started, s.quizzes) for s in found.styles] == [
        ("hands_on", 0, 0),
        ("video", 0, 0),
        ("reading", 0, 0),
        ("mixed", 0, 0),
    ]


def test_an_empty_period_is_all_zeros_one_entry_a_day_in_as_many_queries(db: None) -> None:
    with CaptureQueriesContext(connection) as queries:
        found = analytics(days=90, now=NOW)
    assert len(queries.captured_queries) == QUERIES
    assert found.since == date(2026, 11, 20) - timedelta(days=89)
    assert [d.day for d in found.daily] == [found.since + timedelta(days=n) for n in range(90)]
    assert all(d == DailyUsage(day=d.day) for d in found.daily)
    assert found.by_model == []
    assert found.reuse == ReuseSummary()
    assert found.reuse.hit_rate is None
    assert (found.cost_usd, found.generation_failures, found.dead_letters) == (0.0, 0, 0)
    assert found.generation_latency_p50_ms is None
    assert found.active_learners == ActiveLearners()


@pytest.mark.parametrize("days", [0, -1, 91, 365])
def test_the_period_is_one_to_ninety_days(db: None, days: int) -> None:
    with pytest.raises(SkillSyncError) as refused:
        analytics(days=days, now=NOW)
    assert (refused.value.code, refused.value.field) == (ErrorCode.INVALID_INPUT, "days")


def test_days_are_utc_days_whatever_the_session_time_zone(db: None) -> None:
    # 23:30 UTC is already the next day in Berlin, 00:30 UTC still the day before in Los Angeles.
    make.call(at(19, 23, 30), "groq", model="gpt-oss", latency=10)
    make.call(at(20, 0, 30), "groq", model="gpt-oss", latency=10)
    make.lookup(at(19, 23, 30), "miss")
    for zone in ("Europe/Berlin", "America/Los_Angeles"):
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL TIME ZONE '{zone}'")
        found = analytics(days=2, now=NOW)
        assert [(d.day.day, d.calls, d.reuse_lookups) for d in found.daily] == [
            (19, 1, 1),
            (20, 1, 0),
        ]
