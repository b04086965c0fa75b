"""Deployment checks of the research settings (run by `check --deploy`, so scripts/deploy-check
fails on them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register


@register(Tags.security, deploy=True)
def loopback_http_refused(
    *, app_configs: Sequence[AppConfig] | None, databases: Sequence[str] | None, **kwargs: Any
) -> list[CheckMessage]:
    """The loopback-http exception lets research fetch plain http from 127.0.0.1: it exists for
    the test suite's fake documentation sites and must never be on in a deployment."""
    if getattr(settings, "RESEARCH_ALLOW_LOOPBACK_HTTP", False):
        return [
            Error(
                "RESEARCH_ALLOW_LOOPBACK_HTTP is on: research would fetch plain http from "
                "loopback addresses.",
                hint="It is for the test settings only; remove it from these settings.",
                id="skillsync.research.E001",
            )
        ]
    return []
