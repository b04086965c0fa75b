"""The quota forecast: its arithmetic (rate, exhaustion before or after the reset, thresholds,
unlimited, Pacific and rolling days), then the whole forecast from the ledger in one query."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from skillsync.analytics.forecast import (
    Forecast,
    Quota,
    forecast,
    quota_forecast,
    rate_per_hour,
    window,
)
from skillsync.generation.providers.catalog import CatalogError, catalog, parse_catalog
from skillsync.research.catalog import research_catalog
from tests.analytics import builders as make

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # 07:00 in Los Angeles (PST, UTC-8)
PACIFIC = "America/Los_Angeles"


def utc(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=UTC)


def quota(limit: int | None = 1000, reset: str = "UTC") -> Quota:
    return Quota("groq", "llm", "requests/day", limit, reset, "groq")


# -- the day ----------------------------------------------------------------------------------
def test_a_utc_day_runs_from_midnight_to_midnight() -> None:
    span = window("UTC", NOW)
    assert (span.start, span.resets_at) == (utc(20, 0), utc(21, 0))


@pytest.mark.parametrize(
    ("now", "start", "reset"),
    [
        (NOW, utc(20, 8), utc(21, 8)),  # 07:00 PST: the Pacific day began at 08:00 UTC
        (utc(20, 5), utc(19, 8), utc(20, 8)),  # 21:00 PST the day before
        # 1 November 2026, 04:00 PST: the clocks went back at 09:00 UTC, a 25-hour day that
        # began at midnight PDT (07:00 UTC) and ends at midnight PST (08:00 UTC).
        (
            datetime(2026, 11, 1, 12, tzinfo=UTC),
            datetime(2026, 11, 1, 7, tzinfo=UTC),
            datetime(2026, 11, 2, 8, tzinfo=UTC),
        ),
    ],
)
def test_a_pacific_day_starts_at_midnight_in_los_angeles(
    now: datetime, start: datetime, reset: datetime
) -> None:
    span = window(PACIFIC, now)
    assert (span.start, span.resets_at) == (start, reset)


def test_a_rolling_day_is_the_last_24_hours_with_no_reset() -> None:
    span = window("rolling", NOW)
    assert (span.start, span.resets_at) == (NOW - timedelta(hours=24), None)


# -- the rate ---------------------------------------------------------------------------------
def test_the_rate_is_the_use_of_the_last_hour() -> None:
    span = window("UTC", NOW)
    assert span.rate_start(NOW) == utc(20, 14)
    assert rate_per_hour(30, since=span.rate_start(NOW), now=NOW) == 30.0


def test_in_the_first_hour_after_the_reset_the_rate_is_the_day_so_far_per_hour() -> None:
    now = utc(20, 0, 30)
    span = window("UTC", now)
    assert span.rate_start(now) == utc(20, 0)
    assert rate_per_hour(10, since=span.rate_start(now), now=now) == 20.0  # 10 in half an hour


def test_a_call_moments_after_the_reset_is_not_a_rate_of_hundreds_an_hour() -> None:
    now = utc(20, 0, 0, 30)
    assert rate_per_hour(1, since=window("UTC", now).rate_start(now), now=now) == 12.0  # 5 min


# -- exhaustion and status --------------------------------------------------------------------
def test_running_out_before_the_reset_is_forecast_and_warned() -> None:
    found = forecast(quota(1000), now=NOW, used=700, used_recently=100)
    assert found == Forecast(
        name="groq",
        kind="llm",
        limit="requests/day",
        used_today=700,
        daily_limit=1000,
        remaining_today=300,
        rate_per_hour=100.0,
        exhausts_at=utc(20, 18),  # 300 left at 100 an hour
        resets_at=utc(21, 0),
        status="warning",
    )


def test_running_out_only_after_the_reset_is_no_exhaustion() -> None:
    # 900 left at 50 an hour: 18 hours, past midnight.
    found = forecast(quota(1000), now=NOW, used=100, used_recently=50)
    assert (found.remaining_today, found.exhausts_at, found.status) == (900, None, "ok")


def test_the_exact_moment_of_the_reset_is_not_before_it() -> None:
    found = forecast(quota(900), now=NOW, used=0, used_recently=100)  # 9 hours: midnight
    assert (found.exhausts_at, found.status) == (None, "ok")


@pytest.mark.parametrize(("used", "status"), [(799, "ok"), (800, "warning"), (999, "warning")])
def test_eighty_percent_used_is_a_warning(used: int, status: str) -> None:
    found = forecast(quota(1000), now=NOW, used=used, used_recently=0)
    assert (found.exhausts_at, found.status) == (None, status)


@pytest.mark.parametrize("used", [1000, 1005])
def test_nothing_left_is_exhausted(used: int) -> None:
    found = forecast(quota(1000), now=NOW, used=used, used_recently=40)
    assert (found.remaining_today, found.exhausts_at, found.status) == (0, None, "exhausted")
    assert found.resets_at == utc(21, 0)


def test_no_per_day_limit_is_unlimited() -> None:
    found = forecast(quota(None), now=NOW, used=5000, used_recently=120)
    assert found == Forecast(
        name="groq",
        kind="llm",
        limit="requests/day",
        used_today=5000,
        daily_limit=None,
        remaining_today=None,
        rate_per_hour=120.0,
        exhausts_at=None,
        resets_at=None,
        status="unlimited",
    )


def test_no_use_in_the_last_hour_forecasts_nothing() -> None:
    found = forecast(quota(1000), now=NOW, used=500, used_recently=0)
    assert (found.rate_per_hour, found.exhausts_at, found.status) == (0.0, None, "ok")


def test_a_pacific_limit_can_run_out_in_the_hours_a_utc_one_would_have_reset() -> None:
    # 07:00 PST, 20 of 40 left at 2 an hour: 10 hours, 01:00 UTC tomorrow. The Pacific day
    # ends at 08:00 UTC: it runs out first. A UTC day would have ended at midnight.
    pacific = forecast(quota(40, PACIFIC), now=NOW, used=20, used_recently=2)
    assert (pacific.exhausts_at, pacific.resets_at, pacific.status) == (
        utc(21, 1),
        utc(21, 8),
        "warning",
    )
    midnight = forecast(quota(40, "UTC"), now=NOW, used=20, used_recently=2)
    assert (midnight.exhausts_at, midnight.resets_at, midnight.status) == (None, utc(21, 0), "ok")


def test_a_rolling_limit_runs_out_within_24_hours_and_frees_up_as_its_oldest_call_ages() -> None:
    oldest = NOW - timedelta(hours=20)
    found = forecast(quota(1000, "rolling"), now=NOW, used=900, used_recently=60, oldest=oldest)
    assert found.exhausts_at == NOW + timedelta(minutes=100)  # 100 left at 60 an hour
    assert found.resets_at == oldest + timedelta(hours=24)
    assert found.status == "warning"
    slow = forecast(quota(1000, "rolling"), now=NOW, used=100, used_recently=30, oldest=oldest)
    assert (slow.exhausts_at, slow.status) == (None, "ok")  # 30 hours: beyond a day
    idle = forecast(quota(1000, "rolling"), now=NOW, used=0, used_recently=0)
    assert idle.resets_at is None


# -- from the ledger --------------------------------------------------------------------------
@pytest.fixture
def shipped_catalogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped catalogs, at their anonymous limits (no research key set)."""
    for name in ("STACKEXCHANGE_KEY", "GITHUB_TOKEN", "YOUTUBE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    catalog.cache_clear()
    research_catalog.cache_clear()


@pytest.mark.django_db
def test_the_forecast_counts_todays_use_from_the_ledger_in_one_query(
    shipped_catalogs: None,
) -> None:
    # Groq (rolling): 3 calls in the last 24 hours, 2 of them in the last hour; one older.
    make.call(NOW - timedelta(hours=25), "groq", tokens=(1, 1))
    make.call(NOW - timedelta(hours=23), "groq", tokens=(100, 50))
    make.call(NOW - timedelta(minutes=50), "groq", tokens=(200, 100))
    make.call(NOW - timedelta(minutes=10), "groq", outcome="in_flight", reserved=700)
    # Gemini (Pacific day from 08:00 UTC): 2 calls today, one of them in the last hour.
    make.call(utc(20, 7, 59), "gemini")
    make.call(utc(20, 9), "gemini")
    make.call(utc(20, 14, 30), "gemini")
    # Stack Exchange (UTC day): 240 of 300; 60 in the last hour.
    for minute in range(180):
        make.call(utc(20, 10) + timedelta(minutes=minute), "stackexchange", task="research")
    for second in range(60):
        make.call(utc(20, 14, 1, second), "stackexchange", task="research")
    # YouTube: 2 searches and 7 units (a search's videos.list) since 08:00 UTC.
    make.call(utc(20, 7), "youtube", task="research")
    make.call(utc(20, 9), "youtube", task="research")
    make.call(utc(20, 14, 30), "youtube", task="research")
    make.call(utc(20, 14, 30), "youtube_units", task="research", reserved=7)
    # A call after "now" is not today's.
    make.call(NOW + timedelta(minutes=1), "gemini")

    with CaptureQueriesContext(connection) as queries:
        found = {(f.name, f.limit): f for f in quota_forecast(now=NOW)}
    assert len(queries.captured_queries) == 1

    assert list(found) == [
        ("openrouter", "requests/day"),
        ("groq", "requests/day"),
        ("groq", "tokens/day"),
        ("gemini", "requests/day"),
        ("docs", "requests/day"),
        ("stackexchange", "requests/day"),
        ("github", "requests/day"),
        ("devto", "requests/day"),
        ("youtube", "searches/day"),
        ("youtube", "units/day"),
    ]
    kinds = [f.kind for f in found.values()]
    assert kinds == ["llm"] * 4 + ["research"] * 6
    for unlimited in ("openrouter", "docs", "github", "devto"):
        assert found[(unlimited, "requests/day")].status == "unlimited"

    requests = found[("groq", "requests/day")]
    assert (requests.used_today, requests.daily_limit, requests.remaining_today) == (3, 1000, 997)
    assert requests.rate_per_hour == 2.0
    assert requests.resets_at == NOW - timedelta(hours=23) + timedelta(hours=24)
    assert (requests.exhausts_at, requests.status) == (None, "ok")  # 498.5 hours
    tokens = found[("groq", "tokens/day")]
    # The provider's count once known, the reservation while in flight.
    assert (tokens.used_today, tokens.daily_limit) == (150 + 300 + 700, 200_000)
    assert tokens.rate_per_hour == 1000.0

    gemini = found[("gemini", "requests/day")]
    assert (gemini.used_today, gemini.daily_limit, gemini.remaining_today) == (2, 20, 18)
    assert gemini.rate_per_hour == 1.0
    # 18 left at 1 an hour: 09:00 UTC tomorrow, after the reset at 08:00.
    assert (gemini.resets_at, gemini.exhausts_at, gemini.status) == (utc(21, 8), None, "ok")

    stack = found[("stackexchange", "requests/day")]
    assert (stack.used_today, stack.remaining_today, stack.rate_per_hour) == (240, 60, 60.0)
    assert (stack.exhausts_at, stack.resets_at) == (utc(20, 16), utc(21, 0))
    assert stack.status == "warning"

    searches, units = found[("youtube", "searches/day")], found[("youtube", "units/day")]
    assert (searches.used_today, searches.daily_limit, searches.rate_per_hour) == (2, 100, 1.0)
    assert (units.used_today, units.daily_limit, units.rate_per_hour) == (7, 10_000, 7.0)
    assert searches.resets_at == units.resets_at == utc(21, 8)


# -- the catalogs -----------------------------------------------------------------------------
def test_the_shipped_catalogs_say_when_each_day_starts(shipped_catalogs: None) -> None:
    resets = {name: config.daily_reset for name, config in catalog().providers.items()}
    assert resets == {"openrouter": "UTC", "groq": "rolling", "gemini": PACIFIC}
    sources = research_catalog().sources
    assert (sources["youtube"].daily_reset, sources["stackexchange"].daily_reset) == (
        PACIFIC,
        "UTC",
    )


@pytest.mark.parametrize("reset", ["Mars/Olympus", "midnight", ""])
def test_a_daily_reset_that_is_no_time_zone_stops_the_catalog_naming_the_field(reset: str) -> None:
    raw: dict[str, object] = {
        "chain": ["groq"],
        "providers": {
            "groq": {
                "kind": "openai_compatible",
                "base_url": "https://api.groq.com/openai/v1",
                "model": "openai/gpt-oss-120b",
                "api_key_env": "GROQ_API_KEY",
                "daily_reset": reset,
            }
        },
    }
    with pytest.raises(CatalogError, match=r"providers\.groq\.daily_reset"):
        parse_catalog(raw)
