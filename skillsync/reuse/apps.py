from __future__ import annotations

from django.apps import AppConfig


class ReuseConfig(AppConfig):
    name = "skillsync.reuse"
    label = "reuse"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Content reuse"
