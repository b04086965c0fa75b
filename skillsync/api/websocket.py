"""GraphQL subscriptions over WebSocket (graphql-transport-ws) at ``/graphql``.

- Authenticated like ``/graphql`` over HTTP, with the access token, sent in the
  ``connection_init`` payload as ``{"authorization": "Bearer <access token>"}``: a missing or
  unusable token closes the socket with 4403 before any subscription starts. Cookies play no
  part, so a cross-site page gains nothing by opening a socket.
- The handshake is refused for a ``Host`` outside ``ALLOWED_HOSTS`` and, from a browser, for an
  ``Origin`` that is neither the same origin nor in ``SKILLSYNC_CORS_ALLOWED_ORIGINS``.
- Only subscriptions run here; queries and mutations go over HTTP.
- A connection lasts as long as its token and its log-in session: it is closed with 4401
  (reason ``TOKEN_EXPIRED``) when the token expires, and with 4403 (``SESSION_REVOKED``) within
  ``GRAPHQL_WS_SESSION_RECHECK_SECONDS`` of a log-out; each new subscription checks the
  session first. The client reconnects with a fresh token.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http.request import split_domain_port, validate_host
from django.utils import timezone
from strawberry.channels import GraphQLWSConsumer
from strawberry.exceptions import ConnectionRejectionError
from strawberry.schema import BaseSchema
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.graphql import OperationType

from skillsync.accounts.models import User
from skillsync.accounts.sessions import session_authenticate
from skillsync.accounts.tokens import TokenError
from skillsync.api.errors import SkillSyncSchema
from skillsync.core import log_context
from skillsync.core.errors import ErrorCode


@dataclass
class SocketUser:
    """Stands where an HTTP request stands for resolvers: ``info.context.request.user``."""

    user: User | AnonymousUser = field(default_factory=AnonymousUser)


@dataclass
class SocketContext:
    request: SocketUser = field(default_factory=SocketUser)
    connection_params: dict[str, Any] = field(default_factory=dict)
    token: str | None = None  # the access token the connection opened with


CLOSE_TOKEN_EXPIRED = 4401
CLOSE_FORBIDDEN = 4403


class SubscriptionSchema(SkillSyncSchema):
    """The same schema, executing subscriptions only."""

    async def stream(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["allowed_operation_types"] = (OperationType.SUBSCRIPTION,)
        return await super().stream(*args, **kwargs)


def _bearer(params: dict[str, Any]) -> str | None:
    value = params.get("authorization") or params.get("Authorization")
    if not isinstance(value, str):
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class SubscriptionConsumer(GraphQLWSConsumer):
    def __init__(self, schema: BaseSchema, **kwargs: Any) -> None:
        super().__init__(
            schema,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=dt.timedelta(seconds=10),
            max_subscriptions_per_connection=settings.GRAPHQL_WS_MAX_SUBSCRIPTIONS,
            allowed_origins=tuple(settings.CORS_ALLOWED_ORIGINS),
            keep_alive=True,
            keep_alive_interval=30,
            **kwargs,
        )

    async def connect(self) -> None:
        hosts = [v.decode("latin1") for k, v in self.scope.get("headers", ()) if k == b"host"]
        domain = split_domain_port(hosts[0])[0] if len(hosts) == 1 else ""
        if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
            await self.close()  # refuses the handshake (HTTP 403)
            return
        # This connection's task (and the subscriptions it starts) log with one request id.
        sent = [
            v.decode("latin1") for k, v in self.scope.get("headers", ()) if k == b"x-request-id"
        ]
        log_context.bind(request_id=log_context.request_id_from(sent[0] if sent else None))
        await super().connect()

    async def disconnect(self, code: int) -> None:
        guard: asyncio.Task[None] | None = getattr(self, "_guard", None)
        if guard is not None:
            guard.cancel()
        if self.run_task is not None:  # None: the handshake was refused
            await super().disconnect(code)

    async def get_context(self, request: Any, response: Any) -> SocketContext:  # type: ignore[override]
        return SocketContext()

    async def on_ws_connect(self, context: SocketContext) -> None:  # type: ignore[override]
        token = _bearer(context.connection_params)
        if token is None:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED"})
        try:
            user, claims = await database_sync_to_async(session_authenticate)(token=token)
        except TokenError as error:
            raise ConnectionRejectionError({"code": error.code}) from None
        context.request.user = user
        context.token = token
        log_context.bind_user(user)
        self._guard = asyncio.create_task(self._guard_session(token, claims.expires_at))
        return None

    async def _guard_session(self, token: str, expires_at: dt.datetime) -> None:
        """Close the connection when its token expires or its session ends."""
        while True:
            left = (expires_at - timezone.now()).total_seconds()
            if left <= 0:
                await self.close(code=CLOSE_TOKEN_EXPIRED, reason=ErrorCode.TOKEN_EXPIRED)
                return
            await asyncio.sleep(min(left, float(settings.GRAPHQL_WS_SESSION_RECHECK_SECONDS)))
            if expires_at <= timezone.now():
                continue
            try:
                await database_sync_to_async(session_authenticate)(token=token)
            except TokenError as error:
                await self.close(code=CLOSE_FORBIDDEN, reason=error.code)
                return
