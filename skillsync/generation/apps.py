from django.apps import AppConfig


class GenerationConfig(AppConfig):
    name = "skillsync.generation"
    label = "generation"
    default_auto_field = "django.db.models.BigAutoField"
