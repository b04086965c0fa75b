"""Verifying a generated Python exercise: its solution prints the expected output, its
starter code does not."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from skillsync.sandbox.runner import RunResult, run_python


class ExerciseVerdictCode(enum.StrEnum):
    PASSED = "PASSED"
    SOLUTION_FAILED = "SOLUTION_FAILED"  # crashed, timed out or was killed
    WRONG_OUTPUT = "WRONG_OUTPUT"
    STARTER_ALREADY_PASSES = "STARTER_ALREADY_PASSES"


@dataclass(frozen=True)
class ExerciseVerdict:
    code: ExerciseVerdictCode
    solution: RunResult
    starter: RunResult | None

    @property
    def passed(self) -> bool:
        return self.code is ExerciseVerdictCode.PASSED


def normalise_output(text: str) -> str:
    """Trailing whitespace on each line and trailing blank lines do not count."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).rstrip("\n")


def exercise_check(
    solution: str,
    starter: str,
    expected_output: str,
    *,
    stdin: str = "",
    time_limit: float = 5,
) -> ExerciseVerdict:
    solved = run_python(solution, stdin=stdin, time_limit=time_limit)
    if solved.exit_code != 0:
        return ExerciseVerdict(ExerciseVerdictCode.SOLUTION_FAILED, solved, None)
    expected = normalise_output(expected_output)
    if normalise_output(solved.stdout) != expected:
        return ExerciseVerdict(ExerciseVerdictCode.WRONG_OUTPUT, solved, None)
    started = run_python(starter, stdin=stdin, time_limit=time_limit)
    if started.exit_code == 0 and normalise_output(started.stdout) == expected:
        return ExerciseVerdict(ExerciseVerdictCode.STARTER_ALREADY_PASSES, solved, started)
    return ExerciseVerdict(ExerciseVerdictCode.PASSED, solved, started)
