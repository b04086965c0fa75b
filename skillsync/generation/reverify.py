"""Running the Python exercises of stored lessons again in the sandbox, as their generation did
(``exercise_verification.py``), and recording the new verdicts in each content's
``generation_metadata["exercise_reverification"]`` (``skillsync reverify_exercises``): a change
of interpreter, of the sandbox's limits, or an edit of a stored solution shows up as exercises
that fail now. What generation recorded (``exercise_verification``) is left as it was.

The contents are read in chunks ordered by (created_at, id), never all at once; the exercises
run outside any transaction, and each verdict is written under the content's row lock, only
when the content is still the one that was run.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from pydantic import ValidationError

from skillsync.generation.exercise_verification import RUN_SECONDS, ExerciseVerifier
from skillsync.generation.styles.checks import is_python
from skillsync.generation.styles.schemas import Exercise
from skillsync.learning.models import LessonContent

METADATA_KEY = "exercise_reverification"
DEFAULT_LIMIT = 500
MAX_LIMIT = 20_000
CHUNK = 50  # contents read per query (each holds a whole lesson)


@dataclass(frozen=True)
class Selection:
    """Which stored contents to run: all with exercises, or those created since a time, or one."""

    since: datetime | None = None
    content_id: uuid.UUID | None = None
    limit: int = DEFAULT_LIMIT


def contents_with_exercises(selection: Selection) -> QuerySet[LessonContent]:
    contents = LessonContent.objects.filter(content__has_key="exercises")
    if selection.content_id is not None:
        contents = contents.filter(pk=selection.content_id)
    if selection.since is not None:
        contents = contents.filter(created_at__gte=selection.since)
    return contents


def contents_count(selection: Selection) -> int:
    """How many contents a run over ``selection`` reads (at most its limit)."""
    limit = max(1, min(selection.limit, MAX_LIMIT))
    return contents_with_exercises(selection)[:limit].count()


def contents_in_chunks(selection: Selection) -> Iterator[LessonContent]:
    """The selected contents, oldest first, ``CHUNK`` rows per query, ``limit`` at most."""
    limit = max(1, min(selection.limit, MAX_LIMIT))
    contents = (
        contents_with_exercises(selection)
        .only("id", "topic", "learning_style", "content", "created_at")
        .order_by("created_at", "id")
    )
    seen = 0
    after: tuple[datetime, uuid.UUID] | None = None
    for _ in range(limit // CHUNK + 1):
        page = contents
        if after is not None:
            page = page.filter(Q(created_at__gt=after[0]) | Q(created_at=after[0], id__gt=after[1]))
        chunk = list(page[: min(CHUNK, limit - seen)])
        yield from chunk
        seen += len(chunk)
        if len(chunk) < CHUNK or seen >= limit:
            return
        after = (chunk[-1].created_at, chunk[-1].id)


@dataclass(frozen=True)
class Failing:
    title: str
    verdict: str


@dataclass(frozen=True)
class Reverified:
    """One content's run: ``passed`` (every Python exercise passes), ``failed`` (at least one
    fails now: ``failing``), or ``skipped`` with the reason (nothing was recorded)."""

    content_id: uuid.UUID
    topic: str
    outcome: str
    failing: tuple[Failing, ...] = ()
    reason: str = ""


def stored_exercises(content: LessonContent) -> tuple[list[Exercise], int]:
    """The content's exercises that still read as the schema's, and how many do not."""
    raw = content.content.get("exercises") if isinstance(content.content, dict) else None
    exercises, unreadable = [], 0
    for item in raw if isinstance(raw, list) else []:
        try:
            exercises.append(Exercise.model_validate(item))
        except ValidationError:
            unreadable += 1
    return exercises, unreadable


def python_exercise_count(content: LessonContent) -> int:
    return sum(1 for exercise in stored_exercises(content)[0] if is_python(exercise))


def content_exercises_reverify(
    content: LessonContent, *, run_seconds: float = RUN_SECONDS
) -> Reverified:
    """Run the content's Python exercises and record the verdicts (see the module's
    docstring). Runs outside any transaction: a sandbox run takes seconds."""
    exercises, unreadable = stored_exercises(content)
    if not any(is_python(exercise) for exercise in exercises):
        return Reverified(content.pk, content.topic, "skipped", reason="no Python exercise")
    verifier = ExerciseVerifier(run_seconds=run_seconds)
    report = verifier.report(exercises, dropped=[])
    entry = {"reverified_at": timezone.now().isoformat(), "unreadable": unreadable, **report}
    if not _verdicts_record(content_id=content.pk, ran=content.content, entry=entry):
        return Reverified(
            content.pk, content.topic, "skipped", reason="changed or deleted while it ran"
        )
    failing = tuple(
        Failing(result["title"], result["verdict"])
        for result in report["results"]
        if result["verdict"] not in ("PASSED", "NOT_RUN")
    )
    return Reverified(content.pk, content.topic, "failed" if failing else "passed", failing)


@transaction.atomic
def _verdicts_record(*, content_id: uuid.UUID, ran: Any, entry: dict[str, Any]) -> bool:
    """Under the row lock: the verdicts, unless the lesson changed since it was read."""
    row = (
        LessonContent.objects.select_for_update()
        .filter(pk=content_id)
        .only("content", "generation_metadata")
        .first()
    )
    if row is None or row.content != ran:
        return False
    metadata = {**row.generation_metadata, METADATA_KEY: entry}
    # Not a change of the lesson: its updated_at stays.
    LessonContent.objects.filter(pk=content_id).update(generation_metadata=metadata)
    return True


def contents_reverify(
    selection: Selection, *, run_seconds: float = RUN_SECONDS
) -> Iterator[Reverified]:
    """Each selected content's run, one at a time (recorded as it goes)."""
    for content in contents_in_chunks(selection):
        yield content_exercises_reverify(content, run_seconds=run_seconds)
