"""Onboarding latency: sign up, then ``completeOnboarding`` through the GraphQL endpoint, for
many learners with varied goals, levels and hours. The target for the whole flow is a roadmap
in well under 5 s (p95); the built-in planner should answer in milliseconds."""

from __future__ import annotations

import json
import time
from typing import Any

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.harness import bench_database, machine, percentile

LEARNERS = 200
GOALS = [
    "Become a backend developer with Django",
    "Learn Python for data analysis",
    "Get productive with Kubernetes at work",
    "Build web apps with React and TypeScript",
    "Learn Elixir for distributed systems",
    "Master SQL and PostgreSQL performance",
    "Learn Rust for systems programming",
    "Move into DevOps and CI/CD",
]
LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"]
STYLES = ["HANDS_ON", "VIDEO", "READING", "MIXED"]
ONBOARD = """mutation($input: OnboardingInput!) { completeOnboarding(input: $input) {
  id modules { id title lessons { id title learningStyle } } } }"""
REGISTER = """mutation($e: String!, $p: String!) {
  register(email: $e, password: $p) { accessToken } }"""


def _post(
    client: Client, query: str, variables: dict[str, Any], token: str | None = None
) -> dict[str, Any]:
    response = client.post(
        "/graphql",
        data=json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"} if token else {},
    )
    body: dict[str, Any] = response.json()
    if response.status_code != 200 or "errors" in body:
        raise RuntimeError(f"benchmark request failed: {body}")
    return body


def run() -> dict[str, Any]:
    latencies_ms: list[float] = []
    queries: list[int] = []
    lessons = 0
    # Every simulated learner signs up from this one address: lift the per-address limits.
    settings.REGISTRATIONS_PER_IP = (10 * LEARNERS, 3600)
    settings.EXPENSIVE_MUTATIONS_PER_USER = (10, 3600)
    with bench_database():
        for n in range(LEARNERS):
            client = Client()
            signed_up = _post(
                client, REGISTER, {"e": f"bench{n}@example.org", "p": "a long passphrase 42"}
            )
            token = signed_up["data"]["register"]["accessToken"]
            variables = {
                "input": {
                    "goal": GOALS[n % len(GOALS)],
                    "experienceLevel": LEVELS[n % 3],
                    "weeklyHours": 2 + n % 20,
                    "learningStyle": STYLES[n % 4],
                    "careerStage": "JUNIOR",
                    "industry": "logistics",
                }
            }
            with CaptureQueriesContext(connection) as ctx:
                started = time.perf_counter()
                body = _post(client, ONBOARD, variables, token)
                latencies_ms.append((time.perf_counter() - started) * 1000)
            queries.append(len(ctx.captured_queries))
            modules = body["data"]["completeOnboarding"]["modules"]
            lessons += sum(len(m["lessons"]) for m in modules)
        measured_on = machine()
    return {
        "learners": LEARNERS,
        "lessons_planned": lessons,
        "onboarding_ms_p50": round(percentile(latencies_ms, 50), 2),
        "onboarding_ms_p95": round(percentile(latencies_ms, 95), 2),
        "onboarding_ms_max": round(max(latencies_ms), 2),
        "sql_queries_per_onboarding_max": max(queries),
        "machine": measured_on,
    }
