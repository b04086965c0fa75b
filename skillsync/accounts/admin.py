from __future__ import annotations

from django.contrib import admin

from skillsync.accounts.models import LearnerProfile, User


@admin.register(User)
class UserAdmin(admin.ModelAdmin[User]):
    list_display = ["email", "role", "is_active", "date_joined"]
    list_filter = ["role", "is_active"]
    search_fields = ["email"]
    exclude = ["password"]


@admin.register(LearnerProfile)
class LearnerProfileAdmin(admin.ModelAdmin[LearnerProfile]):
    list_display = ["user", "learning_style", "experience_level", "weekly_hours"]
    list_filter = ["learning_style", "experience_level"]
