"""The one place that reads the process environment.

Every setting that can be changed from outside comes through here, so `.env.example` can list
them all and nothing else in the code base calls ``os.environ`` for configuration.
"""

from __future__ import annotations

from pathlib import Path

import environ

# The repository root when running from a checkout (editable install); var/ and .env live here.
PROJECT_DIR = Path(__file__).resolve().parents[2]

env = environ.Env()

# `.env` at the project root is loaded explicitly (the seed's fix): values already in the
# environment win, so CI and production can override any line of it.
_dotenv = PROJECT_DIR / ".env"
if _dotenv.is_file():
    environ.Env.read_env(str(_dotenv), overwrite=False)


def database_url_config(url: str) -> dict[str, object]:
    """Django's DATABASES entry for a ``postgres://`` URL."""
    config: dict[str, object] = environ.Env.db_url_config(url)
    return config


# None when unset, so each settings module can choose its own default.
DEBUG: bool | None = env.bool("SKILLSYNC_DEBUG", default=None)
SECRET_KEY: str = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS: list[str] = env.list("ALLOWED_HOSTS", default=[])
SECURE_SSL_REDIRECT: bool = env.bool("SECURE_SSL_REDIRECT", default=True)
DATABASE_URL: str = env.str("DATABASE_URL", default="")
VAR_DIR: Path = Path(env.str("SKILLSYNC_VAR_DIR", default=str(PROJECT_DIR / "var"))).resolve()
# Set by `skillsync run` for its children: use the embedded server the parent owns.
EMBEDDED_DATABASE_GUEST: bool = env.bool("SKILLSYNC_EMBEDDED_DATABASE_GUEST", default=False)
LOG_LEVEL: str = env.str("SKILLSYNC_LOG_LEVEL", default="INFO")
GRAPHQL_MAX_BODY_BYTES: int = env.int("SKILLSYNC_GRAPHQL_MAX_BODY_BYTES", default=1_000_000)
