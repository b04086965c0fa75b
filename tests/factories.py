"""Test data builders. They write through the ORM (or our services), never around them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import factory
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.learning.models import LessonContent

PASSWORD = "correct horse battery staple"


# Users made by the factory joined a month ago: an established account, whose votes count
# fully (a test about new accounts says ``date_joined=timezone.now()``).
ESTABLISHED = timedelta(days=30)


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)
    date_joined = factory.LazyFunction(lambda: timezone.now() - ESTABLISHED)

    @classmethod
    def _create(cls, model_class: type[User], *args: Any, **kwargs: Any) -> User:
        # date_joined is auto_now_add: the first save sets it to now, the second keeps ours.
        joined = kwargs.pop("date_joined")
        user: User = super()._create(model_class, *args, **kwargs)
        user.date_joined = joined
        return user

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
