from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from skillsync.research.catalog import ResearchCatalog, research_catalog
from skillsync.settings import env
from tests.fakes.research_server import (  # noqa: F401 - a fixture
    DEFAULT_KEYS,
    FakeResearchServer,
    fake_research,
)

KEY_VARIABLES = {
    "stackexchange": "STACKEXCHANGE_KEY",
    "github": "GITHUB_TOKEN",
    "youtube": "YOUTUBE_API_KEY",
}
# The shipped catalog's limits (data/sources.toml), so tests see what production enforces.
SOURCES: dict[str, dict[str, Any]] = {
    "stackexchange": {
        "anonymous_limits": {"requests_per_day": 300},
        "keyed_limits": {"requests_per_day": 10_000},
    },
    "github": {
        "anonymous_limits": {"requests_per_minute": 10},
        "keyed_limits": {"requests_per_minute": 30},
    },
    "devto": {"anonymous_limits": {"requests_per_minute": 25}},
    "youtube": {
        "key_required": True,
        "anonymous_limits": {"requests_per_day": 100},
        "units_limits": {"tokens_per_day": 10_000},
    },
}

# The catalog's DEV base URL is https://dev.to/api; the fake's url("devto") stands for
# https://dev.to (its articles are at /devto/api/articles).
API_PATHS = {"stackexchange": "", "github": "", "devto": "/api", "youtube": ""}

MakeResearchCatalog = Callable[..., ResearchCatalog]


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def write_catalog(
    path: Path,
    sources: dict[str, dict[str, Any]],
    docs: dict[str, dict[str, Any]] | None = None,
    *,
    time_limit_seconds: float = 20,
) -> Path:
    lines = ["passage_token_budget = 3000", f"time_limit_seconds = {time_limit_seconds}", ""]
    for section, entries in (("sources", sources), ("docs", docs or {})):
        for name, config in entries.items():
            lines.append(f"[{section}.{name}]")
            lines += [f"{key} = {toml_value(value)}" for key, value in config.items()]
            lines.append("")
    path.write_text("\n".join(lines))
    return path


@pytest.fixture
def make_research_catalog(
    fake_research: FakeResearchServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MakeResearchCatalog]:
    """The process's research catalog, written for the test: every API source at the fake
    server (``server``: another one), with the keys in ``keys`` set in the environment (the
    others unset), ``limits`` replacing a source's anonymous or keyed limits."""
    for variable in KEY_VARIABLES.values():
        monkeypatch.delenv(variable, raising=False)

    def build(
        *,
        server: FakeResearchServer | None = None,
        keys: tuple[str, ...] = (),
        limits: dict[str, dict[str, int]] | None = None,
        read_seconds: float = 5,
        docs: dict[str, dict[str, Any]] | None = None,
        time_limit_seconds: float = 20,
    ) -> ResearchCatalog:
        """``docs``: documentation sites; with them, a docs source is added too."""
        fake = server or fake_research
        for name in keys:
            monkeypatch.setenv(KEY_VARIABLES[name], DEFAULT_KEYS[name])
        sources: dict[str, dict[str, Any]] = {}
        for name, config in SOURCES.items():
            entry: dict[str, Any] = {"kind": name, "base_url": fake.url(name) + API_PATHS[name]}
            if name in KEY_VARIABLES:
                entry["api_key_env"] = KEY_VARIABLES[name]
            entry.update(config)
            if limits and name in limits:
                which = "keyed_limits" if name in keys and "keyed_limits" in entry else None
                entry[which or "anonymous_limits"] = limits[name]
            entry["timeouts"] = {"connect_seconds": 2, "read_seconds": read_seconds}
            sources[name] = entry
        if docs:
            sources["docs"] = {
                "kind": "docs",
                "anonymous_limits": {"requests_per_minute": 600},
                "timeouts": {"connect_seconds": 2, "read_seconds": read_seconds},
            }
        path = write_catalog(
            tmp_path / "research.toml", sources, docs, time_limit_seconds=time_limit_seconds
        )
        monkeypatch.setattr(env, "RESEARCH_FILE", str(path))
        research_catalog.cache_clear()
        return research_catalog()

    yield build
    research_catalog.cache_clear()
