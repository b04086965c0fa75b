"""A tiny web site on 127.0.0.1 that stands for a named host (``docs.pinned.test``,
``docs.rebind.test``), over plain http or over https with a certificate for those names
(``tls/test-hosts.pem``, its own trust anchor: point ``SSL_CERT_FILE`` at it). It records the
path, ``Host`` header and TLS server name of every request; ``/robots.txt`` is a 404, any other
path a small HTML page."""

from __future__ import annotations

import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

TLS_DIR = Path(__file__).parent / "tls"
CERT_FILE = TLS_DIR / "test-hosts.pem"  # for docs.pinned.test and docs.rebind.test
KEY_FILE = TLS_DIR / "test-hosts.key"
PAGE = b"<!doctype html><title>Pinned</title><p>Reached the pinned address.</p>"


@dataclass(frozen=True)
class Seen:
    path: str
    host: str
    server_name: str | None  # TLS SNI; None over plain http


class NamedHostServer:
    def __init__(self, *, tls: bool) -> None:
        self.tls = tls
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                name = getattr(self.connection, "sni_name", None)
                server.seen.append(Seen(self.path, self.headers.get("Host", ""), name))
                status, body = (404, b"") if self.path == "/robots.txt" else (200, PAGE)
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(CERT_FILE, KEY_FILE)
            context.sni_callback = _remember_sni
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, host: str, path: str = "/") -> str:
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}{path}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def _remember_sni(connection: ssl.SSLSocket | ssl.SSLObject, name: str | None, _: object) -> None:
    connection.sni_name = name  # type: ignore[union-attr]
