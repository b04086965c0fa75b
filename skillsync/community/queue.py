"""The review queue: shared lessons awaiting curators, most used first.

In the queue: shared content (never a learner's personal version) that is not rejected and is
pending, has open flags, or is hidden from reuse by flags. ``ALL`` lists all of it, ``PENDING``
the pending part (flagged or not), ``FLAGGED`` the flagged part (whatever its status). Order:
impact (how many learners have a lesson showing it now) first, then the oldest, then the id;
pages follow a keyset cursor over that order (``first`` at most 50). Impact moves while a
curator pages, so an entry can move across a page boundary between two pages.

A page costs a fixed number of queries whatever its size: the page with its impact and open
flags as subqueries, the total, and one query each for the viewer's votes and flags, the
reviews with the viewer's votes on them, and the authors.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce

from skillsync.accounts.models import User
from skillsync.community.choices import QueueFilter
from skillsync.community.models import ContentFlag
from skillsync.community.permissions import (
    ContentState,
    Curator,
    Operation,
    Refusal,
    require,
    review_refusal,
)
from skillsync.community.selectors import (
    access_reviewable_content,
    conflict_of_interest,
    content_authors,
    curator_of,
    reviewable_contents,
    reviews_with_viewer_votes,
    viewer_flags_prefetch,
    viewer_votes_prefetch,
)
from skillsync.core.errors import InvalidInputError
from skillsync.learning.choices import ApprovalStatus
from skillsync.learning.models import Lesson, LessonContent

MAX_PAGE_SIZE = 50


def _open_flags() -> QuerySet[ContentFlag]:
    return ContentFlag.objects.filter(content=OuterRef("pk"), resolved_at__isnull=True)


def _impact() -> Coalesce:
    # Learners whose roadmap still has the lesson (a removed lesson or module is not in use).
    learners = (
        Lesson.objects.filter(
            content=OuterRef("pk"), removed_at__isnull=True, module__removed_at__isnull=True
        )
        .order_by()
        .values("content")
        .annotate(n=Count("module__roadmap__owner", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(learners, output_field=IntegerField()), 0)


def _open_flag_count() -> Coalesce:
    counted = _open_flags().order_by().values("content").annotate(n=Count("id")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


# LessonContent rows, or the same rows as the admin's proxy model.
type Contents = QuerySet[Any]


def with_review_facts(contents: Contents) -> Contents:
    """``impact``, ``open_flag_count`` and ``open_flag_reasons`` on each content."""
    reasons = _open_flags().order_by("reason").values("reason").distinct()
    annotated: Contents = contents.annotate(
        impact=_impact(),
        open_flag_count=_open_flag_count(),
        open_flag_reasons=ArraySubquery(reasons),
    )
    return annotated


def review_queue_contents(
    queue_filter: str = QueueFilter.ALL, *, base: Contents | None = None
) -> Contents:
    """The queue's contents (unordered, without the facts), from ``base`` (all contents, or
    the same rows as a proxy model)."""
    flagged = Q(hidden_from_reuse=True) | Q(Exists(_open_flags()))
    pending = Q(approval_status=ApprovalStatus.PENDING)
    wanted = {
        QueueFilter.ALL: pending | flagged,
        QueueFilter.PENDING: pending,
        QueueFilter.FLAGGED: flagged,
    }[QueueFilter(queue_filter)]
    contents = base if base is not None else reviewable_contents()
    return (
        contents.filter(personal_lesson__isnull=True)
        .exclude(approval_status=ApprovalStatus.REJECTED)
        .filter(wanted)
    )


def ordered_queue(queue_filter: str = QueueFilter.ALL, *, base: Contents | None = None) -> Contents:
    """The queue in its order, with the facts."""
    contents = review_queue_contents(queue_filter, base=base)
    return with_review_facts(contents).order_by("-impact", "created_at", "id")


@dataclass(frozen=True)
class ReviewEntry:
    """One content as a curator sees it. ``content`` carries the viewer's votes and flags
    (``viewer_votes``, ``viewer_flags``) and its reviews newest first (``review_list``, each
    with ``viewer_review_votes``). ``refusal``: why the viewer may not decide on it now."""

    content: LessonContent
    impact: int
    open_flags: int
    flag_reasons: list[str]
    refusal: Refusal | None

    @property
    def cursor(self) -> str:
        return encode_cursor(self.content)


@dataclass(frozen=True)
class ReviewQueuePage:
    entries: list[ReviewEntry]
    total_count: int
    has_next_page: bool

    @property
    def end_cursor(self) -> str | None:
        return self.entries[-1].cursor if self.entries else None


def encode_cursor(content: LessonContent) -> str:
    impact = getattr(content, "impact", 0)
    raw = f"queue:{impact}:{content.created_at.isoformat()}:{content.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_cursor(cursor: str) -> tuple[int, datetime, uuid.UUID]:
    try:
        kind, impact, rest = base64.urlsafe_b64decode(cursor.encode()).decode().split(":", 2)
        created, _, pk = rest.rpartition(":")
        if kind == "queue":
            return int(impact), datetime.fromisoformat(created), uuid.UUID(pk)
    except (binascii.Error, UnicodeError, ValueError):
        pass
    raise InvalidInputError("after", "not a cursor of this list")


def _entries(viewer: User, curator: Curator, contents: list[LessonContent]) -> list[ReviewEntry]:
    """Entries for ``contents`` (annotated by ``with_review_facts``): four queries for any
    number of them."""
    prefetch_related_objects(
        contents,
        viewer_votes_prefetch(viewer),
        viewer_flags_prefetch(viewer),
        Prefetch(
            "reviews", queryset=reviews_with_viewer_votes(viewer=viewer), to_attr="review_list"
        ),
    )
    authors = content_authors(content_ids=[content.pk for content in contents])
    entries = []
    for content in contents:
        attrs: dict[str, Any] = vars(content)  # the annotations and prefetched lists
        conflict = conflict_of_interest(
            user_id=viewer.pk,
            author_id=authors.get(content.pk),
            voted=bool(attrs["viewer_votes"]),
            flagged=bool(attrs["viewer_flags"]),
        )
        state = ContentState(
            status=content.approval_status,
            hidden=content.hidden_from_reuse,
            open_flags=attrs["open_flag_count"],
        )
        entries.append(
            ReviewEntry(
                content=content,
                impact=attrs["impact"],
                open_flags=attrs["open_flag_count"],
                flag_reasons=list(attrs["open_flag_reasons"] or []),
                refusal=review_refusal(curator, state, None, conflict),
            )
        )
    return entries


def review_queue(
    *,
    viewer: User,
    first: int = 20,
    after: str | None = None,
    queue_filter: str = QueueFilter.ALL,
) -> ReviewQueuePage:
    """A page of the queue for a contributor or above (FORBIDDEN for others)."""
    curator = curator_of(viewer)
    require(curator, Operation.VIEW_QUEUE)
    first = max(1, min(first, MAX_PAGE_SIZE))
    contents = ordered_queue(queue_filter)
    if after is not None:
        impact, created, pk = _decode_cursor(after)
        contents = contents.filter(
            Q(impact__lt=impact)
            | Q(impact=impact, created_at__gt=created)
            | Q(impact=impact, created_at=created, id__gt=pk)
        )
    page = list(contents[: first + 1])
    return ReviewQueuePage(
        entries=_entries(viewer, curator, page[:first]),
        total_count=review_queue_contents(queue_filter).count(),
        has_next_page=len(page) > first,
    )


def review_entry(*, viewer: User, content_id: str | uuid.UUID) -> ReviewEntry:
    """Any shared content as a curator sees it, in the queue or not (contributors and above:
    FORBIDDEN for others; NOT_FOUND for a missing id or a personal version)."""
    curator = curator_of(viewer)
    require(curator, Operation.VIEW_ITEM)
    found = access_reviewable_content(content_id=content_id)
    content = with_review_facts(LessonContent.objects.filter(pk=found.pk)).get()
    return _entries(viewer, curator, [content])[0]
