# Two commands for a newcomer: `make run` (set up, then extract and report on the default reports)
# and `make test` (set up, then run the tests and the notebook regression checks).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: setup run run-all test browser notebooks lab bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab]'
	touch $(STAMP)

# The default set: a city report (machine translation) and a national one (official translation).
DEFAULT_REPORTS := data/raw/dalian-2024-government-work-report.txt data/raw/en/china-2019-government-work-report.txt

run: setup
	$(BIN)/workreport run $(addprefix --report ,$(DEFAULT_REPORTS)) --jobs 2

run-all: setup
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
