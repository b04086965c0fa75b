"""Liveness and readiness endpoints."""

from __future__ import annotations

from django.db.migrations.recorder import MigrationRecorder
from django.test import Client


def test_healthz_answers_without_the_database(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_database_and_migrations(client: Client, db: None) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "migrations": "ok"}}


def test_readyz_is_unavailable_while_a_migration_is_pending(client: Client, db: None) -> None:
    # Forget that the last learning migration ran (rolled back with the test).
    MigrationRecorder.Migration.objects.filter(app="learning", name="0001_initial").delete()
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["migrations"] == "1 pending"
