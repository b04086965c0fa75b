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
    ]
    list_filter = ["approval_status", "learning_style", "difficulty", "reusable"]
    search_fields = ["topic", "cache_key"]
