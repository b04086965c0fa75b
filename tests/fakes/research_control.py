"""A client for the HTTP control API of a fake research server running in another process
(``python -m tests.fakes.research_server``): the same operations as ``FakeResearchServer``'s
methods."""

from __future__ import annotations

import http.client
import json
from typing import Any, cast
from urllib.parse import urlencode, urlsplit

from tests.fakes.research_behaviours import Behaviour
from tests.fakes.research_shapes import PATH_PREFIXES, SOURCES


def known_source(source: str) -> str:
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}; expected one of {SOURCES}")
    return source


class FakeResearchControl:
    """Drives a fake research server running in another process, over its /_control/ API."""

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

    def url(self, source: str) -> str:
        return self.base_url + PATH_PREFIXES[known_source(source)]

    def docs_url(self, site: str, page: str = "") -> str:
        return f"{self.base_url}/docs/{site}/{page}"

    def health(self) -> dict[str, Any]:
        return cast(dict[str, Any], self._call("GET", "/_control/health"))

    def set_limits(self, source: str, **limits: int | None) -> None:
        self._call("POST", "/_control/limits", {"source": source, **limits})

    def script(self, source: str, *behaviours: Behaviour) -> None:
        payload = {"source": source, "behaviours": [b.to_dict() for b in behaviours]}
        self._call("POST", "/_control/script", payload)

    def set_default(self, source: str, behaviour: Behaviour) -> None:
        self._call(
            "POST", "/_control/default", {"source": source, "behaviour": behaviour.to_dict()}
        )

    def set_key(self, source: str, key: str) -> None:
        self._call("POST", "/_control/keys", {"source": source, "key": key})

    def set_robots(self, site: str, body: str, status: int = 200) -> None:
        self._call("POST", "/_control/robots", {"site": site, "body": body, "status": status})

    def set_docs_hang(self, seconds: float) -> None:
        self._call("POST", "/_control/docs", {"hang_seconds": seconds})

    def reset(self) -> None:
        self._call("POST", "/_control/reset", {})

    def requests(self, source: str | None = None) -> list[dict[str, Any]]:
        query = "?" + urlencode({"source": source}) if source else ""
        return cast(
            list[dict[str, Any]], self._call("GET", "/_control/requests" + query)["requests"]
        )

    def counts(self) -> dict[str, int]:
        return cast(dict[str, int], self._call("GET", "/_control/counts")["counts"])

    def usage(self, source: str) -> dict[str, Any]:
        query = "?" + urlencode({"source": source})
        return cast(dict[str, Any], self._call("GET", "/_control/usage" + query))
