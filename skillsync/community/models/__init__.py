"""Models of the community domain: votes, flags, reviews and their audit, curators' tiers."""

from skillsync.community.models.flags import FLAG_DETAILS_MAX_LENGTH, ContentFlag
from skillsync.community.models.queue import ReviewQueueEntry
from skillsync.community.models.reviews import (
    COMMENTS_MAX_LENGTH,
    REASON_MAX_LENGTH,
    REQUESTED_CHANGES_MAX_LENGTH,
    ApprovalEvent,
    MentorReview,
    ReviewVote,
)
from skillsync.community.models.tiers import CurationProfile
from skillsync.community.models.votes import LessonVote

__all__ = [
    "COMMENTS_MAX_LENGTH",
    "FLAG_DETAILS_MAX_LENGTH",
    "REASON_MAX_LENGTH",
    "REQUESTED_CHANGES_MAX_LENGTH",
    "ApprovalEvent",
    "ContentFlag",
    "CurationProfile",
    "LessonVote",
    "MentorReview",
    "ReviewQueueEntry",
    "ReviewVote",
]
