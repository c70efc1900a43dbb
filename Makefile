# Two commands for a newcomer: `make run` (set up, then extract and report on every bundled report)
# and `make test` (set up, then run the tests and the notebook regression checks).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: setup run test browser notebooks lab bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab]'
	touch $(STAMP)

run: setup
	$(BIN)/workreport run --all --jobs 2

NBVAL := --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg

test: setup
	$(BIN)/python -m pytest tests notebooks $(NBVAL)

browser: setup
	$(BIN)/python -m pytest tests/test_browser.py

notebooks: setup
	$(BIN)/python -m workreport.report.runner --refresh-notebooks

lab: setup
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: setup
	$(BIN)/python benchmarks/extract.py

clean:
	rm -rf reports .pytest_cache
