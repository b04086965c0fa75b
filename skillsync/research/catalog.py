"""The research catalog: sources and documentation sites as data (``data/sources.toml``, or
``SKILLSYNC_RESEARCH_FILE``); base URLs overridable per source
(``SKILLSYNC_RESEARCH_<NAME>_BASE_URL``) and per documentation site
(``SKILLSYNC_DOCS_<SITE>_BASE_URL``). A malformed catalog stops start-up naming the field."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError

from skillsync.generation.providers.catalog import (
    DailyReset,
    Limits,
    Timeouts,
    describe_validation_error,
    name_entries,
)
from skillsync.settings import env

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "sources.toml"

SourceKind = Literal["docs", "stackexchange", "github", "devto", "youtube"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceConfig(_Strict):
    name: str = ""
    kind: SourceKind
    base_url: HttpUrl | None = None
    api_key_env: Annotated[str, Field(pattern=r"^([A-Z][A-Z0-9_]*)?$")] = ""
    key_required: bool = False
    cache_ttl_hours: Annotated[int, Field(ge=1, le=24 * 90)] = 72
    results: Annotated[int, Field(ge=1, le=20)] = 3
    anonymous_limits: Limits = Limits()
    keyed_limits: Limits | None = None
    # A second budget counted in the source's own units (YouTube's quota units).
    units_limits: Limits | None = None
    daily_reset: DailyReset = "UTC"  # when the per-day limits start again (both budgets)
    timeouts: Timeouts = Timeouts(connect_seconds=5, read_seconds=10)

    # What the shared budgets need (skillsync.generation.providers.budgets.Budgeted).
    @property
    def model(self) -> str:
        return "research"

    @property
    def free(self) -> bool:
        return True

    @property
    def api_key(self) -> str:
        return env.provider_variable(self.api_key_env) if self.api_key_env else ""

    @property
    def usable(self) -> bool:
        return not self.key_required or bool(self.api_key)

    @property
    def limits(self) -> Limits:
        if self.api_key and self.keyed_limits is not None:
            return self.keyed_limits
        return self.anonymous_limits

    @property
    def url(self) -> str:
        return str(self.base_url).rstrip("/") if self.base_url else ""


class UnitsBudget(_Strict):
    """The units budget of a source, as its own budget row ("<name>_units")."""

    name: str
    limits: Limits

    @property
    def model(self) -> str:
        return "research-units"

    @property
    def free(self) -> bool:
        return True


class DocsSite(_Strict):
    name: str = ""
    base_url: HttpUrl
    index_paths: list[str] = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)
    licence: str = ""

    @property
    def url(self) -> str:
        return str(self.base_url).rstrip("/")

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()


class ResearchCatalog(_Strict):
    passage_token_budget: Annotated[int, Field(ge=200, le=20_000)] = 3000
    time_limit_seconds: Annotated[float, Field(gt=0, le=120)] = 20
    sources: dict[str, SourceConfig]
    docs: dict[str, DocsSite] = Field(default_factory=dict)

    def units_budget(self, source: SourceConfig) -> UnitsBudget | None:
        if source.units_limits is None:
            return None
        return UnitsBudget(name=f"{source.name}_units", limits=source.units_limits)


class ResearchCatalogError(ValueError):
    """The research catalog cannot be used; the message names the field."""


def parse_research_catalog(raw: dict[str, object], *, source: str = "catalog") -> ResearchCatalog:
    name_entries(raw.get("sources"), "SKILLSYNC_RESEARCH_")
    name_entries(raw.get("docs"), "SKILLSYNC_DOCS_")
    try:
        return ResearchCatalog.model_validate(raw)
    except ValidationError as error:
        raise ResearchCatalogError(f"{source}: {describe_validation_error(error)}") from None


def load_research_catalog(path: Path | None = None) -> ResearchCatalog:
    path = path or (Path(env.RESEARCH_FILE) if env.RESEARCH_FILE else DEFAULT_FILE)
    try:
        raw = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ResearchCatalogError(f"{path}: {error}") from None
    return parse_research_catalog(raw, source=str(path))


@lru_cache(maxsize=1)
def research_catalog() -> ResearchCatalog:
    return load_research_catalog()
