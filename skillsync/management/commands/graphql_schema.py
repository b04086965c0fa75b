"""``skillsync graphql_schema``: print or write the GraphQL schema (committed as schema.graphql)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from skillsync.api.schema import schema


def printed_schema() -> str:
    return schema.as_str().rstrip() + "\n"


class Command(BaseCommand):
    help = "Print the GraphQL schema, or write it to a file with --output."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, default=None)
        parser.add_argument(
            "--check",
            action="store_true",
            help="exit 1 if --output differs from the current schema",
        )

    def handle(self, *args: Any, output: Path | None, check: bool, **options: Any) -> None:
        text = printed_schema()
        if output is None:
            self.stdout.write(text, ending="")
        elif check:
            if not output.exists() or output.read_text() != text:
                self.stderr.write(f"{output} is out of date: run `make schema`")
                raise SystemExit(1)
        else:
            output.write_text(text)
