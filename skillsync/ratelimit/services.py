"""Global rate limits: fixed-window counters in PostgreSQL, shared by every process.

Why a fixed window (and not a sliding one)
-------------------------------------------
Each (scope, subject) gets one counter per window; the window starts at
``floor(now / window) * window`` on the *database* clock, so every web and worker process, on any
machine, agrees on which window an event falls in. A hit is a single
``INSERT ... ON CONFLICT DO UPDATE ... RETURNING count``: exact under any concurrency, one round
trip, one row per window.

The known trade-off: a client can spend its whole limit at the end of one window and again at the
start of the next, so up to 2x the limit can pass within a short interval around a boundary.
We accept it deliberately:
- the long-run rate is still bounded by the limit (at most 2x in any window-length interval);
- counts, ``remaining`` and ``retry_after_seconds`` are exact and easy to explain to a client
  ("try again in 23 s"), where a two-window weighted estimate gives approximate counts and a
  retry time that has to be solved for;
- refused events are still counted, so a client that keeps hammering stays blocked until it
  actually stops for a whole window;
- when a burst bound matters (e.g. a provider that punishes bursts), stack a second, shorter
  limit — 30/min plus 10 per 10 s — which caps the boundary burst without new machinery.

Scope names one limit. Two ``Limit``s must not share a scope with different windows: their
windows would share rows whenever their starts coincide.

Transactions: each function is a single statement (purge: a few independent ones), atomic on its
own, so none opens a transaction. A hit made inside a caller's ``transaction.atomic()`` commits
or rolls back with it, and holds the counter's row lock until then. Count failures that must
stick (failed logins) outside any transaction that is about to be rolled back, and keep a
transaction that calls hit() short.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection
from django.utils.crypto import salted_hmac

from skillsync.ratelimit.models import RateLimitCounter

__all__ = ["Decision", "Limit", "hit", "peek", "purge_expired", "reset"]

# Largest value of the PostgreSQL ``integer`` columns; a counter saturates here instead of
# failing the request with an overflow.
MAX_COUNT = 2_147_483_647
SCOPE_MAX_LENGTH = 64
# purge_expired() deletes in batches so each statement stays short and every batch's progress
# commits, however large the backlog.
PURGE_BATCH_SIZE = 10_000
_HASH_SALT = "skillsync.ratelimit.subject"


@dataclass(frozen=True)
class Limit:
    scope: str  # e.g. "login-failures-account"; names this limit
    limit: int  # events allowed per window (>= 1)
    window_seconds: int  # >= 1

    def __post_init__(self) -> None:
        if not self.scope:
            raise ValueError("scope must not be empty")
        if len(self.scope) > SCOPE_MAX_LENGTH:
            raise ValueError(f"scope must be at most {SCOPE_MAX_LENGTH} characters")
        if not 1 <= self.limit <= MAX_COUNT:
            raise ValueError(f"limit must be between 1 and {MAX_COUNT}")
        if self.window_seconds < 1:
            raise ValueError("window_seconds must be at least 1")


@dataclass(frozen=True)
class Decision:
    allowed: bool
    count: int  # events in the current window, including this one (hit) or so far (peek)
    remaining: int  # max(0, limit - count)
    retry_after_seconds: int  # 0 when allowed; else whole seconds (>= 1) until the window resets


def hit(*, limit: Limit, subject: str, cost: int = 1) -> Decision:
    """Count ``cost`` events for (scope, subject) in the current window, atomically across
    processes, and say whether the window's count is still within the limit. Refused events
    are counted too, so repeated abuse stays blocked."""
    if not 1 <= cost <= MAX_COUNT:
        raise ValueError(f"cost must be between 1 and {MAX_COUNT}")
    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    sql = f"""
        {_BUCKET}, upsert AS (
            INSERT INTO {table} AS counter
                (scope, subject_hash, window_start, window_seconds, count)
            SELECT %(scope)s, %(subject_hash)s, window_start, %(window)s, %(cost)s FROM bucket
            ON CONFLICT (scope, subject_hash, window_start) DO UPDATE
            SET count = LEAST(counter.count::bigint + EXCLUDED.count, {MAX_COUNT}),
                window_seconds = GREATEST(counter.window_seconds, EXCLUDED.window_seconds)
            RETURNING counter.count
        )
        SELECT upsert.count, {_seconds_left_sql("bucket")}
        FROM upsert, bucket
    """  # noqa: S608 - only the quoted table name and constants are interpolated
    params = _params(limit=limit, subject=subject) | {"cost": cost}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        count, seconds_left = cursor.fetchone()
    return _decision(limit=limit, count=count, over=count > limit.limit, seconds_left=seconds_left)


def peek(*, limit: Limit, subject: str) -> Decision:
    """The current window's count for (scope, subject), without counting anything;
    ``allowed`` says whether one more event would be."""
    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    sql = f"""
        {_BUCKET}
        SELECT COALESCE(
                   (SELECT counter.count FROM {table} AS counter
                    WHERE counter.scope = %(scope)s
                      AND counter.subject_hash = %(subject_hash)s
                      AND counter.window_start = bucket.window_start),
                   0),
               {_seconds_left_sql("bucket")}
        FROM bucket
    """  # noqa: S608 - only the quoted table name and constants are interpolated
    with connection.cursor() as cursor:
        cursor.execute(sql, _params(limit=limit, subject=subject))
        count, seconds_left = cursor.fetchone()
    return _decision(limit=limit, count=count, over=count >= limit.limit, seconds_left=seconds_left)


def reset(*, limit: Limit, subject: str) -> None:
    """Forget every counter of (scope, subject), e.g. the per-account failure count after a
    successful login."""
    RateLimitCounter.objects.filter(scope=limit.scope, subject_hash=_subject_hash(subject)).delete()


def purge_expired(*, older_than_seconds: int = 86_400) -> int:
    """Delete counters whose window ended more than ``older_than_seconds`` ago; returns how
    many were deleted. Idempotent; safe to run while hits go on (it never touches a live
    window unless ``older_than_seconds`` is 0 and the window has just ended)."""
    if older_than_seconds < 0:
        raise ValueError("older_than_seconds must not be negative")
    table = connection.ops.quote_name(RateLimitCounter._meta.db_table)
    # ``window_start < cutoff`` is implied by the exact test and lets the planner range-scan
    # the window_start index instead of reading the whole table; ``= ANY(ARRAY(...))`` makes the
    # batch's rows be fetched by primary key (``IN (subquery)`` plans a full-table hash join).
    sql = f"""
        WITH cutoff AS (
            SELECT clock_timestamp() - make_interval(secs => %(older_than)s) AS at
        )
        DELETE FROM {table}
        WHERE id = ANY(ARRAY(
            SELECT counter.id FROM {table} AS counter, cutoff
            WHERE counter.window_start < cutoff.at
              AND counter.window_start + make_interval(secs => counter.window_seconds)
                  < cutoff.at
            LIMIT %(batch)s
        ))
    """  # noqa: S608 - only the quoted table name is interpolated
    deleted = 0
    with connection.cursor() as cursor:
        while True:
            cursor.execute(sql, {"older_than": older_than_seconds, "batch": PURGE_BATCH_SIZE})
            batch: int = cursor.rowcount
            deleted += batch
            if batch < PURGE_BATCH_SIZE:
                return deleted


# Windows are aligned on the Unix epoch: floor(now / window) * window. date_bin() on timestamptz
# works on absolute time, so the session time zone cannot shift a window.
_EPOCH = "TIMESTAMPTZ '1970-01-01 00:00:00+00'"
# The current window of a limit, on the database clock: clock_timestamp() (not now(), frozen at
# the start of the caller's transaction), read once so window and retry time share one instant.
_BUCKET = f"""WITH clock AS (
            SELECT clock_timestamp() AS now
        ), bucket AS (
            SELECT now,
                   date_bin(make_interval(secs => %(window)s), now, {_EPOCH}) AS window_start
            FROM clock
        )"""  # noqa: S608 - a constant: only _EPOCH is interpolated


def _seconds_left_sql(bucket: str) -> str:
    """SQL for the whole seconds (ceil, >= 1) until the bucket's window ends."""
    return (
        f"GREATEST(1, CEIL(EXTRACT(EPOCH FROM {bucket}.window_start"
        f" + make_interval(secs => %(window)s) - {bucket}.now)))::integer"
    )


def _params(*, limit: Limit, subject: str) -> dict[str, str | int]:
    return {
        "scope": limit.scope,
        "subject_hash": _subject_hash(subject),
        "window": limit.window_seconds,
    }


def _subject_hash(subject: str) -> str:
    """HMAC-SHA256 (keyed by SECRET_KEY) of the subject, as 64 hex characters. Keyed because a
    plain SHA-256 of an IPv4 address or a known email is reversed by simply hashing every
    candidate."""
    return salted_hmac(_HASH_SALT, subject, algorithm="sha256").hexdigest()


def _decision(*, limit: Limit, count: int, over: bool, seconds_left: int) -> Decision:
    return Decision(
        allowed=not over,
        count=count,
        remaining=max(0, limit.limit - count),
        retry_after_seconds=seconds_left if over else 0,
    )
