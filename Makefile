# Two commands for a newcomer: `make run` (set up, then extract and report on the default reports)
# and `make test` (set up, then run the tests and the notebook regression checks).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: setup run run-all corpus test browser notebooks lab bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab]'
	touch $(STAMP)

# The default set: a city report (machine translation) and a national one (official translation).
DEFAULT_REPORTS := data/raw/dalian-2024-government-work-report.txt data/raw/en/china-2019-government-work-report.txt

# --corpus: the corpus tables of every bundled report, and notebooks 05 and 06 once on their default place and year.
run: setup
	$(BIN)/workreport run $(addprefix --report ,$(DEFAULT_REPORTS)) --corpus --jobs 2

run-all: setup
	$(BIN)/workreport run --all --corpus --jobs 2

# The corpus tables of the bundled reports as the reader reads them now (notebooks 05 and 06 read them).
CORPUS_DIR := data/processed/corpus
corpus: setup
	$(BIN)/workreport corpus data/raw --out $(CORPUS_DIR)

NBVAL := --nbval --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg

# nbval checks 05 and 06 against the corpus tables of the current reader, so they are rebuilt first (a report
# that cannot be read is named and the tests still run).
test: setup
	-$(BIN)/workreport corpus data/raw --out $(CORPUS_DIR)
	$(BIN)/python -m pytest tests notebooks $(NBVAL)

browser: setup
	$(BIN)/python -m pytest tests/test_browser.py

notebooks: setup
	$(BIN)/python -m workreport.report.runner --refresh-notebooks

lab: setup
	$(BIN)/jupyter lab --notebook-dir=notebooks

bench: setup
	$(BIN)/python benchmarks/extract.py --corpus

clean:
	rm -rf reports .pytest_cache
