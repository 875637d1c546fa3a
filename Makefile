# Two commands on a fresh machine with Python 3.11+:  make reports   and   make test
# Both create .venv when needed, install the package, and are fast on a second run.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: reports test lab install browser clean-reports benchmark help

help:
	@echo "make reports   build the HTML reports for the sample corpus (data/raw) into reports/"
	@echo "make test      run the test suite"
	@echo "make lab       open JupyterLab on notebooks/ with the project's environment"
	@echo "make benchmark measure extraction and ingest speed (prints figures)"

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dispatches needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	$(BIN)/python -m compileall -q analysis   # (cached bytecode even where PYTHONDONTWRITEBYTECODE is set)
	touch $(STAMP)

install: $(STAMP)

# Headless Chromium for the browser checks: Debian's package, installed when missing and
# when we are root (as on CI); elsewhere the browser tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	 { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	     echo "installing Debian's chromium for the browser checks"; \
	     (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	       || echo "chromium could not be installed; browser tests will skip"; \
	   else echo "chromium is absent and cannot be installed here; browser tests will skip"; fi; }

reports: $(STAMP)
	$(BIN)/dispatches reports --jobs $(JOBS)

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks

benchmark: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/bench.py

clean-reports:
	rm -rf reports/*.html reports/*.ipynb reports/assets
