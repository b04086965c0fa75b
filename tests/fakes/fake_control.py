"""The client of a fake's control API, and the layout the fake and its client share.

- ``Layout``: the APIs a fake serves (LLM providers, research sources), the path prefix of each,
  and what the control API's JSON calls one (``"provider"``, ``"source"``).
- ``FakeControl``: drives a fake running in another process (``python -m tests.fakes.<fake>``)
  over its ``/_control/`` API; each fake's control client adds its own operations.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, cast
from urllib.parse import urlencode, urlsplit

from tests.fakes.fake_behaviour import FakeBehaviour


@dataclass(frozen=True)
class Layout:
    """The APIs a fake serves, each under its own path prefix of the fake's base URL."""

    subject: str  # what one API is called in errors and in the control API's JSON
    prefixes: Mapping[str, str]  # API name -> path prefix, in the order the fake lists them

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.prefixes)

    def known(self, name: str) -> str:
        """``name``, or ValueError when the fake serves no such API."""
        if name not in self.prefixes:
            raise ValueError(f"unknown {self.subject} {name!r}; expected one of {self.names}")
        return name

    def url(self, base_url: str, name: str) -> str:
        """The base URL a client configures for API ``name`` of the fake at ``base_url``."""
        return base_url + self.prefixes[self.known(name)]


class FakeControl[B: FakeBehaviour]:
    """Drives a fake running in another process, over its /_control/ API: the operations every
    fake has. Subclasses set ``layout``."""

    layout: ClassVar[Layout]

    def __init__(self, base_url: str, *, timeout: float = 5.0) -> None:
        url = urlsplit(base_url)
        self.base_url = base_url.rstrip("/")
        self._host, self._port = url.hostname or "127.0.0.1", url.port or 80
        self._timeout = timeout

    def _call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
        try:
            body = json.dumps(payload).encode() if payload is not None else None
            connection.request(method, path, body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            data = json.loads(response.read() or b"{}")
        finally:
            connection.close()
        if response.status != 200:
            raise RuntimeError(f"{method} {path} failed: {response.status} {data}")
        return data

    def _query(self, name: str | None) -> str:
        """``?<subject>=<name>`` (empty for None)."""
        return "?" + urlencode({self.layout.subject: name}) if name else ""

    def url(self, name: str, /) -> str:
        return self.layout.url(self.base_url, name)

    def health(self) -> dict[str, Any]:
        return cast(dict[str, Any], self._call("GET", "/_control/health"))

    def set_limits(self, name: str, /, **limits: int | None) -> None:
        self._call("POST", "/_control/limits", {self.layout.subject: name, **limits})

    def script(self, name: str, /, *behaviours: B) -> None:
        payload = {self.layout.subject: name, "behaviours": [b.to_dict() for b in behaviours]}
        self._call("POST", "/_control/script", payload)

    def set_default(self, name: str, /, behaviour: B) -> None:
        payload = {self.layout.subject: name, "behaviour": behaviour.to_dict()}
        self._call("POST", "/_control/default", payload)

    def set_key(self, name: str, /, key: str) -> None:
        self._call("POST", "/_control/keys", {self.layout.subject: name, "key": key})

    def reset(self) -> None:
        self._call("POST", "/_control/reset", {})

    def requests(self, name: str | None = None, /) -> list[dict[str, Any]]:
        found = self._call("GET", "/_control/requests" + self._query(name))["requests"]
        return cast(list[dict[str, Any]], found)
