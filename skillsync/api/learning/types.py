"""GraphQL types of the learning domain. Related lists are loaded by the optimizer, so a
query costs a fixed number of SQL statements however many objects it returns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

import strawberry
import strawberry_django
from django.db.models import (
    Count,
    Exists,
    OuterRef,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from strawberry.scalars import JSON
from strawberry.types import Info

from skillsync.api.enums import (
    ApprovalStatus,
    Difficulty,
    GenerationStatus,
    LearningStyle,
    ProgressStatus,
    RoadmapStatus,
)
from skillsync.api.learning.removed import (
    RemovedLesson,
    RemovedModule,
    removed_of,
    removed_prefetch,
)
from skillsync.community.selectors import (
    content_flags_by,
    lesson_votes_by,
)
from skillsync.learning import models
from skillsync.learning.choices import ProgressStatus as ProgressChoice
from skillsync.learning.quiz import without_quiz_answers
from skillsync.learning.selectors import (
    VersionPage,
    lesson_progress_for,
    next_lesson_of_roadmap,
    personal_intros_for,
    roadmap_next_lesson,
    roadmaps_for_dashboard,
    roadmaps_owned,
    version_cursor,
)

# The viewer's own rows about a lesson are loaded in the lessons' statement itself, as
# subqueries on unique indexes (their progress, introduction, vote and open flag), so a lesson,
# or a list of them, costs one statement whatever the viewer has done with it.
VIEWER_INTRO = "viewer_intro_text"
VIEWER_VOTE = "viewer_vote_value"
VIEWER_FLAGGED = "viewer_flagged_value"
# LessonProgressType's columns, each annotated as viewer_progress_<column>.
_PROGRESS_COLUMNS = ("status", "started_at", "completed_at", "time_spent_seconds", "quiz_score")
_PROGRESS_PREFIX = "viewer_progress_"


def _viewer_progress_column(column: str) -> Callable[[Info[Any, Any]], Subquery]:
    def annotation(info: Info[Any, Any]) -> Subquery:
        rows = lesson_progress_for(user=info.context.request.user).filter(lesson=OuterRef("pk"))
        return Subquery(rows.values(column)[:1])

    return annotation


def _viewer_progress_of(lesson: models.Lesson) -> models.LessonProgress | None:
    """The progress row annotated on the lesson: None if there is none (its status is
    never null), or if the lesson was loaded without them (``KeyError``)."""
    values = {column: lesson.__dict__[_PROGRESS_PREFIX + column] for column in _PROGRESS_COLUMNS}
    if values["status"] is None:
        return None
    return models.LessonProgress(lesson=lesson, **values)


def _viewer_intro(info: Info[Any, Any]) -> Subquery:
    intros = personal_intros_for(user=info.context.request.user)
    return Subquery(intros.filter(lesson=OuterRef("pk")).values("text")[:1])


def _viewer_vote_on_content(info: Info[Any, Any]) -> Coalesce:
    votes = lesson_votes_by(user=info.context.request.user)
    return Coalesce(Subquery(votes.filter(content=OuterRef("content_id")).values("value")[:1]), 0)


def _viewer_flagged_content(info: Info[Any, Any]) -> Exists:
    flags = content_flags_by(user=info.context.request.user)
    return Exists(flags.filter(content=OuterRef("content_id"), resolved_at__isnull=True))


def _completed_count(info: Info[Any, Any]) -> Coalesce:
    """Completed lessons of a module, as a correlated subquery: an aggregate (GROUP BY) here
    would make PostgreSQL drop the modules' default ordering."""
    completed = (
        lesson_progress_for(user=info.context.request.user)
        .filter(
            lesson__module=OuterRef("pk"),
            lesson__removed_at__isnull=True,
            status=ProgressChoice.COMPLETED,
        )
        .values("lesson__module")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(completed), 0)


@strawberry_django.type(models.LessonContent, name="LessonContent")
class LessonContentType:
    id: strawberry.ID
    topic: str
    learning_style: LearningStyle
    difficulty: Difficulty
    language: str

    @strawberry_django.field(
        only=["content"],
        description="The lesson document (its style's schema). Quiz questions come without "
        "their answer and explanation: `submitQuiz` scores the answers and returns them.",
    )
    def content(self, root: models.LessonContent) -> JSON:
        return cast(JSON, without_quiz_answers(root.content))

    source_attribution: JSON
    research_metadata: JSON
    ai_model_version: str
    approval_status: ApprovalStatus
    upvotes: int
    downvotes: int
    generation_attempt: int = strawberry_django.field(
        description="1 for a lesson's first version, one more for each regeneration."
    )
    created_at: datetime

    @strawberry_django.field(
        description="The viewer's vote on this content: 1 up, -1 down, 0 none.",
    )
    def viewer_vote(self, root: models.LessonContent, info: Info[Any, Any]) -> int:
        if VIEWER_VOTE in root.__dict__:  # loaded with the lesson that shows it
            return int(root.__dict__[VIEWER_VOTE])
        rows = getattr(root, "viewer_votes", None)
        if rows is None:  # not loaded with it (e.g. a version list): one query
            rows = list(lesson_votes_by(user=info.context.request.user).filter(content=root))
        return int(rows[0].value) if rows else 0

    hidden_from_reuse: bool = strawberry_django.field(
        description="Hidden from other learners by their flags until a mentor reviews it."
    )

    @strawberry_django.field(
        description="Whether the viewer has an open flag on this content.",
    )
    def viewer_flagged(self, root: models.LessonContent, info: Info[Any, Any]) -> bool:
        if VIEWER_FLAGGED in root.__dict__:  # loaded with the lesson that shows it
            return bool(root.__dict__[VIEWER_FLAGGED])
        rows = getattr(root, "viewer_flags", None)
        if rows is None:  # not loaded by the optimizer: one query
            rows = list(content_flags_by(user=info.context.request.user).filter(content=root))
        return any(flag.resolved_at is None for flag in rows)


@strawberry_django.type(models.LessonProgress, name="LessonProgress")
class LessonProgressType:
    status: ProgressStatus
    started_at: datetime | None
    completed_at: datetime | None
    time_spent_seconds: int
    quiz_score: int | None


@strawberry_django.type(models.Lesson, name="Lesson")
class LessonType:
    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[models.Lesson], info: Info[Any, Any], **kwargs: Any
    ) -> QuerySet[models.Lesson]:
        """A module's lessons leave removed ones out (``removedLessons`` lists those)."""
        return queryset.filter(removed_at__isnull=True)

    id: strawberry.ID
    position: int
    title: str
    learning_style: LearningStyle

    @strawberry_django.field(
        select_related=["content"],
        annotate={VIEWER_VOTE: _viewer_vote_on_content, VIEWER_FLAGGED: _viewer_flagged_content},
    )
    def content(self, root: models.Lesson) -> LessonContentType | None:
        content = root.content
        if content is not None and VIEWER_VOTE in root.__dict__:
            content.__dict__[VIEWER_VOTE] = root.__dict__[VIEWER_VOTE]
            content.__dict__[VIEWER_FLAGGED] = root.__dict__[VIEWER_FLAGGED]
        return cast(LessonContentType | None, content)

    # ``only``: the optimizer cannot tell a foreign key's column from the relation and would
    # leave it out, costing a query per lesson to load it.
    module_id: strawberry.ID = strawberry_django.field(only=["module_id"])
    generation_status: GenerationStatus

    @strawberry_django.field(only=["content_id"])
    def has_content(self, root: models.Lesson) -> bool:
        return root.content_id is not None

    @strawberry_django.field(
        annotate={
            _PROGRESS_PREFIX + column: _viewer_progress_column(column)
            for column in _PROGRESS_COLUMNS
        }
    )
    def progress(self, root: models.Lesson, info: Info[Any, Any]) -> LessonProgressType | None:
        """The viewer's progress on this lesson, or null if never opened."""
        try:
            found = _viewer_progress_of(root)
        except KeyError:  # not loaded with the lesson (the optimizer did not reach it): a query
            found = lesson_progress_for(user=info.context.request.user).filter(lesson=root).first()
        return cast(LessonProgressType | None, found)

    @strawberry_django.field(annotate={VIEWER_INTRO: _viewer_intro})
    def personal_intro(self, root: models.Lesson, info: Info[Any, Any]) -> str | None:
        """A few sentences for the viewer linking this lesson to their industry and goal,
        written when the lesson's content was shared from another learner's (null until
        then, or when that is switched off). It may arrive shortly after the lesson is
        ready."""
        if VIEWER_INTRO in root.__dict__:
            text = root.__dict__[VIEWER_INTRO]
        else:  # not loaded with the lesson: one query
            intros = personal_intros_for(user=info.context.request.user).filter(lesson=root)
            text = intros.values_list("text", flat=True).first()
        return None if text is None else str(text)


@strawberry_django.type(models.Module, name="Module")
class ModuleType:
    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[models.Module], info: Info[Any, Any], **kwargs: Any
    ) -> QuerySet[models.Module]:
        """A roadmap's modules leave removed ones out (``removedModules`` lists those)."""
        return queryset.filter(removed_at__isnull=True)

    id: strawberry.ID
    position: int
    title: str
    description: str
    topics: list[str]
    difficulty: Difficulty
    estimated_hours: int
    generation_status: GenerationStatus
    resources: JSON
    lessons: list[LessonType]
    roadmap_id: strawberry.ID = strawberry_django.field(only=["roadmap_id"])  # as module_id

    @strawberry_django.field(annotate={"completed_lessons_count": _completed_count})
    def completed_lessons(self, root: models.Module) -> int:
        """Lessons of this module the viewer has completed."""
        return int(getattr(root, "completed_lessons_count", 0))

    @strawberry_django.field(prefetch_related=[removed_prefetch("lessons", models.Lesson)])
    def removed_lessons(self, root: models.Module) -> list[RemovedLesson]:
        """Lessons removed from this module on their own, most recent first: `restoreLesson`
        brings one back (those removed with the module come back with it)."""
        return cast(list[RemovedLesson], removed_of(root, "lessons"))


@strawberry.type(description="A lesson named by its id and title.")
class LessonLink:
    id: strawberry.ID
    title: str


NEXT_LESSON_ID = "next_lesson_id"
NEXT_LESSON_TITLE = "next_lesson_title"


def _next_lesson_id(info: Info[Any, Any]) -> Subquery:
    return next_lesson_of_roadmap("id")


def _next_lesson_title(info: Info[Any, Any]) -> Subquery:
    return next_lesson_of_roadmap("title")


@strawberry.type
class RoadmapProgress:
    total_lessons: int
    completed_lessons: int
    percent: int
    last_lesson_id: strawberry.ID | None


@strawberry_django.type(models.Roadmap, name="Roadmap")
class RoadmapType:
    id: strawberry.ID
    skill: str
    goal: str
    title: str
    description: str
    difficulty: Difficulty
    status: RoadmapStatus
    modules: list[ModuleType]
    created_at: datetime
    updated_at: datetime

    @strawberry_django.field(prefetch_related=[removed_prefetch("modules", models.Module)])
    def removed_modules(self, root: models.Roadmap) -> list[RemovedModule]:
        """Modules removed from this roadmap, most recent first: `restoreModule` brings one
        back with its lessons."""
        return cast(list[RemovedModule], removed_of(root, "modules"))

    @strawberry_django.field(
        annotate={NEXT_LESSON_ID: _next_lesson_id, NEXT_LESSON_TITLE: _next_lesson_title}
    )
    def next_lesson(self, root: models.Roadmap) -> LessonLink | None:
        """Where to continue: the lesson the viewer opened last if it is still part of the
        roadmap, else its first lesson (null when it has none)."""
        if NEXT_LESSON_ID in root.__dict__:  # loaded with the roadmap
            lesson_id = root.__dict__[NEXT_LESSON_ID]
            found = None if lesson_id is None else (lesson_id, root.__dict__[NEXT_LESSON_TITLE])
        else:  # a roadmap the optimizer did not load (a mutation's answer): one query
            found = roadmap_next_lesson(roadmap_id=root.pk)
        if found is None:
            return None
        return LessonLink(id=strawberry.ID(str(found[0])), title=found[1])

    @strawberry_django.field(only=["progress"])
    def progress(self, root: models.Roadmap) -> RoadmapProgress:
        summary = root.progress or {}
        return RoadmapProgress(
            total_lessons=summary.get("total_lessons", 0),
            completed_lessons=summary.get("completed_lessons", 0),
            percent=summary.get("percent", 0),
            last_lesson_id=summary.get("last_lesson_id"),
        )


@strawberry.type
class Dashboard:
    """The viewer's roadmaps, newest first, a page at a time."""

    offset: int
    limit: int
    _user: strawberry.Private[Any]

    @strawberry.field
    def roadmaps(self) -> list[RoadmapType]:
        return cast(
            list[RoadmapType],
            roadmaps_for_dashboard(user=self._user, offset=self.offset, limit=self.limit),
        )

    @strawberry.field
    def total_count(self) -> int:
        return roadmaps_owned(user=self._user).count()


@strawberry.type
class LessonVersion:
    """One version of a lesson's content: attempt 1 is the first, each regeneration adds
    one."""

    _content: strawberry.Private[models.LessonContent]
    _current: strawberry.Private[bool]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self._content.pk))

    @strawberry.field(description="Whether the lesson shows this version now.")
    def current(self) -> bool:
        return self._current

    @strawberry.field
    def attempt(self) -> int:
        return self._content.generation_attempt

    @strawberry.field
    def created_at(self) -> datetime:
        return self._content.created_at

    @strawberry.field(description="The learner's wish this version was regenerated with.")
    def instruction(self) -> str | None:
        return self._content.generation_metadata.get("instruction") or None

    @strawberry.field
    def regenerated_from_id(self) -> strawberry.ID | None:
        parent = self._content.regenerated_from_id
        return None if parent is None else strawberry.ID(str(parent))

    @strawberry.field
    def content(self) -> LessonContentType:
        return cast(LessonContentType, self._content)

    @strawberry.field(description="Pass as `after` for the versions that follow this one.")
    def cursor(self) -> str:
        return version_cursor(self._content)


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class LessonVersionConnection:
    """A page of a lesson's versions, newest first."""

    nodes: list[LessonVersion]
    page_info: PageInfo
    total_count: int

    @classmethod
    def of(cls, page: VersionPage) -> LessonVersionConnection:
        nodes = [
            LessonVersion(_content=version, _current=version.pk == page.current_id)
            for version in page.versions
        ]
        end = version_cursor(page.versions[-1]) if page.versions else None
        return cls(
            nodes=nodes,
            page_info=PageInfo(has_next_page=page.has_next_page, end_cursor=end),
            total_count=page.total_count,
        )
