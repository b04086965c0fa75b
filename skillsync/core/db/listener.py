"""PostgreSQL LISTEN for the web processes: one connection per process (per event loop),
shared by every subscriber in it.

Any process that commits a change publishes it with ``pg_notify``; every web process receives
it here and hands it to the subscribers of that channel. No other broker is needed, and any
number of web processes can run side by side.

A subscriber gets a bounded queue. When the listening connection is lost, or a subscriber is
too slow to keep up, it receives ``GAP`` instead of the missed events: it must read the
current state again from the database (nothing it shows can silently go stale).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import weakref
from collections.abc import AsyncIterator
from typing import Any, Final

import psycopg
from asgiref.sync import sync_to_async
from django.db import connections
from psycopg import sql

from skillsync.core.errors import ErrorCode, SkillSyncError

logger = logging.getLogger(__name__)

GAP: Final = {"gap": True}
QUEUE_SIZE = 1000
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


class _Hub:
    def __init__(self) -> None:
        self._subscribers: dict[str, set[asyncio.Queue[Event]]] = {}
        self._listening: set[str] = set()
        self._connection: psycopg.AsyncConnection[Any] | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._changed = asyncio.Event()  # a new channel to LISTEN to
        self._pause = RECONNECT_MIN_SECONDS

    @contextlib.asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[asyncio.Queue[Event]]:
        """One queue for the events of these channels, from the moment LISTEN is in place for
        all of them (so state read after entering cannot miss a change made after it)."""
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=QUEUE_SIZE)
        for channel in channels:
            self._subscribers.setdefault(channel, set()).add(queue)
        try:
            await self._until_listening(channels)
            yield queue
        finally:
            for channel in channels:
                self._subscribers[channel].discard(queue)

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
            self._changed.set()
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
                self._broadcast_gap()
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
        self._connection = await psycopg.AsyncConnection.connect(
            **params, autocommit=True, application_name=APPLICATION_NAME
        )
        while True:
            wanted = set(self._subscribers)
            for channel in sorted(wanted - self._listening):
                await self._connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                self._listening.add(channel)
            self._ready.set()
            self._changed.clear()
            self._pause = RECONNECT_MIN_SECONDS  # connected: the next failure starts afresh
            notifies = self._connection.notifies(timeout=1.0)
            async for notify in notifies:
                self._deliver(notify.channel, notify.payload)
                if self._changed.is_set():
                    break
            if not self._changed.is_set():
                # A quiet second: make sure the connection is alive (a dropped connection
                # raises here, and we reconnect).
                await self._connection.execute("SELECT 1")

    def _deliver(self, channel: str, payload: str) -> None:
        try:
            event = json.loads(payload)
        except ValueError:
            logger.warning("ignored a malformed notification on %s", channel)
            return
        if not isinstance(event, dict):
            return
        for queue in tuple(self._subscribers.get(channel, ())):
            _offer(queue, event)

    def _broadcast_gap(self) -> None:
        for queues in self._subscribers.values():
            for queue in tuple(queues):
                _offer(queue, GAP)


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


def subscribe(*channels: str) -> contextlib.AbstractAsyncContextManager[asyncio.Queue[Event]]:
    """``async with subscribe("a", "b") as queue:`` — this event loop's shared listener."""
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        hub = _hubs[loop] = _Hub()
    return hub.subscribe(*channels)
