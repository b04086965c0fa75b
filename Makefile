# SkillSync: `make run` to use it, `make test` to test it. Targets bootstrap themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
export UV_NO_PROGRESS := 1
export PYTHON
# The web app (frontend/): installed from its lock file, built into frontend/dist.
NPM_STAMP := frontend/node_modules/.installed-stamp
WEB_BUILD := frontend/dist/index.html
WEB_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/vite.config.ts frontend/tsconfig.json schema.graphql

.PHONY: help install web run test test-python test-web lint fmt bench schema lock clean

help:
	@echo "make run    start SkillSync at http://127.0.0.1:8000 (Ctrl-C stops it)"
	@echo "make test   run the whole test suite"
	@echo "make lint   ruff, format check, mypy, migrations check, schema drift check; the web app's"
	@echo "            generated types, type check and eslint"
	@echo "make bench  run the benchmarks (results in bench/results/)"
	@echo "make schema regenerate schema.graphql (and the web app's types) after changing the API"
	@echo "make lock   re-pin dependencies after editing pyproject.toml"

# A venv inside the repository (the embedded PostgreSQL needs its files under a path it can
# open), with the pinned dependencies from the lock file and SkillSync itself (editable).
$(STAMP): pyproject.toml requirements-dev.lock
	@test -x $(PY) || { py=$$(scripts/find-python) && "$$py" -m venv $(VENV); }
	@test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(UV) pip sync --quiet --python $(PY) requirements-dev.lock
	$(UV) pip install --quiet --python $(PY) --no-deps --no-build-isolation -e .
	@touch $@

install: $(STAMP) $(NPM_STAMP)

$(NPM_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(WEB_BUILD): $(NPM_STAMP) $(WEB_SOURCES)
	cd frontend && npm run --silent build

web: $(WEB_BUILD)

run: $(STAMP) $(WEB_BUILD)
	$(VENV)/bin/skillsync run --host $(HOST) --port $(PORT)

# The web app's component tests, then the Python suite, which includes the browser tests
# (Debian's Chromium, installed here if missing, drives the built app served by `skillsync run`).
test: test-web test-python

test-web: $(NPM_STAMP)
	cd frontend && npm run --silent test

test-python: $(STAMP) $(WEB_BUILD)
	scripts/ensure-chromium
	$(VENV)/bin/pytest

lint: $(STAMP) $(NPM_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	DJANGO_SETTINGS_MODULE=skillsync.settings.test $(VENV)/bin/skillsync makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=skillsync.settings.test $(VENV)/bin/skillsync graphql_schema --check
	scripts/deploy-check
	cd frontend && npm run --silent codegen -- --check --silent
	cd frontend && npm run --silent typecheck
	cd frontend && npm run --silent lint

fmt: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(STAMP)
	$(PY) -m bench

schema: $(STAMP) $(NPM_STAMP)
	DJANGO_SETTINGS_MODULE=skillsync.settings.test $(VENV)/bin/skillsync graphql_schema --write
	cd frontend && npm run --silent codegen

lock: $(STAMP)
	$(UV) pip compile --quiet pyproject.toml --generate-hashes --python-version 3.12 -o requirements.lock
	$(UV) pip compile --quiet pyproject.toml --group dev --generate-hashes --python-version 3.12 -o requirements-dev.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache frontend/node_modules frontend/dist
