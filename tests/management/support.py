"""Builders of the command tests: learners holding planned lessons, written through the ORM."""

from __future__ import annotations

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson, Module, Roadmap
from tests.factories import UserFactory


def learner_holding(
    *titles: str,
    skill: str = "Python",
    style: str = "hands_on",
    difficulty: str = "beginner",
    language: str = "en",
    user: User | None = None,
) -> list[Lesson]:
    """A learner (new unless given) with one roadmap whose one module plans ``titles``, no
    content yet."""
    owner = user or UserFactory.create()
    roadmap = Roadmap.objects.create(
        owner=owner,
        skill=skill,
        goal=f"Learn {skill}",
        title=f"{skill} roadmap",
        difficulty=difficulty,
        user_profile_snapshot={"preferred_language": language, "goal": f"Learn {skill}"},
    )
    module = Module.objects.create(
        roadmap=roadmap,
        position=0,
        title="Basics",
        difficulty=difficulty,
        estimated_hours=2,
    )
    return [
        Lesson.objects.create(module=module, position=i, title=title, learning_style=style)
        for i, title in enumerate(titles)
    ]
