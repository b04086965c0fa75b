from django.apps import AppConfig


class SkillSyncConfig(AppConfig):
    """The project package itself: home of the CLI's management commands."""

    name = "skillsync"
    label = "skillsync"
