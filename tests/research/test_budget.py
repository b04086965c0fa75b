"""Research calls on the shared budgets: a units-only call, and per-method waits."""

from __future__ import annotations

from datetime import timedelta

import pytest

from skillsync.generation.models import ProviderCall
from skillsync.generation.providers import budgets
from skillsync.research.sources.base import SourceUnavailable
from skillsync.research.sources.budget import block_method, method_free_at, spend
from tests.research.conftest import MakeResearchCatalog

pytestmark = pytest.mark.django_db


def test_a_units_only_call_spends_no_call_of_the_source(
    make_research_catalog: MakeResearchCatalog,
) -> None:
    youtube = make_research_catalog(keys=("youtube",)).sources["youtube"]

    with spend(youtube, units=1, call=False):
        pass

    assert list(ProviderCall.objects.values_list("provider", "tokens_reserved")) == [
        ("youtube_units", 1)
    ]


def test_a_units_only_call_still_honours_the_sources_block_and_disabling(
    make_research_catalog: MakeResearchCatalog,
) -> None:
    youtube = make_research_catalog(keys=("youtube",)).sources["youtube"]
    until = budgets.database_now() + timedelta(hours=1)
    budgets.block_until("youtube", until, "quota")

    with pytest.raises(SourceUnavailable) as refused, spend(youtube, units=1, call=False):
        pass

    assert (refused.value.reason, refused.value.retry_at) == ("quota", until)
    budgets.disable("youtube", "bad key")
    with pytest.raises(SourceUnavailable, match="bad key"), spend(youtube, units=1, call=False):
        pass
    assert not ProviderCall.objects.exists()


def test_a_call_must_spend_something(make_research_catalog: MakeResearchCatalog) -> None:
    youtube = make_research_catalog(keys=("youtube",)).sources["youtube"]

    with pytest.raises(ValueError, match="must spend"), spend(youtube, call=False):
        pass


def test_a_method_wait_closes_that_method_only(
    make_research_catalog: MakeResearchCatalog,
) -> None:
    stackexchange = make_research_catalog().sources["stackexchange"]

    block_method(stackexchange, "search", 30, "backoff 30s")

    free_at = method_free_at(stackexchange, "search")
    assert free_at is not None
    assert 29 < (free_at - budgets.database_now()).total_seconds() <= 30
    assert method_free_at(stackexchange, "answers") is None
    with spend(stackexchange):  # the source itself stays open
        pass
