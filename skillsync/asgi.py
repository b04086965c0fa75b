"""ASGI entry point: ``uvicorn skillsync.asgi:application``.

HTTP goes to Django; WebSocket connections to ``/graphql`` carry GraphQL subscriptions.
"""

from __future__ import annotations

import os

from django.core.asgi import get_asgi_application

# A bare `uvicorn skillsync.asgi:application` is a deployment: production settings, which refuse
# to start without their secrets. `skillsync run` sets the local settings for its children.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "skillsync.settings.production")

http_application = get_asgi_application()  # sets Django up before the imports below

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

from skillsync.api.schema import subscription_schema  # noqa: E402
from skillsync.api.websocket import SubscriptionConsumer  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": http_application,
        "websocket": URLRouter(
            [path("graphql", SubscriptionConsumer.as_asgi(schema=subscription_schema))]
        ),
    }
)
