"""Running a lesson's Python exercises before the lesson is stored: each solution must print its
expected output in the sandbox, each starter must not already do so.

One ``ExerciseVerifier`` serves one generation: an exercise seen again (a repaired answer that
kept it) is not run twice, and ``report`` gives what is recorded in the lesson's metadata.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from skillsync.generation.styles.checks import is_python
from skillsync.generation.styles.schemas import Exercise
from skillsync.sandbox.exercises import ExerciseVerdict, exercise_check

RUN_SECONDS = 5.0  # each of the solution and the starter
PARALLEL_RUNS = 2
FEEDBACK_CHARS = 400  # of a failing run's output, told to the provider for a repair


def _key(exercise: Exercise) -> tuple[str, str, str]:
    return (exercise.solution, exercise.starter_code, exercise.expected_output)


@dataclass(frozen=True)
class Verified:
    verdict: ExerciseVerdict
    seconds: float


class ExerciseVerifier:
    def __init__(self, *, run_seconds: float = RUN_SECONDS) -> None:
        self.run_seconds = run_seconds
        self._seen: dict[tuple[str, str, str], Verified] = {}
        self.wall_seconds = 0.0  # time spent running exercises (runs overlap)

    def _run(self, exercise: Exercise) -> Verified:
        started = time.monotonic()
        verdict = exercise_check(
            exercise.solution,
            exercise.starter_code,
            exercise.expected_output,
            time_limit=self.run_seconds,
        )
        return Verified(verdict, time.monotonic() - started)

    def verify(self, exercises: Sequence[Exercise]) -> list[Verified | None]:
        """Each exercise's result (None: not Python, not run)."""
        new = {_key(e): e for e in exercises if is_python(e) and _key(e) not in self._seen}
        if new:
            started = time.monotonic()
            with ThreadPoolExecutor(max_workers=PARALLEL_RUNS) as pool:
                for key, result in zip(new, pool.map(self._run, new.values()), strict=True):
                    self._seen[key] = result
            self.wall_seconds += time.monotonic() - started
        return [self._seen[_key(e)] if is_python(e) else None for e in exercises]

    @staticmethod
    def feedback(exercise: Exercise, result: Verified) -> str:
        """What went wrong, for the provider to repair: the verdict and what the run that
        failed showed (its error when it crashed or was stopped, else what it printed)."""
        verdict = result.verdict
        run = verdict.starter if verdict.starter is not None else verdict.solution
        if run.timed_out or run.killed_reason:
            return (
                f"exercise {exercise.title!r}: {verdict.code}: stopped "
                f"({run.killed_reason or 'time limit'}) after {run.duration_ms} ms"
            )
        if run.exit_code != 0:
            shown = f"it failed with: {run.stderr[-FEEDBACK_CHARS:]!r}"
        else:
            shown = f"it printed: {run.stdout[-FEEDBACK_CHARS:]!r}"
        return f"exercise {exercise.title!r}: {verdict.code} ({shown})"

    def report(self, exercises: Sequence[Exercise], *, dropped: Sequence[str]) -> dict[str, Any]:
        """The verification of the exercises a lesson was stored with, for its metadata."""
        results = []
        for exercise, found in zip(exercises, self.verify(exercises), strict=True):
            entry: dict[str, Any] = {"title": exercise.title, "language": exercise.language}
            if found is None:
                entry["verdict"] = "NOT_RUN"
            else:
                entry["verdict"] = str(found.verdict.code)
                entry["seconds"] = round(found.seconds, 3)
                entry["isolation"] = [str(layer) for layer in found.verdict.solution.isolation]
            results.append(entry)
        ran = [r for r in results if r["verdict"] != "NOT_RUN"]
        return {
            "checked": len(ran),
            "passed": sum(1 for r in ran if r["verdict"] == "PASSED"),
            "dropped": list(dropped),
            "seconds": round(self.wall_seconds, 3),
            "results": results,
        }
