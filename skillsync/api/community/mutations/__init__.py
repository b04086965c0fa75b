"""One mutation per module; this class gathers them."""

from __future__ import annotations

import strawberry

from . import flag_lesson, mentor_review_lesson, set_mentor_tier, vote_lesson, vote_review


@strawberry.type
class CommunityMutation:
    vote_lesson = vote_lesson.field
    flag_lesson = flag_lesson.field
    mentor_review_lesson = mentor_review_lesson.field
    vote_review = vote_review.field
    set_mentor_tier = set_mentor_tier.field
