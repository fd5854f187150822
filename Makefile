# Embassy website. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The address emails link to (email list, workflow notices, password resets).
SITE_BASE_URL ?= http://$(HOST):$(PORT)
export HOST PORT SITE_BASE_URL
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help run test lint audit bench bench-memory bench-tools profile format messages makemessages admin-strings browser migrate demo clean gettext-tools pdf-libs

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The site runs from the checkout: only the dependencies listed in pyproject.toml are installed.
REQUIREMENTS = $(BIN)/python -c "import sys, tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
	print('\n'.join(p['dependencies'] + sum((p['optional-dependencies'][g] for g in sys.argv[1:]), [])))"

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(REQUIREMENTS) > $(VENV)/requirements-run.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r $(VENV)/requirements-run.txt
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(REQUIREMENTS) dev > $(VENV)/requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r $(VENV)/requirements-dev.txt
	@touch $@ $(VENV)/.installed-run

gettext-tools:
	@command -v msgfmt >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq gettext >/dev/null; \
	  else echo "msgfmt is missing: install GNU gettext (apt-get install gettext)"; exit 1; fi; }

messages: gettext-tools $(VENV)/.installed-run ## Compile the kk, ru and en catalogues in locale/
	$(MANAGE) compilemessages --ignore=$(VENV) -v0

makemessages: $(VENV)/.installed-dev ## Extract new interface strings into locale/*.po
	$(MANAGE) makemessages -l kk -l ru -l en --ignore=$(VENV) --ignore=var --ignore=tests --no-obsolete

# After upgrading Wagtail, wagtail-localize or Django: the admin strings with no Kazakh
# translation yet, to add to locale/admin/kk/LC_MESSAGES/ (the coverage test fails until then).
admin-strings: $(VENV)/.installed-run ## List the admin strings that have no Kazakh translation
	$(MANAGE) admin_strings_missing

migrate: $(VENV)/.installed-run ## Apply database migrations
	$(MANAGE) migrate --noinput -v0

demo: migrate ## Load the demo content when the database has none
	$(MANAGE) load_demo_content --only-if-empty

# The task worker runs beside gunicorn; when either stops (Ctrl+C included), both stop.
run: messages migrate pdf-libs ## Set up and serve the site with gunicorn and a task worker on http://$(HOST):$(PORT)
	$(MANAGE) collectstatic --noinput -v0
	@echo ""
	@$(MANAGE) load_demo_content --only-if-empty
	@echo ""
	@echo "  The embassy site:  http://$(HOST):$(PORT)/en/  http://$(HOST):$(PORT)/kk/  http://$(HOST):$(PORT)/ru/"
	@echo "  Wagtail admin:     http://$(HOST):$(PORT)/admin/"
	@echo ""
	@export DJANGO_SETTINGS_MODULE=site_core.settings.dev; \
	$(MANAGE) worker --no-startup-delay -v1 & worker=$$!; \
	$(BIN)/gunicorn site_core.wsgi -c gunicorn.conf.py & web=$$!; \
	trap 'kill -TERM $$web $$worker 2>/dev/null' INT TERM; \
	wait -n $$web $$worker; status=$$?; \
	kill -TERM $$web $$worker 2>/dev/null; wait; exit $$status

browser: ## Install Debian's chromium for the browser tests (root only)
	@if [ -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	else \
	  echo "!!! No chromium at $${CHROMIUM_PATH:-/usr/bin/chromium} and no root to install it:"; \
	  echo "!!! the browser tests will be SKIPPED (and fail under CI=true)."; fi

# WeasyPrint (the bulletins' PDF editions) draws text with Pango; the PDFs name Noto (DejaVu as
# a fallback), fonts with every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І).
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-noto-core fonts-dejavu-core
pdf-libs: ## Install Pango and fonts with Kazakh letters for the bulletin PDFs (root only)
	@ldconfig=$$(command -v ldconfig || echo /sbin/ldconfig); \
	if $$ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so.0' && $$ldconfig -p | grep -q 'libpangoft2-1.0.so.0' \
	  && command -v fc-list >/dev/null && fc-list :lang=kk family | grep -qE '^(Noto Sans|DejaVu Sans)(,|$$)'; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Pango and fonts for the bulletin PDFs..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_PACKAGES) >/dev/null; \
	else \
	  echo "Pango or a font with Kazakh letters is missing: install $(PDF_PACKAGES)"; exit 1; fi

lint: $(VENV)/.installed-dev audit ## ruff (lint and format check), the migrations check, bandit and pip-audit
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=site_core.settings.test $(MANAGE) makemigrations --check --dry-run

# Findings are fixed or justified in SECURITY.md. pip-audit fails on a known vulnerability; where
# its advisory service cannot be reached it lists what it could not check and does not fail.
audit: $(VENV)/.installed-dev ## bandit (static security analysis) and pip-audit (known vulnerabilities)
	$(BIN)/bandit -q -c pyproject.toml -r .
	$(BIN)/pip-audit --progress-spinner off --skip-editable -l || { status=$$?; \
	  if [ $$status -eq 1 ]; then exit 1; fi; echo "pip-audit could not run (exit $$status)"; }

format: $(VENV)/.installed-dev ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: $(VENV)/.installed-dev browser messages pdf-libs ## Set up and run the whole test suite, browser journeys included
	DJANGO_SETTINGS_MODULE=site_core.settings.test $(BIN)/python -m pytest $(PYTEST_ARGS)

bench-tools:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; \
	  else echo "wrk is missing: install it (apt-get install wrk)"; exit 1; fi; }

BENCH_ARGS ?=
bench: $(VENV)/.installed-run bench-tools messages ## Benchmark under gunicorn on loopback (BENCH_ARGS="--posts 10000" etc.)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

bench-memory: $(VENV)/.installed-run ## Time the translation memory's lookups for a page (50,000 entries)
	$(BIN)/python bench/memory_timing.py

PAGE ?= /en/
PROFILE_ARGS ?=
profile: $(VENV)/.installed-dev bench-tools messages ## Where one page's time goes, sampled with py-spy (PAGE=/kk/; after make bench)
	$(BIN)/python bench/profile.py $(PAGE) $(PROFILE_ARGS)

clean: ## Remove the virtualenv and local data (database, media, caches)
	rm -rf $(VENV) var
