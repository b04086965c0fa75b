from __future__ import annotations

from django.contrib import admin

from skillsync.community.models import LessonVote


@admin.register(LessonVote)
class LessonVoteAdmin(admin.ModelAdmin[LessonVote]):
    """Read-only: the counts on LessonContent are kept in step with these rows by the vote
    service, and an edit here would put them out of step."""

    list_display = ["created_at", "updated_at", "value", "content", "user"]
    list_filter = ["value"]
    raw_id_fields = ["content", "user"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False
