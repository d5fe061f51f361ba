# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval floors clean

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

# The scores on the development and the held-out test split (eval/GUIDE.md); misses: --details 30.
eval: $(STAMP)
	$(BIN)/dyadwatch eval --split dev --details 0
	$(BIN)/dyadwatch eval --split test

# After a change that raises scores: pin the new dev floors (commit eval/floors.json with the change).
floors: $(STAMP)
	$(BIN)/dyadwatch eval --split dev --details 0 --floors eval/floors.json --raise-floors

bench: $(STAMP)
	$(BIN)/python -m dyadwatch.bench

clean:
	rm -rf $(VENV) dyadwatch.db
