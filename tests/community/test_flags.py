"""Flags: who may flag, once while open, weighed like votes; enough of them hide a lesson from
reuse until a binding review settles them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.conf import LazySettings

from skillsync.community.choices import ApprovalSource
from skillsync.community.flags import content_flag_create
from skillsync.community.models import ApprovalEvent, ContentFlag
from skillsync.community.reviews import content_review_create
from skillsync.core.errors import ErrorCode, SkillSyncError
from skillsync.learning.models import Lesson, LessonContent
from skillsync.learning.services import lesson_start
from skillsync.reuse.selectors import reusable_contents
from tests.community.support import (
    curator,
    holder,
    holding,
    learner,
    lesson_of,
    new_account,
    quiz_content,
)
from tests.factories import LessonContentFactory

pytestmark = pytest.mark.django_db


def _flag(content: LessonContent, reason: str = "incorrect", **kwargs: str) -> ContentFlag:
    return content_flag_create(user=holder(content), content_id=content.id, reason=reason, **kwargs)


def _code(call: object) -> tuple[str, dict[str, object]]:
    assert callable(call)
    with pytest.raises(SkillSyncError) as caught:
        call()
    return caught.value.code.value, caught.value.extensions


def _hidden(content: LessonContent) -> bool:
    return LessonContent.objects.get(pk=content.pk).hidden_from_reuse


def test_a_learner_flags_a_lesson_they_opened() -> None:
    content = quiz_content()

    flag = _flag(content, "outdated", details="  Python 2 print statements\r\nthroughout  ")

    assert (flag.reason, flag.details, flag.weight) == (
        "outdated",
        "Python 2 print statements\nthroughout",
        Decimal("1.00"),
    )
    assert flag.resolved_at is None
    assert not _hidden(content)


def test_who_may_not_flag_is_refused_without_a_trace() -> None:
    content = quiz_content()
    outsider = holder(quiz_content())  # holds another content
    unopened = holder(content, opened=False)

    codes = [
        _code(lambda: content_flag_create(user=outsider, content_id=content.id, reason="unsafe")),
        _code(lambda: content_flag_create(user=unopened, content_id=content.id, reason="unsafe")),
    ]

    assert [code for code, _ in codes] == ["NOT_FOUND", "LESSON_NOT_OPENED"]
    assert not ContentFlag.objects.exists()


@pytest.mark.parametrize(
    ("reason", "details", "field", "why"),
    [
        ("boring", "", "reason", None),
        ("other", "x" * 1001, "details", "TOO_LONG"),
        ("other", "looks fine\x00", "details", "CONTROL_CHARACTER"),
        ("other", "hidden \u202e text", "details", "CONTROL_CHARACTER"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    reason: str, details: str, field: str, why: str | None
) -> None:
    content = quiz_content()
    user = holder(content)

    code, extensions = _code(
        lambda: content_flag_create(
            user=user, content_id=content.id, reason=reason, details=details
        )
    )

    assert (code, extensions["field"], extensions.get("reason")) == ("INVALID_INPUT", field, why)
    assert not ContentFlag.objects.exists()


def test_one_open_flag_per_learner_and_content() -> None:
    content = quiz_content()
    user = holder(content)
    content_flag_create(user=user, content_id=content.id, reason="incorrect")

    code, extensions = _code(
        lambda: content_flag_create(user=user, content_id=content.id, reason="unsafe")
    )

    assert (code, extensions["field"]) == ("CONFLICT", "contentId")
    assert ContentFlag.objects.count() == 1


def test_flags_reaching_the_weight_hide_the_lesson_from_reuse() -> None:
    content = quiz_content()
    _flag(content)
    _flag(content, "unsafe")
    assert not _hidden(content)  # 2 of 3
    assert reusable_contents().filter(pk=content.pk).exists()

    _flag(content, "off_topic")

    assert _hidden(content)
    assert not reusable_contents().filter(pk=content.pk).exists()
    event = ApprovalEvent.objects.get(content=content)
    assert (event.source, event.from_status, event.to_status, event.actor) == (
        ApprovalSource.FLAGS,
        "pending",
        "pending",
        None,
    )
    assert (event.hidden_before, event.hidden_after) == (False, True)
    assert event.reason == "open flags weigh 3.00"


def test_flags_weigh_like_votes(settings: LazySettings) -> None:
    settings.COMMUNITY_FLAG_HIDE_WEIGHT = 1
    content = quiz_content()
    for _ in range(3):
        content_flag_create(
            user=new_account(holder(content)), content_id=content.id, reason="incorrect"
        )
    assert not _hidden(content)  # 3 x 0.25

    content_flag_create(user=new_account(holder(content)), content_id=content.id, reason="other")

    assert _hidden(content)


def test_approved_and_verified_content_can_be_hidden_too(settings: LazySettings) -> None:
    settings.COMMUNITY_FLAG_HIDE_WEIGHT = 1
    approved, verified = quiz_content(), quiz_content()
    LessonContent.objects.filter(pk=approved.pk).update(approval_status="approved")
    LessonContent.objects.filter(pk=verified.pk).update(approval_status="mentor_verified")

    _flag(approved)
    _flag(verified)

    assert _hidden(approved)
    assert _hidden(verified)


def test_a_mentors_approval_dismisses_the_flags_and_restores_reuse(
    settings: LazySettings,
) -> None:
    settings.COMMUNITY_FLAG_HIDE_WEIGHT = 2
    content = quiz_content()
    flags = [_flag(content), _flag(content)]
    mentor = curator("mentor")

    content_review_create(
        reviewer=mentor, content_id=content.id, decision="approve", comments="Checked: correct."
    )

    content.refresh_from_db()
    assert (content.approval_status, content.hidden_from_reuse) == ("approved", False)
    assert reusable_contents().filter(pk=content.pk).exists()
    for flag in flags:
        flag.refresh_from_db()
        assert (flag.resolution, flag.resolved_by) == ("dismissed", mentor)
        assert flag.resolved_at is not None
    event = ApprovalEvent.objects.filter(content=content).latest("created_at")
    assert (event.source, event.hidden_before, event.hidden_after, event.actor) == (
        ApprovalSource.REVIEW,
        True,
        False,
        mentor,
    )
    # The learners may flag it again: their flags were settled.
    assert _flag(content).resolved_at is None


def test_a_rejection_upholds_the_flags_and_the_lesson_stays_out_of_reuse(
    settings: LazySettings,
) -> None:
    settings.COMMUNITY_FLAG_HIDE_WEIGHT = 1
    content = quiz_content()
    flag = _flag(content, "unsafe")

    content_review_create(
        reviewer=curator("mentor"),
        content_id=content.id,
        decision="reject",
        comments="Unsafe advice.",
    )

    flag.refresh_from_db()
    content.refresh_from_db()
    assert flag.resolution == "upheld"
    assert (content.approval_status, content.hidden_from_reuse) == ("rejected", True)
    assert not reusable_contents().filter(pk=content.pk).exists()


def test_flags_on_a_learners_own_version_hide_nothing(settings: LazySettings) -> None:
    settings.COMMUNITY_FLAG_HIDE_WEIGHT = 1
    user = learner()
    lesson = lesson_of(user)
    version = LessonContentFactory.create(personal_lesson=lesson, reusable=False)
    holder(version, user)

    flag = content_flag_create(user=user, content_id=version.id, reason="incorrect")

    assert flag.resolved_at is None
    assert not _hidden(version)
    assert not ApprovalEvent.objects.exists()


def test_flags_are_throttled_per_learner(settings: LazySettings) -> None:
    settings.COMMUNITY_FLAGS_PER_USER = (2, 86_400)
    user = learner()
    contents = [quiz_content() for _ in range(3)]
    lessons = Lesson.objects.filter(module__roadmap__owner=user).order_by(
        "module__position", "position"
    )
    for lesson, content in zip(lessons[:3], contents, strict=True):
        holding(lesson, content)
        lesson_start(user=user, lesson_id=lesson.id)

    for content in contents[:2]:
        content_flag_create(user=user, content_id=content.id, reason="other")
    code, extensions = _code(
        lambda: content_flag_create(user=user, content_id=contents[2].id, reason="other")
    )

    assert code == ErrorCode.RATE_LIMITED.value
    assert int(str(extensions["retryAfter"])) >= 1
    assert ContentFlag.objects.count() == 2
