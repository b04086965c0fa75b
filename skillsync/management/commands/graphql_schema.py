"""``skillsync graphql_schema``: the printed GraphQL schemas, committed as schema.graphql (the
API at /graphql) and schema.auth.graphql (the auth endpoint at /auth/graphql)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import strawberry
from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser


def _schemas() -> dict[str, strawberry.Schema]:
    from skillsync.api.auth.schema import auth_schema
    from skillsync.api.schema import schema

    return {"schema.graphql": schema, "schema.auth.graphql": auth_schema}


def printed_schemas() -> dict[str, str]:
    return {name: schema.as_str().rstrip() + "\n" for name, schema in _schemas().items()}


class Command(BaseCommand):
    help = "Print the GraphQL schema; --write or --check the committed schema files."

    def add_arguments(self, parser: CommandParser) -> None:
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--write", action="store_true", help="rewrite the committed files")
        group.add_argument("--check", action="store_true", help="exit 1 if a file is stale")

    def handle(self, *args: Any, write: bool, check: bool, **options: Any) -> None:
        base = Path(settings.BASE_DIR)
        printed = printed_schemas()
        if not (write or check):
            self.stdout.write(printed["schema.graphql"], ending="")
            return
        stale = [
            name
            for name, text in printed.items()
            if not (base / name).exists() or (base / name).read_text() != text
        ]
        if check and stale:
            self.stderr.write(f"out of date: {', '.join(stale)} (run `make schema`)")
            raise SystemExit(1)
        if write:
            for name in stale:
                (base / name).write_text(printed[name])
