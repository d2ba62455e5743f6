# One command per task, the same locally and in CI.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINT_PATHS := $(wildcard src tests bench)

.PHONY: run test lint format bench clean docs

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## Start the web app on the embedded SQLite database
	$(BIN)/pyroad serve

lint: $(STAMP)  ## ruff (lint and format check) and mypy --strict on src/
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

test: lint  ## Lint, type-check, then the whole test suite
	$(BIN)/python -m pytest

bench: $(STAMP)  ## Benchmarks with ratios against a baseline measured in the same run
	@for f in bench/[!_]*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

docs: $(STAMP)  ## Regenerate the CLI and settings reference in docs/
	$(BIN)/python -m pyroad.docsgen

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
