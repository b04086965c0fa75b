"""``skillsync reverify_exercises [--since DATE] [--content ID] [--limit N] [--dry-run]``: run
the Python exercises of stored lessons again in the sandbox and record the new verdicts
(``skillsync/generation/reverify.py``)."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from skillsync.generation.exercise_verification import RUN_SECONDS
from skillsync.generation.reverify import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    METADATA_KEY,
    Reverified,
    Selection,
    contents_count,
    contents_in_chunks,
    contents_reverify,
    python_exercise_count,
)
from skillsync.learning.models import LessonContent
from skillsync.management.progress import progress


class Command(BaseCommand):
    help = (
        "Run the Python exercises of stored lessons again in the sandbox, oldest first, and "
        f"record the verdicts in each lesson's generation_metadata ({METADATA_KEY!r}). Exits "
        "with status 1 when any exercise fails now."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--limit",
            type=int,
            default=DEFAULT_LIMIT,
            help=f"lessons to run at most (1-{MAX_LIMIT}, default {DEFAULT_LIMIT})",
        )
        parser.add_argument(
            "--since",
            help="only lessons stored since then: YYYY-MM-DD or an ISO date and time "
            "(in the server's time zone unless it says)",
        )
        parser.add_argument("--content", help="only this lesson content (its id)")
        parser.add_argument(
            "--run-seconds",
            type=float,
            default=RUN_SECONDS,
            help=f"time limit of each run (default {RUN_SECONDS:g})",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="list the lessons that would run"
        )
        parser.add_argument("--no-progress", action="store_true", help="draw no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        selection = self._selection(options)
        run_seconds = options["run_seconds"]
        if not 0 < run_seconds <= 60:
            raise CommandError("--run-seconds must be above 0 and at most 60")
        total = contents_count(selection)
        if options["dry_run"]:
            self.stdout.write(f"would run the exercises of {total} lessons:")
            for content in contents_in_chunks(selection):
                self.stdout.write(
                    f"{content.pk}  {content.created_at:%Y-%m-%d}  "
                    f"{python_exercise_count(content)} Python exercises  {content.topic}"
                )
            return
        counts = {"passed": 0, "failed": 0, "skipped": 0}
        runs = progress(
            contents_reverify(selection, run_seconds=run_seconds),
            desc="reverifying",
            total=total,
            unit="lesson",
            stream=self.stderr,
            enabled=not options["no_progress"],
        )
        for run in runs:
            counts[run.outcome] += 1
            self._report(run, verbose=options["verbosity"] > 1)
        self.stdout.write(
            f"passed {counts['passed']}, failed {counts['failed']}, skipped {counts['skipped']}"
        )
        if counts["failed"]:
            raise CommandError(
                f"{counts['failed']} lessons have exercises that fail now", returncode=1
            )

    def _report(self, run: Reverified, *, verbose: bool) -> None:
        if run.outcome == "failed":
            for failing in run.failing:
                self.stdout.write(
                    f"FAILED {run.content_id}  {run.topic}: {failing.title!r} {failing.verdict}"
                )
        elif run.outcome == "skipped" and verbose:
            self.stdout.write(f"skipped {run.content_id}  {run.topic}: {run.reason}")

    def _selection(self, options: dict[str, Any]) -> Selection:
        limit = options["limit"]
        if not 1 <= limit <= MAX_LIMIT:
            raise CommandError(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
        since = _since(options["since"]) if options["since"] else None
        content_id = None
        if options["content"]:
            try:
                content_id = uuid.UUID(options["content"])
            except ValueError:
                raise CommandError(f"--content: {options['content']!r} is not an id") from None
            if not LessonContent.objects.filter(pk=content_id).exists():
                raise CommandError(f"--content: no lesson content {content_id}")
        return Selection(since=since, content_id=content_id, limit=limit)


def _since(raw: str) -> datetime:
    try:
        moment = parse_datetime(raw)
        day = None if moment else parse_date(raw)
    except ValueError:
        moment = day = None
    if moment is None and day is not None:
        moment = datetime.combine(day, time.min)
    if moment is None:
        raise CommandError(f"--since: {raw!r} is not a date (YYYY-MM-DD) or an ISO date and time")
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment
