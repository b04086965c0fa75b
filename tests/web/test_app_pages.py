"""The built web app served by Django: its routes, its files from the in-memory bundle, and
nothing else from the disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import Client, override_settings

from skillsync.web.bundle import forget_bundle

INDEX = (
    b'<!doctype html><html><head><script type="module" src="/assets/index-abc123.js">'
    b"</script></head></html>"
)
SCRIPT = b"console.log('app')"


@pytest.fixture
def dist(tmp_path: Path) -> Iterator[Path]:
    """A build of the app in a temporary folder, served instead of frontend/dist."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_bytes(INDEX)
    (tmp_path / "assets" / "index-abc123.js").write_bytes(SCRIPT)
    (tmp_path / "assets" / "index-abc123.css").write_bytes(b"body{}")
    (tmp_path / "favicon.svg").write_bytes(b"<svg/>")
    (tmp_path / "secret.txt").write_bytes(b"not for the web")
    (tmp_path.parent / "outside.js").write_bytes(b"outside")
    with override_settings(FRONTEND_DIST_DIR=tmp_path):
        forget_bundle()
        yield tmp_path
    forget_bundle()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/login",
        "/signup",
        "/onboarding",
        "/roadmaps/6a1f0000-0000-0000-0000-000000000000",
        "/lessons/x",
        "/review",
        "/review/x",
        "/analytics",
    ],
)
def test_each_route_of_the_app_is_its_page_never_cached(
    client: Client, dist: Path, path: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.content == INDEX
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Cache-Control"] == "no-cache"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_another_path_is_the_apps_not_found_page_with_404(client: Client, dist: Path) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert response.content == INDEX


@pytest.mark.parametrize("path", ["/graphql", "/auth/graphql", "/healthz", "/admin/login/"])
def test_the_api_health_and_admin_addresses_are_never_the_app(
    client: Client, dist: Path, path: str
) -> None:
    assert client.get(path).content != INDEX


def test_hashed_files_are_served_from_memory_and_cached_for_a_year(
    client: Client, dist: Path
) -> None:
    response = client.get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert response.content == SCRIPT
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["X-Content-Type-Options"] == "nosniff"
    # A build written after the bundle was read is not seen: files come from memory.
    (dist / "assets" / "index-abc123.js").write_bytes(b"changed on disk")
    assert client.get("/assets/index-abc123.js").content == SCRIPT


def test_a_file_already_held_answers_304_to_its_etag(client: Client, dist: Path) -> None:
    etag = client.get("/assets/index-abc123.css")["ETag"]
    again = client.get("/assets/index-abc123.css", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.parametrize(
    "path",
    [
        "/assets/missing.js",
        "/assets/../secret.txt",
        "/assets/%2e%2e/secret.txt",
        "/assets/..%2f..%2foutside.js",
        "/secret.txt",
        "/index.html",
    ],
)
def test_only_files_of_the_build_are_served(client: Client, dist: Path, path: str) -> None:
    response = client.get(path)
    assert b"not for the web" not in response.content
    assert b"outside" not in response.content
    assert response.status_code == 404


def test_writes_are_refused(client: Client, dist: Path) -> None:
    assert client.post("/login").status_code == 405
    assert client.post("/assets/index-abc123.js").status_code == 405


def test_without_a_build_the_pages_say_how_to_build_it(client: Client, tmp_path: Path) -> None:
    with override_settings(FRONTEND_DIST_DIR=tmp_path / "missing"):
        forget_bundle()
        response = client.get("/")
        forget_bundle()
    assert response.status_code == 503
    assert b"make run" in response.content
