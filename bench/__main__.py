"""``make bench``: run every benchmark module in this folder and print its figures.

A benchmark module defines ``run() -> dict`` and is listed in ``BENCHMARKS``. Each writes
``bench/results/<name>.json`` and, drawn from it, ``bench/results/<name>.png``
(``bench/charts.py``). Figures are measured on this machine in this run; compare ratios from
one run rather than absolute numbers across machines.

``python -m bench [NAME ...]`` runs the named benchmarks (all by default);
``python -m bench --charts-only [NAME ...]`` draws the charts again from the JSON already in
``bench/results/``, running nothing. Each benchmark's wall time is printed and kept in the
JSON as ``bench_seconds``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import time
from pathlib import Path

BENCHMARKS = ["scheduler", "queue", "pipeline", "cache", "api", "onboarding"]
RESULTS = Path(__file__).resolve().parent / "results"


def _chart(name: str, figures: dict[str, object]) -> None:
    from bench.charts import render

    path = render(name, figures, RESULTS)
    if path is not None:
        print(f"  chart: {path}")


def charts_only(names: list[str]) -> int:
    missing = 0
    for name in names or BENCHMARKS:
        source = RESULTS / f"{name}.json"
        if not source.exists():
            print(f"== {name}: no {source}, run `python -m bench {name}` first", file=sys.stderr)
            missing += 1
            continue
        print(f"== {name}", flush=True)
        _chart(name, json.loads(source.read_text()))
    return 1 if missing else 0


def main(names: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skillsync.settings.test")
    import django

    django.setup()
    from skillsync.management.progress import progress

    # Benchmarks that go through the middleware would print an access line per request.
    logging.getLogger("skillsync.access").setLevel(logging.WARNING)

    RESULTS.mkdir(exist_ok=True)
    chosen = names or BENCHMARKS
    started_all = time.monotonic()
    for name in progress(chosen, desc="benchmarks", total=len(chosen), unit="benchmark"):
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", flush=True)
        started = time.monotonic()
        figures = module.run()
        figures["bench_seconds"] = round(time.monotonic() - started, 1)
        (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
        for key, value in figures.items():
            print(f"  {key}: {value}")
        _chart(name, figures)
    print(f"== {len(chosen)} benchmark(s) in {time.monotonic() - started_all:.0f} s")
    return 0


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"of {', '.join(BENCHMARKS)}")
    parser.add_argument(
        "--charts-only",
        action="store_true",
        help="draw the charts from the JSON in bench/results/, running no benchmark",
    )
    arguments = parser.parse_args(argv)
    unknown = sorted(set(arguments.names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"no such benchmark: {', '.join(unknown)}")
    return arguments


if __name__ == "__main__":
    arguments = _arguments(sys.argv[1:])
    if arguments.charts_only:
        sys.exit(charts_only(arguments.names))
    sys.exit(main(arguments.names))
