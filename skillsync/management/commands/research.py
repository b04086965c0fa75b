"""``skillsync research "TOPIC" [--style S] [--json]``: research a topic as a lesson would, and
print the ranked passages with their sources and the research metadata."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from skillsync.learning.choices import LearningStyle
from skillsync.research.service import ResearchBundle, research_topic

EXCERPT_CHARS = 300


class Command(BaseCommand):
    help = "Research a topic from every available source and print the ranked passages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("topic", help='what to research, e.g. "Python list comprehensions"')
        parser.add_argument(
            "--style", default=LearningStyle.MIXED, choices=[s.value for s in LearningStyle]
        )
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="machine-readable output"
        )

    def handle(self, *args: Any, topic: str, style: str, as_json: bool, **options: Any) -> None:
        topic = " ".join(topic.split())
        if not 2 <= len(topic) <= 200:
            raise CommandError("the topic must be 2 to 200 characters long")
        call_command("migrate", interactive=False, verbosity=0)  # the cache lives in the database
        bundle = research_topic(topic, style=style)
        if as_json:
            self.stdout.write(_json(bundle))
            return
        for number, passage in enumerate(bundle.passages, start=1):
            self.stdout.write(
                f"{number}. [{passage.source}] {passage.title}  (relevance {passage.relevance:.2f},"
                f" quality {passage.quality:.2f})\n   {passage.url}\n"
                + textwrap.indent(textwrap.shorten(passage.text, EXCERPT_CHARS), "   ")
            )
        self.stdout.write("\nsources:")
        for name, outcome in bundle.outcomes.items():
            reason = f" — {outcome.reason}" if outcome.reason else ""
            self.stdout.write(f"  {name}: {outcome.status}, {outcome.passages} passages{reason}")


def _json(bundle: ResearchBundle) -> str:
    return json.dumps(
        {
            "topic": bundle.topic,
            "passages": [p.model_dump(mode="json") for p in bundle.passages],
            "source_attribution": bundle.source_attribution(),
            "research_metadata": bundle.research_metadata(),
        },
        indent=2,
        ensure_ascii=False,
    )
