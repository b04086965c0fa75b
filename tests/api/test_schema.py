"""The committed schema files are the schemas the server serves."""

from __future__ import annotations

import pytest
from django.conf import settings

from skillsync.management.commands.graphql_schema import printed_schemas


@pytest.mark.parametrize("name", ["schema.graphql", "schema.auth.graphql"])
def test_committed_schema_matches_the_code(name: str) -> None:
    committed = (settings.BASE_DIR / name).read_text()
    assert committed == printed_schemas()[name], f"{name} is out of date: run `make schema`"
