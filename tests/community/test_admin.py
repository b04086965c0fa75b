"""The Django admin's curation pages: the review queue by impact, the read-only audit, and
tiers changed through the service."""

from __future__ import annotations

import pytest
from django.test import Client

from skillsync.accounts.models import User
from skillsync.community.flags import content_flag_create
from skillsync.community.models import ApprovalEvent, CurationProfile
from skillsync.community.reviews import content_review_create, content_status_admin_set
from skillsync.community.selectors import curator_of
from skillsync.core.errors import SkillSyncError
from skillsync.generation.models import GenerationRequest
from skillsync.learning.models import LessonContent
from tests.community.support import curator, holder, quiz_content

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client: Client) -> Client:
    admin = User.objects.create_superuser(email="root@example.org", password="x" * 20)
    web = Client()
    web.force_login(admin)
    return web


def test_the_review_queue_lists_the_most_used_lessons_first(staff: Client) -> None:
    rarely, often = quiz_content(), quiz_content()
    LessonContent.objects.filter(pk=rarely.pk).update(topic="Rarely used")
    LessonContent.objects.filter(pk=often.pk).update(topic="Often used")
    holder(rarely)
    for _ in range(3):
        holder(often)
    content_flag_create(user=holder(often), content_id=often.id, reason="unsafe")
    settled = quiz_content()
    LessonContent.objects.filter(pk=settled.pk).update(topic="Settled", approval_status="approved")

    page = staff.get("/admin/community/reviewqueueentry/")

    assert page.status_code == 200
    html = page.content.decode()
    assert html.index("Often used") < html.index("Rarely used")
    assert "Settled" not in html


@pytest.mark.parametrize(
    "model", ["contentflag", "mentorreview", "approvalevent", "curationprofile", "lessonvote"]
)
def test_the_curation_lists_open(staff: Client, model: str) -> None:
    content = quiz_content()
    voter = holder(content)
    content_flag_create(user=voter, content_id=content.id, reason="other")
    content_review_create(
        reviewer=curator("mentor"), content_id=content.id, decision="approve", comments="Ok."
    )

    assert staff.get(f"/admin/community/{model}/").status_code == 200


def test_the_audit_cannot_be_edited(staff: Client) -> None:
    content = quiz_content()
    holder(content)
    content_review_create(
        reviewer=curator("mentor"), content_id=content.id, decision="approve", comments="Ok."
    )
    event = ApprovalEvent.objects.get()

    answer = staff.post(f"/admin/community/approvalevent/{event.pk}/change/", {"reason": "x"})

    assert answer.status_code in (403, 200)
    event.refresh_from_db()
    assert event.reason == "Ok."
    assert staff.get("/admin/community/approvalevent/add/").status_code == 403


def test_an_admin_pins_a_tier_in_the_admin(staff: Client) -> None:
    user = curator("contributor")

    answer = staff.post(
        f"/admin/community/curationprofile/{user.pk}/change/",
        {"tier": "senior_mentor", "tier_pinned": "on"},
    )

    assert answer.status_code == 302, answer.content[:2000]
    assert curator_of(user).tier == "senior_mentor"
    profile = CurationProfile.objects.get(user=user)
    assert profile.pinned_by is not None
    assert profile.pinned_by.email == "root@example.org"


def test_an_admin_rejects_from_the_queue_audited_as_admin(staff: Client) -> None:
    content = quiz_content()
    holder(content)
    content_flag_create(user=holder(content), content_id=content.id, reason="unsafe")

    answer = staff.post(
        "/admin/community/reviewqueueentry/",
        {"action": "reject", "_selected_action": [str(content.pk)]},
    )

    assert answer.status_code == 302
    content.refresh_from_db()
    assert content.approval_status == "rejected"
    event = ApprovalEvent.objects.get()
    assert (event.source, event.actor.email if event.actor else None) == (
        "admin",
        "root@example.org",
    )
    assert event.reason == "set to rejected in the Django admin by root@example.org"
    assert content.flags.get().resolution == "upheld"
    assert GenerationRequest.objects.filter(kind="replace", regenerate_from=content).exists()


def test_only_admins_set_a_status_directly() -> None:
    content = quiz_content()
    holder(content)
    for tier in ("mentor", "senior_mentor"):
        with pytest.raises(SkillSyncError) as caught:
            content_status_admin_set(
                actor=curator(tier), content_id=content.id, status="approved", reason="Ok."
            )
        assert caught.value.code.value == "FORBIDDEN"
    admin = curator("admin")
    content_status_admin_set(actor=admin, content_id=content.id, status="approved", reason="Ok.")
    with pytest.raises(SkillSyncError) as caught:
        content_status_admin_set(
            actor=admin, content_id=content.id, status="approved", reason="Ok."
        )
    assert caught.value.code.value == "INVALID_TRANSITION"
    assert ApprovalEvent.objects.count() == 1
