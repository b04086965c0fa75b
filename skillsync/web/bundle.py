"""The built front end, held in memory.

Vite writes ``index.html`` and content-hashed files under ``assets/``. They are read once per
process (a few MB) and served from memory: a request can only name a file that the build
produced (no path is ever joined from the URL), and hashed files are cached by browsers for a
year. WhiteNoise is not used because it has no ASGI support: under ASGI its file responses are
read through a thread per chunk.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# Vite's file names carry a hash of their content (name-HASH.ext): safe to cache forever.
IMMUTABLE_DIR = "assets"
# Files at the top of dist/ besides index.html (from frontend/public/), served by name.
PUBLIC_FILES = ("favicon.svg",)
TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".html": "text/html; charset=utf-8",
}


@dataclass(frozen=True)
class Asset:
    body: bytes
    content_type: str
    etag: str


@dataclass(frozen=True)
class Bundle:
    index: Asset | None
    assets: dict[str, Asset]  # "assets/index-abc123.js" -> file

    def find(self, name: str) -> Asset | None:
        return self.assets.get(name)


def _asset(path: Path) -> Asset:
    body = path.read_bytes()
    content_type = TYPES.get(path.suffix) or (
        mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )
    return Asset(body, content_type, f'"{hashlib.sha256(body).hexdigest()[:32]}"')


def load_bundle(dist: Path) -> Bundle:
    """Everything the build produced under ``dist`` (an empty bundle when not built)."""
    index_path = dist / "index.html"
    index = _asset(index_path) if index_path.is_file() else None
    assets: dict[str, Asset] = {}
    folder = dist / IMMUTABLE_DIR
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                assets[path.relative_to(dist).as_posix()] = _asset(path)
    for name in PUBLIC_FILES:
        if (dist / name).is_file():
            assets[name] = _asset(dist / name)
    return Bundle(index=index, assets=assets)


_lock = threading.Lock()
_loaded: Bundle | None = None


def bundle() -> Bundle:
    """This process's bundle, read on first use."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = load_bundle(Path(settings.FRONTEND_DIST_DIR))
    return _loaded


def forget_bundle() -> None:
    """Read the build again on next use (tests, and after a rebuild in development)."""
    global _loaded
    with _lock:
        _loaded = None
