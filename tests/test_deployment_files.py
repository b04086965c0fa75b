"""The Dockerfile and compose.yaml cannot be built here (no container engine on the
development machines), so what they rely on is checked instead: the files they copy exist, the
commands they run are SkillSync's own with options it accepts, and the settings they name are
documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from django.core.management import load_command_class

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text()
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_every_file_the_image_copies_exists() -> None:
    sources = []
    for line in DOCKERFILE.splitlines():
        if line.startswith("COPY") and "--from=" not in line:
            sources += shlex.split(line)[1:-1]
    assert sources
    for source in sources:
        assert (ROOT / source.rstrip("/")).exists(), source


def test_the_image_installs_the_hashed_lock_and_runs_the_asgi_app_unprivileged() -> None:
    assert "--require-hashes -r requirements.lock" in DOCKERFILE
    assert re.search(r"^USER skillsync$", DOCKERFILE, re.M)
    assert '"skillsync.asgi:application"' in DOCKERFILE
    assert "DJANGO_SETTINGS_MODULE=skillsync.settings.production" in DOCKERFILE


def test_compose_runs_skillsync_commands_with_options_they_accept() -> None:
    services = COMPOSE["services"]
    assert {"db", "migrate", "web", "worker"} <= set(services)
    for name in ("migrate", "worker"):
        program, command, *options = services[name]["command"]
        assert program == "skillsync"
        parser = load_command_class(
            "skillsync" if command != "migrate" else "django.core", command
        ).create_parser("skillsync", command)
        parser.parse_args(options)  # exits (fails the test) on an unknown option


def test_web_and_workers_wait_for_migrations_and_share_one_database() -> None:
    services = COMPOSE["services"]
    urls = {services[name]["environment"]["DATABASE_URL"] for name in ("migrate", "web", "worker")}
    assert len(urls) == 1
    for name in ("web", "worker"):
        assert (
            services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        )
    assert services["worker"]["stop_grace_period"] == "40s"  # longer than its shutdown timeout
