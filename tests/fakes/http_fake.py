"""What every fake HTTP server here is made of, whatever APIs it pretends to be.

``FakeServer`` runs a threaded HTTP server on 127.0.0.1 in a daemon thread (``start``/``stop``,
or ``with``), records every request, keeps a queue of scripted behaviours and a default behaviour
per API, checks keys, and answers the JSON control API under ``/_control/`` (health, requests,
script, default, keys, reset; a fake adds its own routes). A fake subclasses it with what is its
own: the APIs' routes and wire formats, its limits, what it records of a request.

``run_as_process`` is a fake's ``python -m`` entry point (prints ``<url_variable>=<base URL>``,
serves until SIGTERM/SIGINT).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import socket
import socketserver
import sys
import threading
import traceback
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Protocol, Self, cast
from urllib.parse import parse_qsl, urlsplit

from tests.fakes.fake_behaviour import FakeBehaviour
from tests.fakes.fake_control import Layout

_DROPPED = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


@dataclass(frozen=True)
class Reply:
    """A complete HTTP answer. ``cut_at``: send only that many body bytes, then drop the
    connection (the client sees a body shorter than its Content-Length)."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    cut_at: int | None = None


def json_reply(
    status: int,
    value: Any,
    headers: Mapping[str, str] | None = None,
    content_type: str = "application/json",
) -> Reply:
    body = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    return Reply(status, body, {"Content-Type": content_type, **(headers or {})})


class Recorded(Protocol):
    """A recorded request, as the control API lists it."""

    def to_dict(self) -> dict[str, Any]: ...


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], fake: FakeServer[Any, Any]) -> None:
        self.fake = fake
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind would resolve the host name (socket.getfqdn): slow offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class Handler(BaseHTTPRequestHandler):
    """Hands every request to the fake's ``_handle``; a bug in the fake is a 500."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def base_url(self) -> str:
        """http://host:port of the fake this request reached."""
        host, port = cast(_HTTPServer, self.server).server_address[:2]
        return f"http://{host!s}:{port}"

    def _dispatch(self) -> None:
        fake = cast(_HTTPServer, self.server).fake
        try:
            fake._handle(self)
        except _DROPPED:
            self.close_connection = True
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            message = f"{fake.description} bug: {exc!r}"
            fake._write(self, json_reply(500, {"error": {"message": message, "code": 500}}))
            self.close_connection = True

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the recorded requests are the log."""


class FakeServer[R: Recorded, B: FakeBehaviour]:
    """A fake HTTP server in a daemon thread of this process, recording requests of type ``R``
    and answering with behaviours of type ``B``. A subclass sets the class attributes and
    implements ``_serve``, ``_check_supported`` and ``requests_for``; it extends ``_clear`` with
    its own state and ``_control_route`` with its own control routes."""

    description: ClassVar[str]  # "fake LLM server": in errors
    thread_name: ClassVar[str]  # "fake-llm": the serving thread is "<thread_name>-<port>"
    url_variable: ClassVar[str]  # FAKE_LLM_SERVER_URL: what the process prints its URL as
    layout: ClassVar[Layout]
    default_keys: ClassVar[Mapping[str, str]]  # the APIs that take a key, and the valid one
    behaviour_class: type[B]

    def __init__(self, *, time_scale: float = 1.0, host: str = "127.0.0.1", port: int = 0) -> None:
        if time_scale <= 0:
            raise ValueError("time_scale must be positive")
        self.time_scale = time_scale
        self.valid_keys: dict[str, str] = dict(self.default_keys)
        self._address = (host, port)
        self._lock = threading.Lock()
        self._stopping = threading.Event()  # set while stopping: wakes waiting handlers
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._clear()

    def _clear(self) -> None:
        """Back to the state of a new fake (under the lock, but for ``__init__``)."""
        names = self.layout.names
        self._scripts: dict[str, deque[B]] = {name: deque() for name in names}
        self._defaults: dict[str, B] = {name: self._ok() for name in names}
        self._requests: list[R] = []

    def _ok(self) -> B:
        """``ok()``: every API's initial default."""
        return self.behaviour_class.from_dict({"kind": "ok"})

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _HTTPServer(self._address, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            daemon=True,
            name=f"{self.thread_name}-{self._httpd.server_address[1]}",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and wake hanging handlers (idempotent)."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # wakes hanging handlers
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError(f"the {self.description} is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, name: str, /) -> str:
        """The base URL a client configures for API ``name`` (see the fake's module docstring
        for what it appends)."""
        return self.layout.url(self.base_url, name)

    def health(self) -> dict[str, Any]:
        return {"time_scale": self.time_scale, "base_url": self.base_url}

    # -- configuration --------------------------------------------------------------------------
    def script(self, name: str, /, *behaviours: B) -> None:
        """Queue one-shot behaviours for the next admitted requests to ``name``."""
        for behaviour in behaviours:
            self._check_supported(name, behaviour)
        with self._lock:
            self._scripts[name].extend(behaviours)

    def scripted_left(self, name: str, /) -> int:
        with self._lock:
            return len(self._scripts[self.layout.known(name)])

    def set_default(self, name: str, /, behaviour: B) -> None:
        """What ``name`` answers when no queued behaviour applies (initially ``ok()``)."""
        self._check_supported(name, behaviour)
        with self._lock:
            self._defaults[name] = behaviour

    def set_key(self, name: str, /, key: str) -> None:
        """The one valid key/token of API ``name``."""
        if self.layout.known(name) not in self.default_keys:
            raise ValueError(f"{name} takes no key")
        self.valid_keys[name] = key

    def reset(self) -> None:
        """Forget scripts, defaults and recorded requests, and whatever else the fake's
        ``_clear`` says (keys and time_scale stay)."""
        with self._lock:
            self._clear()

    @property
    def requests(self) -> list[R]:
        with self._lock:
            return list(self._requests)

    def requests_for(self, name: str, /) -> list[R]:
        raise NotImplementedError

    def _check_supported(self, name: str, behaviour: B) -> None:
        """ValueError unless API ``name`` can answer with ``behaviour``."""
        raise NotImplementedError

    # -- request handling -----------------------------------------------------------------------
    def _handle(self, h: Handler) -> None:
        url = urlsplit(h.path)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        body = _read_body(h)
        if url.path.startswith("/_control/"):
            self._write(h, self._control(h.command, url.path, query, body))
            return
        headers = {k.lower(): v for k, v in h.headers.items()}
        self._serve(h, url.path, query, headers, body)

    def _serve(
        self, h: Handler, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> None:
        """Answer a request to the fake's APIs (``headers`` with lower-case names)."""
        raise NotImplementedError

    def _record(self, record: R) -> int:
        """Record a request; its index in ``_requests``."""
        with self._lock:
            self._requests.append(record)
            return len(self._requests) - 1

    def _write(self, h: Handler, reply: Reply, extra_headers: dict[str, str] | None = None) -> int:
        """Send ``reply`` (its headers win over ``extra_headers``); the status sent."""
        try:
            h.send_response(reply.status)
            for name, value in {**(extra_headers or {}), **reply.headers}.items():
                h.send_header(name, value)
            h.send_header("Content-Length", str(len(reply.body)))
            h.end_headers()
            if reply.cut_at is None:
                h.wfile.write(reply.body)
            else:
                h.wfile.write(reply.body[: reply.cut_at])
                h.close_connection = True
        except _DROPPED:
            h.close_connection = True
        return reply.status

    # -- control API ----------------------------------------------------------------------------
    def _control(self, method: str, path: str, query: dict[str, str], raw_body: bytes) -> Reply:
        try:
            data = json.loads(raw_body) if raw_body.strip() else {}
            if not isinstance(data, dict):
                raise ValueError("the control body must be a JSON object")
            result = self._control_route(method, path, query, data)
        except (KeyError, TypeError, ValueError) as exc:
            return json_reply(400, {"ok": False, "error": f"{type(exc).__name__}: {exc}"})
        if result is None:
            return json_reply(404, {"ok": False, "error": f"no control route {method} {path}"})
        return json_reply(200, {"ok": True, **result})

    def _control_route(
        self, method: str, path: str, query: dict[str, str], data: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Perform one control request: what the answer adds to ``{"ok": true}``, None for an
        unknown route. A fake matches its own routes first, then calls this."""
        subject = self.layout.subject  # "provider": {"provider": "groq", ...}
        match method, path:
            case "GET", "/_control/health":
                return self.health()
            case "GET", "/_control/requests":
                name = query.get(subject)
                records = self.requests_for(name) if name else self.requests
                return {"requests": [r.to_dict() for r in records]}
            case "POST", "/_control/script":
                behaviours = [self.behaviour_class.from_dict(b) for b in data.get("behaviours", [])]
                self.script(str(data[subject]), *behaviours)
            case "POST", "/_control/default":
                behaviour = self.behaviour_class.from_dict(data["behaviour"])
                self.set_default(str(data[subject]), behaviour)
            case "POST", "/_control/keys":
                self.set_key(str(data[subject]), str(data["key"]))
            case "POST", "/_control/reset":
                self.reset()
            case _:
                return None
        return {}


def _read_body(h: Handler) -> bytes:
    if h.headers.get("Transfer-Encoding", "").lower() == "chunked":
        parts: list[bytes] = []
        while True:
            size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while h.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            parts.append(h.rfile.read(size))
            h.rfile.readline()
    length = int(h.headers.get("Content-Length") or 0)
    return h.rfile.read(length) if length > 0 else b""


# -- as a process ------------------------------------------------------------------------------
def run_as_process(
    fake_class: type[FakeServer[Any, Any]],
    argv: list[str] | None,
    *,
    module: str,
    description: str,
) -> int:
    """``python -m <module> [--host H] [--port P] [--time-scale S]``: serve until SIGTERM or
    SIGINT, after printing ``<url_variable>=<base URL>``."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    parser.add_argument("--time-scale", type=float, default=1.0, help="1/60: a minute lasts 1 s")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with fake_class(time_scale=args.time_scale, host=args.host, port=args.port) as server:
        print(f"{fake_class.url_variable}={server.base_url}", flush=True)
        while not stop.wait(0.5):
            pass
    return 0
