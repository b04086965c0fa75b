"""`skillsync run` as deployed: its web process logs JSON lines (uvicorn's included) with the
request id, and /metrics adds up the web processes' counts from a multiprocess directory that
each start empties."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.processes import wait_until
from tests.running_app import fresh_var_dir, remove_var_dir, running_app

pytestmark = [pytest.mark.timeout(180), pytest.mark.own_server]
TOKEN = "run-metrics-token-0123456789abcdef0123456789"


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_run_logs_json_and_serves_metrics_from_its_multiprocess_directory() -> None:
    var_dir = fresh_var_dir()
    stale = var_dir / "metrics" / "counter_999999.db"
    stale.parent.mkdir()
    stale.write_bytes(b"\0" * 64)  # left by an earlier run: would count (or break) if kept
    environment = {"SKILLSYNC_METRICS_TOKEN": TOKEN, "SKILLSYNC_LOG_FORMAT": "json"}
    try:
        with (
            running_app("--no-worker", var_dir=var_dir, env=environment) as app,
            httpx.Client(base_url=app.base, timeout=5) as http,
        ):
            assert not stale.exists()
            answer = http.post(
                "/graphql",
                json={"query": "query Probe { me { id } }"},
                headers={"X-Request-ID": "test-run-observability"},
            )
            assert answer.json() == {"data": {"me": None}}
            assert answer.headers["X-Request-ID"] == "test-run-observability"

            assert http.get("/metrics").status_code == 401
            scraped = http.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
            assert scraped.status_code == 200
            samples = _samples(scraped.text)
            operation = (("operation", "Probe"), ("outcome", "ok"), ("type", "query"))
            assert samples[("skillsync_graphql_operations_total", operation)] == 1
            route = (("method", "POST"), ("route", "graphql"), ("status", "2xx"))
            assert samples[("skillsync_http_request_duration_seconds_count", route)] == 1
            assert list((var_dir / "metrics").glob("*.db"))  # written by the web process

            # every line of the web process is JSON, uvicorn's own included
            log = next(var_dir.glob("run-*.log"))

            def lines() -> list[dict[str, Any]]:
                text = log.read_text(errors="replace").splitlines()
                return [json.loads(line) for line in text if line.startswith("{")]

            assert wait_until(
                lambda: any(line.get("request_id") == "test-run-observability" for line in lines()),
                timeout=10,
            )
            found = lines()
            access = [line for line in found if line.get("request_id") == "test-run-observability"]
            assert access[0]["logger"] == "skillsync.access"
            assert access[0]["message"].startswith("POST /graphql 200 ")
            assert any(line["logger"].startswith("uvicorn") for line in found)
            assert not any(line["logger"] == "uvicorn.access" for line in found)
    finally:
        remove_var_dir(var_dir)
