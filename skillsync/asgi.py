"""ASGI entry point: ``uvicorn skillsync.asgi:application``."""

from __future__ import annotations

import os

from django.core.asgi import get_asgi_application

# A bare `uvicorn skillsync.asgi:application` is a deployment: production settings, which refuse
# to start without their secrets. `skillsync run` sets the local settings for its children.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skillsync.settings.production")

application = get_asgi_application()
