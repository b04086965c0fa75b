"""A second learner's lesson on the same topic, named differently, reuses the first one's
content through the semantic lookup: no second provider call, and both lookups recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from skillsync.accounts.models import User
from skillsync.generation.lessons import lesson_content_generate, lesson_subject
from skillsync.generation.providers.router import Router
from skillsync.learning.models import Lesson
from skillsync.research.service import research_topic
from skillsync.reuse.models import ReuseLookup, TopicEmbedding
from skillsync.reuse.normalise import topic_of
from tests.fakes.llm_behaviours import ok
from tests.fakes.llm_server import FakeLLMServer
from tests.generation.lesson_samples import as_answer, sample_lesson

pytestmark = pytest.mark.django_db


def _lists_lesson(user: User, onboard: Callable[..., Any]) -> Lesson:
    roadmap = onboard(user, goal="Learn Python", learning_style="hands_on")
    return Lesson.objects.select_related("module__roadmap").get(
        module__roadmap=roadmap, title="Lists and list methods"
    )


def test_a_second_learner_reuses_the_lesson_named_in_other_words(
    user: User,
    other_user: User,
    onboard: Callable[..., Any],
    fake_llm: FakeLLMServer,
    make_catalog: Callable[..., Any],
) -> None:
    first = _lists_lesson(user, onboard)
    second = _lists_lesson(other_user, onboard)
    second.title = "Using Python lists"  # how another planner named the same lesson
    second.save(update_fields=["title"])
    cites = [p.id for p in research_topic(lesson_subject(first), style="hands_on").passages[:2]]
    fake_llm.script("groq", ok(as_answer(sample_lesson("hands_on", cites))))
    router = Router(make_catalog("groq"))
    where: dict[str, Any] = {
        "difficulty": "beginner",
        "language": "en",
        "industry": "finance",
        "router": router,
    }

    content, reused = lesson_content_generate(first, **where)
    again, reused_again = lesson_content_generate(second, **where)

    assert (reused, reused_again) == (False, True)
    assert again == content
    assert len(fake_llm.requests_for("groq")) == 1
    assert topic_of(lesson_subject(first)).canonical != topic_of(second.title).canonical
    embedding = TopicEmbedding.objects.get(content=content)
    assert embedding.canonical_key == content.cache_key
    assert embedding.topic == "Python Lists and list methods"
    rows = list(ReuseLookup.objects.order_by("id"))
    assert [(r.outcome, r.user_id, r.lesson_id) for r in rows] == [
        ("miss", user.pk, first.pk),
        ("semantic", other_user.pk, second.pk),
    ]
    assert rows[1].content_id == content.pk
    assert rows[1].similarity is not None
    assert rows[1].similarity >= 0.8
