"""Each benchmark's chart is drawn from a results dict shaped like its ``run()`` output (small
synthetic figures here: no benchmark runs)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import __main__ as bench_main
from bench.charts import CHARTS, render

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MACHINE = {"python": "3.12.1", "cpus": 2, "postgresql": "18.6"}


def _side(rps: float, p50: float, p99: float, queries: int) -> dict[str, Any]:
    kind = {"requests": 10, "p50_ms": p50, "p99_ms": p99, "sql_queries": [queries]}
    return {
        "throughput_rps": rps,
        "p50_ms": p50,
        "p99_ms": p99,
        "errors": 0,
        "by_kind": {"dashboard": kind, "lesson": {**kind, "sql_queries": [2]}},
    }


RESULTS: dict[str, dict[str, Any]] = {
    "api": {
        "concurrency": 50,
        "server_workers": 2,
        "graphql_vs_plain_throughput": 0.8,
        "graphql_vs_plain_p99": 1.2,
        "errors": 0,
        "targets_met": True,
        "graphql": _side(40.0, 900.0, 1800.0, 6),
        "plain": _side(50.0, 700.0, 1500.0, 6),
        "machine": MACHINE,
    },
    "cache": {
        "learners": 20,
        "lookups": 100,
        "exact_hits": 40,
        "semantic_hits": 20,
        "misses": 40,
        "hit_rate": 0.6,
        "hit_rate_after_first": 0.8,
        "hit_rate_ceiling": 0.75,
        "wrong_hit_rate": 0.01,
        "near_miss_refusal_rate": 0.98,
        "paraphrase_acceptance_rate": 0.9,
        "lookup_ms_p50": 3.1,
        "lookup_ms_p95": 7.4,
        "lookup_ms_max": 12.0,
        "machine": MACHINE,
    },
    "scheduler": {
        "requests": 300,
        "answered": 300,
        "lost": 0,
        "per_provider": {"groq": 200, "gemini": 100},
        "rate_limited_by_provider": {"groq": 0, "gemini": 1},
        "theoretical_minimum_seconds": 10.0,
        "measured_seconds": 10.5,
        "efficiency": 0.95,
        "efficiency_ceiling": 0.98,
        "machine": MACHINE,
    },
    "queue": {
        "enqueue_to_start_p50_s": 0.05,
        "enqueue_to_start_p95_s": 0.2,
        "enqueue_to_start_max_s": 0.4,
        "worker_processes": 2,
        "backlog_runs": [
            {"concurrency_per_worker": 1, "jobs_per_second": 90.0},
            {"concurrency_per_worker": 4, "jobs_per_second": 150.0},
        ],
        "machine": MACHINE,
    },
    "pipeline": {
        "lessons": 12,
        "overhead_ms_p50": 40.0,
        "overhead_ms_p95": 80.0,
        "overhead_target_p50_ms": 100,
        "overhead_ms_p50_by_style": {"reading": 35.0, "hands_on": 45.0},
        "lessons_with_exercises": 6,
        "exercise_verification_ms_p50": 300.0,
        "exercise_verification_ms_p95": 500.0,
        "exercise_run_ms_p50": 90.0,
        "exercise_run_ms_p95": 150.0,
        "machine": MACHINE,
    },
    "onboarding": {
        "learners": 20,
        "lessons_planned": 600,
        "onboarding_ms_p50": 120.0,
        "onboarding_ms_p95": 200.0,
        "onboarding_ms_max": 250.0,
        "sql_queries_per_onboarding_max": 40,
        "machine": MACHINE,
    },
}


def test_every_benchmark_has_a_chart() -> None:
    assert set(CHARTS) == set(bench_main.BENCHMARKS) == set(RESULTS)


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_a_chart_is_a_png_drawn_from_the_results(name: str, tmp_path: Path) -> None:
    path = render(name, RESULTS[name], tmp_path)

    assert path == tmp_path / f"{name}.png"
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 5_000


def test_charts_only_draws_from_the_json_already_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_main, "RESULTS", tmp_path)
    (tmp_path / "queue.json").write_text(json.dumps(RESULTS["queue"]))

    assert bench_main.charts_only(["queue"]) == 0
    assert (tmp_path / "queue.png").read_bytes().startswith(PNG_SIGNATURE)
    assert bench_main.charts_only(["api"]) == 1  # no api.json there
