"""The seed's JSONB queries are selectors, and PostgreSQL answers them from the GIN index."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import connection, transaction
from django.db.models import QuerySet

from skillsync.learning.models import LessonContent
from skillsync.learning.selectors import (
    lesson_contents_by_model,
    lesson_contents_by_style_and_difficulty,
)

MODELS = ["openai/gpt-oss-120b", "gemini-2.5-flash", "deepseek/deepseek-chat-v3.1", "builtin-1"]
STYLES = ["hands_on", "video", "reading", "mixed"]
LEVELS = ["beginner", "intermediate", "advanced"]


@pytest.fixture
def many_contents(db: None) -> None:
    """A few thousand lessons spread over models, styles and levels, with realistic metadata,
    so the planner sees a selective predicate on a table worth indexing.

    The GIN index's pending list is merged into the index before planning: rows that earlier
    tests inserted and rolled back leave entries there until a vacuum, and every index scan
    must read the whole list, so a long one makes the planner prefer a sequential scan (seen
    in full runs). In production, autovacuum keeps the list short."""
    rows = []
    for n in range(4000):
        # Skewed like real use: most lessons are hands-on or mixed; advanced reading is rare.
        style, level = STYLES[n % 2 * 3], LEVELS[n % 2]
        if n % 50 == 0:
            style, level = "reading", "advanced"
        rows.append(
            LessonContent(
                cache_key=f"topic-{n}:{style}:{level}:en:v1",
                topic=f"Topic {n}",
                learning_style=style,
                difficulty=level,
                content={"title": f"Lesson {n}", "sections": ["x" * 200]},
                generation_metadata={
                    "prompt": f"Generate a {level} lesson on topic {n}",
                    "model": MODELS[n % 97 % 4] if n % 97 else "rare-model-1",
                    "learning_style": style,
                    "difficulty": level,
                    "temperature": 0.7,
                    "generation_attempt": 1,
                },
            )
        )
    LessonContent.objects.bulk_create(rows, batch_size=1000)
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('lessoncontent_genmeta_gin'::regclass)")
        cursor.execute("ANALYZE learning_lessoncontent")


def _plan(qs: QuerySet[LessonContent]) -> dict[str, Any]:
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        raw = cursor.fetchone()[0]
    plan: dict[str, Any] = (json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]
    return plan


def _index_names(plan: dict[str, Any]) -> set[str]:
    names = {plan["Index Name"]} if "Index Name" in plan else set()
    for child in plan.get("Plans", []):
        names |= _index_names(child)
    return names


def test_lessons_by_model_use_the_gin_index(many_contents: None) -> None:
    qs = lesson_contents_by_model(model="rare-model-1")
    assert qs.count() == 42  # every 97th row
    assert "lessoncontent_genmeta_gin" in _index_names(_plan(qs))


def test_lessons_by_style_and_difficulty_use_the_gin_index(many_contents: None) -> None:
    rare = lesson_contents_by_style_and_difficulty(learning_style="reading", difficulty="advanced")
    assert rare.count() == 80  # every 50th row
    assert "lessoncontent_genmeta_gin" in _index_names(_plan(rare))


def test_common_combinations_can_use_the_index_too(many_contents: None) -> None:
    """For a combination that matches a large share of rows a sequential scan is cheaper and
    PostgreSQL rightly picks it; with sequential scans priced out, the same query is answered
    from the index, which proves its shape (containment, not ->> equality) fits the index."""
    common = lesson_contents_by_style_and_difficulty(
        learning_style="hands_on", difficulty="beginner"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        assert "lessoncontent_genmeta_gin" in _index_names(_plan(common))


def test_selectors_return_exactly_the_matching_rows(many_contents: None) -> None:
    by_style = lesson_contents_by_style_and_difficulty(
        learning_style="hands_on", difficulty="beginner"
    )
    assert all(c.learning_style == "hands_on" and c.difficulty == "beginner" for c in by_style)
    assert {
        c.generation_metadata["model"] for c in lesson_contents_by_model(model="builtin-1")
    } == {"builtin-1"}
