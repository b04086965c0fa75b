from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csp import csp_override

from skillsync.api.auth.schema import auth_schema
from skillsync.api.schema import schema
from skillsync.api.views import AuthGraphQLView, SkillSyncGraphQLView
from skillsync.core.health import healthz, readyz


def home(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        "<!doctype html><title>SkillSync</title><h1>SkillSync</h1>"
        '<p>The API is at <a href="/graphql">/graphql</a>.</p>',
    )


graphiql = bool(getattr(settings, "GRAPHIQL", False))
graphql_view = SkillSyncGraphQLView.as_view(
    schema=schema, graphql_ide="graphiql" if graphiql else None
)
if graphiql:
    # The GraphiQL page (development only) loads its scripts from a CDN and starts them inline.
    graphql_view = csp_override(settings.GRAPHIQL_CSP)(graphql_view)

urlpatterns = [
    path("", home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("graphql", graphql_view, name="graphql"),
    path("auth/graphql", AuthGraphQLView.as_view(schema=auth_schema, graphql_ide=None)),
    path("admin/", admin.site.urls),
]
