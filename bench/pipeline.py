"""Pipeline benchmark: what SkillSync itself adds to each generated lesson, the provider's time
aside.

``LESSONS_PER_STYLE`` Python lessons of each learning style go through
``lesson_content_generate`` exactly as a worker runs it: research (the offline documentation
source; its in-process index built once beforehand, as in a running worker, but no research
result cached), the prompt, the provider call to the fake Groq server over HTTP on 127.0.0.1
(it answers at once with a valid lesson citing the passages research finds), budget
reservation and accounting, schema validation, the style rules, the Python exercises run in the
sandbox, and the store.

- ``overhead_ms``: the whole call minus the time spent running exercises (which is reported on
  its own: it is the sandbox's cost, two interpreter starts per exercise).
- ``exercise_verification_ms``: per lesson with Python exercises, the wall time of running them
  (two at a time); ``exercise_run_ms``: per exercise (solution and starter).
"""

from __future__ import annotations

import os
import time
from typing import Any

LESSONS_PER_STYLE = 10
STYLES = ("hands_on", "video", "reading", "mixed")
TARGET_OVERHEAD_P50_MS = 300


def _catalog(fake: Any) -> Any:
    from skillsync.generation.providers.catalog import parse_catalog
    from tests.fakes.llm_server import DEFAULT_KEYS

    os.environ["BENCH_GROQ_API_KEY"] = DEFAULT_KEYS["groq"]
    fake.set_limits("groq", rpm=100_000, rpd=1_000_000, tpm=100_000_000, tpd=1_000_000_000)
    return parse_catalog(
        {
            "chain": ["groq"],
            "daily_cost_cap_usd": 1.0,
            "providers": {
                "groq": {
                    "kind": "openai_compatible",
                    "base_url": fake.url("groq"),
                    "model": "openai/gpt-oss-120b",
                    "api_key_env": "BENCH_GROQ_API_KEY",
                    "free": True,
                    "timeouts": {"connect_seconds": 2, "read_seconds": 10},
                }
            },
        }
    )


def _lessons(style: str) -> list[Any]:
    from skillsync.learning.models import Lesson
    from skillsync.learning.services import onboarding_complete
    from tests.conftest import profile_input
    from tests.factories import UserFactory

    roadmap = onboarding_complete(
        user=UserFactory.create(),
        profile=profile_input(goal="Learn Python", learning_style=style, weekly_hours=10),
    )
    lessons = Lesson.objects.filter(module__roadmap=roadmap).select_related("module")
    return list(lessons.order_by("module__position", "position")[:LESSONS_PER_STYLE])


def run() -> dict[str, Any]:
    from bench.harness import bench_database, machine, percentile
    from skillsync.generation.lessons import lesson_content_generate, lesson_subject
    from skillsync.generation.providers.router import Router
    from skillsync.research.models import ResearchResult
    from skillsync.research.service import research_topic
    from tests.fakes.llm_behaviours import ok
    from tests.fakes.llm_server import FakeLLMServer
    from tests.generation.lesson_samples import as_answer, sample_lesson

    overhead_ms: list[float] = []
    verification_ms: list[float] = []
    run_ms: list[float] = []
    per_style: dict[str, list[float]] = {style: [] for style in STYLES}
    with bench_database(), FakeLLMServer() as fake:
        router = Router(_catalog(fake))
        research_topic("Python lists")  # builds the offline index, as a worker's first lesson
        planned = [(style, lesson) for style in STYLES for lesson in _lessons(style)]
        answers = {}
        for style, lesson in planned:
            passages = research_topic(lesson_subject(lesson), style=style).passages
            answers[lesson.pk] = as_answer(sample_lesson(style, [p.id for p in passages[:2]]))
        ResearchResult.objects.all().delete()  # each lesson researches afresh, as new ones do
        for style, lesson in planned:
            fake.script("groq", ok(answers[lesson.pk]))
            started = time.perf_counter()
            content, reused = lesson_content_generate(
                lesson, difficulty="beginner", language="en", industry="finance", router=router
            )
            elapsed_ms = (time.perf_counter() - started) * 1000
            assert not reused, "every lesson is generated"
            verification = content.generation_metadata["exercise_verification"]
            verified_ms = verification["seconds"] * 1000
            overhead_ms.append(elapsed_ms - verified_ms)
            per_style[style].append(elapsed_ms - verified_ms)
            if verification["checked"]:
                verification_ms.append(verified_ms)
                run_ms += [r["seconds"] * 1000 for r in verification["results"] if "seconds" in r]
                assert verification["passed"] == verification["checked"]
        figures = machine()
    p50 = percentile(overhead_ms, 50)
    return {
        "lessons": len(overhead_ms),
        "overhead_ms_p50": round(p50, 1),
        "overhead_ms_p95": round(percentile(overhead_ms, 95), 1),
        "overhead_target_p50_ms": TARGET_OVERHEAD_P50_MS,
        "overhead_target_met": p50 < TARGET_OVERHEAD_P50_MS,
        "overhead_ms_p50_by_style": {
            style: round(percentile(values, 50), 1) for style, values in per_style.items()
        },
        "lessons_with_exercises": len(verification_ms),
        "exercise_verification_ms_p50": round(percentile(verification_ms, 50), 1),
        "exercise_verification_ms_p95": round(percentile(verification_ms, 95), 1),
        "exercises_run": len(run_ms),
        "exercise_run_ms_p50": round(percentile(run_ms, 50), 1),
        "exercise_run_ms_p95": round(percentile(run_ms, 95), 1),
        "machine": figures,
    }
