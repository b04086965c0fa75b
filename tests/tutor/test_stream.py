"""A tutor answer streamed over a real WebSocket: a real web process (uvicorn) and a real
worker process on the test database, the answer written by a real provider client against the
fake Groq server (in pieces, a moment apart), events carried by PostgreSQL NOTIFY."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.conf import settings

from skillsync.tutor.models import TutorMessage
from tests.api.test_subscriptions import Socket, _free_port
from tests.conftest import access_token
from tests.factories import UserFactory
from tests.fakes import llm_behaviours as fake
from tests.fakes.llm_server import FakeLLMServer
from tests.processes import child_environment, wait_until
from tests.tutor.support import ASK, P_DICTIONARIES, tutored_lesson

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(120)]

TUTOR_STREAM = """subscription ($id: ID!) {
  tutorStream(messageId: $id) { messageId sequence text reset done status } }"""
ANSWER = (
    "A dictionary maps unique keys to values, and looks a key up in a hash table [S3]. That "
    f"is why keys must be hashable [{P_DICTIONARIES}] \u2014 a list is not [S42]."
)


@pytest.fixture
def web(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "uvicorn", "skillsync.asgi:application"),
            *("--host", "127.0.0.1", "--port", str(port), "--lifespan", "off"),
            *("--log-level", "warning"),
        ],
        env=child_environment(),
        cwd=settings.BASE_DIR,
        stdout=(tmp_path / "web.log").open("wb"),
        stderr=subprocess.STDOUT,
    )

    def answers() -> bool:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        assert wait_until(answers, 60, every=0.2), (tmp_path / "web.log").read_text()
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def worker(fake_llm: FakeLLMServer, tmp_path: Path) -> Iterator[Callable[[], None]]:
    """Starts a real `skillsync worker` on the tutor queue, its only provider the fake Groq."""
    fake_llm.set_limits("groq", rpm=100_000, rpd=1_000_000, tpm=100_000_000, tpd=1_000_000_000)
    providers = tmp_path / "providers.toml"
    providers.write_text(
        'chain = ["groq"]\n[providers.groq]\nkind = "openai_compatible"\n'
        f'base_url = "{fake_llm.url("groq")}"\nmodel = "openai/gpt-oss-120b"\n'
        'api_key_env = "GROQ_API_KEY"\nfree = true\n'
    )
    started: list[subprocess.Popen[bytes]] = []

    def start() -> None:
        started.append(
            subprocess.Popen(
                [sys.executable, "-m", "skillsync.cli", "worker", "--queue", "tutor"],
                env=child_environment(
                    SKILLSYNC_PROVIDERS_FILE=str(providers), GROQ_API_KEY="test-groq-key"
                ),
                cwd=settings.BASE_DIR,
                stdout=(tmp_path / "worker.log").open("wb"),
                stderr=subprocess.STDOUT,
            )
        )

    yield start
    for process in started:
        process.kill()
        process.wait(timeout=10)


def _ask(address: str, token: str, lesson_id: str) -> dict[str, Any]:
    response = httpx.post(
        f"http://{address}/graphql",
        json={"query": ASK, "variables": {"id": lesson_id, "message": "Why hashable keys?"}},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    exchange: dict[str, Any] = response.json()["data"]["askTutor"]
    return exchange


def test_the_answer_streams_in_order_after_a_snapshot_and_ends_with_the_stored_answer(
    web: str, worker: Callable[[], None], fake_llm: FakeLLMServer, onboard: Callable[..., Any]
) -> None:
    user = UserFactory.create()
    token = access_token(user)
    lesson = tutored_lesson(user, onboard)
    answer_id = _ask(web, token, str(lesson.id))["answer"]["id"]
    ws = Socket(web, token).acknowledged()
    ws.subscribe(TUTOR_STREAM, {"id": answer_id})
    snapshot = ws.events(until=lambda e: True)[0]
    assert snapshot == {
        "messageId": answer_id,
        "sequence": 0,
        "text": "",
        "reset": True,
        "done": False,
        "status": "PENDING",
    }
    fake_llm.set_default("groq", fake.ok(json.dumps({"text": ANSWER}), chunk_delay=0.4))

    worker()

    chunks = ws.events(until=lambda e: e["done"])
    streamed, final = chunks[:-1], chunks[-1]
    assert streamed[0]["reset"] is True
    assert streamed[0]["status"] == "STREAMING"
    sequences = [snapshot["sequence"]] + [c["sequence"] for c in chunks]
    assert sequences == sorted(set(sequences))  # in order, none repeated
    text = ""
    for chunk in streamed:
        text = chunk["text"] if chunk["reset"] else text + chunk["text"]
    assert text == ANSWER  # the text as written, decoded from the provider's JSON
    assert len([c for c in streamed if not c["reset"] and c["text"]]) >= 2  # in pieces
    stored = TutorMessage.objects.get(pk=answer_id)
    assert stored.status == "complete"
    assert stored.text == ANSWER.replace(" [S42]", "")  # an invented citation dropped
    assert (final["reset"], final["status"], final["text"]) == (True, "COMPLETE", stored.text)
    assert ws.receive() == {"id": "1", "type": "complete"}
    # Asked again once it is answered: the stored answer at once, and the end.
    ws.subscribe(TUTOR_STREAM, {"id": answer_id}, op="2")
    again = ws.receive()["payload"]["data"]["tutorStream"]
    assert (again["done"], again["text"]) == (True, stored.text)
    assert ws.receive() == {"id": "2", "type": "complete"}
    ws.close()


def test_only_the_learner_who_asked_can_follow_an_answer(
    web: str, onboard: Callable[..., Any]
) -> None:
    owner, other = UserFactory.create(), UserFactory.create()
    lesson = tutored_lesson(owner, onboard)
    answer_id = _ask(web, access_token(owner), str(lesson.id))["answer"]["id"]
    ws = Socket(web, access_token(other)).acknowledged()

    ws.subscribe(TUTOR_STREAM, {"id": answer_id})

    message = ws.receive()
    errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert errors[0]["extensions"]["code"] == "NOT_FOUND"
    ws.close()
