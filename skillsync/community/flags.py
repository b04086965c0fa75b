"""Learners flag lessons: a report with a reason that curators see in their queue.

Only a learner whose lesson shows the content and who opened it may flag it (NOT_FOUND /
LESSON_NOT_OPENED, as for votes), once while their flag is open (CONFLICT). A flag is weighed
like a vote (``weights.py``); when the open flags weigh ``COMMUNITY_FLAG_HIDE_WEIGHT`` the
content is hidden from reuse until a binding review settles them (``approval.py``). Flags on
one content are serialised by its row lock, so the one that reaches the weight is the one
that hides it. A learner's own regenerated version may be flagged too, but nobody else is
served it: such flags reach no queue and hide nothing.
"""

from __future__ import annotations

import uuid

from django.db import transaction

from skillsync.accounts.models import User
from skillsync.community.approval import content_locked, flags_hide
from skillsync.community.choices import FlagReason
from skillsync.community.models import FLAG_DETAILS_MAX_LENGTH, ContentFlag
from skillsync.community.selectors import content_opened_by
from skillsync.community.throttles import Action, curation_throttle
from skillsync.community.weights import cast_weight
from skillsync.core.errors import ErrorCode, InvalidInputError, SkillSyncError
from skillsync.core.text import clean_paragraphs
from skillsync.learning.selectors import access_lesson_content


@transaction.atomic
def content_flag_create(
    *, user: User, content_id: str | uuid.UUID, reason: str, details: str = ""
) -> ContentFlag:
    """Flag content one of the learner's lessons shows and that they opened. Counts against
    the learner's flag limit (RATE_LIMITED)."""
    content = access_lesson_content(user=user, content_id=content_id)
    if reason not in FlagReason.values:
        raise InvalidInputError("reason", f"unknown reason {str(reason)[:20]!r}")
    text = clean_paragraphs("details", details, max_chars=FLAG_DETAILS_MAX_LENGTH, required=False)
    if not content_opened_by(user=user, content_id=content.pk):
        raise SkillSyncError(ErrorCode.LESSON_NOT_OPENED, "open the lesson before flagging it")
    content = content_locked(content.pk)
    if ContentFlag.objects.filter(user=user, content=content, resolved_at__isnull=True).exists():
        raise SkillSyncError(
            ErrorCode.CONFLICT, "you flagged this lesson already", field="content_id"
        )
    curation_throttle(user=user, action=Action.FLAG)
    flag = ContentFlag.objects.create(
        user=user,
        content=content,
        reason=reason,
        details=text,
        weight=cast_weight(user=user, content_id=content.pk),
    )
    if content.personal_lesson_id is None:
        flags_hide(content)
    return flag
