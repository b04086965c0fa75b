"""GraphQL subscriptions over a real WebSocket: two real web processes (uvicorn) and a real
worker process on the test database, events carried by PostgreSQL NOTIFY."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.conf import settings
from django.db import connection
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect
from websockets.typing import Subprotocol

from skillsync.accounts.models import User
from skillsync.generation.models import GenerationRequest
from skillsync.learning.models import Lesson, LessonContent, Module
from tests.conftest import access_token, new_roadmap
from tests.processes import child_environment, wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(120)]

MODULE_GENERATION = """
subscription ($id: ID!) { moduleGeneration(moduleId: $id) { moduleId lessonId status } }
"""
LESSON_GENERATION = """
subscription ($id: ID!) { lessonGeneration(lessonId: $id) { moduleId lessonId status } }
"""
LESSON_STREAM = """
subscription ($id: ID!) {
  lessonStream(lessonId: $id) { lessonId sequence text reset done status }
}
"""
MATH_X = "\U0001d465"  # outside the basic plane: 4 bytes of UTF-8, 12 as a JSON escape
NO_PROVIDERS = {"GROQ_API_KEY": "", "GEMINI_API_KEY": "", "OPENROUTER_API_KEY": ""}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def servers(
    django_db_setup: Any, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[str]]:
    """Two web processes on the test database: what one hears, the other hears too."""
    with django_db_blocker.unblock():
        environment = child_environment(**NO_PROVIDERS, SKILLSYNC_WS_SESSION_RECHECK_SECONDS="1")
    logs = tmp_path_factory.mktemp("web")
    started: list[tuple[subprocess.Popen[bytes], str]] = []
    for number in range(2):
        port = _free_port()
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "uvicorn", "skillsync.asgi:application"),
                *("--host", "127.0.0.1", "--port", str(port), "--lifespan", "off"),
                *("--log-level", "warning"),
            ],
            env=environment,
            cwd=settings.BASE_DIR,
            stdout=(logs / f"web-{number}.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        started.append((process, f"127.0.0.1:{port}"))
    try:
        for _process, address in started:

            def answers(address: str = address) -> bool:
                try:
                    return httpx.get(f"http://{address}/healthz", timeout=1).status_code == 200
                except httpx.HTTPError:
                    return False

            assert wait_until(answers, 60, every=0.2), (logs / "web-0.log").read_text()
        yield [address for _, address in started]
    finally:
        for process, _ in started:
            process.terminate()
            process.wait(timeout=20)


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[Any]:
    """Starts a real `skillsync worker` (the built-in provider answers) on demand."""
    started: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [sys.executable, "-m", "skillsync.cli", "worker", "--queue", "lesson-generation"],
            env=child_environment(**NO_PROVIDERS),
            cwd=settings.BASE_DIR,
            stdout=(tmp_path / "worker.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait(timeout=10)


class Socket:
    """A graphql-transport-ws client."""

    def __init__(
        self, address: str, token: str | None, *, host: str | None = None, **headers: str
    ) -> None:
        sock = None
        if host is not None:  # a Host other than the address actually connected to
            ip, port = address.split(":")
            sock = socket.create_connection((ip, int(port)), timeout=10)
            address = f"{host}:{port}"
        self.ws: ClientConnection = connect(
            f"ws://{address}/graphql",
            sock=sock,
            subprotocols=[Subprotocol("graphql-transport-ws")],
            additional_headers=headers,
            open_timeout=10,
            legacy=True,  # a plain connection object; close() is called by each test
        )
        payload = {} if token is None else {"authorization": f"Bearer {token}"}
        self.send({"type": "connection_init", "payload": payload})

    def send(self, message: dict[str, Any]) -> None:
        self.ws.send(json.dumps(message))

    def receive(self, timeout: float = 30) -> dict[str, Any]:
        while True:
            message = json.loads(self.ws.recv(timeout=timeout))
            if message["type"] not in ("ping", "pong"):
                return dict(message)

    def acknowledged(self) -> Socket:
        assert self.receive()["type"] == "connection_ack"
        return self

    def subscribe(self, query: str, variables: dict[str, Any], op: str = "1") -> None:
        self.send(
            {"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables}}
        )

    def events(self, *, until: Any, timeout: float = 60) -> list[dict[str, Any]]:
        """The data of each ``next`` message, up to the one ``until`` accepts."""
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self.receive(timeout=max(0.1, deadline - time.monotonic()))
            assert message["type"] == "next", message
            assert "errors" not in message["payload"], message
            data = next(iter(message["payload"]["data"].values()))
            seen.append(data)
            if until(data):
                return seen
        raise AssertionError(f"timed out; saw {seen}")

    def close(self) -> None:
        self.ws.close()


def _learner() -> tuple[User, Module, str]:
    roadmap = new_roadmap(goal="Learn Python", style="reading")
    module = Module.objects.filter(roadmap=roadmap).order_by("position").first()
    assert module is not None
    return roadmap.owner, module, access_token(roadmap.owner)


def _post(address: str, token: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    response = httpx.post(
        f"http://{address}/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    return dict(response.json())


GENERATE_MODULE = "mutation ($id: ID!) { generateModuleLessons(moduleId: $id) { id } }"


def _module_ready(event: dict[str, Any]) -> bool:
    return event["lessonId"] is None and event["status"] == "READY"


def test_a_subscriber_sees_queued_generating_ready_while_a_worker_process_generates(
    servers: list[str], worker: Any
) -> None:
    _user, module, token = _learner()
    lessons = [str(pk) for pk in module.lessons.order_by("position").values_list("id", flat=True)]
    sockets = [Socket(address, token).acknowledged() for address in servers]
    for ws in sockets:
        ws.subscribe(MODULE_GENERATION, {"id": str(module.id)})
    # The current state comes first: the module and each lesson, not started.
    for ws in sockets:
        first = ws.events(until=lambda e: e["lessonId"] == lessons[-1])
        assert [e["status"] for e in first] == ["NOT_STARTED"] * (1 + len(lessons))

    assert "errors" not in _post(servers[0], token, GENERATE_MODULE, {"id": str(module.id)})
    worker()

    for ws in sockets:  # both web processes forward what the worker publishes
        events = ws.events(until=_module_ready)
        module_statuses = [e["status"] for e in events if e["lessonId"] is None]
        assert module_statuses[0] == "QUEUED"
        assert "GENERATING" in module_statuses
        assert module_statuses[-1] == "READY"
        for lesson in lessons:
            statuses = [e["status"] for e in events if e["lessonId"] == lesson]
            assert statuses == ["QUEUED", "GENERATING", "READY"], (lesson, events)
        ws.close()


def test_the_lesson_text_streams_while_it_is_written_and_matches_what_is_stored(
    servers: list[str], worker: Any
) -> None:
    _user, module, token = _learner()
    lesson = Lesson.objects.filter(module=module).order_by("position").first()
    assert lesson is not None
    ws = Socket(servers[1], token).acknowledged()
    ws.subscribe(LESSON_STREAM, {"id": str(lesson.id)})
    first = ws.events(until=lambda e: True)[0]
    assert first == {
        "lessonId": str(lesson.id),
        "sequence": 0,
        "text": "",
        "reset": True,
        "done": False,
        "status": "NOT_STARTED",
    }
    generate = "mutation ($id: ID!) { generateLesson(lessonId: $id) { id } }"
    assert "errors" not in _post(servers[0], token, generate, {"id": str(lesson.id)})
    worker()
    chunks = ws.events(until=lambda e: e["done"])
    assert chunks[-1]["status"] == "READY"
    sequences = [c["sequence"] for c in chunks[:-1]]
    assert sequences == sorted(set(sequences))
    text = ""
    for chunk in chunks:
        text = chunk["text"] if chunk["reset"] else text + chunk["text"]
    lesson.refresh_from_db()
    stored = LessonContent.objects.get(lessons=lesson)
    assert json.loads(text) == stored.content
    # Asked again once it is ready: one final chunk, the subscription completes.
    assert ws.receive() == {"id": "1", "type": "complete"}
    ws.subscribe(LESSON_STREAM, {"id": str(lesson.id)}, op="2")
    again = ws.receive()
    assert again["payload"]["data"]["lessonStream"]["done"] is True
    assert ws.receive() == {"id": "2", "type": "complete"}
    ws.close()
    assert GenerationRequest.objects.get(lesson=lesson).stream_text == text


def _closed_with(ws: Socket) -> int | None:
    try:
        ws.receive(timeout=10)
    except ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd else None
    return None


def test_a_connection_without_a_usable_token_is_refused(servers: list[str]) -> None:
    assert _closed_with(Socket(servers[0], None)) == 4403
    assert _closed_with(Socket(servers[0], "not-a-token")) == 4403


def test_a_revoked_session_cannot_subscribe(servers: list[str]) -> None:
    from skillsync.accounts.sessions import sessions_revoke_all
    from skillsync.core.request_meta import RequestMeta

    user, _module, token = _learner()
    sessions_revoke_all(user=user, reason="test", meta=RequestMeta(None, ""))
    assert _closed_with(Socket(servers[0], token)) == 4403


def _first_error(ws: Socket) -> dict[str, Any]:
    """The operation's error; the operation is over after it."""
    message = ws.receive()
    assert message["type"] in ("error", "next"), message
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    if message["type"] == "next":
        assert ws.receive() == {"id": message["id"], "type": "complete"}
    return dict(errors[0])


def test_a_learner_can_subscribe_only_to_their_own_modules_and_lessons(
    servers: list[str],
) -> None:
    _owner, module, _owner_token = _learner()
    _other, _their_module, token = _learner()
    lesson = Lesson.objects.filter(module=module).first()
    assert lesson is not None
    ws = Socket(servers[0], token).acknowledged()
    ws.subscribe(MODULE_GENERATION, {"id": str(module.id)}, op="a")
    assert _first_error(ws)["extensions"]["code"] == "NOT_FOUND"
    ws.subscribe(LESSON_GENERATION, {"id": str(lesson.id)}, op="b")
    assert _first_error(ws)["extensions"]["code"] == "NOT_FOUND"
    ws.subscribe(LESSON_STREAM, {"id": str(lesson.id)}, op="c")
    assert _first_error(ws)["extensions"]["code"] == "NOT_FOUND"
    ws.subscribe(MODULE_GENERATION, {"id": "not-an-id"}, op="d")
    assert _first_error(ws)["extensions"]["code"] == "INVALID_ID"
    ws.close()


def test_queries_and_mutations_are_refused_over_the_socket(servers: list[str]) -> None:
    _user, module, token = _learner()
    ws = Socket(servers[0], token).acknowledged()
    ws.subscribe("{ me { email } }", {}, op="q")
    error = _first_error(ws)
    assert "not allowed" in error["message"]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    ws.subscribe(GENERATE_MODULE, {"id": str(module.id)}, op="m")
    error = _first_error(ws)
    assert "not allowed" in error["message"]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    ws.close()
    module.refresh_from_db()
    assert module.generation_status == "not_started"


def test_a_cross_site_page_or_an_unknown_host_cannot_open_a_socket(servers: list[str]) -> None:
    _user, _module, token = _learner()
    with pytest.raises((InvalidStatus, ConnectionClosed)):
        Socket(servers[0], token, Origin="https://evil.example").acknowledged()
    with pytest.raises(InvalidStatus) as refused:
        Socket(servers[0], token, host="evil.example").acknowledged()
    assert refused.value.response.status_code == 403
    # The same origin is welcome.
    port = servers[0].split(":")[1]
    Socket(servers[0], token, Origin=f"http://127.0.0.1:{port}").acknowledged().close()


def _close_code(ws: Socket, timeout: float) -> tuple[int | None, str]:
    """Read until the server closes the socket: its close code and reason."""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ws.receive(timeout=max(0.1, deadline - time.monotonic()))
    except ConnectionClosed as closed:
        return (closed.rcvd.code, closed.rcvd.reason) if closed.rcvd else (None, "")
    raise AssertionError("the socket stayed open")


def test_the_socket_closes_when_its_token_expires(servers: list[str], settings: Any) -> None:
    settings.ACCESS_TOKEN_LIFETIME = timedelta(seconds=2)
    _user, module, token = _learner()
    ws = Socket(servers[0], token).acknowledged()
    ws.subscribe(MODULE_GENERATION, {"id": str(module.id)})
    started = time.monotonic()
    assert _close_code(ws, 15) == (4401, "TOKEN_EXPIRED")
    assert time.monotonic() - started < 10


def test_a_log_out_ends_open_sockets_and_refuses_new_subscriptions(servers: list[str]) -> None:
    from skillsync.accounts.sessions import sessions_revoke_all
    from skillsync.core.request_meta import RequestMeta

    user, module, token = _learner()
    ws = Socket(servers[0], token).acknowledged()
    ws.subscribe(MODULE_GENERATION, {"id": str(module.id)})
    ws.events(until=lambda e: e["lessonId"] is None)
    sessions_revoke_all(user=user, reason="test", meta=RequestMeta(None, ""))
    ws.subscribe(LESSON_GENERATION, {"id": str(module.lessons.first().id)}, op="2")  # type: ignore[union-attr]
    while (message := ws.receive())["type"] == "next" and "errors" not in message["payload"]:
        pass  # events of the first subscription
    assert message["payload"]["errors"][0]["extensions"]["code"] == "SESSION_REVOKED"
    assert _close_code(ws, 10) == (4403, "SESSION_REVOKED")


def test_a_change_made_while_the_listener_reconnects_still_reaches_subscribers(
    servers: list[str],
) -> None:
    _user, module, token = _learner()
    ws = Socket(servers[0], token).acknowledged()
    ws.subscribe(MODULE_GENERATION, {"id": str(module.id)})
    ws.events(until=lambda e: e["lessonId"] is not None)  # listening
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'skillsync-listener' AND datname = current_database()"
        )
        assert cursor.fetchall(), "no listener connection found"
    # Committed before the listener is back: no NOTIFY reaches it, the re-read state must.
    assert "errors" not in _post(servers[0], token, GENERATE_MODULE, {"id": str(module.id)})
    events = ws.events(until=lambda e: e["lessonId"] is None and e["status"] == "QUEUED")
    assert events[-1]["moduleId"] == str(module.id)
    ws.close()


def test_a_late_subscriber_gets_the_text_so_far_then_each_new_piece_once(
    servers: list[str],
) -> None:
    from skillsync.generation.delivery import _claim, _store
    from skillsync.generation.queue import lesson_generation_request
    from skillsync.generation.streaming import LessonStream

    user, module, token = _learner()
    lesson = Lesson.objects.filter(module=module).order_by("position").first()
    assert lesson is not None
    lesson_generation_request(user=user, lesson_id=lesson.id)
    request = GenerationRequest.objects.get(lesson=lesson)
    claim = _claim(request.id)
    assert claim is not None
    stream = LessonStream(request_id=request.id, lesson_id=lesson.id, delivery=claim.delivery)
    stream.restart()
    stream(f"Lists {MATH_X} ")
    stream.flush()

    ws = Socket(servers[0], token).acknowledged()
    ws.subscribe(LESSON_STREAM, {"id": str(lesson.id)})
    first = ws.events(until=lambda e: True)[0]
    assert (first["text"], first["reset"], first["status"]) == (
        f"Lists {MATH_X} ",
        True,
        "GENERATING",
    )
    stream(MATH_X * 3000)  # 12 kB of UTF-8: more than one NOTIFY can carry
    stream.flush()
    stream.restart()  # a repair: start over
    stream("{}")
    stream.flush()
    content = LessonContent.objects.create(
        cache_key="late-subscriber", topic="t", learning_style="reading", difficulty="beginner"
    )
    _store(claim, content.pk)
    chunks = ws.events(until=lambda e: e["done"])
    text = first["text"]
    for chunk in chunks:
        text = chunk["text"] if chunk["reset"] else text + chunk["text"]
    assert text == "{}"
    assert [c["reset"] for c in chunks].count(True) == 1
    pieces = [c for c in chunks if not c["reset"] and not c["done"]]
    assert len(pieces) >= 3  # the long text came in several pieces, none lost or repeated
    assert "".join(c["text"] for c in pieces[:-1]) == MATH_X * 3000
    assert chunks[-1]["status"] == "READY"
    ws.close()


def test_subscriptions_are_refused_over_http(servers: list[str]) -> None:
    _user, module, token = _learner()
    answer = _post(servers[0], token, MODULE_GENERATION, {"id": str(module.id)})
    assert answer["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
