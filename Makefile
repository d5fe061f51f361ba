# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test browser lint bench eval floors clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dyadwatch ingest examples/articles --db dyadwatch.db
	$(BIN)/dyadwatch summary --db dyadwatch.db
	$(BIN)/dyadwatch brief RUS PRK --db dyadwatch.db --out brief.html

test: $(STAMP) browser
	$(BIN)/ruff check dyadwatch tests
	$(BIN)/mypy dyadwatch
	@# The PostgreSQL store's tests need a server: a throwaway one is started for them, unless one is named.
	@if [ -n "$$DYADWATCH_TEST_POSTGRES" ]; then $(BIN)/pytest -q; else \
	  url=$$(scripts/test-postgres start); \
	  DYADWATCH_TEST_POSTGRES="$$url" $(BIN)/pytest -q; status=$$?; \
	  scripts/test-postgres stop; exit $$status; fi

# The briefing test opens the report in headless Chromium (Debian's package); root installs it, others are told.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	command -v google-chrome >/dev/null 2>&1 || \
	{ if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "note: no chromium; the browser test is skipped (apt-get install chromium)"; fi; }

# The scores on the development and the held-out test split (eval/GUIDE.md); misses: --details 30.
eval: $(STAMP)
	$(BIN)/dyadwatch eval --split dev --details 0
	$(BIN)/dyadwatch eval --split test

# After a change that raises scores: pin the new dev floors (commit eval/floors.json with the change).
floors: $(STAMP)
	$(BIN)/dyadwatch eval --split dev --details 0 --floors eval/floors.json --raise-floors

bench: $(STAMP)
	$(BIN)/python -m dyadwatch.bench
	$(BIN)/python -m dyadwatch.bench_brief

clean:
	rm -rf $(VENV) dyadwatch.db brief.html
