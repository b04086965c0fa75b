"""The cost controls in the Django admin: the one row, edited through the same service as the
GraphQL mutation (so every change is audited), and the audit, read-only."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.forms import ModelForm
from django.http import HttpRequest

from skillsync.accounts.models import User
from skillsync.analytics.cost_controls import cost_controls_set
from skillsync.analytics.models import SINGLETON_ID, CostControlChange, CostControls


@admin.register(CostControls)
class CostControlsAdmin(admin.ModelAdmin[CostControls]):
    """Empty a field to go back to its default (the environment's cap; no lesson budget)."""

    list_display = ["__str__", "daily_cost_cap_usd", "per_lesson_budget_usd", "updated_at"]
    fields = ["daily_cost_cap_usd", "per_lesson_budget_usd", "updated_at", "updated_by"]
    readonly_fields = ["updated_at", "updated_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not CostControls.objects.filter(pk=SINGLETON_ID).exists()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(
        self, request: HttpRequest, obj: CostControls, form: ModelForm[CostControls], change: bool
    ) -> None:
        daily, lesson = obj.daily_cost_cap_usd, obj.per_lesson_budget_usd
        user = request.user if isinstance(request.user, User) else None
        cost_controls_set(
            user=user,
            daily_cost_cap_usd=daily,
            per_lesson_budget_usd=lesson,
            clear_daily_cost_cap=daily is None,
            clear_per_lesson_budget=lesson is None,
        )
        obj.refresh_from_db()


@admin.register(CostControlChange)
class CostControlChangeAdmin(admin.ModelAdmin[CostControlChange]):
    list_display = ["changed_at", "changed_by_email", "field", "old_value", "new_value"]
    list_filter = ["field"]
    date_hierarchy = "changed_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
