# Two commands for a newcomer: `make reports` and `make test`. Both install the locked
# environment into .venv first (once: the stamp file makes later runs offline no-ops).
SHELL := /bin/bash
VENV := .venv
PYTHON := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
KERNEL := hanoi-analysis
# DVC stages call `python3 -m analysis`: make it the environment's.
export PATH := $(abspath $(VENV))/bin:$(PATH)
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help
.PHONY: help install reports update new-report test lint lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock requirements-bootstrap.lock pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bootstrap.lock
# --compile-bytecode: where PYTHONDONTWRITEBYTECODE is set (containers, CI), every stage and
# kernel would otherwise compile DVC, Jupyter and Altair from source at each import.
	$(VENV)/bin/uv pip sync --quiet --compile-bytecode --python $(PYTHON) --require-hashes requirements.lock
	$(VENV)/bin/uv pip install --quiet --python $(PYTHON) --no-deps -e .
	$(PYTHON) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Hanoi analysis" >/dev/null
	$(PYTHON) -c "from analysis import page; page.vega_bundle()"  # kept with the environment
	touch $@

install: $(INSTALLED) ## create .venv from the lock file and register the notebook kernel

reports: $(INSTALLED) ## run the pipeline (dvc repro): warehouse, every report, the index
	$(VENV)/bin/dvc repro
	@echo "Reports: $(CURDIR)/reports/index.html"

update: $(INSTALLED) ## download today's registry status, add it as a snapshot, rebuild
	$(PYTHON) -m analysis add-snapshot
	$(VENV)/bin/dvc repro
	@echo "Reports: $(CURDIR)/reports/index.html"

new-report: $(INSTALLED) ## scaffold notebooks/<name>.py and declare it: make new-report NAME="Title"
	@test -n "$(NAME)" || { echo 'usage: make new-report NAME="Report title"'; exit 2; }
	$(PYTHON) -m analysis new-report "$(NAME)"

test: $(INSTALLED) ## run the whole test suite
	$(PYTHON) -m pytest

lint: $(INSTALLED) ## ruff over the package, notebooks and tests
	$(VENV)/bin/ruff check analysis notebooks tests benchmarks

lock: ## re-resolve requirements.lock from pyproject.toml (needs the package index)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

clean: ## remove build outputs (not the environment)
	rm -rf data/interim data/processed reports build
