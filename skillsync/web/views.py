"""Pages of the web app: every client route answers with the app's ``index.html``; the app's
files come from the in-memory bundle."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from skillsync.web.bundle import IMMUTABLE_DIR, Asset, bundle

NOT_BUILT = (
    "<!doctype html><title>SkillSync</title><h1>SkillSync</h1>"
    "<p>The web app has not been built: <code>make run</code> builds it "
    "(or <code>cd frontend &amp;&amp; npm ci &amp;&amp; npm run build</code>).</p>"
    '<p>The API is at <a href="/graphql">/graphql</a>.</p>'
)


def _send(request: HttpRequest, asset: Asset, *, cache: str, status: int = 200) -> HttpResponse:
    if status == 200 and request.headers.get("If-None-Match") == asset.etag:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(asset.body, content_type=asset.content_type, status=status)
    response["ETag"] = asset.etag
    response["Cache-Control"] = cache
    return response


@require_safe
def app_page(request: HttpRequest, status: int = 200) -> HttpResponse:
    """A route of the app (the app itself shows what is there). Never cached: a new build
    must reach browsers at once."""
    index = bundle().index
    if index is None:
        return HttpResponse(NOT_BUILT, status=503 if status == 200 else status)
    return _send(request, index, cache="no-cache", status=status)


@require_safe
def unknown_page(request: HttpRequest, path: str) -> HttpResponse:
    """Not a route of the app: its own "not found" page, with a 404 status."""
    return app_page(request, status=404)


@require_safe
def app_file(request: HttpRequest, name: str) -> HttpResponse:
    asset = bundle().find(name)
    if asset is None:
        raise Http404(name)
    immutable = name.startswith(f"{IMMUTABLE_DIR}/")
    cache = "public, max-age=31536000, immutable" if immutable else "public, max-age=3600"
    return _send(request, asset, cache=cache)
