"""Reads behind the Markdown exports: the viewer's lesson, or module with its lessons, rendered
by ``export.py``."""

from __future__ import annotations

import uuid

from skillsync.accounts.models import User
from skillsync.learning.export import LessonDoc, lesson_markdown, module_markdown
from skillsync.learning.models import Lesson
from skillsync.learning.selectors import access_lesson, access_module, module_lessons


def _doc(lesson: Lesson) -> LessonDoc:
    content = lesson.content
    if content is None:
        return LessonDoc(title=lesson.title, content=None, attribution={})
    return LessonDoc(
        title=lesson.title,
        content=content.content,
        attribution=content.source_attribution,
        style=content.learning_style,
        difficulty=content.difficulty,
    )


def lesson_export(*, user: User, lesson_id: str | uuid.UUID) -> str:
    """The lesson (owner only) as Markdown. One query."""
    lesson = access_lesson(
        user=user, lesson_id=lesson_id, refine=lambda qs: qs.select_related("content")
    )
    return lesson_markdown(_doc(lesson))


def module_export(*, user: User, module_id: str | uuid.UUID) -> str:
    """The module (owner only) with its lessons in order as Markdown, lessons not generated yet
    included as such. Two queries."""
    module = access_module(user=user, module_id=module_id)
    lessons = module_lessons(module_id=module.pk).select_related("content")
    return module_markdown(
        title=module.title,
        description=module.description,
        lessons=[_doc(lesson) for lesson in lessons],
    )
