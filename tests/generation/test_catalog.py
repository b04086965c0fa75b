"""The provider catalog: the shipped default is valid and current; bad catalogs stop start-up
with an error naming the field; the environment adjusts it."""

from __future__ import annotations

import copy
import tomllib
from typing import Any

import pytest

from skillsync.generation.providers.catalog import (
    DEFAULT_FILE,
    CatalogError,
    load_catalog,
    parse_catalog,
)
from skillsync.settings import env

DEFAULT = tomllib.loads(DEFAULT_FILE.read_text())


def _raw(**changes: Any) -> dict[str, Any]:
    raw = copy.deepcopy(DEFAULT)
    for path, value in changes.items():
        node = raw
        *parents, leaf = path.split("__")
        for part in parents:
            node = node[part]
        node[leaf] = value
    return raw


def test_the_shipped_catalog_mirrors_the_seeds_three_tiers_with_current_models() -> None:
    catalog = load_catalog(DEFAULT_FILE)
    assert catalog.chain == ["openrouter", "groq", "gemini"]
    groq = catalog.providers["groq"]
    assert groq.model == "openai/gpt-oss-120b"  # llama-3.3-70b-versatile was decommissioned
    assert (groq.limits.requests_per_minute, groq.limits.requests_per_day) == (30, 1000)
    assert (groq.limits.tokens_per_minute, groq.limits.tokens_per_day) == (8000, 200_000)
    assert catalog.providers["openrouter"].limits.requests_per_minute == 20
    assert "2.0" not in catalog.providers["gemini"].model  # Gemini 2.0 Flash was retired
    assert {p.api_key_env for p in catalog.providers.values()} == {
        "OPENROUTER_API_KEY",
        "GROQ_API_KEY",
        "GEMINI_API_KEY",
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"providers__groq__kind": "anthropic"}, "providers.groq.kind"),
        (
            {"providers__groq__limits": {"requests_per_minute": -1}},
            "providers.groq.limits.requests_per_minute",
        ),
        ({"providers__gemini__base_url": "not a url"}, "providers.gemini.base_url"),
        (
            {"providers__openrouter__prices": {"input_per_million_usd": -2}},
            "providers.openrouter.prices.input_per_million_usd",
        ),
        ({"providers__groq__api_key_env": "lower-case"}, "providers.groq.api_key_env"),
        ({"providers__groq__surprise": 1}, "providers.groq.surprise"),
        ({"chain": ["openrouter", "nobody"]}, "nobody"),
    ],
)
def test_a_bad_catalog_names_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(CatalogError, match=field.replace(".", r"\.")):
        parse_catalog(_raw(**changes))


def test_a_missing_base_url_names_the_field() -> None:
    raw = _raw()
    del raw["providers"]["groq"]["base_url"]
    with pytest.raises(CatalogError, match=r"providers\.groq\.base_url"):
        parse_catalog(raw)


def test_a_provider_without_its_key_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENROUTER_API_KEY", "GROQ_API_KEY", "GEMINI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GROQ_API_KEY", "gsk-test")
    catalog = parse_catalog(_raw())
    assert [p.name for p in catalog.configured()] == ["groq"]


def test_any_openai_compatible_server_is_added_by_config_alone() -> None:
    raw = _raw(chain=["ollama", "groq"])
    raw["providers"]["ollama"] = {
        "kind": "openai_compatible",
        "base_url": "http://127.0.0.1:11434/v1",
        "model": "qwen3:8b",
        "api_key_env": "",  # a local server takes no key
        "free": True,
    }
    catalog = parse_catalog(raw)
    assert catalog.configured()[0].url == "http://127.0.0.1:11434/v1"
    assert catalog.configured()[0].api_key == ""


def test_openrouter_routes_only_to_upstreams_that_honour_the_schema() -> None:
    openrouter = load_catalog(DEFAULT_FILE).providers["openrouter"]
    assert openrouter.extra_body == {"provider": {"require_parameters": True}}


def test_environment_overrides_chain_cap_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(env, "PROVIDER_CHAIN", ["gemini", "groq"])
    monkeypatch.setattr(env, "LLM_DAILY_COST_CAP_USD", 0.25)
    monkeypatch.setenv("SKILLSYNC_PROVIDER_GROQ_BASE_URL", "http://127.0.0.1:9999/groq/openai/v1")
    catalog = parse_catalog(_raw())
    assert catalog.chain == ["gemini", "groq"]
    assert catalog.daily_cost_cap_usd == 0.25
    assert catalog.providers["groq"].url == "http://127.0.0.1:9999/groq/openai/v1"


def test_an_unreadable_catalog_file_is_an_error(tmp_path: Any) -> None:
    broken = tmp_path / "providers.toml"
    broken.write_text("chain = [")
    with pytest.raises(CatalogError, match=r"providers\.toml"):
        load_catalog(broken)
