"""``make bench``: run every benchmark module in this folder and print its figures.

A benchmark module defines ``run() -> dict`` and is listed in ``BENCHMARKS``. Each writes
``bench/results/<name>.json``. Figures are measured on this machine in this run; compare
ratios from one run rather than absolute numbers across machines.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

BENCHMARKS = ["onboarding", "scheduler", "queue", "pipeline", "cache"]
RESULTS = Path(__file__).resolve().parent / "results"


def main(names: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skillsync.settings.test")
    import django

    django.setup()
    RESULTS.mkdir(exist_ok=True)
    for name in names or BENCHMARKS:
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", flush=True)
        figures = module.run()
        (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
        for key, value in figures.items():
            print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
