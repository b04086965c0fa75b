"""Global rate limits: counted in PostgreSQL, exact under concurrency, private, purgeable."""

from __future__ import annotations

import hashlib
import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connection
from procrastinate.contrib.django import app

from skillsync.ratelimit import services
from skillsync.ratelimit.models import RateLimitCounter
from skillsync.ratelimit.services import Decision, Limit, hit, peek, purge_expired, reset
from skillsync.ratelimit.tasks import purge_expired_rate_limit_counters

# Hour-long windows: a test crossing a window boundary by chance is a one-in-a-million event.
LOGIN = Limit(scope="login-failures-account", limit=3, window_seconds=3600)
EMAIL = "alice.private@example.org"
TABLE = RateLimitCounter._meta.db_table


def db_now() -> datetime:
    with connection.cursor() as cursor:
        cursor.execute("SELECT clock_timestamp()")
        now: datetime = cursor.fetchone()[0]
    return now


def stored_count(*, scope: str) -> int:
    return sum(row.count for row in RateLimitCounter.objects.filter(scope=scope))


def old_counter(*, ended_ago: timedelta, window: timedelta, scope: str = "old") -> None:
    """A counter whose window ended ``ended_ago`` before now (database clock)."""
    RateLimitCounter.objects.create(
        scope=scope,
        subject_hash="0" * 64,
        window_start=db_now() - ended_ago - window,
        window_seconds=int(window.total_seconds()),
        count=1,
    )


def test_hits_are_allowed_up_to_the_limit_then_refused_until_the_window_resets(db: None) -> None:
    # given a limit of 3 per hour
    # when one subject hits it 5 times
    decisions = [hit(limit=LOGIN, subject=EMAIL) for _ in range(5)]
    # then the first 3 pass, and every later one is refused but still counted
    assert [d.allowed for d in decisions] == [True, True, True, False, False]
    assert [d.count for d in decisions] == [1, 2, 3, 4, 5]
    assert [d.remaining for d in decisions] == [2, 1, 0, 0, 0]
    assert [d.retry_after_seconds for d in decisions[:3]] == [0, 0, 0]
    assert stored_count(scope=LOGIN.scope) == 5
    # and retry_after is the whole seconds left in the epoch-aligned window
    counter = RateLimitCounter.objects.get()
    assert counter.window_start.timestamp() % 3600 == 0
    assert counter.window_seconds == 3600
    left = math.ceil((counter.window_start + timedelta(hours=1) - db_now()).total_seconds())
    assert decisions[-1].retry_after_seconds in {left, left + 1}  # measured a moment earlier
    assert 1 <= decisions[-1].retry_after_seconds <= 3600


def test_subjects_and_scopes_are_counted_independently(db: None) -> None:
    # given alice has used up her login budget
    for _ in range(3):
        hit(limit=LOGIN, subject=EMAIL)
    per_ip = Limit(scope="login-failures-ip", limit=3, window_seconds=3600)
    # when bob, and alice under another scope, hit
    bob = hit(limit=LOGIN, subject="bob@example.org")
    alice_other_scope = hit(limit=per_ip, subject=EMAIL)
    # then both start from zero, and alice is still at her limit under the first scope
    assert (bob.allowed, bob.count) == (True, 1)
    assert (alice_other_scope.allowed, alice_other_scope.count) == (True, 1)
    alice = peek(limit=LOGIN, subject=EMAIL)
    assert (alice.allowed, alice.count, alice.remaining) == (False, 3, 0)


def test_cost_counts_several_events_at_once(db: None) -> None:
    # given a budget of 10 units per hour
    budget = Limit(scope="provider-tokens", limit=10, window_seconds=3600)
    # when three calls cost 4 units each
    decisions = [hit(limit=budget, subject="groq", cost=4) for _ in range(3)]
    # then the third one overshoots and is refused
    assert [(d.allowed, d.count, d.remaining) for d in decisions] == [
        (True, 4, 6),
        (True, 8, 2),
        (False, 12, 0),
    ]
    assert decisions[2].retry_after_seconds >= 1


def test_a_single_hit_costing_more_than_the_limit_is_refused(db: None) -> None:
    budget = Limit(scope="provider-tokens", limit=10, window_seconds=3600)
    decision = hit(limit=budget, subject="groq", cost=11)
    assert (decision.allowed, decision.count, decision.remaining) == (False, 11, 0)


def test_peek_reports_without_counting(db: None) -> None:
    # given nothing was counted yet
    # when peeking
    fresh = peek(limit=LOGIN, subject=EMAIL)
    # then the whole limit is available and no row was written
    assert fresh == Decision(allowed=True, count=0, remaining=3, retry_after_seconds=0)
    assert not RateLimitCounter.objects.exists()
    # given the limit is then used up
    for _ in range(3):
        hit(limit=LOGIN, subject=EMAIL)
    # when peeking repeatedly
    peeks = [peek(limit=LOGIN, subject=EMAIL) for _ in range(3)]
    # then one more event would be refused, and peeking counted nothing
    assert [(p.allowed, p.count, p.remaining) for p in peeks] == [(False, 3, 0)] * 3
    assert all(1 <= p.retry_after_seconds <= 3600 for p in peeks)
    assert stored_count(scope=LOGIN.scope) == 3


def test_reset_forgets_only_that_subject_in_that_scope(db: None) -> None:
    # given alice is blocked in two scopes and bob has one failure
    per_ip = Limit(scope="login-failures-ip", limit=3, window_seconds=3600)
    for _ in range(4):
        hit(limit=LOGIN, subject=EMAIL)
        hit(limit=per_ip, subject=EMAIL)
    hit(limit=LOGIN, subject="bob@example.org")
    # when alice's per-account counter is reset (she logged in successfully)
    reset(limit=LOGIN, subject=EMAIL)
    # then she starts afresh there, and nothing else changed
    assert peek(limit=LOGIN, subject=EMAIL).count == 0
    assert hit(limit=LOGIN, subject=EMAIL).count == 1
    assert peek(limit=per_ip, subject=EMAIL).count == 4
    assert peek(limit=LOGIN, subject="bob@example.org").count == 1


def test_reset_of_an_unknown_subject_is_a_no_op(db: None) -> None:
    reset(limit=LOGIN, subject="nobody@example.org")
    assert not RateLimitCounter.objects.exists()


def test_a_new_window_starts_from_zero(db: None) -> None:
    # given alice is blocked in the current window
    for _ in range(4):
        hit(limit=LOGIN, subject=EMAIL)
    assert not peek(limit=LOGIN, subject=EMAIL).allowed
    # when that window is moved into the past, as if an hour went by
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {TABLE} SET window_start = window_start - interval '1 hour'"  # noqa: S608
        )
    # then the current window is fresh, and the old one is kept apart until purged
    assert peek(limit=LOGIN, subject=EMAIL).count == 0
    assert hit(limit=LOGIN, subject=EMAIL) == Decision(
        allowed=True, count=1, remaining=2, retry_after_seconds=0
    )
    assert sorted(c.count for c in RateLimitCounter.objects.all()) == [1, 4]


def test_windows_follow_the_database_clock(db: None) -> None:
    # given a one-second window
    per_second = Limit(scope="per-second", limit=1, window_seconds=1)
    first = hit(limit=per_second, subject=EMAIL)
    # when more than a window's length passes
    time.sleep(1.1)
    second = hit(limit=per_second, subject=EMAIL)
    # then the second hit lands in a later window
    assert (first.count, second.count) == (1, 1)
    starts = sorted(c.window_start for c in RateLimitCounter.objects.all())
    assert len(starts) == 2
    assert (starts[1] - starts[0]).total_seconds() in {1.0, 2.0}


def test_subjects_are_stored_as_keyed_hashes_never_in_clear(db: None) -> None:
    # given subjects that are personal data, or long and odd
    odd = "\x00é\N{SNOWMAN}" * 5000
    for subject in (EMAIL, "203.0.113.7", odd):
        hit(limit=LOGIN, subject=subject)
    # when the table is read whole, as text
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT row_to_json(c)::text FROM {TABLE} AS c")  # noqa: S608
        dump = " ".join(row[0] for row in cursor.fetchall())
    # then no raw subject appears, the scope is in clear, and each subject has its own hash
    assert EMAIL not in dump
    assert "203.0.113.7" not in dump
    assert LOGIN.scope in dump
    hashes = set(RateLimitCounter.objects.values_list("subject_hash", flat=True))
    assert len(hashes) == 3
    assert all(len(h) == 64 and set(h) <= set("0123456789abcdef") for h in hashes)
    # and the hash is keyed: a plain SHA-256 of a guessed email does not find the row
    assert hashlib.sha256(EMAIL.encode()).hexdigest() not in hashes
    assert peek(limit=LOGIN, subject=odd).count == 1


def test_purge_deletes_only_windows_that_ended_long_enough_ago(db: None) -> None:
    # given counters whose windows ended 2 days ago, 2 hours ago and 30 minutes ago (that one
    # began 3 days ago: a long window), plus a live one
    minute, hour = timedelta(minutes=1), timedelta(hours=1)
    old_counter(ended_ago=timedelta(days=2), window=minute, scope="ended-2-days-ago")
    old_counter(ended_ago=2 * hour, window=minute, scope="ended-2-hours-ago")
    old_counter(
        ended_ago=timedelta(minutes=30),
        window=timedelta(days=3) - timedelta(minutes=30),
        scope="long-window",
    )
    hit(limit=LOGIN, subject=EMAIL)

    def scopes() -> set[str]:
        return set(RateLimitCounter.objects.values_list("scope", flat=True))

    # when purging with the default one-day grace
    # then only the window that ended two days ago goes
    assert purge_expired() == 1
    assert scopes() == {"ended-2-hours-ago", "long-window", LOGIN.scope}
    # when purging what ended over an hour ago
    assert purge_expired(older_than_seconds=3600) == 1
    assert scopes() == {"long-window", LOGIN.scope}
    # when purging everything that ended: the live window stays
    assert purge_expired(older_than_seconds=0) == 1
    assert scopes() == {LOGIN.scope}
    assert purge_expired(older_than_seconds=0) == 0
    assert peek(limit=LOGIN, subject=EMAIL).count == 1


def test_purge_works_through_a_backlog_in_batches(
    db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given five expired counters and a batch size of two
    monkeypatch.setattr(services, "PURGE_BATCH_SIZE", 2)
    for n in range(5):
        old_counter(ended_ago=timedelta(days=2), window=timedelta(minutes=1), scope=f"old-{n}")
    # when purging
    # then every batch is deleted, and the total is reported
    assert purge_expired() == 5
    assert not RateLimitCounter.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_are_counted_exactly_once_each() -> None:
    # given 20 threads (20 connections) hitting one subject 5 times each, limit 50
    limit = Limit(scope="expensive-mutation", limit=50, window_seconds=3600)
    start = threading.Barrier(20)

    def client() -> list[Decision]:
        try:
            start.wait(timeout=30)
            return [hit(limit=limit, subject="user-42") for _ in range(5)]
        finally:
            connection.close()

    # when they all run at once
    with ThreadPoolExecutor(max_workers=20) as pool:
        futures = [pool.submit(client) for _ in range(20)]
        decisions = [d for f in futures for d in f.result(timeout=60)]
    # then every hit saw its own count, exactly 50 were allowed, and all 100 were stored
    assert sorted(d.count for d in decisions) == list(range(1, 101))
    assert sum(d.allowed for d in decisions) == 50
    assert all(d.allowed == (d.count <= 50) for d in decisions)
    assert RateLimitCounter.objects.get().count == 100


@pytest.mark.parametrize(
    "kwargs",
    [
        {"scope": "s", "limit": 0, "window_seconds": 60},
        {"scope": "s", "limit": -1, "window_seconds": 60},
        {"scope": "s", "limit": 1, "window_seconds": 0},
        {"scope": "s", "limit": 1, "window_seconds": -60},
        {"scope": "", "limit": 1, "window_seconds": 60},
        {"scope": "s" * 65, "limit": 1, "window_seconds": 60},
    ],
)
def test_bad_limits_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"scope|limit|window_seconds"):
        Limit(**kwargs)


@pytest.mark.parametrize("cost", [0, -1])
def test_bad_costs_are_refused_and_count_nothing(db: None, cost: int) -> None:
    with pytest.raises(ValueError, match="cost"):
        hit(limit=LOGIN, subject=EMAIL, cost=cost)
    assert not RateLimitCounter.objects.exists()


def test_a_negative_purge_age_is_refused(db: None) -> None:
    with pytest.raises(ValueError, match="older_than_seconds"):
        purge_expired(older_than_seconds=-1)


def test_the_purge_task_is_registered_to_run_daily_on_the_maintenance_queue() -> None:
    # given the procrastinate app, with installed apps' tasks modules autodiscovered
    task = purge_expired_rate_limit_counters
    # then the task is known to the app and scheduled once a day
    assert app.tasks[task.name] is task
    periodic = [p for p in app.periodic_registry.periodic_tasks.values() if p.task is task]
    assert len(periodic) == 1
    assert periodic[0].cron == "17 3 * * *"
    assert task.queue == "maintenance"
    assert task.retry_strategy is not None


def test_the_purge_task_purges(db: None) -> None:
    # given one expired and one live counter
    old_counter(ended_ago=timedelta(days=2), window=timedelta(minutes=1))
    hit(limit=LOGIN, subject=EMAIL)
    # when the periodic task runs (the worker passes the scheduled timestamp)
    deleted = purge_expired_rate_limit_counters(timestamp=int(time.time()))
    # then only the expired counter is gone
    assert deleted == 1
    assert list(RateLimitCounter.objects.values_list("scope", flat=True)) == [LOGIN.scope]
