"""The committed schema.graphql is the schema the server serves."""

from __future__ import annotations

from django.conf import settings

from skillsync.management.commands.graphql_schema import printed_schema


def test_committed_schema_matches_the_code() -> None:
    committed = (settings.BASE_DIR / "schema.graphql").read_text()
    assert committed == printed_schema(), "schema.graphql is out of date: run `make schema`"
