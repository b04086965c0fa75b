# SkillSync: one image for the web server and the workers (the command differs).
# Build: docker build -t skillsync .   Run: see compose.yaml and docs/deployment.md.

# 1. The web app, built with Node (only dist/ is kept).
FROM node:20-bookworm-slim AS web
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY schema.graphql /src/schema.graphql
COPY frontend/ ./
RUN npm run build

# 2. The Python service with its pinned dependencies.
FROM python:3.12-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=skillsync.settings.production \
    SKILLSYNC_FRONTEND_DIST_DIR=/app/frontend/dist \
    SKILLSYNC_VAR_DIR=/app/var
# The exercise sandbox uses Linux namespaces when the container may create them
# (see skillsync/sandbox); it still runs with its other layers when it may not.
RUN useradd --create-home --uid 10001 skillsync
WORKDIR /app
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY pyproject.toml README.md manage.py ./
COPY skillsync/ ./skillsync/
RUN pip install --no-cache-dir --no-deps . && mkdir -p /app/var && chown skillsync /app/var
COPY --from=web /src/frontend/dist/ /app/frontend/dist/
USER skillsync
EXPOSE 8000
# Migrations run once per release (`skillsync migrate`, the `migrate` service in compose.yaml),
# not at every web start.
CMD ["uvicorn", "skillsync.asgi:application", "--host", "0.0.0.0", "--port", "8000", \
     "--workers", "2", "--proxy-headers", "--no-server-header", "--lifespan", "off"]
