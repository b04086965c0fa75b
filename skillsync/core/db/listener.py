"""PostgreSQL LISTEN for the web processes: one connection per process (per event loop),
shared by every subscriber in it.

Any process that commits a change publishes it with ``pg_notify``; every web process receives
it here and hands it to the subscribers of that channel. No other broker is needed, and any
number of web processes can run side by side.

A subscriber gets a bounded queue of the events routed to it (by the ``lesson``/``module`` keys
it asked for). When the listening connection was lost (once LISTEN is in place again), or when
the subscriber is too slow to keep up, it receives ``GAP`` instead of the missed events: it must
read the current state again from the database (nothing it shows can silently go stale).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import weakref
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Any, Final

import psycopg
from asgiref.sync import sync_to_async
from django.db import connections
from psycopg import sql

from skillsync.core.errors import ErrorCode, SkillSyncError

logger = logging.getLogger(__name__)

GAP: Final = {"gap": True}
QUEUE_SIZE = 1000
ALL = "*"
ROUTING_FIELDS = ("lesson", "module")
BATCH_SECONDS = 0.25
PROBE_EVERY_SECONDS = 5.0
PROBE_TIMEOUT_SECONDS = 5.0
# A half-open TCP connection (network loss, failover) is noticed within about a minute.
KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}
APPLICATION_NAME = "skillsync-listener"  # how the connection shows in pg_stat_activity
RECONNECT_MIN_SECONDS = 0.2
RECONNECT_MAX_SECONDS = 5.0
READY_TIMEOUT_SECONDS = 10.0

Event = dict[str, Any]


class ListenerUnavailableError(SkillSyncError):
    """The database could not be reached to listen for changes."""

    def __init__(self) -> None:
        super().__init__(
            ErrorCode.SERVICE_UNAVAILABLE, "live updates are unavailable right now: try again"
        )


def _connection_params() -> dict[str, Any]:
    """Django's own connection settings (the embedded server's socket included), without the
    parts that only Django's wrapper understands."""
    params = connections["default"].get_connection_params()
    for key in ("cursor_factory", "context", "prepare_threshold", "options"):
        params.pop(key, None)
    return params


@dataclass(eq=False)
class _Subscription:
    queue: asyncio.Queue[Event]
    keys: frozenset[str] | None  # None: every event of its channels


class _Hub:
    def __init__(self) -> None:
        # channel -> routing key (or ALL) -> subscriptions: an event reaches only the
        # subscribers that asked for one of its keys, however many others there are.
        self._routes: dict[str, dict[str, set[_Subscription]]] = {}
        self._listening: set[str] = set()
        self._connection: psycopg.AsyncConnection[Any] | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._pause = RECONNECT_MIN_SECONDS
        self._lost = False  # events may have been missed since the last connection

    @contextlib.asynccontextmanager
    async def subscribe(
        self, channels: tuple[str, ...], keys: frozenset[str] | None
    ) -> AsyncIterator[asyncio.Queue[Event]]:
        subscription = _Subscription(asyncio.Queue(maxsize=QUEUE_SIZE), keys)
        for channel in channels:
            for key in keys if keys is not None else (ALL,):
                self._routes.setdefault(channel, {}).setdefault(key, set()).add(subscription)
        try:
            await self._until_listening(channels)
            yield subscription.queue
        finally:
            for channel in channels:
                for key in keys if keys is not None else (ALL,):
                    routes = self._routes[channel]
                    routes[key].discard(subscription)
                    if not routes[key]:
                        del routes[key]

    async def _until_listening(self, channels: tuple[str, ...]) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="pg-listener")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_TIMEOUT_SECONDS
        while not self._listening.issuperset(channels):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise ListenerUnavailableError
            self._ready.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._ready.wait(), timeout=min(remaining, 0.5))

    async def _run(self) -> None:
        self._pause = RECONNECT_MIN_SECONDS
        try:
            while True:
                try:
                    await self._listen()
                except asyncio.CancelledError:
                    raise
                except Exception as error:  # any failure: reconnect, tell subscribers
                    logger.warning("listener lost its connection (%s); reconnecting", error)
                self._listening.clear()
                self._lost = True
                await self._close()
                await asyncio.sleep(self._pause)
                self._pause = min(self._pause * 2, RECONNECT_MAX_SECONDS)
        finally:  # cancelled (the event loop is closing): leave no connection behind
            self._listening.clear()
            await self._close()

    async def _close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.close()
            self._connection = None

    async def _listen(self) -> None:
        params = await sync_to_async(_connection_params, thread_sensitive=False)()
        connection = await psycopg.AsyncConnection.connect(
            **params, **KEEPALIVES, autocommit=True, application_name=APPLICATION_NAME
        )
        self._connection = connection
        first_pass = True
        quiet_since = asyncio.get_running_loop().time()
        while True:
            for channel in sorted(set(self._routes) - self._listening):
                await connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                self._listening.add(channel)
            if first_pass:
                first_pass = False
                self._pause = RECONNECT_MIN_SECONDS
                if self._lost:
                    # Only now, with LISTEN in place again, may subscribers re-read the state:
                    # whatever is committed from here on is delivered too.
                    self._lost = False
                    self._broadcast_gap()
            self._ready.set()
            # The generator holds the connection's lock until it ends, so it is always run to
            # its end (it ends after ``timeout`` even under steady traffic), never left open.
            delivered = 0
            async with contextlib.aclosing(connection.notifies(timeout=BATCH_SECONDS)) as batch:
                async for notify in batch:
                    self._deliver(notify.channel, notify.payload)
                    delivered += 1
            now = asyncio.get_running_loop().time()
            if delivered:
                quiet_since = now
            elif now - quiet_since >= PROBE_EVERY_SECONDS:
                # Quiet for a while: prove the connection is alive (a dead one raises, and
                # we reconnect), without waiting on a half-open socket for long.
                await asyncio.wait_for(connection.execute("SELECT 1"), PROBE_TIMEOUT_SECONDS)
                quiet_since = now

    def _deliver(self, channel: str, payload: str) -> None:
        try:
            event = json.loads(payload)
        except ValueError:
            logger.warning("ignored a malformed notification on %s", channel)
            return
        if not isinstance(event, dict):
            return
        routes = self._routes.get(channel, {})
        targets: set[_Subscription] = set(routes.get(ALL, ()))
        for field in ROUTING_FIELDS:
            key = event.get(field)
            if isinstance(key, str):
                targets.update(routes.get(key, ()))
        for subscription in targets:
            _offer(subscription.queue, event)

    def _broadcast_gap(self) -> None:
        everyone = {s for routes in self._routes.values() for subs in routes.values() for s in subs}
        for subscription in everyone:
            _offer(subscription.queue, GAP)


def _offer(queue: asyncio.Queue[Event], event: Event) -> None:
    """Never block the listener on one slow subscriber: when its queue is full, replace what
    it holds with GAP (it re-reads the state)."""
    try:
        queue.put_nowait(event)
    except asyncio.QueueFull:
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(GAP)


_hubs: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Hub] = weakref.WeakKeyDictionary()


def subscribe(
    *channels: str, keys: Iterable[str] | None = None
) -> contextlib.AbstractAsyncContextManager[asyncio.Queue[Event]]:
    """``async with subscribe("a", "b", keys={id}) as queue:`` — this event loop's shared
    listener. With ``keys``, only events whose ``lesson`` or ``module`` is one of them."""
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = _Hub()
    return hub.subscribe(channels, None if keys is None else frozenset(keys))
