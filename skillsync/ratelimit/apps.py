from django.apps import AppConfig


class RateLimitConfig(AppConfig):
    name = "skillsync.ratelimit"
    label = "ratelimit"
    default_auto_field = "django.db.models.BigAutoField"
