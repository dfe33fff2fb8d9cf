# IQ Publisher. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install browser run test lint format check messages bench bench-catalogue clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] >= (3, 11) else "Python 3.11 or newer is required")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed

# Migrate, seed the demo, then serve the site with a PDF worker beside it, and
# what cron does in production every minute: persist the download figures, and
# queue again the PDF renders of a worker that died (pdf_requeue_stale).
# Ctrl-C stops all three: the trap ends the others when the server exits.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo ""
	@echo "  Website:  http://$(HOST):$(PORT)/"
	@echo "  Admin:    http://$(HOST):$(PORT)/admin/   (Logins oben, Passwort jeweils: demo)"
	@echo "  Stop:     Ctrl-C"
	@echo ""
	@$(PY) manage.py db_worker --interval 1 & WORKER=$$!; \
	while sleep 60; do $(PY) manage.py downloads_persist >/dev/null; $(PY) manage.py pdf_requeue_stale; done & PERSIST=$$!; \
	trap 'kill $$WORKER $$PERSIST 2>/dev/null; wait $$WORKER 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# End-to-end tests drive Debian's chromium (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else echo "The browser tests need Debian's chromium: sudo apt-get install chromium" >&2; fi; }

# The whole suite. SQLite by default; DATABASE_URL=postgres://… runs it on PostgreSQL.
# One pytest worker per core; --dist loadfile keeps a module's tests (and its
# module-scoped demo seed) in one worker. PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto
test: install browser
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile

# djhtml only indents templates; --others checks a new template before it is added to git.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files --cached --others --exclude-standard '*.html')

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files --cached --others --exclude-standard '*.html')

check: install
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run

# The English texts of the reader's page chrome (docs/i18n.md): collect the marked
# German strings into locale/en/…/django.po, then compile the .mo, which is committed
# so that installing needs no gettext. Needs GNU gettext (msgfmt).
messages: install
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemessages -l en --no-location --ignore=.venv --ignore=var --ignore=bench --ignore=tests
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py compilemessages -l en --ignore=.venv

bench: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) bench/pdf_render.py
	$(PY) bench/workflow_checks.py
	$(PY) bench/pdf_serve.py
	$(PY) bench/reader_page.py

# Needs PostgreSQL (not part of `bench`): creates, migrates, seeds and fills its own database.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/iq_bench
bench-catalogue: install
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) bench/catalogue.py

clean:
	rm -rf $(VENV) var db.sqlite3 .pytest_cache .ruff_cache
