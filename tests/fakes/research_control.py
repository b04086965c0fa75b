"""A client for the HTTP control API of a fake research server running in another process
(``python -m tests.fakes.research_server``): the same operations as ``FakeResearchServer``'s
methods."""

from __future__ import annotations

from typing import Any, cast

from tests.fakes.fake_control import FakeControl, Layout
from tests.fakes.research_behaviours import Behaviour
from tests.fakes.research_shapes import PATH_PREFIXES

LAYOUT = Layout("source", PATH_PREFIXES)


def known_source(source: str) -> str:
    return LAYOUT.known(source)


class FakeResearchControl(FakeControl[Behaviour]):
    """Drives a fake research server running in another process, over its /_control/ API."""

    layout = LAYOUT

    def docs_url(self, site: str, page: str = "") -> str:
        return f"{self.base_url}/docs/{site}/{page}"

    def set_robots(self, site: str, body: str, status: int = 200) -> None:
        self._call("POST", "/_control/robots", {"site": site, "body": body, "status": status})

    def set_docs_hang(self, seconds: float) -> None:
        self._call("POST", "/_control/docs", {"hang_seconds": seconds})

    def counts(self) -> dict[str, int]:
        return cast(dict[str, int], self._call("GET", "/_control/counts")["counts"])

    def usage(self, source: str) -> dict[str, Any]:
        return cast(dict[str, Any], self._call("GET", "/_control/usage" + self._query(source)))
