"""Logs across processes: the request id a web request was given reaches the log lines of the
real worker process that generates its lesson (with the job id and the generation id), and no
secret reaches any log line on the way — neither the web side's nor the worker's."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from procrastinate.contrib.django.models import ProcrastinateJob

from skillsync.core.log_context import user_hash
from skillsync.core.log_format import JsonFormatter
from skillsync.generation.models import GenerationRequest
from skillsync.learning.models import Lesson, Roadmap
from tests.conftest import AsgiClient
from tests.fakes.llm_server import GROQ_KEY
from tests.generation.faults import StartWorker
from tests.processes import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.timeout(180)]

REGISTER = """mutation($email: String!, $password: String!) {
  register(email: $email, password: $password) { accessToken user { id } } }"""
LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { id } } }"""
ONBOARD = """mutation { completeOnboarding(input: {
    goal: "Learn Python", experienceLevel: BEGINNER, weeklyHours: 6, learningStyle: HANDS_ON,
    careerStage: CAREER_CHANGER, industry: "healthcare" }) { id } }"""
GENERATE = "mutation($id: ID!) { generateLesson(lessonId: $id) { id generationStatus } }"
REFRESH = "mutation { refreshToken { accessToken } }"
PASSWORD = "a-long-passphrase-never-logged-42"


def _post(
    client: AsgiClient,
    query: str,
    variables: dict[str, Any] | None = None,
    *,
    path: str = "/graphql",
    headers: dict[str, str] | None = None,
) -> Any:
    response = client.post(
        path,
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        headers=headers or {},
    )
    assert response.status_code == 200, response.content[:500]
    body = response.json()
    assert "errors" not in body, body
    return response


def _worker_lines(log: Path) -> list[dict[str, Any]]:
    """The worker's JSON log lines (its stderr also has a plain banner line)."""
    text = log.read_text(errors="replace")
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def _lesson_ready(lesson_id: uuid.UUID) -> bool:
    return Lesson.objects.get(pk=lesson_id).generation_status in ("ready", "failed")


def test_the_request_id_of_a_web_request_reaches_the_workers_log_lines(
    client: AsgiClient, start_worker: StartWorker, tmp_path: Path
) -> None:
    # given: a learner with a roadmap, signed in
    email = f"logs-{uuid.uuid4().hex[:8]}@example.org"
    token = _post(client, REGISTER, {"email": email, "password": PASSWORD}).json()["data"][
        "register"
    ]["accessToken"]
    bearer = {"Authorization": f"Bearer {token}"}
    roadmap_id = _post(client, ONBOARD, headers=bearer).json()["data"]["completeOnboarding"]["id"]
    roadmap = Roadmap.objects.get(pk=roadmap_id)
    lesson = Lesson.objects.filter(module__roadmap=roadmap).order_by(
        "module__position", "position"
    )[0]

    # when: a request with its own id asks for a lesson
    request_id = f"test-{uuid.uuid4().hex[:12]}"
    response = _post(
        client, GENERATE, {"id": str(lesson.id)}, headers={**bearer, "X-Request-ID": request_id}
    )
    assert response["X-Request-ID"] == request_id
    generation = GenerationRequest.objects.get(lesson=lesson)
    job = ProcrastinateJob.objects.get(task_name__endswith="generate_lesson")
    hashed = user_hash(roadmap.owner.pk)
    assert job.args == {
        "request_id": str(generation.id),
        "log_context": {"request_id": request_id, "user": hashed},
    }

    # and: a real worker process, logging JSON, generates it
    start_worker(SKILLSYNC_LOG_FORMAT="json")
    assert wait_until(lambda: _lesson_ready(lesson.id), timeout=90)
    lesson.refresh_from_db()
    assert lesson.generation_status == "ready"

    # then: the worker's lines for that job carry the request id, the job id and the
    # generation id, and the user only hashed
    assert wait_until(
        lambda: any(
            line["message"].startswith("job finished")
            for line in _worker_lines(tmp_path / "worker-0.log")
        ),
        timeout=10,
    )
    lines = _worker_lines(tmp_path / "worker-0.log")
    ours = [line for line in lines if line.get("request_id") == request_id]
    delivery = [line for line in ours if line["message"].startswith("generation delivery")]
    assert [line["message"] for line in delivery] == [
        "generation delivery started",
        "generation delivery finished: generated",
    ]
    for line in delivery:
        assert line["job_id"] == str(job.id)
        assert line["generation_id"] == str(generation.id)
        assert line["task"] == job.task_name
        assert line["user"] == hashed
        assert line["logger"] == "skillsync.generation.delivery"
        assert line["level"] == "INFO"
    finished = [line for line in ours if line["message"].startswith("job finished")]
    assert finished
    assert finished[0]["job_id"] == str(job.id)
    assert email not in json.dumps(lines)


def test_no_secret_reaches_any_log_line(
    client: AsgiClient,
    start_worker: StartWorker,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Everything this process logs, raw (caplog: before any redaction, so this checks that
    # nothing logs a secret at all) and as the JSON format writes it.
    caplog.set_level(logging.DEBUG)
    formatted: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            formatted.append(JsonFormatter().format(record))

    keep = Keep(level=logging.DEBUG)
    logging.getLogger().addHandler(keep)
    try:
        # a learner signs up and logs in with a password, refreshes through the cookie, calls
        # the API with the bearer token, and has a lesson generated through the (fake) provider
        # with its API key, by a worker logging everything down to DEBUG
        email = f"secret-{uuid.uuid4().hex[:8]}@example.org"
        variables = {"email": email, "password": PASSWORD}
        _post(client, REGISTER, variables)
        token = _post(client, LOGIN, variables).json()["data"]["login"]["accessToken"]
        refresh_cookie = client.cookies[settings.REFRESH_COOKIE_NAME].value
        _post(
            client,
            REFRESH,
            path="/auth/graphql",
            headers={"X-SkillSync-Auth": "1", "Sec-Fetch-Site": "same-origin"},
        )
        bearer = {"Authorization": f"Bearer {token}"}
        roadmap_id = _post(client, ONBOARD, headers=bearer).json()["data"]["completeOnboarding"][
            "id"
        ]
        lesson = Lesson.objects.filter(module__roadmap_id=roadmap_id).order_by("position")[0]
        _post(client, GENERATE, {"id": str(lesson.id)}, headers=bearer)
        # a refused token is a line too (401)
        client.post(
            "/graphql",
            data=json.dumps({"query": "{ me { id } }"}),
            content_type="application/json",
            headers={"Authorization": f"Bearer {token}x"},
        )
        start_worker(SKILLSYNC_LOG_FORMAT="json", SKILLSYNC_LOG_LEVEL="DEBUG")
        assert wait_until(lambda: _lesson_ready(lesson.id), timeout=90)
    finally:
        logging.getLogger().removeHandler(keep)

    worker_log = (tmp_path / "worker-0.log").read_text(errors="replace")
    assert "generation delivery finished" in worker_log  # the worker did log, at length
    raw = "\n".join(
        [caplog.text] + [f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records]
    )
    assert "skillsync.access" in raw
    assert formatted
    secrets = {
        "password": PASSWORD,
        "access token": token,
        "access token's signature": token.rsplit(".", 1)[1],
        "refresh cookie": refresh_cookie,
        "provider API key": GROQ_KEY,
        "JWT signing key": settings.JWT_SIGNING_KEY,
        "SECRET_KEY": settings.SECRET_KEY,
    }
    for where, text in (
        ("test process", raw),
        ("formatted", "\n".join(formatted)),
        ("worker", worker_log),
    ):
        for name, secret in secrets.items():
            assert secret not in text, f"the {name} is in the {where}'s log"
        assert "Bearer " not in text, where
