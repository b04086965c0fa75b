"""Liveness and readiness endpoints."""

from __future__ import annotations

import pytest
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client

from skillsync.core import health


def test_healthz_answers_without_the_database(client: Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_database_and_migrations(client: Client, db: None) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "migrations": "ok"}
    assert body["queue"] == {"depth": 0, "oldest_age_seconds": 0, "dead_lettered": 0}


def test_readyz_is_unavailable_while_a_migration_is_pending(
    client: Client, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh process has not yet seen its migrations applied.
    monkeypatch.setattr(health, "_migrations_applied", False)
    # Forget that the newest learning migration ran (rolled back with the test).
    newest = MigrationRecorder.Migration.objects.filter(app="learning").order_by("-name").first()
    assert newest is not None
    newest.delete()
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["migrations"] == "1 pending"
