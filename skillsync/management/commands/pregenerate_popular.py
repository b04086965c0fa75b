"""``skillsync pregenerate_popular [--limit N] [--dry-run] [--wait [--timeout S]]``: queue the
generation of the lesson topics most learners hold without content, so that all but one of
them are later served from reuse (``skillsync/generation/pregenerate.py``)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from skillsync.generation.pregenerate import (
    DEFAULT_LIMIT,
    DEFAULT_MIN_LEARNERS,
    MAX_LIMIT,
    Popularity,
    Queued,
    Waited,
    generations_wait,
    popular_topics,
    popular_topics_queue,
)
from skillsync.management.progress import progress_bar

DEFAULT_TIMEOUT = 1800.0
MAX_TIMEOUT = 24 * 3600.0


class Command(BaseCommand):
    help = (
        "Queue the generation of the most popular lesson topics that have no stored content "
        "yet (popularity: how many learners hold a lesson on the topic, in the same style, "
        "difficulty and language). Running it again queues nothing new. With --wait, waits for "
        "the generations (run by `skillsync worker`) and exits with status 1 when any failed "
        "or the timeout passed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--limit",
            type=int,
            default=DEFAULT_LIMIT,
            help=f"topics to queue at most (1-{MAX_LIMIT}, default {DEFAULT_LIMIT})",
        )
        parser.add_argument(
            "--min-learners",
            type=int,
            default=DEFAULT_MIN_LEARNERS,
            help=f"learners a topic needs to count (default {DEFAULT_MIN_LEARNERS})",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="list the topics with their learner counts"
        )
        parser.add_argument(
            "--wait", action="store_true", help="wait for the generations to finish"
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=DEFAULT_TIMEOUT,
            help=f"seconds --wait waits at most (default {DEFAULT_TIMEOUT:g})",
        )
        parser.add_argument(
            "--poll",
            type=float,
            default=1.0,
            help="seconds between checks while waiting (default 1)",
        )
        parser.add_argument("--no-progress", action="store_true", help="draw no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        limit, min_learners = options["limit"], options["min_learners"]
        timeout, poll = options["timeout"], options["poll"]
        if not 1 <= limit <= MAX_LIMIT:
            raise CommandError(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
        if min_learners < 1:
            raise CommandError(f"--min-learners must be at least 1, not {min_learners}")
        if not 0 < timeout <= MAX_TIMEOUT:
            raise CommandError(f"--timeout must be above 0 and at most {MAX_TIMEOUT:g} seconds")
        if not 0 < poll <= 60:
            raise CommandError("--poll must be above 0 and at most 60 seconds")
        if options["dry_run"] and options["wait"]:
            raise CommandError("--dry-run queues nothing to wait for: drop --wait")
        ranking = popular_topics(limit=limit, min_learners=min_learners)
        if options["dry_run"]:
            self._list(ranking)
            self._left_out(ranking)
            return
        queued = popular_topics_queue(topics=ranking.topics)
        for done in queued:
            self._line(done)
        self._summary(queued)
        self._left_out(ranking)
        if options["wait"]:
            waiting = [d.request_id for d in queued if d.request_id is not None]
            self._wait(waiting, timeout, poll, options)

    def _list(self, ranking: Popularity) -> None:
        self.stdout.write(f"would queue {len(ranking.topics)} topics (learners, lessons, topic):")
        for topic in ranking.topics:
            note = "  [already queued]" if topic.pending else ""
            self.stdout.write(
                f"{topic.learners:>8}  {len(topic.lesson_ids):>7}  {topic.label}{note}"
            )

    def _line(self, done: Queued) -> None:
        topic = done.topic
        reason = f": {done.reason}" if done.reason else ""
        self.stdout.write(
            f"{done.outcome}{reason}  {topic.label}  ({topic.learners} learners, "
            f"{len(topic.lesson_ids)} lessons)"
        )

    def _summary(self, queued: list[Queued]) -> None:
        counts = {
            outcome: sum(1 for d in queued if d.outcome == outcome)
            for outcome in ("queued", "already_queued", "skipped")
        }
        self.stdout.write(
            f"queued {counts['queued']}, already queued {counts['already_queued']}, "
            f"skipped {counts['skipped']}"
        )

    def _left_out(self, ranking: Popularity) -> None:
        scanned = f"{ranking.scanned} lessons without content read"
        if ranking.partial:
            scanned += " (the limit of one run: the ranking is partial)"
        self.stdout.write(
            f"not queued: {ranking.stored} topics with stored content to reuse, "
            f"{ranking.below_min} with fewer learners than --min-learners, "
            f"{ranking.beyond_limit} beyond --limit; {scanned}"
        )

    def _wait(
        self, request_ids: list[Any], timeout: float, poll: float, options: dict[str, Any]
    ) -> None:
        with progress_bar(
            desc="generations",
            total=len(request_ids),
            unit="lesson",
            stream=self.stderr,
            enabled=not options["no_progress"],
        ) as bar:

            def moved(finished: int) -> None:
                bar.update(finished - bar.n)

            waited = generations_wait(
                request_ids=request_ids, timeout=timeout, every=poll, on_progress=moved
            )
        self._waited(waited, timeout)

    def _waited(self, waited: Waited, timeout: float) -> None:
        self.stdout.write(
            f"finished {waited.finished} of {waited.total}: {waited.succeeded} succeeded, "
            f"{waited.failed} failed"
        )
        if not waited.complete:
            raise CommandError(
                f"timed out after {timeout:g} s with {waited.total - waited.finished} "
                "generations unfinished (is a `skillsync worker` running?)"
            )
        if waited.failed:
            raise CommandError(
                f"{waited.failed} generations failed (see `skillsync dlq list`)", returncode=1
            )
