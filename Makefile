# Parallax: `make run` to try it, `make test` to check it.
SHELL := /bin/bash
PORT ?= 8000
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
PY := .venv/bin/python
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/parallax
export UV_PYTHON_DOWNLOADS := never

.PHONY: install run test lint check-postgres nlp-eval nlp-train bench clean

install: .venv/.installed

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python 3.12
	@touch $@

run: install
	@mkdir -p var
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py load_demo
	DJANGO_DEBUG=1 $(PY) manage.py demo_users
	@echo ""
	@echo "  Parallax is serving on http://127.0.0.1:$(PORT)/"
	@echo "  The demo event: http://127.0.0.1:$(PORT)/events/makiivka-strike/"
	@echo ""
	@DJANGO_DEBUG=1 $(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

check-postgres: install
	@DATABASE_URL=$(TEST_DATABASE_URL) $(PY) -m tests.check_postgres

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	DJANGO_SECRET_KEY=lint $(PY) -m mypy .

test: install lint check-postgres
	DATABASE_URL=$(TEST_DATABASE_URL) DJANGO_SECRET_KEY=test-only-not-secret \
	DJANGO_SECURE_COOKIES=0 $(PY) -m pytest $(PYTEST_ARGS)

nlp-eval: install
	$(PY) -m claims.nlp.evaluate

nlp-train: install
	$(PY) -m claims.nlp.train

bench: install
	DATABASE_URL=$(TEST_DATABASE_URL) DJANGO_SECRET_KEY=bench $(PY) bench/event_page.py
	$(PY) bench/nlp.py

clean:
	rm -rf .venv $(TOOLS) var/*.sqlite3*
