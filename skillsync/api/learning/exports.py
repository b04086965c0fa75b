"""Lessons and modules as Markdown files, with their citations and sources."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from skillsync.api.context import viewer
from skillsync.learning.export_selectors import lesson_export, module_export


@strawberry.type
class ExportQuery:
    @strawberry.field(
        description="The viewer's lesson as a Markdown document: its content with citation "
        "markers [1], [2]… and a Sources list (title, address, author, licence); quiz answers "
        "and explanations at the end. Lesson text is made inert: no HTML, no links of its own."
    )
    def lesson_markdown(self, info: Info[Any, Any], lesson_id: strawberry.ID) -> str:
        return lesson_export(user=viewer(info), lesson_id=lesson_id)

    @strawberry.field(
        description="The viewer's module as one Markdown document: its lessons in order (those "
        "not generated yet marked so) and one numbered Sources list for all of them."
    )
    def module_markdown(self, info: Info[Any, Any], module_id: strawberry.ID) -> str:
        return module_export(user=viewer(info), module_id=module_id)
