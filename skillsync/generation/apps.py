from django.apps import AppConfig


class GenerationConfig(AppConfig):
    name = "skillsync.generation"
    label = "generation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # A malformed provider catalog stops start-up with the field named, not a 500 later.
        from skillsync.generation.providers.catalog import catalog

        catalog()
