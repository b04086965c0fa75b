from __future__ import annotations

from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "skillsync.research"
    label = "research"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Research"

    def ready(self) -> None:
        from skillsync.research import checks  # noqa: F401 - registers the deployment checks
