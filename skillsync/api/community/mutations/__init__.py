"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import vote_lesson


@strawberry.type
class CommunityMutation:
    vote_lesson = vote_lesson.field
