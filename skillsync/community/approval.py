"""The approval workflow: every change of a content's approval status, or of its hiding from
reuse, happens here, under the content's row lock, with its audit row (``ApprovalEvent``).

| from            | votes    | mentor                             | senior mentor, admin       |
| --------------- | -------- | ---------------------------------- | -------------------------- |
| pending         | approved | approved, rejected                 | + mentor_verified          |
| approved        |          | rejected (only if flagged)         | rejected, mentor_verified  |
| mentor_verified |          |                                    | rejected                   |
| rejected        |          |                                    | approved, mentor_verified  |

(``permissions.py`` decides who may; rejecting includes requesting changes.)

- Auto-approval (``auto_approve``): after a vote, pending content not hidden by flags whose
  weighted net votes reach ``COMMUNITY_AUTO_APPROVE_NET`` and whose up votes hold at least
  ``COMMUNITY_AUTO_APPROVE_RATIO`` of the weight is approved (source ``auto_votes``, no actor).
  Votes never take an approval back: that is a review's job.
- Flags (``flags_hide``): open flags weighing ``COMMUNITY_FLAG_HIDE_WEIGHT`` hide the content
  from reuse (source ``flags``), whatever its status, until a binding review settles them.
- A binding review or an admin (``status_change`` with source ``review`` / ``admin``) sets the
  status, settles every open flag (dismissed by approving or verifying, which also lifts the
  hiding; upheld by rejecting), and moves the reviews' outcomes (``reputation.reviews_settle``).
  Rejecting content — plainly or with requested changes — asks generation for its replacement
  (``generation.replacement.content_replacement_request``): a fresh lesson, or a revision
  steered by the requested changes, which every lesson still showing the rejected content
  moves to. Rejected content is never served again (``reuse.selectors.reusable_contents``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from skillsync.accounts.models import User
from skillsync.community.choices import VETTED, ApprovalSource, FlagResolution
from skillsync.community.models import ApprovalEvent, ContentFlag, MentorReview
from skillsync.community.models.reviews import REASON_MAX_LENGTH
from skillsync.community.reputation import reviews_settle
from skillsync.community.selectors import open_flags_weight
from skillsync.learning.choices import ApprovalStatus
from skillsync.learning.models import LessonContent

_BINDING = frozenset({ApprovalSource.REVIEW, ApprovalSource.ADMIN})


def content_locked(content_id: uuid.UUID) -> LessonContent:
    """The content, re-read under its row lock (held until the transaction ends)."""
    return LessonContent.objects.select_for_update().get(pk=content_id)


def _open_flags(content: LessonContent) -> QuerySet[ContentFlag]:
    return ContentFlag.objects.filter(content=content, resolved_at__isnull=True)


def _record(
    content: LessonContent,
    *,
    status: str,
    hidden: bool,
    actor: User | None,
    source: str,
    review: MentorReview | None = None,
    reason: str = "",
) -> ApprovalEvent | None:
    """Apply a status and hiding to the (locked) content and audit the change; None when
    neither changes."""
    before, hidden_before = content.approval_status, content.hidden_from_reuse
    if (before, hidden_before) == (status, hidden):
        return None
    content.approval_status, content.hidden_from_reuse = status, hidden
    content.save(update_fields=["approval_status", "hidden_from_reuse", "updated_at"])
    return ApprovalEvent.objects.create(
        content=content,
        from_status=before,
        to_status=status,
        hidden_before=hidden_before,
        hidden_after=hidden,
        actor=actor,
        source=source,
        review=review,
        reason=reason[:REASON_MAX_LENGTH],
    )


def status_change(
    content: LessonContent,
    *,
    status: str,
    actor: User | None,
    source: str,
    review: MentorReview | None = None,
    reason: str = "",
    instruction: str = "",
) -> ApprovalEvent | None:
    """Give the locked ``content`` a status (see the module's description). ``instruction``:
    the changes a rejection requested, which steer its replacement."""
    before = content.approval_status
    hidden = content.hidden_from_reuse
    if source in _BINDING:
        resolution = FlagResolution.DISMISSED if status in VETTED else FlagResolution.UPHELD
        _open_flags(content).update(
            resolved_at=timezone.now(), resolved_by=actor, resolution=resolution
        )
        hidden = hidden and status not in VETTED
    event = _record(
        content,
        status=status,
        hidden=hidden,
        actor=actor,
        source=source,
        review=review,
        reason=reason,
    )
    if status == ApprovalStatus.REJECTED and before != ApprovalStatus.REJECTED:
        # Imported here: generation imports learning and reuse, never community.
        from skillsync.generation.replacement import content_replacement_request

        content_replacement_request(content=content, instruction=instruction, requested_by=actor)
    if source in _BINDING:
        reviews_settle(content_id=content.pk, status=status)
    return event


def auto_approve(content: LessonContent) -> ApprovalEvent | None:
    """Approve the locked ``content`` if its weighted votes call for it (after a vote)."""
    if content.approval_status != ApprovalStatus.PENDING or content.hidden_from_reuse:
        return None
    up, down = Decimal(content.weighted_upvotes), Decimal(content.weighted_downvotes)
    net_needed = Decimal(str(settings.COMMUNITY_AUTO_APPROVE_NET))
    ratio_needed = Decimal(str(settings.COMMUNITY_AUTO_APPROVE_RATIO))
    if up - down < net_needed or up <= 0 or up < ratio_needed * (up + down):
        return None
    share = up / (up + down)
    return status_change(
        content,
        status=ApprovalStatus.APPROVED,
        actor=None,
        source=ApprovalSource.AUTO_VOTES,
        reason=f"weighted votes {up} up, {down} down: net {up - down}, {share:.0%} up",
    )


def flags_hide(content: LessonContent) -> ApprovalEvent | None:
    """Hide the locked ``content`` from reuse if its open flags weigh enough (after a
    flag)."""
    if content.hidden_from_reuse or content.approval_status == ApprovalStatus.REJECTED:
        return None
    weight = open_flags_weight(content_id=content.pk)
    if weight < Decimal(str(settings.COMMUNITY_FLAG_HIDE_WEIGHT)):
        return None
    return _record(
        content,
        status=content.approval_status,
        hidden=True,
        actor=None,
        source=ApprovalSource.FLAGS,
        reason=f"open flags weigh {weight}",
    )
