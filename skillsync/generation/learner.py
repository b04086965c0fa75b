"""What generating a lesson needs to know of its learner and module: the difficulty, the
learner's language, industry and goal, as the roadmap recorded them at onboarding."""

from __future__ import annotations

from dataclasses import dataclass

from skillsync.learning.models import Lesson


@dataclass(frozen=True)
class Learner:
    difficulty: str
    language: str
    industry: str
    goal: str


def learner_of(lesson: Lesson) -> Learner:
    """From the lesson's module and its roadmap's profile snapshot (load them with
    ``select_related("module__roadmap")``)."""
    snapshot = lesson.module.roadmap.user_profile_snapshot
    return Learner(
        difficulty=lesson.module.difficulty,
        language=str(snapshot.get("preferred_language") or "en"),
        industry=str(snapshot.get("industry") or ""),
        goal=str(snapshot.get("goal") or ""),
    )
