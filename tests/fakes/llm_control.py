"""A client for the HTTP control API of a fake LLM server running in another process
(``python -m tests.fakes.llm_server``): the same operations as ``FakeLLMServer``'s methods."""

from __future__ import annotations

import http.client
import json
from typing import Any, cast
from urllib.parse import urlencode, urlsplit

from tests.fakes.llm_behaviours import Behaviour
from tests.fakes.llm_shapes import PROVIDERS

PATH_PREFIXES = {
    "openrouter": "/openrouter/api/v1",
    "groq": "/groq/openai/v1",
    "gemini": "/gemini/v1beta",
}


def known_provider(provider: str) -> str:
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; expected one of {PROVIDERS}")
    return provider


class FakeLLMControl:
    """Drives a fake LLM server running in another process, over its /_control/ API."""

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

    def url(self, provider: str) -> str:
        return self.base_url + PATH_PREFIXES[known_provider(provider)]

    def health(self) -> dict[str, Any]:
        return cast(dict[str, Any], self._call("GET", "/_control/health"))

    def set_limits(self, provider: str, **limits: int | None) -> None:
        self._call("POST", "/_control/limits", {"provider": provider, **limits})

    def script(self, provider: str, *behaviours: Behaviour) -> None:
        payload = {"provider": provider, "behaviours": [b.to_dict() for b in behaviours]}
        self._call("POST", "/_control/script", payload)

    def set_default(self, provider: str, behaviour: Behaviour) -> None:
        self._call(
            "POST", "/_control/default", {"provider": provider, "behaviour": behaviour.to_dict()}
        )

    def reset(self) -> None:
        self._call("POST", "/_control/reset", {})

    def requests(self, provider: str | None = None) -> list[dict[str, Any]]:
        query = "?" + urlencode({"provider": provider}) if provider else ""
        return cast(
            list[dict[str, Any]], self._call("GET", "/_control/requests" + query)["requests"]
        )
