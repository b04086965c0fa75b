"""Test data builders. They write through the ORM (or our services), never around them."""

from __future__ import annotations

from typing import Any

import factory

from skillsync.accounts.models import User
from skillsync.learning.models import LessonContent

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance: User, create: bool, results: Any = None) -> None:
        if create:
            instance.save()


class LessonContentFactory(factory.django.DjangoModelFactory[LessonContent]):
    class Meta:
        model = LessonContent

    cache_key = factory.Sequence(lambda n: f"topic-{n}:hands_on:beginner:en:v1")
    topic = factory.Sequence(lambda n: f"Topic {n}")
    learning_style = "hands_on"
    difficulty = "beginner"
    content = factory.LazyFunction(lambda: {"title": "A lesson", "sections": []})
    generation_metadata = factory.LazyAttribute(
        lambda o: {
            "model": "builtin-1",
            "learning_style": o.learning_style,
            "difficulty": o.difficulty,
            "ai_provider": "builtin",
        }
    )
