# Two commands do all set-up:  make run   (main job → data/warehouse.duckdb)
#                              make test  (the test suite)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home

.PHONY: run test dev report bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/zgc-etl run

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

dev: $(VENV)/.installed
	mkdir -p $(DAGSTER_HOME)
	@# refresh the managed copy of dagster.yaml (one whose first line was edited away is left alone)
	[ -f $(DAGSTER_HOME)/dagster.yaml ] && [ "$$(head -1 $(DAGSTER_HOME)/dagster.yaml)" != "$$(head -1 dagster.yaml)" ] || cp dagster.yaml $(DAGSTER_HOME)/
	$(BIN)/dagster dev -w workspace.yaml

report: $(VENV)/.installed
	$(BIN)/zgc-etl report $(NAME)

clean:
	rm -rf data/warehouse.duckdb data/warehouse.duckdb.wal data/warehouse.duckdb.lock data/warehouse.duckdb.lock.owner data/dagster_home
