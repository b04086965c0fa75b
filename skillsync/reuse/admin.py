from __future__ import annotations

from django.contrib import admin

from skillsync.reuse.models import ReuseLookup, TopicEmbedding


@admin.register(ReuseLookup)
class ReuseLookupAdmin(admin.ModelAdmin[ReuseLookup]):
    list_display = ["created_at", "outcome", "topic", "similarity", "refusal_reason", "latency_ms"]
    list_filter = ["outcome", "learning_style", "difficulty", "language"]
    search_fields = ["topic", "canonical_key", "refusal_reason"]
    date_hierarchy = "created_at"
    raw_id_fields = ["content", "refused_content", "user", "lesson"]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(TopicEmbedding)
class TopicEmbeddingAdmin(admin.ModelAdmin[TopicEmbedding]):
    list_display = ["topic", "learning_style", "difficulty", "language", "created_at"]
    list_filter = ["learning_style", "difficulty", "language", "model_version"]
    search_fields = ["topic", "canonical_key"]
    exclude = ["vector"]
    raw_id_fields = ["content"]
