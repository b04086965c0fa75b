"""Liveness and readiness endpoints for load balancers and orchestrators."""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse

# Once every migration is applied it stays so for the life of this process (new migrations
# arrive with new code, hence new processes), so the migration graph is built only until then.
_migrations_applied = False


def healthz(request: HttpRequest) -> JsonResponse:
    """The process is alive and serving requests. Touches nothing else."""
    return JsonResponse({"status": "ok"})


def _pending_migrations() -> int:
    global _migrations_applied
    if _migrations_applied:
        return 0
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    pending = len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    _migrations_applied = pending == 0
    return pending


def readyz(request: HttpRequest) -> JsonResponse:
    """Ready for traffic: the database answers and every migration is applied."""
    checks: dict[str, str] = {}
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
        pending = _pending_migrations()
        checks["migrations"] = "ok" if not pending else f"{pending} pending"
    except Exception as exc:  # any failure means "not ready"; the reason is for operators
        checks.setdefault("database", f"unavailable: {type(exc).__name__}")
    ready = checks.get("database") == "ok" and checks.get("migrations") == "ok"
    body: dict[str, object] = {"status": "ok" if ready else "unavailable", "checks": checks}
    if ready:  # details for monitoring; they never make the process unready
        from skillsync.generation.queue_ops import queue_health

        body["queue"] = queue_health()
    return JsonResponse(body, status=200 if ready else 503)
