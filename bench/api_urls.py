"""The benchmark's URLconf (``bench.api_settings`` only): the product's URLs, and before them
the plain JSON views the GraphQL API is compared with (``bench/api_plain.py``)."""

from __future__ import annotations

from django.urls import include, path

from bench import api_plain

urlpatterns = [
    path("bench/plain/dashboard", api_plain.dashboard),
    path("bench/plain/lesson/<str:lesson_id>", api_plain.lesson),
    path("", include("skillsync.urls")),
]
