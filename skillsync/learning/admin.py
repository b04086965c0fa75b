from __future__ import annotations

from django.contrib import admin

from skillsync.learning.models import LessonContent, Roadmap


@admin.register(Roadmap)
class RoadmapAdmin(admin.ModelAdmin[Roadmap]):
    list_display = ["title", "owner", "difficulty", "status", "created_at"]
    list_filter = ["status", "difficulty"]
    search_fields = ["title", "skill", "owner__email"]


@admin.register(LessonContent)
class LessonContentAdmin(admin.ModelAdmin[LessonContent]):
    list_display = [
        "topic",
        "learning_style",
        "difficulty",
        "generation_attempt",
        "reusable",
        "approval_status",
        "upvotes",
        "hidden_from_reuse",
    ]
    list_filter = [
        "approval_status",
        "hidden_from_reuse",
        "learning_style",
        "difficulty",
        "reusable",
    ]
    search_fields = ["topic", "cache_key"]
    # Changed only by the curation workflow (skillsync/community), which audits every change
    # and keeps the counts in step with the votes.
    readonly_fields = [
        "approval_status",
        "hidden_from_reuse",
        "upvotes",
        "downvotes",
        "weighted_upvotes",
        "weighted_downvotes",
    ]
