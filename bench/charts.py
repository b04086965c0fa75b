"""Charts of the benchmarks' figures: ``render(name, figures, folder)`` writes
``<folder>/<name>.png`` from what the benchmark's ``run()`` returned (its
``bench/results/<name>.json``). ``python -m bench`` draws each one right after its JSON;
``python -m bench --charts-only`` draws them again from the JSON files already there.

matplotlib with the Agg backend: files only, no display needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure

Figures = dict[str, Any]

GRAPHQL, PLAIN, TARGET, GREY = "#e0589a", "#4a7fd1", "#d62728", "#8c8c8c"


def _bars(axes: Axes, labels: list[str], values: list[float], colors: list[str], unit: str) -> None:
    bars = axes.bar(labels, values, color=colors)
    axes.bar_label(bars, labels=[f"{v:g}" for v in values], padding=2, fontsize=8)
    axes.set_ylabel(unit)
    axes.margins(y=0.15)


def _api(figures: Figures) -> Figure:
    sides = ("graphql", "plain")
    colors = [GRAPHQL, PLAIN]
    figure, (rps, latency, kinds) = plt.subplots(1, 3, figsize=(13, 4.2))
    _bars(rps, list(sides), [figures[s]["throughput_rps"] for s in sides], colors, "requests / s")
    rps.set_title(f"throughput (ratio {figures['graphql_vs_plain_throughput']:g}, target ≥ 0.7)")
    width = 0.38
    for offset, side, color in ((-width / 2, "graphql", GRAPHQL), (width / 2, "plain", PLAIN)):
        values = [figures[side]["p50_ms"], figures[side]["p99_ms"]]
        bars = latency.bar([i + offset for i in range(2)], values, width, label=side, color=color)
        latency.bar_label(bars, labels=[f"{v:g}" for v in values], padding=2, fontsize=8)
    latency.set_xticks(range(2), ["p50", "p99"])
    latency.set_ylabel("ms")
    latency.margins(y=0.15)
    latency.set_title(f"latency (p99 ratio {figures['graphql_vs_plain_p99']:g}, target ≤ 1.3)")
    latency.legend()
    names = sorted(figures["graphql"]["by_kind"])
    for offset, side, color in ((-width / 2, "graphql", GRAPHQL), (width / 2, "plain", PLAIN)):
        values = [figures[side]["by_kind"][kind]["p99_ms"] for kind in names]
        bars = kinds.bar([i + offset for i in range(len(names))], values, width, color=color)
        queries = [figures[side]["by_kind"][kind]["sql_queries"] for kind in names]
        kinds.bar_label(bars, labels=[f"SQL {q}" for q in queries], padding=2, fontsize=7)
    kinds.set_xticks(range(len(names)), names)
    kinds.set_ylabel("p99 ms")
    kinds.margins(y=0.15)
    kinds.set_title("p99 by request (SQL statements each)")
    figure.suptitle(
        f"API: {figures['concurrency']} users, {figures['server_workers']} workers, "
        f"errors {figures['errors']}, targets met: {figures['targets_met']}"
    )
    return figure


def _cache(figures: Figures) -> Figure:
    figure, (split, rates, latency) = plt.subplots(1, 3, figsize=(13, 4.2))
    parts = [figures["exact_hits"], figures["semantic_hits"], figures["misses"]]
    split.pie(
        parts,
        labels=[f"exact {parts[0]}", f"semantic {parts[1]}", f"miss {parts[2]}"],
        colors=["#2ca02c", "#98df8a", GREY],
        autopct="%1.1f%%",
        startangle=90,
    )
    split.set_title(f"{figures['lookups']} lookups: hit rate {figures['hit_rate']:g}")
    labels = [
        "hit rate",
        "after first",
        "ceiling",
        "wrong hits",
        "near-miss\nrefused",
        "paraphrase\naccepted",
    ]
    values = [
        figures["hit_rate"],
        figures["hit_rate_after_first"],
        figures["hit_rate_ceiling"],
        figures["wrong_hit_rate"],
        figures["near_miss_refusal_rate"],
        figures["paraphrase_acceptance_rate"],
    ]
    _bars(rates, labels, values, ["#2ca02c"] * 3 + [TARGET] + [PLAIN] * 2, "rate")
    rates.set_ylim(0, 1.15)
    rates.tick_params(axis="x", labelsize=7)
    rates.set_title("rates")
    _bars(
        latency,
        ["p50", "p95", "max"],
        [figures["lookup_ms_p50"], figures["lookup_ms_p95"], figures["lookup_ms_max"]],
        [PLAIN] * 3,
        "ms",
    )
    latency.set_title("lookup latency")
    figure.suptitle(f"Reuse cache: {figures['learners']} learners")
    return figure


def _scheduler(figures: Figures) -> Figure:
    figure, (time, providers) = plt.subplots(1, 2, figsize=(11, 4.2))
    _bars(
        time,
        ["theoretical\nminimum", "measured"],
        [figures["theoretical_minimum_seconds"], figures["measured_seconds"]],
        [GREY, PLAIN],
        "seconds",
    )
    time.set_title(
        f"efficiency {figures['efficiency']:g} (ceiling {figures['efficiency_ceiling']:g})"
    )
    names = sorted(figures["per_provider"])
    width = 0.38
    answered = [figures["per_provider"][n] for n in names]
    limited = [figures["rate_limited_by_provider"].get(n, 0) for n in names]
    for offset, values, label, color in (
        (-width / 2, answered, "answered", PLAIN),
        (width / 2, limited, "rate limited (429)", TARGET),
    ):
        bars = providers.bar([i + offset for i in range(len(names))], values, width, label=label)
        for bar in bars:
            bar.set_color(color)
        providers.bar_label(bars, padding=2, fontsize=8)
    providers.set_xticks(range(len(names)), names)
    providers.set_ylabel("requests")
    providers.margins(y=0.15)
    providers.legend()
    providers.set_title("per provider")
    figure.suptitle(
        f"Scheduler: {figures['requests']} requests, {figures['answered']} answered, "
        f"{figures['lost']} lost"
    )
    return figure


def _queue(figures: Figures) -> Figure:
    figure, (throughput, latency) = plt.subplots(1, 2, figsize=(11, 4.2))
    runs = figures["backlog_runs"]
    labels = [f"{r['concurrency_per_worker']} at a time" for r in runs]
    _bars(throughput, labels, [r["jobs_per_second"] for r in runs], [PLAIN] * len(runs), "jobs / s")
    throughput.set_xlabel("jobs each worker runs at a time")
    throughput.set_title(f"backlog drained by {figures['worker_processes']} workers")
    _bars(
        latency,
        ["p50", "p95", "max"],
        [
            figures["enqueue_to_start_p50_s"],
            figures["enqueue_to_start_p95_s"],
            figures["enqueue_to_start_max_s"],
        ],
        [GRAPHQL] * 3,
        "seconds",
    )
    latency.set_title("enqueue to start (trickle)")
    figure.suptitle("Job queue")
    return figure


def _pipeline(figures: Figures) -> Figure:
    figure, (overhead, styles) = plt.subplots(1, 2, figsize=(11, 4.2))
    _bars(
        overhead,
        ["overhead p50", "overhead p95", "verify p50", "verify p95", "run p50", "run p95"],
        [
            figures["overhead_ms_p50"],
            figures["overhead_ms_p95"],
            figures["exercise_verification_ms_p50"],
            figures["exercise_verification_ms_p95"],
            figures["exercise_run_ms_p50"],
            figures["exercise_run_ms_p95"],
        ],
        [PLAIN, PLAIN, GRAPHQL, GRAPHQL, GREY, GREY],
        "ms",
    )
    overhead.hlines(
        figures["overhead_target_p50_ms"],
        -0.45,
        0.45,
        colors=TARGET,
        linestyles="--",
        label=f"target: overhead p50 < {figures['overhead_target_p50_ms']:g} ms",
    )
    overhead.tick_params(axis="x", labelsize=7)
    overhead.legend()
    overhead.set_title("pipeline overhead and exercise verification")
    by_style = figures["overhead_ms_p50_by_style"]
    names = sorted(by_style)
    _bars(styles, names, [by_style[n] for n in names], [PLAIN] * len(names), "ms")
    styles.set_title("overhead p50 by style")
    figure.suptitle(
        f"Lesson pipeline: {figures['lessons']} lessons, "
        f"{figures['lessons_with_exercises']} with exercises"
    )
    return figure


def _onboarding(figures: Figures) -> Figure:
    figure, axes = plt.subplots(figsize=(6.5, 4.2))
    _bars(
        axes,
        ["p50", "p95", "max"],
        [
            figures["onboarding_ms_p50"],
            figures["onboarding_ms_p95"],
            figures["onboarding_ms_max"],
        ],
        [PLAIN] * 3,
        "ms",
    )
    axes.set_title(
        f"Onboarding: {figures['learners']} learners, {figures['lessons_planned']} lessons, "
        f"at most {figures['sql_queries_per_onboarding_max']} SQL statements"
    )
    return figure


CHARTS: dict[str, Callable[[Figures], Figure]] = {
    "api": _api,
    "cache": _cache,
    "onboarding": _onboarding,
    "pipeline": _pipeline,
    "queue": _queue,
    "scheduler": _scheduler,
}


def render(name: str, figures: Figures, folder: Path) -> Path | None:
    """Writes ``<folder>/<name>.png``; None for a benchmark without a chart."""
    draw = CHARTS.get(name)
    if draw is None:
        return None
    figure = draw(figures)
    machine = figures.get("machine") or {}
    if machine:
        figure.text(
            0.99,
            0.01,
            f"{machine.get('cpus', '?')} CPUs, Python {machine.get('python', '?')}, "
            f"PostgreSQL {machine.get('postgresql', '?')}",
            ha="right",
            fontsize=7,
            color=GREY,
        )
    figure.tight_layout()
    path = folder / f"{name}.png"
    try:
        figure.savefig(path, dpi=100)
    finally:
        plt.close(figure)
    return path
