"""Every response carries the security headers; only the GraphiQL page has a looser CSP."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.http import HttpResponseBase
from django.test import Client, override_settings
from django.urls import path
from django.views.decorators.csp import csp_override

from skillsync.api.schema import schema
from skillsync.api.views import SkillSyncGraphQLView

EXPECTED_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https://i.ytimg.com"],
    "frame-src": ["https://www.youtube-nocookie.com"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# The GraphiQL page as urls.py serves it when settings.GRAPHIQL is on (DEBUG only).
urlpatterns = [
    path(
        "graphql",
        csp_override(settings.GRAPHIQL_CSP)(
            SkillSyncGraphQLView.as_view(schema=schema, graphql_ide="graphiql")
        ),
    ),
]


def _csp(response: HttpResponseBase) -> dict[str, list[str]]:
    directives = [part.split() for part in response["Content-Security-Policy"].split(";")]
    return {name: sources for name, *sources in directives}


def _request(client: Client, method: str, url: str) -> HttpResponseBase:
    if method == "POST":
        body = json.dumps({"query": "{ __typename }"})
        return client.post(url, data=body, content_type="application/json")
    return client.get(url)


@pytest.mark.parametrize(
    ("method", "url"), [("GET", "/healthz"), ("POST", "/graphql"), ("GET", "/")]
)
def test_every_response_carries_the_security_headers(client: Client, method: str, url: str) -> None:
    response = _request(client, method, url)

    assert response.status_code == 200
    assert _csp(response) == EXPECTED_CSP
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_no_script_can_run_inline_or_from_elsewhere(client: Client) -> None:
    script_src = _csp(client.get("/"))["script-src"]

    assert script_src == ["'self'"]
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src


@override_settings(ROOT_URLCONF=__name__)
def test_the_graphiql_page_may_load_what_it_needs_and_nothing_else(client: Client) -> None:
    response = client.get("/graphql", headers={"Accept": "text/html"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "graphiql" in page.lower()
    csp = _csp(response)
    scripts = re.findall(r'<script[^>]*\ssrc="([^"]+)"', page)
    styles = re.findall(r'<link[^>]*\shref="(https://[^"]+)"', page, re.DOTALL)
    assert scripts
    assert styles
    for url in scripts:
        assert f"https://{urlsplit(url).netloc}" in csp["script-src"], url
    for url in styles:
        assert f"https://{urlsplit(url).netloc}" in csp["style-src"], url
    assert re.search(r"<script>\s*\S", page)  # the page starts GraphiQL with an inline script
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    # Everything else stays as strict as on every other page.
    for directive in ("default-src", "img-src", "frame-src", "connect-src", "object-src"):
        assert csp[directive] == EXPECTED_CSP[directive]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
