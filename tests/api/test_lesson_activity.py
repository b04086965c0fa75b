"""The lesson viewer's calls over GraphQL: opening a lesson, submitting its quiz, and the
viewer's vote shown on content without a query per lesson."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from skillsync.accounts.models import User
from skillsync.community.choices import FlagReason
from skillsync.community.flags import content_flag_create
from skillsync.community.services import lesson_vote_set
from skillsync.learning.models import Lesson, LessonProgress, PersonalIntro, QuizAttempt
from skillsync.learning.services import lesson_start
from tests.conftest import GraphQL, error_of
from tests.factories import LessonContentFactory
from tests.learning.support import RIGHT, first_lesson, holding, quiz_content

START = """mutation($id: ID!) { startLesson(lessonId: $id) {
  id progress { status startedAt completedAt quizScore } } }"""
SUBMIT = """mutation($id: ID!, $answers: [Int!]!) { submitQuiz(lessonId: $id, answers: $answers) {
  score correctCount total
  questions { chosen correctIndex correct explanation }
  lesson { id progress { status quizScore } content { id viewerVote } } } }"""
LAST_LESSON = "query($id: ID!) { roadmap(id: $id) { progress { lastLessonId } } }"


def test_start_lesson_answers_with_the_started_progress(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)

    first = as_user(START, {"id": str(lesson.id)})["data"]["startLesson"]
    again = as_user(START, {"id": str(lesson.id)})["data"]["startLesson"]

    assert first["id"] == str(lesson.id)
    assert first["progress"]["status"] == "IN_PROGRESS"
    assert first["progress"]["startedAt"]
    assert again["progress"] == first["progress"]
    roadmap = as_user(LAST_LESSON, {"id": str(lesson.module.roadmap_id)})["data"]["roadmap"]
    assert roadmap["progress"]["lastLessonId"] == str(lesson.id)


def test_submit_quiz_answers_with_the_score_and_each_question(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())

    result = as_user(SUBMIT, {"id": str(lesson.id), "answers": [1, 1, 3]})["data"]["submitQuiz"]

    assert (result["score"], result["correctCount"], result["total"]) == (67, 2, 3)
    assert result["questions"] == [
        {
            "chosen": 1,
            "correctIndex": 1,
            "correct": True,
            "explanation": "Python defines functions with def.",
        },
        {
            "chosen": 1,
            "correctIndex": 0,
            "correct": False,
            "explanation": "Lists can be changed in place.",
        },
        {
            "chosen": 3,
            "correctIndex": 3,
            "correct": True,
            "explanation": "It counts the four items.",
        },
    ]
    assert result["lesson"]["id"] == str(lesson.id)
    assert result["lesson"]["progress"] == {"status": "IN_PROGRESS", "quizScore": 67}
    assert result["lesson"]["content"] == {"id": str(lesson.content_id), "viewerVote": 0}
    assert QuizAttempt.objects.get().answers == [1, 1, 3]


def test_bad_answers_are_refused_on_the_answers_field_and_not_counted(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], settings: Any
) -> None:
    settings.EXPENSIVE_MUTATIONS_PER_USER = (1, 3600)
    lesson = holding(first_lesson(user, onboard), quiz_content())

    for answers in ([1, 0], [1, 0, 9], [1, -1, 3]):
        error = error_of(as_user(SUBMIT, {"id": str(lesson.id), "answers": answers}))
        assert error["extensions"] == {"code": "INVALID_INPUT", "field": "answers"}
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.exists()
    # None of the refusals counted against the limit: the one allowed submission still passes.
    assert "errors" not in as_user(SUBMIT, {"id": str(lesson.id), "answers": RIGHT})


def test_quiz_submissions_are_rate_limited_per_user(
    as_user: GraphQL, user: User, onboard: Callable[..., Any], settings: Any
) -> None:
    settings.EXPENSIVE_MUTATIONS_PER_USER = (2, 3600)
    lesson = holding(first_lesson(user, onboard), quiz_content())
    variables = {"id": str(lesson.id), "answers": RIGHT}
    assert "errors" not in as_user(SUBMIT, variables)
    assert "errors" not in as_user(SUBMIT, variables)

    error = error_of(as_user(SUBMIT, variables))

    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["extensions"]["retryAfter"] > 0
    assert QuizAttempt.objects.count() == 2


def test_submit_quiz_without_content_or_quiz_answers_with_a_code(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = first_lesson(user, onboard)
    variables = {"id": str(lesson.id), "answers": RIGHT}

    not_generated = error_of(as_user(SUBMIT, variables))
    holding(lesson, LessonContentFactory.create())  # content without a quiz
    no_quiz = error_of(as_user(SUBMIT, variables))

    assert not_generated["extensions"] == {"code": "LESSON_NOT_GENERATED"}
    assert no_quiz["extensions"] == {"code": "QUIZ_UNAVAILABLE"}
    assert not QuizAttempt.objects.exists()


def test_submit_quiz_on_another_learners_lesson_is_not_found(
    as_user: GraphQL, other_user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(other_user, onboard), quiz_content())

    error = error_of(as_user(SUBMIT, {"id": str(lesson.id), "answers": RIGHT}))

    assert error["extensions"] == {"code": "NOT_FOUND"}
    assert not QuizAttempt.objects.exists()


DASHBOARD = """query { dashboard(limit: 50) { roadmaps { modules { lessons {
  id content { id upvotes downvotes viewerVote } } } } } }"""


def _voted_roadmaps(user: User, onboard: Callable[..., Any], count: int) -> None:
    """``count`` roadmaps, each with two lessons holding content: one voted up, one down."""
    for index in range(count):
        roadmap = onboard(user, goal=f"Learn Python step {index}")
        lessons = Lesson.objects.filter(module__roadmap=roadmap).order_by("module__position")
        for lesson, value in zip(lessons[:2], (1, -1), strict=True):
            holding(lesson, LessonContentFactory.create())
            lesson_start(user=user, lesson_id=lesson.id)
            lesson_vote_set(user=user, content_id=lesson.content_id, value=value)  # type: ignore[arg-type]


def _dashboard(as_user: GraphQL) -> tuple[int, list[dict[str, Any]]]:
    with CaptureQueriesContext(connection) as queries:
        result = as_user(DASHBOARD)
    assert "errors" not in result, result
    contents = [
        lesson["content"]
        for roadmap in result["data"]["dashboard"]["roadmaps"]
        for module in roadmap["modules"]
        for lesson in module["lessons"]
        if lesson["content"]
    ]
    return len(queries.captured_queries), contents


def test_viewer_vote_costs_no_query_per_lesson(
    as_user: GraphQL, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    _voted_roadmaps(user, onboard, 1)
    one_count, one = _dashboard(as_user)
    _voted_roadmaps(user, onboard, 9)
    ten_count, ten = _dashboard(as_user)

    assert sorted(content["viewerVote"] for content in one) == [-1, 1]
    assert sorted(content["viewerVote"] for content in ten) == [-1] * 10 + [1] * 10
    assert all(
        (c["upvotes"], c["downvotes"]) == ((1, 0) if c["viewerVote"] == 1 else (0, 1)) for c in ten
    )
    assert one_count == ten_count, (one_count, ten_count)


def test_viewer_vote_is_the_viewers_own(
    as_user: GraphQL, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    shared = quiz_content()
    mine = holding(first_lesson(user, onboard), shared)
    theirs = holding(first_lesson(other_user, onboard), shared)
    lesson_start(user=other_user, lesson_id=theirs.id)
    lesson_vote_set(user=other_user, content_id=shared.id, value=1)

    query = "query($id: ID!) { lesson(id: $id) { content { upvotes viewerVote } } }"
    content = as_user(query, {"id": str(mine.id)})["data"]["lesson"]["content"]

    assert content == {"upvotes": 1, "viewerVote": 0}


VERSIONS = """query($id: ID!) { lessonVersions(lessonId: $id) {
  nodes { attempt content { viewerVote } } } }"""


def test_viewer_vote_on_lesson_versions_costs_no_query_per_version(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    lesson_start(user=user, lesson_id=lesson.id)
    lesson_vote_set(user=user, content_id=lesson.content_id, value=-1)  # type: ignore[arg-type]
    with CaptureQueriesContext(connection) as one:
        first = as_user(VERSIONS, {"id": str(lesson.id)})["data"]["lessonVersions"]["nodes"]
    for attempt in (2, 3):
        newer = LessonContentFactory.create(
            regenerated_from=lesson.content,
            generation_attempt=attempt,
            personal_lesson=lesson,
            reusable=False,
        )
        holding(lesson, newer)
    lesson_vote_set(user=user, content_id=lesson.content_id, value=1)  # type: ignore[arg-type]

    with CaptureQueriesContext(connection) as three:
        nodes = as_user(VERSIONS, {"id": str(lesson.id)})["data"]["lessonVersions"]["nodes"]

    assert [n["content"]["viewerVote"] for n in first] == [-1]
    assert [(n["attempt"], n["content"]["viewerVote"]) for n in nodes] == [(3, 1), (2, 0), (1, -1)]
    assert len(one.captured_queries) == len(three.captured_queries)


def test_the_lesson_document_reaches_the_learner_without_quiz_answers(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    stored = quiz_content()
    lesson = holding(first_lesson(user, onboard), stored)
    query = "query($id: ID!) { lesson(id: $id) { content { content } } }"

    document = as_user(query, {"id": str(lesson.id)})["data"]["lesson"]["content"]["content"]

    questions = document["quiz"]["questions"]
    assert [set(q) for q in questions] == [{"question", "options"}] * 3
    assert [q["options"] for q in questions] == [
        q["options"] for q in stored.content["quiz"]["questions"]
    ]
    assert document["title"] == stored.content["title"]
    # The stored content keeps them: the server scores with them.
    stored.refresh_from_db()
    assert all("answer" in q for q in stored.content["quiz"]["questions"])


SUBMIT_VERSION = """mutation($id: ID!, $answers: [Int!]!, $content: ID) {
  submitQuiz(lessonId: $id, answers: $answers, contentId: $content) { score } }"""


def test_answers_to_a_version_the_lesson_no_longer_shows_are_refused(
    as_user: GraphQL, user: User, onboard: Callable[..., Any]
) -> None:
    lesson = holding(first_lesson(user, onboard), quiz_content())
    answered = lesson.content_id
    holding(lesson, quiz_content())  # a new version arrived meanwhile

    stale = as_user(
        SUBMIT_VERSION, {"id": str(lesson.id), "answers": [1, 0, 3], "content": str(answered)}
    )
    current = as_user(
        SUBMIT_VERSION,
        {"id": str(lesson.id), "answers": [1, 0, 3], "content": str(lesson.content_id)},
    )

    assert error_of(stale)["extensions"]["code"] == "CONTENT_CHANGED"
    assert current["data"]["submitQuiz"]["score"] == 100
    assert list(QuizAttempt.objects.values_list("content_id", flat=True)) == [lesson.content_id]


LESSON_PAGE = """query($id: ID!) { lesson(id: $id) {
  id personalIntro progress { status quizScore timeSpentSeconds startedAt completedAt }
  content { id viewerVote viewerFlagged } } }"""


def _lesson_page(as_user: GraphQL, lesson: Lesson) -> tuple[int, dict[str, Any]]:
    with CaptureQueriesContext(connection) as queries:
        result = as_user(LESSON_PAGE, {"id": str(lesson.id)})
    assert "errors" not in result, result
    return len(queries.captured_queries), result["data"]["lesson"]


def test_a_lesson_costs_the_same_statements_whatever_the_viewer_did_with_it(
    as_user: GraphQL, user: User, other_user: User, onboard: Callable[..., Any]
) -> None:
    """The viewer's progress, introduction, vote and open flag come with the lesson's own
    statement: a bare lesson and one with all of them cost the same."""
    bare = first_lesson(user, onboard)
    bare_count, bare_page = _lesson_page(as_user, bare)
    shared = quiz_content()
    lesson = holding(first_lesson(user, onboard), shared)
    lesson_start(user=user, lesson_id=lesson.id)
    LessonProgress.objects.filter(user=user, lesson=lesson).update(quiz_score=80)
    PersonalIntro.objects.create(user=user, lesson=lesson, content=shared, text="Why it matters.")
    lesson_vote_set(user=user, content_id=shared.id, value=-1)
    content_flag_create(user=user, content_id=shared.id, reason=FlagReason.OUTDATED)
    # Another learner's rows on the same content are not the viewer's.
    theirs = holding(first_lesson(other_user, onboard), shared)
    lesson_start(user=other_user, lesson_id=theirs.id)
    lesson_vote_set(user=other_user, content_id=shared.id, value=1)

    full_count, full_page = _lesson_page(as_user, lesson)

    assert bare_page["progress"] is None
    assert (bare_page["personalIntro"], bare_page["content"]) == (None, None)
    assert full_page["personalIntro"] == "Why it matters."
    assert (full_page["progress"]["status"], full_page["progress"]["quizScore"]) == (
        "IN_PROGRESS",
        80,
    )
    assert full_page["progress"]["startedAt"]
    assert full_page["progress"]["completedAt"] is None
    assert full_page["content"] == {"id": str(shared.id), "viewerVote": -1, "viewerFlagged": True}
    assert full_count == bare_count, (bare_count, full_count)
    # The bearer token's session, then the lesson with everything above.
    assert full_count == 2, full_count
