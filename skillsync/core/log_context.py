"""What each log line says about the work it belongs to: the request, the (hashed) user, the job
and the generation. The formatters (``log_format.py``) add the current context to every line.

The context lives in a context variable, so it follows the work, not the thread:

- HTTP: ``RequestContextMiddleware`` opens a scope with the request id (the client's
  ``X-Request-ID`` when it is a sane token, else a new one); the GraphQL view adds the user
  once the bearer token is checked (``bind_user``). asgiref carries it into the thread that
  runs a synchronous view and back.
- WebSocket: the consumer binds a request id for the connection and the user at
  ``connection_init``.
- Jobs: a web request that defers a job passes ``job_log_kwargs()`` along with the job's
  arguments; ``job_log_context``, a procrastinate task middleware, opens a scope in the worker
  with the job id, the task name and what the request carried (request id, user), so the
  worker's lines for that job name the request that asked for it. The lesson delivery adds the
  generation id (``delivery.py``).

The user is never logged as such: ``user_hash`` is an HMAC of the id keyed with a secret derived
from ``SECRET_KEY``, cut to 16 hex digits — stable per user (lines of one learner can be
grouped), not reversible without the key, and different under another key.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from django.utils.crypto import salted_hmac

if TYPE_CHECKING:
    from procrastinate import job_context, worker
    from procrastinate.middleware import SyncCallNext

logger = logging.getLogger("skillsync.jobs")

REQUEST_ID_HEADER = "X-Request-ID"
# The context's fields, in the order the text format shows them.
FIELDS = ("request_id", "user", "job_id", "task", "generation_id")
# What a job takes along from the request that deferred it (the rest is the worker's own).
CARRIED = ("request_id", "user")
_SANE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_USER_HASH_SALT = "skillsync.core.log_context.user"
USER_HASH_LENGTH = 16

_context: ContextVar[Mapping[str, str]] = ContextVar(
    "skillsync_log_context", default=MappingProxyType({})
)


def current() -> dict[str, str]:
    """The fields bound now (a copy)."""
    return dict(_context.get())


def _merged(fields: Mapping[str, object]) -> dict[str, str]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown log context fields: {sorted(unknown)}")
    return {**_context.get(), **{k: str(v) for k, v in fields.items() if v is not None}}


def bind(**fields: object) -> None:
    """Add fields to the current context, for the rest of the enclosing scope (a request, a
    job, a task: asyncio and asgiref give each its own copy)."""
    _context.set(_merged(fields))


@contextmanager
def scope(**fields: object) -> Iterator[None]:
    """Fields bound for the ``with`` block only; the context is restored after it."""
    token = _context.set(_merged(fields))
    try:
        yield
    finally:
        _context.reset(token)


def is_sane_id(value: str) -> bool:
    return _SANE_ID.fullmatch(value) is not None


def request_id_from(header: str | None) -> str:
    """The client's (or proxy's) request id when it is a sane token — at most 64 characters
    of ``[A-Za-z0-9_-]`` — else a new one. Anything else could forge or garble log lines."""
    if header is not None and is_sane_id(header):
        return header
    return uuid.uuid4().hex


def user_hash(user_id: object, *, secret: str | None = None) -> str:
    """The user as logs name them: a keyed hash of the id (``secret`` defaults to
    ``SECRET_KEY``)."""
    digest = salted_hmac(_USER_HASH_SALT, str(user_id), secret=secret, algorithm="sha256")
    return digest.hexdigest()[:USER_HASH_LENGTH]


def bind_user(user: Any) -> None:
    """Name the authenticated user (hashed) in the current context; anonymous: nothing."""
    if user is not None and getattr(user, "is_authenticated", False):
        bind(user=user_hash(user.pk))


# -- jobs --------------------------------------------------------------------------------------


def job_log_kwargs() -> dict[str, Any]:
    """Extra arguments for a ``defer``: what the job's log lines should carry from the current
    context (``{}`` when there is nothing, e.g. in a management command). The task takes them
    as ``log_context`` and ignores them: ``job_log_context`` reads them from the job."""
    context = _context.get()
    carried = {name: context[name] for name in CARRIED if name in context}
    return {"log_context": carried} if carried else {}


def _carried(job_kwargs: Mapping[str, Any]) -> dict[str, str]:
    """The carried fields of a job's arguments; anything malformed is dropped (job arguments
    are data from the database, not trusted to be what we wrote)."""
    raw = job_kwargs.get("log_context")
    if not isinstance(raw, Mapping):
        return {}
    return {
        name: raw[name]
        for name in CARRIED
        if isinstance(raw.get(name), str) and is_sane_id(raw[name])
    }


def job_log_context(
    call_next: SyncCallNext, context: job_context.JobContext, worker: worker.Worker
) -> Any:
    """procrastinate task middleware (synchronous tasks; it runs in the task's thread): every
    line the job logs carries its job id, its task and what its request carried; the job's end
    is logged with its duration."""
    job = context.job
    started = time.perf_counter()
    with scope(job_id=job.id, task=job.task_name, **_carried(job.task_kwargs)):
        try:
            result = call_next()
        except BaseException as error:
            # procrastinate logs the traceback itself; this line ties it to the request.
            logger.warning("job failed after %.0f ms: %s", _ms(started), type(error).__name__)
            raise
        logger.info("job finished in %.0f ms", _ms(started))
        return result


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
