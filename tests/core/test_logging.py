"""Structured logs: the JSON and text lines, the request id (accepted, replaced, echoed), the
hashed user, the job context, redaction, and which format each settings module uses."""

from __future__ import annotations

import io
import json
import logging
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django.conf import settings

from skillsync.accounts.models import User
from skillsync.core import log_context
from skillsync.core.log_context import job_log_context, job_log_kwargs, scope, user_hash
from skillsync.core.log_format import REDACTED, JsonFormatter, TextFormatter, redact
from tests.conftest import AsgiClient, access_token
from tests.settings.test_production import GOOD, _load_production_settings

Lines = Callable[[], list[dict[str, Any]]]


@pytest.fixture
def json_lines() -> Iterator[Lines]:
    """Every log line of the test, as the JSON format writes it (parsed)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _record(message: str = "hello %s", *args: object, **extra: Any) -> logging.LogRecord:
    record = logging.LogRecord("skillsync.test", logging.WARNING, __file__, 1, message, args, None)
    record.__dict__.update(extra)
    return record


# -- the formats -----------------------------------------------------------------------------


def test_a_json_line_has_time_level_logger_message_and_the_bound_context() -> None:
    with scope(request_id="req-1", user="ab12", job_id=7, task="t", generation_id="g-1"):
        line = json.loads(JsonFormatter().format(_record("hello %s", "world")))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line.pop("time"))
    assert isinstance(line.pop("pid"), int)
    assert line == {
        "level": "WARNING",
        "logger": "skillsync.test",
        "message": "hello world",
        "request_id": "req-1",
        "user": "ab12",
        "job_id": "7",
        "task": "t",
        "generation_id": "g-1",
    }


def test_a_json_line_outside_any_context_has_no_context_fields() -> None:
    line = json.loads(JsonFormatter().format(_record()))
    assert set(line) == {"time", "level", "logger", "message", "pid"}


def test_a_json_line_carries_the_traceback_and_stays_one_line() -> None:
    try:
        raise ValueError("broken")
    except ValueError:
        record = _record()
        record.exc_info = sys.exc_info()
    text = JsonFormatter().format(record)
    assert "\n" not in text
    assert "ValueError: broken" in json.loads(text)["exception"]


def test_procrastinate_lines_name_their_job() -> None:
    line = json.loads(JsonFormatter().format(_record(job={"id": 42, "task_name": "t"})))
    assert line["job_id"] == "42"


def test_a_text_line_shows_the_context_after_the_message() -> None:
    with scope(request_id="req-1", job_id=7):
        text = TextFormatter().format(_record("hello %s", "world"))
    assert text.endswith("WARNING skillsync.test hello world [request_id=req-1 job_id=7]")
    assert TextFormatter().format(_record("plain")).endswith("skillsync.test plain")


def test_the_context_is_restored_after_a_scope_and_refuses_unknown_fields() -> None:
    with scope(request_id="outer"):
        with scope(job_id=1):
            assert log_context.current() == {"request_id": "outer", "job_id": "1"}
        assert log_context.current() == {"request_id": "outer"}
    assert log_context.current() == {}
    with pytest.raises(ValueError, match="unknown log context fields"):
        log_context.bind(email="ada@example.org")


# -- requests --------------------------------------------------------------------------------


def _access_line(lines: list[dict[str, Any]], path: str) -> dict[str, Any]:
    found = [
        line for line in lines if line["logger"] == "skillsync.access" and path in line["message"]
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("test-abc_123", True),
        ("A" * 64, True),
        ("A" * 65, False),
        ("two words", False),
        ("id;drop", False),
        ('x"}{"level":"ERROR', False),
        ("", False),
        (None, False),
    ],
    ids=["token", "64-chars", "65-chars", "space", "semicolon", "json-injection", "empty", "none"],
)
def test_the_request_id_is_accepted_when_sane_else_replaced_and_always_echoed(
    client: AsgiClient, json_lines: Lines, sent: str | None, kept: bool
) -> None:
    headers = {} if sent is None else {"X-Request-ID": sent}
    response = client.get("/healthz", headers=headers)
    echoed = response["X-Request-ID"]
    if kept:
        assert echoed == sent
    else:
        assert re.fullmatch(r"[0-9a-f]{32}", echoed)
    assert _access_line(json_lines(), "/healthz")["request_id"] == echoed


def test_each_request_without_an_id_gets_its_own(client: AsgiClient) -> None:
    ids = {client.get("/healthz")["X-Request-ID"] for _ in range(3)}
    assert len(ids) == 3


def test_refusals_and_errors_get_a_request_id_too(client: AsgiClient, json_lines: Lines) -> None:
    response = client.post("/graphql", data="{}", content_type="text/plain")
    assert response.status_code == 415
    assert response["X-Request-ID"]
    line = _access_line(json_lines(), "/graphql")
    assert line["level"] == "INFO"
    assert line["message"].startswith("POST /graphql 415 ")


@pytest.mark.django_db
def test_a_request_with_a_bearer_token_logs_the_user_hashed(
    client: AsgiClient,
    user: User,
    json_lines: Lines,  # lines from after the user was made
) -> None:
    response = client.post(
        "/graphql?secret=visible-only-in-the-url",
        data=json.dumps({"query": "{ me { id } }"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {access_token(user)}", "X-Request-ID": "test-user"},
    )
    assert response.status_code == 200
    lines = json_lines()
    line = _access_line(lines, "/graphql")
    assert line["request_id"] == "test-user"
    assert line["user"] == user_hash(user.pk)
    assert "visible-only-in-the-url" not in line["message"]  # paths, never query strings
    everything = json.dumps(lines)
    assert str(user.pk) not in everything
    assert user.email not in everything


def test_probes_are_logged_at_debug_only(client: AsgiClient, json_lines: Lines) -> None:
    client.get("/healthz")
    assert _access_line(json_lines(), "/healthz")["level"] == "DEBUG"


# -- users -----------------------------------------------------------------------------------


def test_the_user_hash_is_stable_short_keyed_and_not_the_id() -> None:
    user_id = "0b6c1c2e-5d7f-4f6a-9a43-0d3e1f2a3b4c"
    first = user_hash(user_id)
    assert first == user_hash(user_id)
    assert re.fullmatch(r"[0-9a-f]{16}", first)
    assert first not in user_id
    assert first == user_hash(user_id, secret=settings.SECRET_KEY)
    assert user_hash(user_id, secret="another server's secret") != first
    assert user_hash("another user") != first


# -- jobs ------------------------------------------------------------------------------------


NO_WORKER: Any = None  # the middleware never looks at the worker


def _job_context(job_id: int, **kwargs: Any) -> Any:
    job = SimpleNamespace(id=job_id, task_name="generate_lesson", task_kwargs=kwargs)
    return SimpleNamespace(job=job)


def test_a_deferred_job_carries_the_request_id_and_user_only() -> None:
    assert job_log_kwargs() == {}
    with scope(request_id="req-9", user="ab12", generation_id="not-carried"):
        assert job_log_kwargs() == {"log_context": {"request_id": "req-9", "user": "ab12"}}


def test_the_job_middleware_binds_the_job_and_its_request(json_lines: Lines) -> None:
    seen: dict[str, str] = {}

    def task() -> str:
        seen.update(log_context.current())
        logging.getLogger("skillsync.test").info("working")
        return "done"

    context = _job_context(12, request_id="g", log_context={"request_id": "req-9", "user": "ab12"})
    assert job_log_context(task, context, NO_WORKER) == "done"
    assert seen == {
        "job_id": "12",
        "task": "generate_lesson",
        "request_id": "req-9",
        "user": "ab12",
    }
    assert log_context.current() == {}
    working, finished = [line for line in json_lines() if line.get("job_id") == "12"]
    assert working["message"] == "working"
    assert finished["logger"] == "skillsync.jobs"
    assert finished["message"].startswith("job finished in ")


def test_the_job_middleware_drops_malformed_carried_fields() -> None:
    seen: dict[str, str] = {}
    context = _job_context(
        3, log_context={"request_id": "bad id\n{", "user": 5, "generation_id": "x"}
    )
    job_log_context(lambda: seen.update(log_context.current()), context, NO_WORKER)
    assert seen == {"job_id": "3", "task": "generate_lesson"}
    seen.clear()
    job_log_context(
        lambda: seen.update(log_context.current()), _job_context(4, log_context="x"), NO_WORKER
    )
    assert seen == {"job_id": "4", "task": "generate_lesson"}


def test_a_failing_job_is_logged_with_its_request_and_still_fails(json_lines: Lines) -> None:
    def task() -> None:
        raise RuntimeError("boom")

    context = _job_context(5, log_context={"request_id": "req-5"})
    with pytest.raises(RuntimeError):
        job_log_context(task, context, NO_WORKER)
    (line,) = [line for line in json_lines() if line.get("job_id") == "5"]
    assert line["level"] == "WARNING"
    assert line["request_id"] == "req-5"
    assert line["message"].endswith("RuntimeError")


# -- secrets ---------------------------------------------------------------------------------

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXBhcnQ"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"Authorization: Bearer {JWT}", "Authorization: "),
        ("headers={'authorization': 'Basic dXNlcjpwYXNz'}", "authorization': "),
        ("sent bearer abc.def-ghi to the API", "sent bearer "),
        (f"token {JWT} in a message", "token "),
        ('{"email": "a@b.c", "password": "hunter2 is long"}', '"email": "a@b.c"'),
        ("password=hunter2&next=/", "&next=/"),
        ("api_key=sk-12345 and apiKey: 'abc'", " and apiKey: "),
        ("refresh_token=r3fr3sh;", ";"),
    ],
)
def test_secret_shapes_are_redacted(text: str, kept: str) -> None:
    redacted = redact(text)
    assert REDACTED in redacted
    assert kept in redacted
    for secret in (JWT, "dXNlcjpwYXNz", "abc.def-ghi", "hunter2", "sk-12345", "r3fr3sh"):
        assert secret not in redacted


def test_secret_values_from_the_environment_and_settings_are_redacted(
    monkeypatch: pytest.MonkeyPatch, settings: Any
) -> None:
    monkeypatch.setenv("GROQ_API_KEY", "gsk-live-key-0123456789")
    monkeypatch.setenv("SKILLSYNC_JWT_PREVIOUS_KEYS", "old-signing-key-one,old-signing-key-two")
    settings.METRICS_TOKEN = "metrics-token-abcdefghijklmnop"
    text = (
        "called with gsk-live-key-0123456789, old-signing-key-two, "
        f"metrics-token-abcdefghijklmnop, {settings.SECRET_KEY}, {settings.JWT_SIGNING_KEY}; "
        "prompt_tokens=120 tokens_reserved: 300 short=1234"
    )
    redacted = redact(text)
    assert redacted == (
        "called with [redacted], [redacted], [redacted], [redacted], [redacted]; "
        "prompt_tokens=120 tokens_reserved: 300 short=1234"
    )


# -- settings --------------------------------------------------------------------------------

SHOW_FORMAT = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.LOGGING['formatters']['default']['()'].rsplit('.', 1)[1])"
)


def test_production_logs_json_unless_told_otherwise(tmp_path: Path) -> None:
    default = _load_production_settings(tmp_path, SHOW_FORMAT, **GOOD)
    assert default.stdout.strip() == "JsonFormatter", default.stderr[-2000:]
    text = _load_production_settings(tmp_path, SHOW_FORMAT, **GOOD, SKILLSYNC_LOG_FORMAT="text")
    assert text.stdout.strip() == "TextFormatter", text.stderr[-2000:]


def test_local_settings_log_text_and_a_wrong_format_stops_start_up(tmp_path: Path) -> None:
    def run(**variables: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", SHOW_FORMAT],
            env={
                "PATH": "/usr/bin:/bin",
                "DJANGO_SETTINGS_MODULE": "skillsync.settings.local",
                "SKILLSYNC_VAR_DIR": str(tmp_path),
                **variables,
            },
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    assert run().stdout.strip() == "TextFormatter"
    assert run(SKILLSYNC_LOG_FORMAT="JSON").stdout.strip() == "JsonFormatter"
    refused = run(SKILLSYNC_LOG_FORMAT="xml")
    assert refused.returncode != 0
    assert "SKILLSYNC_LOG_FORMAT must be json or text" in refused.stderr


def test_production_refuses_a_short_metrics_token(tmp_path: Path) -> None:
    result = _load_production_settings(
        tmp_path, "import django; django.setup()", **GOOD, SKILLSYNC_METRICS_TOKEN="short"
    )
    assert result.returncode != 0
    assert "SKILLSYNC_METRICS_TOKEN must be at least 32 characters long" in result.stderr
