"""PostgreSQL backend that starts the embedded server on the first connection.

Starting on demand (rather than when settings load) means commands that never touch the
database, such as ``skillsync --help``, never start a server.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.backends.postgresql import base

from skillsync.core.db.embedded import ensure_server


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self) -> dict[str, Any]:
        # The application's own database is created once; test databases are made by Django.
        server = ensure_server(
            settings.VAR_DIR,
            settings.DATABASES["default"]["NAME"],
            guest=settings.EMBEDDED_DATABASE_GUEST,
        )
        self.settings_dict["HOST"] = str(server.socket_dir)
        self.settings_dict["PORT"] = str(server.port)
        self.settings_dict["USER"] = "postgres"
        return super().get_connection_params()
