from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import path

from skillsync.api.schema import schema
from skillsync.api.views import SkillSyncGraphQLView
from skillsync.core.health import healthz, readyz


def home(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        "<!doctype html><title>SkillSync</title><h1>SkillSync</h1>"
        '<p>The API is at <a href="/graphql">/graphql</a>.</p>',
    )


urlpatterns = [
    path("", home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path(
        "graphql",
        SkillSyncGraphQLView.as_view(
            schema=schema, graphql_ide="graphiql" if getattr(settings, "GRAPHIQL", False) else None
        ),
        name="graphql",
    ),
    path("admin/", admin.site.urls),
]
