"""A sandbox for running untrusted Python; see ``runner`` for its layers and their limits."""

from skillsync.sandbox.exercises import ExerciseVerdict, ExerciseVerdictCode, exercise_check
from skillsync.sandbox.runner import Isolation, Layers, RunResult, run_python

__all__ = [
    "ExerciseVerdict",
    "ExerciseVerdictCode",
    "Isolation",
    "Layers",
    "RunResult",
    "exercise_check",
    "run_python",
]
