"""API load test: the web app's two busiest reads, the ``Dashboard`` and ``Lesson`` GraphQL
queries, at ``CONCURRENCY`` concurrent users against the ASGI server as production runs it,
compared on the same data and the same server with plain Django JSON views that serve exactly
the same payload (``bench/api_plain.py``).

1. Data: ``LEARNERS`` learners onboard through the real service (the built-in planner: 4 to 12
   modules of 4 or 5 lessons), one to three roadmaps each. Lessons of their first modules have
   content, shared by subject, style and difficulty as reuse shares it (documents composed by
   the offline provider from the offline research, 3-9 KB); some of those lessons are completed
   (with quiz scores) or in progress, some have a personal introduction, a vote or a flag.
2. Server: ``uvicorn skillsync.asgi:application --workers SERVER_WORKERS`` with the production
   settings (``bench/api_settings.py``: DEBUG off, no introspection; the benchmark's URLconf and
   a middleware that counts each request's SQL statements into a header), one process serving
   both sides.
3. Checks: for every learner, both sides' dashboards and two lessons are fetched and must be
   equal JSON; every request of a kind must run the same number of SQL statements, whatever
   the learner's data.
4. Load (``bench/api_load.py``, its own process, httpx on asyncio): a warm-up of each side,
   then ``PHASES_PER_SIDE`` phases of ``PHASE_SECONDS`` per side, alternating A B B A so both
   share the machine's noise. Each virtual user is a learner with its own bearer token,
   alternating dashboard and lesson requests without think time.

Figures per side: throughput (requests / s), p50 and p99 latency (all requests, and per kind),
errors, SQL statements per request, and the CPU each request cost the server's workers. The
ratios ``graphql_vs_plain_throughput`` and ``graphql_vs_plain_p99`` are the targets (>= 0.7 and
<= 1.3, with no errors).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.web_documents import web_document

LEARNERS = int(os.environ.get("BENCH_API_LEARNERS", "200"))
CONCURRENCY = 50
SERVER_WORKERS = 2  # one per core of the benchmark machine
PHASE_SECONDS = float(os.environ.get("BENCH_API_PHASE_SECONDS", "4"))
PHASES_PER_SIDE = int(os.environ.get("BENCH_API_PHASES_PER_SIDE", "6"))
WARM_UP_SECONDS = 4.0
DASHBOARD_LIMIT = 12  # the web app's page size (DashboardPage.tsx)
SEED = 20261212
TARGET_THROUGHPUT_RATIO = 0.7
TARGET_P99_RATIO = 1.3
READY_TIMEOUT = 60.0
WARM_UP_CHECKS = 10  # learners whose requests warm the server up before the checks count

# The web app's documents (bench/web_documents.py reads them from the generated frontend code).
DASHBOARD = web_document("Dashboard")
LESSON = web_document("Lesson", "LessonFields")

GOALS = [
    "Learn Python",
    "Become a backend developer with Django",
    "Learn React",
    "Master SQL and PostgreSQL",
    "Learn JavaScript",
    "Learn Docker",
    "Get productive with Kubernetes",
    "Learn TypeScript",
]
LEVELS = {"beginner": 5, "intermediate": 3, "advanced": 2}
STYLES = ["hands_on", "reading", "video", "mixed"]


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Contents:
    """One shared content per subject, style and difficulty, composed once by the offline
    provider (the documents a learner would get with no provider configured)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str, str], Any] = {}

    def for_lesson(self, lesson: Any) -> Any:
        from skillsync.generation.lessons import lesson_request, lesson_subject
        from skillsync.generation.offline import offline_lesson
        from skillsync.generation.prompts import LessonFacts
        from skillsync.learning.choices import ApprovalStatus
        from skillsync.learning.models import LessonContent
        from skillsync.research.service import research_topic

        subject = lesson_subject(lesson)
        key = (subject, lesson.learning_style, lesson.module.difficulty)
        if key not in self.by_key:
            research = research_topic(subject, style=lesson.learning_style)
            facts = LessonFacts(
                topic=lesson.title,
                skill=lesson.module.roadmap.skill,
                module=lesson.module.title,
                goal=lesson.module.roadmap.goal,
                style=lesson.learning_style,
                difficulty=lesson.module.difficulty,
                language="en",
                industry="",
            )
            document = offline_lesson(lesson_request(facts, research.passages).context)
            self.by_key[key] = LessonContent.objects.create(
                cache_key=f"bench:{len(self.by_key)}",
                topic=lesson.title,
                learning_style=lesson.learning_style,
                difficulty=lesson.module.difficulty,
                content=document,
                source_attribution=research.source_attribution(),
                research_metadata=research.research_metadata(),
                generation_metadata={"model": "offline", "learning_style": lesson.learning_style},
                ai_model_version="offline",
                approval_status=ApprovalStatus.APPROVED
                if len(self.by_key) % 3 == 0
                else ApprovalStatus.PENDING,
            )
        return self.by_key[key]


def _learner(n: int, rng: random.Random, contents: _Contents) -> dict[str, Any]:
    """One learner: roadmaps, content on the lessons of their first modules, progress,
    introductions, votes and flags; their token and the lessons they will open."""
    from django.utils import timezone

    from skillsync.accounts.sessions import session_start
    from skillsync.community.choices import FlagReason
    from skillsync.community.models import ContentFlag, LessonVote
    from skillsync.core.request_meta import RequestMeta
    from skillsync.learning.choices import GenerationStatus, ProgressStatus
    from skillsync.learning.models import Lesson, LessonProgress, PersonalIntro, Roadmap
    from skillsync.learning.services import onboarding_complete, roadmap_refresh_progress
    from tests.conftest import profile_input
    from tests.factories import UserFactory

    user = UserFactory.create(email=f"api-bench-{n}@example.org")
    opened: list[str] = []
    now = timezone.now()
    for goal in rng.sample(GOALS, rng.choices([1, 2, 3], weights=[6, 3, 1])[0]):
        roadmap = onboarding_complete(
            user=user,
            profile=profile_input(
                goal=goal,
                experience_level=_pick(rng, LEVELS),
                weekly_hours=rng.randint(3, 12),
                learning_style=rng.choice(STYLES),
            ),
        )
        lessons = list(
            Lesson.objects.filter(module__roadmap=roadmap)
            .select_related("module__roadmap")
            .order_by("module__position", "position")
        )
        with_content = [
            lesson for lesson in lessons if lesson.module.position < rng.choice([0, 1, 1, 2, 3])
        ]
        progress, intros, votes, flags = [], [], [], []
        completed = rng.randint(0, len(with_content))
        for index, lesson in enumerate(with_content):
            lesson.content = contents.for_lesson(lesson)
            lesson.generation_status = GenerationStatus.READY
            if index <= completed:
                done = index < completed
                progress.append(
                    LessonProgress(
                        user=user,
                        lesson=lesson,
                        status=ProgressStatus.COMPLETED if done else ProgressStatus.IN_PROGRESS,
                        started_at=now,
                        completed_at=now if done else None,
                        time_spent_seconds=rng.randint(60, 3600),
                        quiz_score=rng.randint(40, 100) if done and rng.random() < 0.6 else None,
                    )
                )
            if rng.random() < 0.3:
                intros.append(
                    PersonalIntro(
                        user=user,
                        lesson=lesson,
                        content=lesson.content,
                        text=f"How {lesson.title} matters in your work, in a few sentences.",
                    )
                )
            if rng.random() < 0.25:
                votes.append(
                    LessonVote(user=user, content=lesson.content, value=rng.choice([1, 1, -1]))
                )
            if rng.random() < 0.03:
                flags.append(
                    ContentFlag(user=user, content=lesson.content, reason=FlagReason.OUTDATED)
                )
        Lesson.objects.bulk_update(with_content, ["content", "generation_status"])
        LessonProgress.objects.bulk_create(progress)
        PersonalIntro.objects.bulk_create(intros)
        LessonVote.objects.bulk_create(votes, ignore_conflicts=True)
        ContentFlag.objects.bulk_create(flags, ignore_conflicts=True)
        last = progress[-1].lesson_id if progress else None
        roadmap_refresh_progress(roadmap=Roadmap.objects.get(pk=roadmap.pk), last_lesson_id=last)
        # The lessons they open: every one with content, and the next two without.
        without = [lesson for lesson in lessons if lesson.content_id is None][:2]
        opened += [str(lesson.pk) for lesson in with_content + without]
    token = session_start(user=user, device_id=None, meta=RequestMeta(None, "")).access_token
    return {"token": token, "lessons": opened}


def _seed() -> tuple[list[dict[str, Any]], dict[str, int]]:
    from django.db.models import Count, Q

    from skillsync.learning.models import Lesson, LessonContent, Roadmap
    from skillsync.management.progress import progress

    rng = random.Random(SEED)  # noqa: S311 - a reproducible data set, not a secret
    contents = _Contents()
    learners = [
        _learner(n, rng, contents)
        for n in progress(range(LEARNERS), desc="api: learners", unit="learner")
    ]
    counts = LessonContent.objects.annotate(
        up=Count("votes", filter=Q(votes__value=1)), down=Count("votes", filter=Q(votes__value=-1))
    ).values_list("pk", "up", "down")
    for pk, up, down in counts:
        LessonContent.objects.filter(pk=pk).update(upvotes=up, downvotes=down)
    data = {
        "learners": LEARNERS,
        "roadmaps": Roadmap.objects.count(),
        "lessons": Lesson.objects.count(),
        "lessons_with_content": Lesson.objects.filter(content__isnull=False).count(),
        "shared_contents": LessonContent.objects.count(),
    }
    return learners, data


def _server_environment(port: int) -> dict[str, str]:
    from django.conf import settings
    from django.db import connection

    database = {
        key: str(connection.settings_dict.get(key) or "")
        for key in ("HOST", "PORT", "NAME", "USER", "PASSWORD")
    }
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.api_settings",
        "SECRET_KEY": secrets.token_urlsafe(48),
        # The tokens were issued by this process, with the test settings' key.
        "SKILLSYNC_JWT_SIGNING_KEY": settings.JWT_SIGNING_KEY,
        "DATABASE_URL": os.environ.get("DATABASE_URL") or "postgres://bench@localhost/bench",
        "SKILLSYNC_BENCH_DATABASE": json.dumps(database),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "PYTHONUNBUFFERED": "1",
    }
    environment.pop("SKILLSYNC_EMBEDDED_DATABASE_GUEST", None)
    return environment


@contextlib.contextmanager
def _server(log: Path) -> Iterator[tuple[str, list[int]]]:
    """The ASGI server, as production starts it; (base URL, worker pids) once it answers."""
    import httpx
    import psutil
    from django.conf import settings

    from tests.running_app import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "skillsync.asgi:application",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(SERVER_WORKERS),
        "--no-server-header",
        "--lifespan",
        "off",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    with log.open("wb") as output:
        server = subprocess.Popen(
            command,
            env=_server_environment(port),
            cwd=settings.BASE_DIR,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        workers: list[int] = []
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"the server exited:\n{log.read_text()[-4000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server never answered:\n{log.read_text()[-4000:]}")
            with contextlib.suppress(httpx.HTTPError):
                ready = httpx.get(f"{base}/readyz", timeout=2).status_code == 200
                workers = [p.pid for p in psutil.Process(server.pid).children(recursive=True)]
                if ready and len(workers) >= SERVER_WORKERS:
                    break
            time.sleep(0.3)
        yield base, workers
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=15)


def _graphql(client: Any, base: str, token: str, query: str, variables: dict[str, Any]) -> Any:
    return client.post(
        f"{base}/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {token}"},
    )


def _check(base: str, learners: list[dict[str, Any]]) -> dict[str, Any]:
    """Both sides answer every learner's dashboard and two of their lessons with equal JSON;
    the SQL statements per request, by side and kind."""
    import httpx

    from bench.api_plain import QUERIES_HEADER

    rng = random.Random(SEED)  # noqa: S311
    queries: dict[str, Counter[int]] = {}
    compared = 0

    def tally(side: str, kind: str, response: Any) -> Any:
        if response.status_code != 200:
            raise RuntimeError(f"{side} {kind}: {response.status_code} {response.text[:500]}")
        queries.setdefault(f"{side}_{kind}", Counter())[int(response.headers[QUERIES_HEADER])] += 1
        return response.json()

    with httpx.Client(timeout=30) as client:
        # Each worker's first requests fill its per-process caches (and ran 2 more statements
        # in a GraphQL dashboard): warm both sides up before counting.
        for learner in learners[:WARM_UP_CHECKS]:
            auth = {"Authorization": f"Bearer {learner['token']}"}
            variables = {"offset": 0, "limit": DASHBOARD_LIMIT}
            _graphql(client, base, learner["token"], DASHBOARD, variables)
            _graphql(client, base, learner["token"], LESSON, {"id": learner["lessons"][0]})
            client.get(f"{base}/bench/plain/dashboard", params=variables, headers=auth)
            client.get(f"{base}/bench/plain/lesson/{learner['lessons'][0]}", headers=auth)
        for learner in learners:
            token = learner["token"]
            auth = {"Authorization": f"Bearer {token}"}
            variables = {"offset": 0, "limit": DASHBOARD_LIMIT}
            graphql = tally(
                "graphql", "dashboard", _graphql(client, base, token, DASHBOARD, variables)
            )
            plain = tally(
                "plain",
                "dashboard",
                client.get(f"{base}/bench/plain/dashboard", params=variables, headers=auth),
            )
            if graphql != plain:
                raise RuntimeError(f"dashboards differ:\n{graphql}\n{plain}")
            compared += 1
            for lesson in {learner["lessons"][0], rng.choice(learner["lessons"])}:
                graphql = tally(
                    "graphql", "lesson", _graphql(client, base, token, LESSON, {"id": lesson})
                )
                plain = tally(
                    "plain",
                    "lesson",
                    client.get(f"{base}/bench/plain/lesson/{lesson}", headers=auth),
                )
                if graphql != plain:
                    raise RuntimeError(f"lessons differ:\n{graphql}\n{plain}")
                compared += 1
    return {"payloads_compared": compared, "queries": queries}


def _phases() -> list[dict[str, Any]]:
    phases: list[dict[str, Any]] = [
        {"side": side, "seconds": WARM_UP_SECONDS, "record": False, "group": 0}
        for side in ("graphql", "plain")
    ]
    for pair in range((PHASES_PER_SIDE + 1) // 2 * 2):
        order = ("graphql", "plain") if pair % 2 == 0 else ("plain", "graphql")
        phases += [
            {"side": side, "seconds": PHASE_SECONDS, "record": True, "group": pair}
            for side in order
        ]
    # A B B A ... with PHASES_PER_SIDE phases each.
    recorded = [p for p in phases if p["record"]]
    per_side: Counter[str] = Counter()
    kept = [p for p in phases if not p["record"]]
    for phase in recorded:
        if per_side[phase["side"]] < PHASES_PER_SIDE:
            per_side[phase["side"]] += 1
            kept.append(phase)
    return kept


def _side(raw: dict[str, Any]) -> dict[str, Any]:
    from bench.harness import percentile

    every = [ms for values in raw["latencies_ms"].values() for ms in values]
    requests = len(every)
    kinds = {}
    for kind, values in sorted(raw["latencies_ms"].items()):
        counts = raw["queries"][kind]
        kinds[kind] = {
            "requests": len(values),
            "p50_ms": round(percentile(values, 50), 2),
            "p99_ms": round(percentile(values, 99), 2),
            "sql_queries": sorted(int(q) if q.isdigit() else q for q in counts),
            "bytes_mean": round(raw["body_bytes"][kind] / len(values)),
        }
    return {
        "requests": requests,
        "seconds": round(raw["seconds"], 2),
        "throughput_rps": round(requests / raw["seconds"], 1),
        "p50_ms": round(percentile(every, 50), 2),
        "p99_ms": round(percentile(every, 99), 2),
        "errors": raw["errors"],
        "error_examples": raw["error_examples"],
        "by_kind": kinds,
        "server_cpu_ms_per_request": round(raw["server_cpu_s"] * 1000 / requests, 2),
        # Of one core: the generator is one asyncio thread, so 1.0 would be its ceiling.
        "generator_cpu_share": round(raw["generator_cpu_s"] / raw["seconds"], 3),
        "latency_percentiles_ms": [round(percentile(every, p), 2) for p in range(1, 100)],
        "phases": raw["phases"],
    }


def run() -> dict[str, Any]:
    from bench.harness import bench_database, machine

    load_average = os.getloadavg()
    with bench_database(), tempfile.TemporaryDirectory(prefix="api-bench-") as scratch:
        folder = Path(scratch)
        learners, data = _seed()
        with _server(folder / "server.log") as (base, workers):
            checked = _check(base, learners)
            config = {
                "host": "127.0.0.1",
                "port": int(base.rsplit(":", 1)[1]),
                "users": learners,
                "documents": {"dashboard": DASHBOARD, "lesson": LESSON},
                "dashboard_limit": DASHBOARD_LIMIT,
                "concurrency": CONCURRENCY,
                "phases": _phases(),
                "server_pids": workers,
                "seed": SEED,
            }
            (folder / "config.json").write_text(json.dumps(config))
            try:
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "bench.api_load",
                        str(folder / "config.json"),
                        str(folder / "load.json"),
                    ],
                    check=True,
                    timeout=600,
                )
            except subprocess.CalledProcessError:
                sys.stderr.write((folder / "server.log").read_text()[-4000:])
                raise
            raw = json.loads((folder / "load.json").read_text())
        measured_on = machine()
    graphql, plain = _side(raw["graphql"]), _side(raw["plain"])
    constant = {
        f"{side}_{kind}": len(figures["by_kind"][kind]["sql_queries"]) == 1
        and len(checked["queries"][f"{side}_{kind}"]) == 1
        for side, figures in (("graphql", graphql), ("plain", plain))
        for kind in figures["by_kind"]
    }
    throughput_ratio = graphql["throughput_rps"] / plain["throughput_rps"]
    p99_ratio = graphql["p99_ms"] / plain["p99_ms"]
    errors = graphql["errors"] + plain["errors"]
    met = {
        "throughput_ratio": throughput_ratio >= TARGET_THROUGHPUT_RATIO,
        "p99_ratio": p99_ratio <= TARGET_P99_RATIO,
        "errors": errors == 0,
        "sql_queries_constant": all(constant.values()),
    }
    return {
        **data,
        "concurrency": CONCURRENCY,
        "server_workers": SERVER_WORKERS,
        "seconds_per_side": PHASE_SECONDS * PHASES_PER_SIDE,
        "graphql_vs_plain_throughput": round(throughput_ratio, 3),
        "graphql_vs_plain_p99": round(p99_ratio, 3),
        "graphql_vs_plain_server_cpu_per_request": round(
            graphql["server_cpu_ms_per_request"] / plain["server_cpu_ms_per_request"], 3
        ),
        "errors": errors,
        "sql_queries_constant": all(constant.values()),
        "sql_queries_constant_by_kind": constant,
        "sql_queries_per_request": {
            key: sorted(counts) for key, counts in checked["queries"].items()
        },
        "payloads_compared_equal": checked["payloads_compared"],
        "targets": {
            "throughput_ratio_min": TARGET_THROUGHPUT_RATIO,
            "p99_ratio_max": TARGET_P99_RATIO,
            "errors": 0,
        },
        "targets_met": all(met.values()),
        "targets_met_each": met,
        "graphql": graphql,
        "plain": plain,
        "load_average_at_start": [round(x, 2) for x in load_average],
        "machine": measured_on,
    }
