"""The review queue: what is in it, its order (impact, then the oldest), its pages, and a fixed
number of SQL queries per page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.community.flags import content_flag_create
from skillsync.community.reviews import content_review_create, review_vote_set
from skillsync.community.services import lesson_vote_set
from skillsync.learning.models import LessonContent
from tests.community.support import (
    authored,
    curator,
    holder,
    holding,
    learner,
    lesson_of,
    quiz_content,
)
from tests.conftest import GraphQL, access_token, post_graphql
from tests.factories import LessonContentFactory

pytestmark = pytest.mark.django_db

QUEUE = """query($first: Int!, $after: String, $filter: ReviewQueueFilter!) {
  reviewQueue(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { cursor impact openFlags flagReasons hiddenFromReuse canDecide blockedReason
      fullContent
      content { id topic approvalStatus upvotes viewerVote viewerFlagged hiddenFromReuse }
      reviews { id decision binding reviewerTier comments requestedChanges helpful unhelpful
        viewerVote mine } } } }"""


@pytest.fixture
def as_mentor(client: Any) -> tuple[User, GraphQL]:
    mentor = curator("mentor")
    token = access_token(mentor)

    def run(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        return post_graphql(client, query, variables, token=token)

    return mentor, run


def _aged(content: LessonContent, days: int) -> LessonContent:
    LessonContent.objects.filter(pk=content.pk).update(
        created_at=timezone.now() - timedelta(days=days)
    )
    content.refresh_from_db()
    return content


def _used_by(count: int, *, days: int = 1, **fields: Any) -> LessonContent:
    content = _aged(quiz_content(), days)
    if fields:
        LessonContent.objects.filter(pk=content.pk).update(**fields)
    for _ in range(count):
        holder(content)
    return content


def _page(run: GraphQL, first: int = 20, after: str | None = None, flt: str = "ALL") -> Any:
    result = run(QUEUE, {"first": first, "after": after, "filter": flt})
    assert "errors" not in result, result
    return result["data"]["reviewQueue"]


def test_the_queue_holds_pending_and_flagged_shared_content_most_used_first(
    as_mentor: tuple[User, GraphQL],
) -> None:
    _, run = as_mentor
    popular = _used_by(3, days=1)
    old = _used_by(1, days=9)
    young = _used_by(1, days=2)
    unused = _used_by(0, days=30)
    flagged_approved = _used_by(2, days=5, approval_status="approved")
    content_flag_create(
        user=holder(flagged_approved), content_id=flagged_approved.id, reason="outdated"
    )
    hidden_verified = _used_by(1, days=4, approval_status="mentor_verified", hidden_from_reuse=True)
    # Not in the queue: settled, rejected, or a learner's own version.
    _used_by(2, approval_status="approved")
    _used_by(2, approval_status="rejected", hidden_from_reuse=True)
    own_lesson = lesson_of(learner())
    holding(own_lesson, LessonContentFactory.create(personal_lesson=own_lesson, reusable=False))

    page = _page(run)

    ids = [node["content"]["id"] for node in page["nodes"]]
    expected = [flagged_approved, popular, old, hidden_verified, young, unused]
    assert ids == [str(content.id) for content in expected]
    assert [node["impact"] for node in page["nodes"]] == [3, 3, 1, 1, 1, 0]
    assert page["totalCount"] == 6
    assert page["pageInfo"]["hasNextPage"] is False
    flagged = page["nodes"][0]
    assert (flagged["openFlags"], flagged["flagReasons"], flagged["hiddenFromReuse"]) == (
        1,
        ["OUTDATED"],
        False,
    )
    assert page["nodes"][3]["hiddenFromReuse"] is True
    # Reviewers see the answers learners do not.
    assert page["nodes"][1]["fullContent"]["quiz"]["questions"][0]["answer"] == "def"


@pytest.mark.parametrize(("flt", "count"), [("ALL", 3), ("PENDING", 2), ("FLAGGED", 2)])
def test_the_filters(as_mentor: tuple[User, GraphQL], flt: str, count: int) -> None:
    _, run = as_mentor
    _used_by(1)
    pending_flagged = _used_by(1)
    approved_flagged = _used_by(1, approval_status="approved")
    for content in (pending_flagged, approved_flagged):
        content_flag_create(user=holder(content), content_id=content.id, reason="other")

    assert _page(run, flt=flt)["totalCount"] == count


def test_pages_follow_the_cursor(as_mentor: tuple[User, GraphQL]) -> None:
    _, run = as_mentor
    contents = [_used_by(n % 3, days=n + 1) for n in range(7)]
    expected = sorted(contents, key=lambda c: (-c.lessons.count(), c.created_at))

    seen: list[str] = []
    after = None
    pages = 0
    while True:
        page = _page(run, first=3, after=after)
        pages += 1
        seen += [node["content"]["id"] for node in page["nodes"]]
        assert page["totalCount"] == 7
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
        assert after == page["nodes"][-1]["cursor"]

    assert pages == 3
    assert seen == [str(content.id) for content in expected]


def test_a_bad_cursor_is_invalid_input(as_mentor: tuple[User, GraphQL]) -> None:
    _, run = as_mentor

    for cursor in ("nonsense", "cXVldWU6eDp5Og=="):
        result = run(QUEUE, {"first": 5, "after": cursor, "filter": "ALL"})
        assert result["errors"][0]["extensions"] == {"code": "INVALID_INPUT", "field": "after"}


def _queue_queries(run: GraphQL) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        page = _page(run, first=50)
    return len(page["nodes"]), len(queries.captured_queries)


def test_a_page_costs_the_same_queries_however_many_entries_and_reviews(
    as_mentor: tuple[User, GraphQL],
) -> None:
    mentor, run = as_mentor

    def busy_content() -> None:
        content = _used_by(1)
        voter = holder(content)
        lesson_vote_set(user=voter, content_id=content.id, value=1)
        content_flag_create(user=voter, content_id=content.id, reason="unsafe")
        review = content_review_create(
            reviewer=curator("contributor"), content_id=content.id, decision="approve", comments=""
        )
        content_review_create(
            reviewer=curator("contributor"),
            content_id=content.id,
            decision="request_changes",
            comments="Needs work.",
            requested_changes="Fewer words.",
        )
        authored(content, voter)
        review_vote_set(user=mentor, review_id=review.id, value=1)

    busy_content()
    one_count, one = _queue_queries(run)
    for _ in range(6):
        busy_content()
    seven_count, seven = _queue_queries(run)

    assert (one_count, seven_count) == (1, 7)
    assert one == seven, (one, seven)
    assert one <= 12  # the request itself (auth, session) and the page


def test_can_decide_and_why_not(as_mentor: tuple[User, GraphQL], client: Any) -> None:
    mentor, run = as_mentor
    voted = _used_by(1)
    holder(voted, mentor)
    lesson_vote_set(user=mentor, content_id=voted.id, value=1)
    free = _used_by(1, days=3)
    verified = _used_by(1, days=4, approval_status="mentor_verified", hidden_from_reuse=True)

    nodes = {node["content"]["id"]: node for node in _page(run)["nodes"]}

    assert (nodes[str(free.id)]["canDecide"], nodes[str(free.id)]["blockedReason"]) == (True, None)
    assert nodes[str(voted.id)]["canDecide"] is False
    assert nodes[str(voted.id)]["blockedReason"] == "You voted on this lesson."
    assert nodes[str(voted.id)]["content"]["viewerVote"] == 1
    assert nodes[str(verified.id)]["blockedReason"] == (
        "This lesson is mentor_verified: only a senior mentor can change that."
    )
    contributor = access_token(curator("contributor"))
    advised = post_graphql(client, QUEUE, {"first": 5, "filter": "ALL"}, token=contributor)
    blocked = {node["blockedReason"] for node in advised["data"]["reviewQueue"]["nodes"]}
    assert blocked == {"Your reviews are advisory: a mentor decides."}


def test_learners_are_refused_the_queue(client: Any) -> None:
    token = access_token(curator("none"))

    result = post_graphql(client, QUEUE, {"first": 5, "filter": "ALL"}, token=token)

    assert result["data"] is None
    assert result["errors"][0]["extensions"] == {"code": "FORBIDDEN"}


def test_lessons_removed_from_a_roadmap_do_not_count_as_use(
    as_mentor: tuple[User, GraphQL],
) -> None:
    _, run = as_mentor
    content = _used_by(3)
    lessons = list(content.lessons.select_related("module").order_by("id"))
    lessons[0].removed_at = timezone.now()
    lessons[0].save(update_fields=["removed_at"])
    lessons[1].module.removed_at = timezone.now()
    lessons[1].module.save(update_fields=["removed_at"])

    assert [node["impact"] for node in _page(run)["nodes"]] == [1]
