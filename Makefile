# One-command entry points. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

# The first Python >= 3.12 found: on PATH, then under pyenv.
PYTHON ?= $(shell for c in python3.14 python3.13 python3.12 python3 $$HOME/.pyenv/versions/3.1[234]*/bin/python3 /usr/bin/python3; do \
	if command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then command -v $$c; break; fi; done)

.PHONY: help install run serve test lint worker beat migrate demo browsers clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@if [ -z "$(PYTHON)" ]; then \
		echo "Python 3.12 ou plus est introuvable. Installez-le (Debian : apt-get install python3.12 python3.12-venv), puis relancez."; \
		exit 1; fi
	@echo "Python : $(PYTHON)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.lock
	touch $(STAMP)

install: $(STAMP) ## Create the virtual environment and install the locked dependencies

migrate: install ## Apply database migrations
	@echo "Base de données : application des migrations…"
	@$(PY) manage.py migrate --noinput -v 0

demo: migrate ## Load (or refresh) the demo network (its sites on PORT, 8000 by default)
	@SITE_PORT=$${SITE_PORT:-$(PORT)} $(PY) manage.py load_demo

run: demo ## Set everything up and serve the demo network on http://localhost:8000
	@echo "Le réseau : http://localhost:$(PORT)/  –  administration : http://localhost:$(PORT)/admin/"
	@SITE_PORT=$${SITE_PORT:-$(PORT)} $(PY) manage.py runserver $(HOST):$(PORT)

worker: install ## Start a Celery worker (needs REDIS_URL)
	$(VENV)/bin/celery -A config worker --loglevel=info

serve: install ## Production mode locally: PostgreSQL, Redis, gunicorn, Celery worker and beat (bin/serve)
	PORT=$(PORT) bin/serve

beat: install ## Start Celery beat: owed e-mails, geocoding retries (needs REDIS_URL)
	mkdir -p var && $(VENV)/bin/celery -A config beat --loglevel=info --schedule var/celerybeat-schedule

browsers: ## Install Debian's chromium for the browser tests (needs root)
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install browsers ## Install and run the whole suite (SQLite, or DATABASE_URL / REDIS_URL when set)
	$(PY) manage.py collectstatic --noinput -v0
	$(VENV)/bin/pytest -n 2 --dist loadfile --no-loadscope-reorder

lint: install ## ruff check, format check, the layer contract (import-linter), types (mypy), missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(PY) manage.py makemigrations --check --dry-run

.PHONY: bench
bench: install ## Benchmarks of the public pages and the 60 s load test (PostgreSQL + Redis, installs wrk)
	$(PY) bench/public_pages.py
	$(PY) bench/load.py

clean: ## Remove the virtual environment, the demo database and generated files
	rm -rf $(VENV) db.sqlite3 var
