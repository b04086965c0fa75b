"""Scheduler benchmark: a burst of 500 lesson requests through the provider chain, from two
worker processes, against three fake providers that enforce seed-like limits (OpenRouter 20/min,
Groq 30/min with its token caps, Gemini 10/min). Time is scaled (a minute lasts a few seconds)
so it runs in under a minute; the fake server enforces the same limits and answers 429 to any
request that breaks one.

efficiency = the theoretical minimum time (every provider used to its per-minute limit from the
first instant: a burst of its limit, then another each window) / the measured time.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

REQUESTS = 500
WORKERS = 2
THREADS_PER_WORKER = 8
TIME_SCALE = 15.0  # a provider "minute" lasts 4 s
LIMITS: dict[str, dict[str, int]] = {
    "openrouter": {"requests_per_minute": 20},
    "groq": {
        "requests_per_minute": 30,
        "requests_per_day": 1000,
        "tokens_per_minute": 8000,
        "tokens_per_day": 200_000,
    },
    "gemini": {"requests_per_minute": 10, "requests_per_day": 1000},
}
MAX_TOKENS = 120  # small lessons: the request limits, not the token limits, bind
KEYS = {"openrouter": "test-openrouter-key", "groq": "test-groq-key", "gemini": "test-gemini-key"}


def _catalog_file(fake_url: dict[str, str], path: str) -> None:
    kinds = {"openrouter": "openai_compatible", "groq": "openai_compatible", "gemini": "gemini"}
    models = {
        "openrouter": "deepseek/deepseek-chat-v3.1",
        "groq": "openai/gpt-oss-120b",
        "gemini": "gemini-3.8-flash",
    }
    lines = ['chain = ["openrouter", "groq", "gemini"]', "daily_cost_cap_usd = 100.0"]
    for name, limits in LIMITS.items():
        lines += [
            f"[providers.{name}]",
            f'kind = "{kinds[name]}"',
            f'base_url = "{fake_url[name]}"',
            f'model = "{models[name]}"',
            f'api_key_env = "{name.upper()}_API_KEY"',
            "free = true",
            "limits = { " + ", ".join(f"{k} = {v}" for k, v in limits.items()) + " }",
        ]
    with open(path, "w") as handle:
        handle.write("\n".join(lines) + "\n")


def worker(count: int) -> None:
    """One worker process: ``count`` requests from a pool of threads; prints its results."""
    import django

    django.setup()
    from django.db import connection
    from pydantic import BaseModel

    from skillsync.generation.providers.chat import ChatMessage, ChatRequest
    from skillsync.generation.providers.router import ProvidersBusy, Router

    class Lesson(BaseModel):
        title: str
        summary: str

    router = Router()
    request = ChatRequest(
        messages=(ChatMessage("user", "Write a two-line lesson on Python list comprehensions."),),
        max_tokens=MAX_TOKENS,
        task="lesson",
    )

    def one(_: int) -> str:
        try:
            return router.generate(request, Lesson, wait_up_to=120).provider
        except ProvidersBusy:
            return "lost"
        finally:
            connection.close()

    with ThreadPoolExecutor(THREADS_PER_WORKER) as pool:
        results = list(pool.map(one, range(count)))
    print(json.dumps(results))


def _theoretical_minimum_seconds(window: float) -> float:
    per_window = sum(limit["requests_per_minute"] for limit in LIMITS.values())
    waves = math.ceil(REQUESTS / per_window) - 1  # the first wave is sent at t = 0
    return waves * window


def _max_in_any_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def run() -> dict[str, Any]:
    from django.conf import settings
    from django.db import connection

    from bench.harness import bench_database, machine
    from skillsync.generation.models import ProviderCall
    from skillsync.generation.providers.budgets import WINDOW_MARGIN
    from tests.fakes.llm_server import FakeLLMServer

    window = 60 / TIME_SCALE
    with FakeLLMServer(time_scale=1 / TIME_SCALE) as fake, bench_database():
        for name, limits in LIMITS.items():
            fake.set_limits(
                name,
                rpm=limits.get("requests_per_minute"),
                rpd=limits.get("requests_per_day"),
                tpm=limits.get("tokens_per_minute"),
                tpd=limits.get("tokens_per_day"),
            )
        catalog_path = os.path.join(settings.VAR_DIR, "bench-providers.toml")
        os.makedirs(settings.VAR_DIR, exist_ok=True)
        _catalog_file({name: fake.url(name) for name in LIMITS}, catalog_path)
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "skillsync.settings.test",
            "SKILLSYNC_TEST_DATABASE_NAME": connection.settings_dict["NAME"],
            "SKILLSYNC_VAR_DIR": str(settings.VAR_DIR),
            "SKILLSYNC_PROVIDERS_FILE": catalog_path,
            "SKILLSYNC_LLM_TIME_SCALE": str(TIME_SCALE),
            **{f"{name.upper()}_API_KEY": key for name, key in KEYS.items()},
        }
        if not os.environ.get("DATABASE_URL"):
            environment["SKILLSYNC_EMBEDDED_DATABASE_GUEST"] = "true"
        share = REQUESTS // WORKERS
        started = time.monotonic()
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "bench.scheduler", "worker", str(share)],
                env=environment,
                stdout=subprocess.PIPE,
                text=True,
                cwd=settings.BASE_DIR,
            )
            for _ in range(WORKERS)
        ]
        results: list[str] = []
        for process in processes:
            out, _ = process.communicate(timeout=600)
            if process.returncode != 0:
                raise RuntimeError("a benchmark worker failed")
            results += json.loads(out.strip().splitlines()[-1])
        elapsed = time.monotonic() - started

        calls = list(
            ProviderCall.objects.values_list("provider", "outcome", "started_at", "finished_at")
        )
        sent = [c for c in calls if c[1] != "in_flight"]
        limited = sum(1 for c in sent if c[1] in ("rate_limited", "quota_exhausted"))
        # Seen from the provider's side: the most requests the fake server saw arrive in any one
        # window (refused ones included: each refusal is also in rate_limited_responses).
        busiest_window = {}
        for name in LIMITS:
            arrivals = [r.received_at for r in fake.requests_for(name)]
            busiest_window[name] = _max_in_any_window(arrivals, window)
        # The fake answers 429 to anything over a limit, so a limit was broken exactly when a
        # request of ours was refused for it.
        exceeded = {
            name: any(c[0] == name and c[1] == "rate_limited" for c in sent) for name in LIMITS
        }
        theoretical = _theoretical_minimum_seconds(window)
        # The scheduler's own time: first request sent to last answer (process start-up of the
        # workers is not the scheduler's doing).
        ok = [c for c in sent if c[1] == "ok"]
        last_answer = max(c[3] for c in ok if c[3] is not None)
        busy = (last_answer - min(c[2] for c in sent)).total_seconds()
        return {
            "requests": REQUESTS,
            "answered": sum(1 for r in results if r != "lost"),
            "lost": sum(1 for r in results if r == "lost") + REQUESTS - len(results),
            "rate_limited_responses": limited,
            "rate_limited_fraction": round(limited / max(1, len(sent)), 4),
            "per_provider": {name: results.count(name) for name in LIMITS},
            "limit_exceeded": exceeded,
            "busiest_window_arrivals": busiest_window,
            "calls_left_in_flight": sum(1 for c in calls if c[1] == "in_flight"),
            "worker_processes": WORKERS,
            "threads_per_worker": THREADS_PER_WORKER,
            "time_scale": TIME_SCALE,
            "window_seconds": window,
            "theoretical_minimum_seconds": round(theoretical, 3),
            "measured_seconds": round(busy, 3),
            "wall_clock_seconds_with_start_up": round(elapsed, 3),
            "efficiency": round(theoretical / busy, 4),
            # Budgets count each window 2 % long (see budgets.WINDOW_MARGIN): the best possible.
            "efficiency_ceiling": round(1 / (1 + WINDOW_MARGIN), 4),
            "rate_limited_by_provider": {
                name: sum(1 for c in sent if c[0] == name and c[1] == "rate_limited")
                for name in LIMITS
            },
            "machine": machine(),
        }


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    worker(int(sys.argv[2]))
