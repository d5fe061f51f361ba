# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dyadwatch ingest examples/articles --db dyadwatch.db
	$(BIN)/dyadwatch summary --db dyadwatch.db

test: $(STAMP)
	$(BIN)/ruff check dyadwatch tests
	$(BIN)/mypy dyadwatch
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python -m dyadwatch.bench

clean:
	rm -rf $(VENV) dyadwatch.db
