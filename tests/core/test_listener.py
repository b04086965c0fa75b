"""The per-process LISTEN connection: fan-out to subscribers, and GAP instead of lost events."""

from __future__ import annotations

import asyncio
import json

import psycopg
import pytest
from django.db import connection

from skillsync.core.db import listener
from skillsync.core.db.listener import GAP, subscribe

pytestmark = pytest.mark.django_db(transaction=True)


def _notify(channel: str, events: list[dict[str, object]]) -> None:
    """From another connection, as a worker would, in one transaction."""
    params = listener._connection_params()
    with psycopg.connect(**params) as other, other.cursor() as cursor:
        for event in events:
            cursor.execute("SELECT pg_notify(%s, %s)", [channel, json.dumps(event)])


async def _drain(queue: asyncio.Queue[listener.Event], count: int) -> list[listener.Event]:
    return [await asyncio.wait_for(queue.get(), 10) for _ in range(count)]


def test_every_subscriber_of_a_channel_gets_each_event_in_order() -> None:
    async def scenario() -> None:
        async with subscribe("t_one") as first, subscribe("t_one", "t_two") as second:
            await asyncio.to_thread(_notify, "t_one", [{"n": 1}, {"n": 2}])
            await asyncio.to_thread(_notify, "t_two", [{"n": 3}])
            assert await _drain(first, 2) == [{"n": 1}, {"n": 2}]
            assert await _drain(second, 3) == [{"n": 1}, {"n": 2}, {"n": 3}]
            assert first.empty()

    asyncio.run(scenario())


def test_a_subscriber_that_falls_behind_gets_a_gap_then_new_events(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(listener, "QUEUE_SIZE", 5)

    async def scenario() -> None:
        async with subscribe("t_slow") as queue:
            await asyncio.to_thread(_notify, "t_slow", [{"n": n} for n in range(8)])
            await asyncio.sleep(0.5)  # the listener delivers while nobody reads
            events = [queue.get_nowait() for _ in range(queue.qsize())]
            assert GAP in events  # told to re-read the state: never a silent loss
            assert len(events) <= 5
            await asyncio.to_thread(_notify, "t_slow", [{"n": 99}])
            assert await _drain(queue, 1) == [{"n": 99}]

    asyncio.run(scenario())


def test_a_lost_connection_means_a_gap_and_listening_resumes() -> None:
    async def scenario() -> None:
        async with subscribe("t_lost") as queue:

            def kill_listener() -> None:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE application_name = %s AND datname = current_database()",
                        [listener.APPLICATION_NAME],
                    )

            await asyncio.to_thread(kill_listener)
            assert await _drain(queue, 1) == [GAP]

            async def delivered() -> bool:
                await asyncio.to_thread(_notify, "t_lost", [{"n": 1}])
                try:
                    return await asyncio.wait_for(queue.get(), 1) == {"n": 1}
                except TimeoutError:
                    return False

            for _ in range(20):  # it reconnects and LISTENs again within seconds
                if await delivered():
                    return
            raise AssertionError("listening did not resume")

    asyncio.run(scenario())


def test_a_new_channel_is_listened_to_while_events_keep_arriving() -> None:
    """Adding a channel must not wait for a quiet moment (nor hang under traffic)."""

    async def scenario() -> None:
        async with subscribe("t_busy") as busy:
            stop = asyncio.Event()

            async def traffic() -> None:
                n = 0
                while not stop.is_set():
                    await asyncio.to_thread(_notify, "t_busy", [{"n": n}])
                    n += 1

            sender = asyncio.create_task(traffic())
            try:
                await asyncio.sleep(0.3)
                async with asyncio.timeout(5), subscribe("t_new") as new:
                    await asyncio.to_thread(_notify, "t_new", [{"hello": 1}])
                    assert await asyncio.wait_for(new.get(), 5) == {"hello": 1}
            finally:
                stop.set()
                await sender
            assert not busy.empty()

    asyncio.run(scenario())


def test_events_reach_only_subscribers_of_their_key() -> None:
    async def scenario() -> None:
        async with (
            subscribe("t_keys", keys={"lesson-a"}) as a,
            subscribe("t_keys", keys={"module-b"}) as b,
        ):
            await asyncio.to_thread(
                _notify,
                "t_keys",
                [{"lesson": "lesson-a", "n": 1}, {"module": "module-b", "n": 2}, {"n": 3}],
            )
            assert await _drain(a, 1) == [{"lesson": "lesson-a", "n": 1}]
            assert await _drain(b, 1) == [{"module": "module-b", "n": 2}]
            await asyncio.sleep(0.3)
            assert a.empty()
            assert b.empty()

    asyncio.run(scenario())
