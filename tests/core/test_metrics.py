"""/metrics: who may read it, what it says after known activity, and what it costs the
database."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from skillsync.accounts.models import User
from skillsync.core import metrics_db
from skillsync.core.metrics_db import DatabaseCollector
from skillsync.generation.models import GenerationRequest, ProviderCall, RequestStatus
from skillsync.generation.queue import finish_failed, lesson_generation_request
from skillsync.learning.models import Lesson
from skillsync.reuse.models import ReuseLookup
from skillsync.settings import env
from tests.analytics.builders import lookup
from tests.conftest import AsgiClient, access_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
TOKEN = "metrics-test-token-0123456789abcdef-0123456789"


def _get(http: AsgiClient, *, token: str | None = TOKEN, **extra: Any) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return http.get("/metrics", headers=headers, **extra)


def scrape(client: AsgiClient) -> list[Sample]:
    response = _get(client)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    return [s for family in text_string_to_metric_families(text) for s in family.samples]


def value(samples: list[Sample], name: str, **labels: str) -> float | None:
    found = [s.value for s in samples if s.name == name and s.labels == labels]
    assert len(found) <= 1, (name, labels)
    return found[0] if found else None


@pytest.fixture
def metrics_on(settings: Any) -> Any:
    settings.METRICS_TOKEN = TOKEN
    settings.DEBUG = False
    return settings


# -- protection ------------------------------------------------------------------------------


def test_without_a_token_configured_metrics_do_not_exist(client: AsgiClient, settings: Any) -> None:
    settings.METRICS_TOKEN = ""
    settings.DEBUG = False
    for token in (None, "anything"):
        response = _get(client, token=token)
        assert response.status_code == 404
        assert response.content == b""  # not the web app's "not found" page either
        assert "skillsync_" not in response.content.decode()


@pytest.mark.parametrize(
    ("header", "status"),
    [
        (None, 401),
        (f"Bearer {TOKEN}x", 401),
        (f"Bearer {TOKEN[:-1]}", 401),
        (f"Basic {TOKEN}", 401),
        (TOKEN, 401),
        (f"Bearer {TOKEN}", 200),
        (f"bearer  {TOKEN} ", 200),
    ],
    ids=["none", "longer", "shorter", "basic", "no-scheme", "right", "right-loosely-written"],
)
def test_only_the_bearer_token_opens_metrics(
    client: AsgiClient, metrics_on: Any, header: str | None, status: int
) -> None:
    headers = {"Authorization": header} if header else {}
    response = client.get("/metrics", headers=headers)
    assert response.status_code == status
    assert response["Cache-Control"] == "no-store"
    if status == 401:
        assert response["WWW-Authenticate"] == 'Bearer realm="metrics"'
        assert b"skillsync_" not in response.content
    else:
        assert b"skillsync_queue_jobs" in response.content


def test_an_admin_session_cookie_opens_nothing(client: AsgiClient, metrics_on: Any) -> None:
    admin = UserFactory.create(is_staff=True, is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200  # the cookie works where it should
    assert _get(client, token=None).status_code == 401


def test_only_get_and_head_are_answered(client: AsgiClient, metrics_on: Any) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert client.head("/metrics", headers=headers).status_code == 200
    refused = client.post("/metrics", headers=headers)
    assert refused.status_code == 405
    assert refused["Allow"] == "GET, HEAD"
    assert client.post("/metrics").status_code == 401  # no CSRF check answers first


def test_in_debug_without_a_token_only_this_machine_reads_metrics(
    client: AsgiClient, settings: Any
) -> None:
    settings.METRICS_TOKEN = ""
    settings.DEBUG = True
    assert _get(client, token=None).status_code == 200  # the test client is 127.0.0.1
    # The WSGI test client sets the peer address (and runs the middleware's sync path).
    wsgi = Client()
    assert wsgi.get("/metrics", REMOTE_ADDR="::1").status_code == 200
    assert wsgi.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 404
    # A loopback peer that is a proxy for someone else is not this machine.
    proxied = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
    assert proxied.status_code == 404


def test_openmetrics_is_served_to_scrapers_that_ask_for_it(
    client: AsgiClient, metrics_on: Any
) -> None:
    response = client.get(
        "/metrics",
        headers={
            "Authorization": f"Bearer {TOKEN}",
            "Accept": "application/openmetrics-text; version=1.0.0",
        },
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/openmetrics-text")
    assert response.content.decode().rstrip().endswith("# EOF")


# -- content ---------------------------------------------------------------------------------

ME = "query Me { me { id } }"
BROKEN = "query Broken { noSuchField }"
GENERATE = "mutation Generate($id: ID!) { generateLesson(lessonId: $id) { id } }"


def _graphql(client: AsgiClient, query: str, token: str | None = None, **variables: Any) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.post(
        "/graphql",
        data=json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
        headers=headers,
    )
    assert response.status_code == 200
    return response.json()


def _counters(samples: list[Sample]) -> dict[str, float | None]:
    graphql = "skillsync_graphql_operations_total"
    return {
        "http": value(
            samples,
            "skillsync_http_request_duration_seconds_count",
            route="graphql",
            method="POST",
            status="2xx",
        ),
        "ok": value(samples, graphql, operation="Me", type="query", outcome="ok"),
        "invalid": value(
            samples,
            graphql,
            operation="Broken",
            type="query",
            outcome="GRAPHQL_VALIDATION_FAILED",
        ),
        "unauthenticated": value(
            samples, graphql, operation="Generate", type="mutation", outcome="UNAUTHENTICATED"
        ),
    }


def _provider_call(provider: str, outcome: str, *, ago: timedelta = timedelta(0), **values: Any):
    now = timezone.now() - ago
    return ProviderCall.objects.create(
        provider=provider, model="m", started_at=now, finished_at=now, outcome=outcome, **values
    )


def test_metrics_report_known_activity(
    client: AsgiClient, metrics_on: Any, user: User, onboard: Any
) -> None:
    before = _counters(scrape(client))
    roadmap = onboard(user)
    token = access_token(user)

    # GraphQL: one operation that works, one invalid, one refused
    assert "errors" not in _graphql(client, ME, token)
    assert _graphql(client, BROKEN, token)["errors"][0]["extensions"]["code"] == (
        "GRAPHQL_VALIDATION_FAILED"
    )
    lessons = list(Lesson.objects.filter(module__roadmap=roadmap).order_by("position")[:2])
    refused = _graphql(client, GENERATE, None, id=str(lessons[0].id))
    assert refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"

    # the queue: two lessons queued (their jobs waiting), one of them dead-lettered since
    for lesson in lessons:
        lesson_generation_request(user=user, lesson_id=lesson.id)
    queued, dead = GenerationRequest.objects.filter(lesson__in=lessons).order_by("created_at")
    finish_failed(dead, RequestStatus.DEAD_LETTERED, "gave up")
    GenerationRequest.objects.filter(pk=queued.pk).update(
        created_at=timezone.now() - timedelta(seconds=120)
    )
    with connection.cursor() as cursor:  # the first job was deferred five minutes ago
        cursor.execute(
            "UPDATE procrastinate_events SET at = now() - interval '300 seconds' "
            "WHERE job_id = (SELECT min(id) FROM procrastinate_jobs)"
        )

    # provider calls in the last hour (and one before it, not counted)
    _provider_call(
        "groq", "ok", prompt_tokens=100, completion_tokens=50, cost_usd=Decimal("0.01"),
        latency_ms=200,
    )  # fmt: skip
    _provider_call("groq", "ok", prompt_tokens=10, completion_tokens=5, latency_ms=400)
    _provider_call("groq", "rate_limited", latency_ms=100)
    _provider_call("gemini", "server_error", latency_ms=1000)
    _provider_call("gemini", "in_flight")
    _provider_call("groq", "ok", ago=timedelta(hours=2), prompt_tokens=999, latency_ms=9000)

    # reuse: three hits and a miss in the last hour, and an old hit
    for outcome in ("exact", "exact", "semantic", "miss"):
        lookup(timezone.now(), outcome)
    lookup(timezone.now() - timedelta(hours=2), "exact")

    samples = scrape(client)
    after = _counters(samples)

    # process counters (this process counts alone here: no multiprocess directory)
    assert (after["http"] or 0) - (before["http"] or 0) == 3
    assert (after["ok"] or 0) - (before["ok"] or 0) == 1
    assert (after["invalid"] or 0) - (before["invalid"] or 0) == 1
    assert (after["unauthenticated"] or 0) - (before["unauthenticated"] or 0) == 1
    assert (
        value(
            samples,
            "skillsync_http_request_duration_seconds_bucket",
            route="graphql",
            method="POST",
            status="2xx",
            le="+Inf",
        )
        == after["http"]
    )

    # the queue
    assert value(samples, "skillsync_queue_jobs", queue="lesson-generation", state="waiting") == 2
    assert value(samples, "skillsync_queue_jobs", queue="lesson-generation", state="running") == 0
    assert value(samples, "skillsync_queue_jobs", queue="tutor", state="waiting") == 0
    oldest = value(samples, "skillsync_queue_oldest_waiting_seconds", queue="lesson-generation")
    assert oldest is not None
    assert 299 <= oldest < 400
    assert value(samples, "skillsync_queue_oldest_waiting_seconds", queue="tutor") == 0
    assert value(samples, "skillsync_generation_requests", status="queued") == 1
    assert value(samples, "skillsync_generation_requests", status="running") == 0
    age = value(samples, "skillsync_generation_oldest_seconds", status="queued")
    assert age is not None
    assert 119 <= age < 200
    assert value(samples, "skillsync_generation_dead_letters") == 1

    # providers, over the last hour
    calls = "skillsync_provider_calls_last_hour"
    assert value(samples, calls, provider="groq", outcome="ok") == 2
    assert value(samples, calls, provider="groq", outcome="rate_limited") == 1
    assert value(samples, calls, provider="gemini", outcome="server_error") == 1
    assert value(samples, calls, provider="gemini", outcome="in_flight") == 1
    assert value(samples, "skillsync_provider_errors_last_hour", provider="groq") == 1
    assert value(samples, "skillsync_provider_errors_last_hour", provider="gemini") == 1
    tokens = "skillsync_provider_tokens_last_hour"
    assert value(samples, tokens, provider="groq", kind="prompt") == 110
    assert value(samples, tokens, provider="groq", kind="completion") == 55
    assert value(samples, "skillsync_provider_cost_usd_last_hour", provider="groq") == 0.01
    latency = "skillsync_provider_latency_seconds_last_hour"
    assert value(samples, latency, provider="groq", quantile="0.5") == pytest.approx(0.2)
    assert value(samples, latency, provider="groq", quantile="0.95") == pytest.approx(0.38)
    assert value(samples, latency, provider="gemini", quantile="0.5") == pytest.approx(1.0)

    # reuse, over the last hour
    lookups = "skillsync_reuse_lookups_last_hour"
    assert value(samples, lookups, outcome="exact") == 2
    assert value(samples, lookups, outcome="semantic") == 1
    assert value(samples, lookups, outcome="miss") == 1
    assert value(samples, "skillsync_reuse_hit_ratio_last_hour") == 0.75

    for source in metrics_db.SOURCES:
        assert value(samples, "skillsync_metrics_source_up", source=source) == 1


def test_with_no_lookups_the_hit_ratio_is_not_a_number(client: AsgiClient, metrics_on: Any) -> None:
    ratio = value(scrape(client), "skillsync_reuse_hit_ratio_last_hour")
    assert ratio is not None
    assert ratio != ratio  # NaN


def test_client_chosen_operation_names_cannot_grow_the_series_without_bound(
    client: AsgiClient, metrics_on: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skillsync.core import metrics

    monkeypatch.setattr(metrics, "_operation_names", set())
    monkeypatch.setattr(metrics, "MAX_OPERATION_NAMES", 2)
    for name in ("First", "Second", "Third", "Fourth"):
        _graphql(client, f"query {name} {{ me {{ id }} }}")
    samples = scrape(client)
    names = {
        s.labels["operation"] for s in samples if s.name == "skillsync_graphql_operations_total"
    }
    assert {"First", "Second", "other"} <= names
    assert not {"Third", "Fourth"} & names


# -- cost to the database --------------------------------------------------------------------

BIG_TABLES = (
    "procrastinate_jobs",
    "procrastinate_events",
    GenerationRequest._meta.db_table,
    ProviderCall._meta.db_table,
    ReuseLookup._meta.db_table,
)


def test_every_collector_query_is_bounded_by_an_index_and_a_timeout(
    user: User, onboard: Any
) -> None:
    roadmap = onboard(user)
    lesson = Lesson.objects.filter(module__roadmap=roadmap).first()
    assert lesson is not None
    lesson_generation_request(user=user, lesson_id=lesson.id)
    _provider_call("groq", "ok", latency_ms=10)
    lookup(timezone.now(), "exact")

    with CaptureQueriesContext(connection) as captured:
        families = list(DatabaseCollector().collect())
    assert families
    queries = [q["sql"] for q in captured.captured_queries]
    timeouts = [q for q in queries if "statement_timeout" in q]
    assert len(timeouts) == len(metrics_db.SOURCES)  # one per source, before its queries
    measured = [q for q in queries if "statement_timeout" not in q and q.lstrip()[:4] != "SAVE"]
    measured = [q for q in measured if not q.startswith(("RELEASE", "ROLLBACK"))]
    assert len(measured) <= 10

    # With sequential scans priced out, a query that has no index to use still shows one.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for sql in measured:
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            for table in BIG_TABLES:
                assert f"Seq Scan on {table}" not in plan, f"{sql}\n{plan}"


def test_a_source_past_its_statement_timeout_is_left_out_of_that_scrape_only(
    client: AsgiClient, metrics_on: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(cursor: Any) -> list[Any]:
        cursor.execute("SELECT pg_sleep(5)")
        return []

    monkeypatch.setitem(metrics_db.SOURCES, "slow", slow)
    metrics_on.METRICS_QUERY_TIMEOUT_MS = 200
    started = time.monotonic()
    samples = scrape(client)
    assert time.monotonic() - started < 4
    assert value(samples, "skillsync_metrics_source_up", source="slow") == 0
    assert value(samples, "skillsync_metrics_source_up", source="reuse") == 1
    assert value(samples, "skillsync_reuse_lookups_last_hour", outcome="miss") == 0


# -- several processes -----------------------------------------------------------------------

RECORD = """
from skillsync.core.metrics import graphql_operation_count, http_request_observe
http_request_observe(route="graphql", method="POST", status=200, seconds=0.02)
graphql_operation_count(name="Me", operation_type="query", outcome="ok")
"""


def test_in_multiprocess_mode_metrics_add_up_every_process(
    client: AsgiClient, metrics_on: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given: two processes (uvicorn workers, say) that each served one request
    directory = tmp_path / "metrics"
    for _ in range(2):
        subprocess.run(
            [sys.executable, "-c", RECORD],
            env={"PATH": "/usr/bin:/bin", "PROMETHEUS_MULTIPROC_DIR": str(directory)},
            check=True,
            timeout=60,
        )
    assert len(list(directory.glob("*.db"))) >= 2  # a file per process
    # when: a process of the same server is scraped
    monkeypatch.setattr(env, "METRICS_MULTIPROC_DIR", str(directory))
    samples = scrape(client)
    # then: it reports both processes' counts (and not its own, which are not in the directory)
    assert (
        value(
            samples,
            "skillsync_http_request_duration_seconds_count",
            route="graphql",
            method="POST",
            status="2xx",
        )
        == 2
    )
    graphql = "skillsync_graphql_operations_total"
    assert value(samples, graphql, operation="Me", type="query", outcome="ok") == 2


def test_skillsync_run_empties_the_multiprocess_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skillsync.management.commands.run import _fresh_metrics_dir

    directory = tmp_path / "metrics"
    directory.mkdir()
    (directory / "counter_12345.db").write_bytes(b"left by an earlier run")
    (directory / "README").write_text("not ours: kept")
    monkeypatch.setattr(env, "METRICS_MULTIPROC_DIR", str(directory))
    assert _fresh_metrics_dir() == directory
    assert [p.name for p in directory.iterdir()] == ["README"]
    monkeypatch.setattr(env, "METRICS_MULTIPROC_DIR", "")
    monkeypatch.setattr(env, "VAR_DIR", tmp_path / "var")
    assert _fresh_metrics_dir() == tmp_path / "var" / "metrics"
    assert (tmp_path / "var" / "metrics").is_dir()
