"""The provider catalog: which LLM providers exist, in which order they are tried, and their
limits, prices and timeouts — data, not code.

Read from ``SKILLSYNC_PROVIDERS_FILE`` (TOML) or the shipped default, then adjusted by the
environment: ``SKILLSYNC_PROVIDER_CHAIN`` (comma-separated order),
``SKILLSYNC_LLM_DAILY_COST_CAP_USD`` and, per provider, ``SKILLSYNC_PROVIDER_<NAME>_BASE_URL``.
A malformed catalog stops start-up with an error naming the field.
"""

from __future__ import annotations

import tomllib
import zoneinfo
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    ValidationError,
    model_validator,
)

from skillsync.settings import env

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "providers.toml"
BUILTIN = "builtin"

PositiveInt = Annotated[int, Field(ge=1)]
ROLLING = "rolling"


def _daily_reset_valid(value: str) -> str:
    if value != ROLLING:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is neither an IANA time zone nor {ROLLING!r}") from None
    return value


# When an API's per-day limits start again: at midnight in this IANA time zone ("UTC",
# "America/Los_Angeles" for Google's APIs), or "rolling" for a sliding 24-hour window (Groq).
# Read by the quota forecast (skillsync.analytics.forecast).
DailyReset = Annotated[str, AfterValidator(_daily_reset_valid)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    requests_per_minute: PositiveInt | None = None
    requests_per_day: PositiveInt | None = None
    tokens_per_minute: PositiveInt | None = None
    tokens_per_day: PositiveInt | None = None


class Prices(_Strict):
    input_per_million_usd: Annotated[float, Field(ge=0)] = 0.0
    output_per_million_usd: Annotated[float, Field(ge=0)] = 0.0

    def cost(self, *, prompt_tokens: int, completion_tokens: int) -> float:
        return (
            prompt_tokens * self.input_per_million_usd
            + completion_tokens * self.output_per_million_usd
        ) / 1_000_000


class Timeouts(_Strict):
    connect_seconds: Annotated[float, Field(gt=0, le=60)] = 5
    read_seconds: Annotated[float, Field(gt=0, le=600)] = 60


class ProviderConfig(_Strict):
    name: str = ""
    kind: Literal["openai_compatible", "gemini"]
    base_url: HttpUrl
    model: Annotated[str, Field(min_length=1)]
    # The variable holding the key; "" for a local server that takes none (Ollama, vLLM).
    api_key_env: Annotated[str, Field(pattern=r"^([A-Z][A-Z0-9_]*)?$")]
    free: bool = False
    limits: Limits = Limits()
    prices: Prices = Prices()
    timeouts: Timeouts = Timeouts()
    max_output_tokens: PositiveInt = 4096
    daily_reset: DailyReset = "UTC"
    # Merged into every request body: provider-specific options, e.g. OpenRouter's
    # provider = { require_parameters = true } so only upstreams honouring the JSON schema serve.
    extra_body: dict[str, Any] = Field(default_factory=dict)

    @property
    def api_key(self) -> str:
        return env.provider_variable(self.api_key_env) if self.api_key_env else ""

    @property
    def usable(self) -> bool:
        """Configured to be called: its key is set, or it needs none."""
        return not self.api_key_env or bool(self.api_key)

    @property
    def url(self) -> str:
        return str(self.base_url).rstrip("/")


class Catalog(_Strict):
    chain: list[str]
    daily_cost_cap_usd: Annotated[float, Field(ge=0)] = 1.0
    providers: dict[str, ProviderConfig]

    @model_validator(mode="after")
    def _chain_names_known_providers(self) -> Catalog:
        for name in self.chain:
            if name not in self.providers:
                raise ValueError(f"chain names {name!r}, which is not under [providers]")
        return self

    def configured(self) -> list[ProviderConfig]:
        """The chain's providers that have an API key, in order."""
        return [self.providers[name] for name in self.chain if self.providers[name].usable]


class CatalogError(ValueError):
    """The catalog cannot be used; the message names the field."""


def describe_validation_error(error: ValidationError) -> str:
    """Each problem as ``field.path: message``, separated by semicolons."""
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        problems.append(f"{where}: {item['msg']}")
    return "; ".join(problems)


def name_entries(section: object, prefix: str) -> None:
    """Each entry of a ``[section.<name>]`` table named after its key, and its base URL
    overridden by ``<prefix><NAME>_BASE_URL`` when that is set."""
    if not isinstance(section, dict):
        return
    for name, config in section.items():
        if isinstance(config, dict):
            config.setdefault("name", name)
            override = env.provider_variable(f"{prefix}{name.upper()}_BASE_URL")
            if override:
                config["base_url"] = override


def parse_catalog(raw: dict[str, object], *, source: str = "catalog") -> Catalog:
    name_entries(raw.get("providers"), "SKILLSYNC_PROVIDER_")
    if env.PROVIDER_CHAIN:
        raw["chain"] = env.PROVIDER_CHAIN
    if env.LLM_DAILY_COST_CAP_USD is not None:
        raw["daily_cost_cap_usd"] = env.LLM_DAILY_COST_CAP_USD
    try:
        return Catalog.model_validate(raw)
    except ValidationError as error:
        raise CatalogError(f"{source}: {describe_validation_error(error)}") from None


def load_catalog(path: Path | None = None) -> Catalog:
    path = path or (Path(env.PROVIDERS_FILE) if env.PROVIDERS_FILE else DEFAULT_FILE)
    try:
        raw = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogError(f"{path}: {error}") from None
    return parse_catalog(raw, source=str(path))


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    """The catalog of this process (loaded once)."""
    return load_catalog()
