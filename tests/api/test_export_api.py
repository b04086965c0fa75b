"""lessonMarkdown and moduleMarkdown over GraphQL: the viewer's own lessons and modules, a fixed
number of queries, and a lesson not generated yet said so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.learning.models import Lesson
from tests.conftest import GraphQL, error_of
from tests.factories import LessonContentFactory
from tests.generation import lesson_samples
from tests.learning.export_support import assert_inert, assert_round_trip
from tests.learning.support import first_lesson, holding

LESSON = "query($id: ID!) { lessonMarkdown(lessonId: $id) }"
MODULE = "query($id: ID!) { moduleMarkdown(moduleId: $id) }"
ATTRIBUTION = {
    "docs": [
        {
            "passage_id": "p_a",
            "url": "https://docs.python.org/3/a",
            "title": "A",
            "licence": "PSF-2.0",
        },
        {
            "passage_id": "p_b",
            "url": "https://docs.python.org/3/b",
            "title": "B",
            "licence": "PSF-2.0",
        },
    ]
}


def _generated(lesson: Lesson) -> Lesson:
    content = lesson_samples.reading(["p_a", "p_b"])
    return holding(
        lesson,
        LessonContentFactory.create(
            learning_style="reading", content=content, source_attribution=ATTRIBUTION
        ),
    )


def test_lesson_markdown_is_the_lesson_with_its_sources(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = _generated(first_lesson(user, onboard))

    markdown = as_user(LESSON, {"id": str(lesson.id)})["data"]["lessonMarkdown"]

    assert markdown.startswith(f"# {lesson.title}\n")
    assert "*Style: reading · Level: beginner*" in markdown
    assert lesson.content is not None
    assert_round_trip(markdown, [lesson.content.content], ATTRIBUTION)
    assert_inert(markdown)


def test_module_markdown_has_every_lesson_in_order_and_one_source_list(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = _generated(first_lesson(user, onboard))
    module = lesson.module
    titles = list(
        Lesson.objects.filter(module=module).order_by("position").values_list("title", flat=True)
    )

    def export() -> tuple[str, int]:
        with CaptureQueriesContext(connection) as queries:
            result = as_user(MODULE, {"id": str(module.id)})
        assert "errors" not in result, result
        return result["data"]["moduleMarkdown"], len(queries.captured_queries)

    markdown, few = export()
    for other in Lesson.objects.filter(module=module).exclude(pk=lesson.pk):
        _generated(other)
    _, many = export()

    assert len(titles) >= 2
    headings = [line for line in markdown.splitlines() if line.startswith("## Lesson ")]
    assert headings == [f"## Lesson {n}: {t}" for n, t in enumerate(titles, start=1)]
    assert markdown.count("*Not generated yet.*") == len(titles) - 1
    assert markdown.count("## Sources") == 1
    assert few == many


def test_a_removed_lesson_is_left_out_of_its_module(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = _generated(first_lesson(user, onboard))
    Lesson.objects.filter(pk=lesson.pk).update(removed_at=timezone.now())

    markdown = as_user(MODULE, {"id": str(lesson.module_id)})["data"]["moduleMarkdown"]

    assert f": {lesson.title}\n" not in markdown
    assert "## Sources" not in markdown


def test_exports_are_the_owners_only(
    as_user: GraphQL, gql: GraphQL, other_user: User, onboard: Callable[..., Any]
) -> None:
    theirs = _generated(first_lesson(other_user, onboard))

    for query, variables in (
        (LESSON, {"id": str(theirs.id)}),
        (MODULE, {"id": str(theirs.module_id)}),
    ):
        assert error_of(as_user(query, variables))["extensions"] == {"code": "NOT_FOUND"}
        assert error_of(gql(query, variables))["extensions"]["code"] == "UNAUTHENTICATED"
