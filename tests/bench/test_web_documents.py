"""The API benchmark sends the web app's own documents, read from the generated frontend code."""

from __future__ import annotations

import pytest
from graphql import parse, validate

from bench import api
from bench.web_documents import web_document
from skillsync.api.schema import schema


def test_the_benchmark_documents_are_the_web_apps_and_valid() -> None:
    dashboard = parse(api.DASHBOARD)
    lesson = parse(api.LESSON)

    assert [d.name.value for d in dashboard.definitions] == ["Dashboard"]  # type: ignore[attr-defined]
    assert [d.name.value for d in lesson.definitions] == ["Lesson", "LessonFields"]  # type: ignore[attr-defined]
    assert "nextLesson" in api.DASHBOARD
    assert validate(schema._schema, dashboard) == []
    assert validate(schema._schema, lesson) == []


def test_an_unknown_document_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        web_document("NoSuchQuery")
