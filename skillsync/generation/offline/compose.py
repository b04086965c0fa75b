"""The built-in provider's lesson: a valid lesson in the requested style, composed from the
research passages and the exercise bank with no network and no model.

Deterministic: the same context gives the same lesson (nothing random, no clock, iteration
in fixed orders). Fast: text processing only; exercises are verified later by the pipeline.
"""

from __future__ import annotations

from typing import Any

from skillsync.generation.offline.context import read_context
from skillsync.generation.offline.exercises import documentation_runs
from skillsync.generation.offline.styles import COMPOSERS, Material
from skillsync.generation.offline.subject import lesson_subject


def offline_lesson(context: dict[str, Any]) -> dict[str, Any]:
    """A lesson for ``context`` (topic, module, goal, style, difficulty, industry, language,
    passages) as a dict of the style's schema (``styles.schemas.STYLES[style]``) that passes
    ``styles.checks.lesson_problems`` for the passages given."""
    ctx = read_context(context)
    composer = COMPOSERS.get(ctx.style, COMPOSERS["mixed"])
    subject = lesson_subject(ctx)
    runs = documentation_runs(ctx) if subject.python else []
    return composer(Material(ctx, subject, runs))
