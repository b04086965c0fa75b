from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.urls import path, re_path
from django.views.decorators.csp import csp_override

from skillsync.api.auth.schema import auth_schema
from skillsync.api.schema import schema
from skillsync.api.views import AuthGraphQLView, SkillSyncGraphQLView
from skillsync.core.health import healthz, readyz
from skillsync.core.metrics_view import metrics
from skillsync.web.views import app_file, app_page, unknown_page

graphiql = bool(getattr(settings, "GRAPHIQL", False))
graphql_view = SkillSyncGraphQLView.as_view(
    schema=schema, graphql_ide="graphiql" if graphiql else None
)
if graphiql:
    # The GraphiQL page (development only) loads its scripts from a CDN and starts them inline.
    graphql_view = csp_override(settings.GRAPHIQL_CSP)(graphql_view)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("metrics", metrics, name="metrics"),
    path("graphql", graphql_view, name="graphql"),
    path("auth/graphql", AuthGraphQLView.as_view(schema=auth_schema, graphql_ide=None)),
    path("admin/", admin.site.urls),
    # The web app: its routes, its files, and its own "not found" page for any other path
    # (but never for the API's, the admin's, the health checks' or the metrics' addresses).
    re_path(r"^(?:|login|signup|onboarding|review|analytics)$", app_page, name="app"),
    re_path(r"^(?:roadmaps|lessons|review)/[^/]+$", app_page),
    re_path(r"^(?P<name>assets/.+|favicon\.svg)$", app_file),
    re_path(r"^(?!admin|auth/|graphql|healthz|readyz|metrics|static/)(?P<path>.*)$", unknown_page),
]
