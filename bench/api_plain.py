"""The benchmark's reference: plain Django JSON views that serve exactly the payload of the web
app's ``Dashboard`` and ``Lesson`` GraphQL queries (``frontend/src/dashboard/DashboardPage.tsx``,
``frontend/src/lesson/operations.ts``), written by hand as a good Django developer would: the
same bearer authentication and selectors, only the columns the payload needs, the viewer's rows
joined in as subqueries, ``JsonResponse``. Mounted only by ``bench.api_urls`` (the benchmark's
URLconf), never by the product's.

``QueryCountMiddleware`` (benchmark settings only) counts the SQL statements each request runs
and returns the count in the ``X-Bench-Queries`` header, for both sides alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.db.models import Exists, OuterRef, Subquery
from django.http import HttpRequest, HttpResponse, JsonResponse

from skillsync.accounts.models import LearnerProfile, User
from skillsync.api.views import _authenticate
from skillsync.community.selectors import content_flags_by, lesson_votes_by
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.choices import (
    ApprovalStatus,
    Difficulty,
    GenerationStatus,
    LearningStyle,
    ProgressStatus,
)
from skillsync.learning.quiz import without_quiz_answers
from skillsync.learning.selectors import (
    access_lesson,
    clamp_page,
    lesson_progress_for,
    next_lesson_of_roadmap,
    personal_intros_for,
    roadmaps_for_dashboard,
    roadmaps_owned,
)

QUERIES_HEADER = "X-Bench-Queries"

# GraphQL serialises an enum by its member's name ("HANDS_ON"); the database stores the value.
_STYLE = {choice.value: choice.name for choice in LearningStyle}
_DIFFICULTY = {choice.value: choice.name for choice in Difficulty}
_GENERATION = {choice.value: choice.name for choice in GenerationStatus}
_APPROVAL = {choice.value: choice.name for choice in ApprovalStatus}
_PROGRESS = {choice.value: choice.name for choice in ProgressStatus}


class QueryCountMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        count = 0

        def counted(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counted):
            response = self.get_response(request)
        response[QUERIES_HEADER] = str(count)
        return response


def _viewer(request: HttpRequest) -> User | JsonResponse:
    refused = _authenticate(request)
    if refused is not None:
        return refused
    if not isinstance(request.user, User):
        return JsonResponse({"errors": [{"message": "sign in first"}]}, status=401)
    return request.user


def dashboard(request: HttpRequest) -> JsonResponse:
    user = _viewer(request)
    if isinstance(user, JsonResponse):
        return user
    offset, limit = clamp_page(
        offset=int(request.GET.get("offset", 0)), limit=int(request.GET.get("limit", 20))
    )
    profile = LearnerProfile.objects.filter(user=user).only("learning_style", "goals").first()
    roadmaps = roadmaps_for_dashboard(user=user, offset=offset, limit=limit)
    roadmaps = roadmaps.only("id", "title", "skill", "difficulty", "progress").annotate(
        next_id=next_lesson_of_roadmap("id"), next_title=next_lesson_of_roadmap("title")
    )
    cards = []
    for roadmap in roadmaps:
        summary = roadmap.progress or {}
        cards.append(
            {
                "id": str(roadmap.id),
                "title": roadmap.title,
                "skill": roadmap.skill,
                "difficulty": _DIFFICULTY[roadmap.difficulty],
                "progress": {
                    "percent": summary.get("percent", 0),
                    "completedLessons": summary.get("completed_lessons", 0),
                    "totalLessons": summary.get("total_lessons", 0),
                    "lastLessonId": summary.get("last_lesson_id"),
                },
                "nextLesson": None
                if roadmap.next_id is None
                else {"id": str(roadmap.next_id), "title": roadmap.next_title},
            }
        )
    me = {
        "id": str(user.id),
        "email": user.email,
        "profile": None
        if profile is None
        else {"learningStyle": _STYLE[profile.learning_style], "goals": profile.goals},
    }
    total = roadmaps_owned(user=user).count()
    return JsonResponse(
        {
            "data": {
                "me": me,
                "dashboard": {"totalCount": total, "offset": offset, "roadmaps": cards},
            }
        }
    )


def _with_viewer_rows(user: User) -> Callable[[Any], Any]:
    """The lesson with its content and, as subqueries of the same statement, the viewer's
    progress, personal introduction, vote and open flag."""
    progress = lesson_progress_for(user=user).filter(lesson=OuterRef("pk"))
    vote = lesson_votes_by(user=user).filter(content=OuterRef("content_id"))
    flags = content_flags_by(user=user).filter(
        content=OuterRef("content_id"), resolved_at__isnull=True
    )

    def refine(lessons: Any) -> Any:
        return (
            lessons.select_related("content")
            .only(
                "id",
                "title",
                "learning_style",
                "generation_status",
                "module_id",
                "content__id",
                "content__learning_style",
                "content__language",
                "content__content",
                "content__source_attribution",
                "content__upvotes",
                "content__downvotes",
                "content__approval_status",
                "content__generation_attempt",
            )
            .annotate(
                progress_status=Subquery(progress.values("status")[:1]),
                progress_quiz_score=Subquery(progress.values("quiz_score")[:1]),
                intro=Subquery(
                    personal_intros_for(user=user).filter(lesson=OuterRef("pk")).values("text")[:1]
                ),
                vote=Subquery(vote.values("value")[:1]),
                flagged=Exists(flags),
            )
        )

    return refine


def lesson(request: HttpRequest, lesson_id: str) -> JsonResponse:
    user = _viewer(request)
    if isinstance(user, JsonResponse):
        return user
    try:
        found: Any = access_lesson(user=user, lesson_id=lesson_id, refine=_with_viewer_rows(user))
    except SkillSyncError as error:
        status = 404 if error.code == ErrorCode.NOT_FOUND else 400
        return JsonResponse({"errors": [{"message": error.message}]}, status=status)
    content = found.content
    return JsonResponse(
        {
            "data": {
                "lesson": {
                    "id": str(found.id),
                    "title": found.title,
                    "learningStyle": _STYLE[found.learning_style],
                    "generationStatus": _GENERATION[found.generation_status],
                    "moduleId": str(found.module_id),
                    "personalIntro": found.intro,
                    "progress": None
                    if found.progress_status is None
                    else {
                        "status": _PROGRESS[found.progress_status],
                        "quizScore": found.progress_quiz_score,
                    },
                    "content": None
                    if content is None
                    else {
                        "id": str(content.id),
                        "learningStyle": _STYLE[content.learning_style],
                        "language": content.language,
                        "content": without_quiz_answers(content.content),
                        "sourceAttribution": content.source_attribution,
                        "upvotes": content.upvotes,
                        "downvotes": content.downvotes,
                        "viewerVote": found.vote or 0,
                        "viewerFlagged": found.flagged,
                        "approvalStatus": _APPROVAL[content.approval_status],
                        "generationAttempt": content.generation_attempt,
                    },
                }
            }
        }
    )
