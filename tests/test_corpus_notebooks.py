"""The corpus notebooks (05 promise tracking, 06 targets across places) as users run them: with papermill on a
small corpus whose tables the notebook builds itself, a bad parameter stopping with one sentence, closing findings
that agree with numbers computed here from the ledger, and `workreport run` running them once, never per report."""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import papermill as pm
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
RAW = ROOT / "data" / "raw"
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]
# Three Zhumadian years, its province's report of the middle one, and two national reports (Chinese originals).
SMALL = ["zh/zhumadian-2024-government-work-report.txt", "zh/zhumadian-2025-government-work-report.txt",
         "zh/zhumadian-2026-government-work-report.txt", "zh/henan-2025-government-work-report.txt",
         "zh/china-2024-government-work-report.txt", "zh/china-2025-government-work-report.txt"]
COMMON = {"corpus_dir", "raw_dir", "output_dir", "figure_format"}
EXPECTED = {
    "05_promise_tracking": COMMON | {"place", "min_years", "window", "margin_range"},
    "06_targets_across_places": COMMON | {"year", "level"},
}


@pytest.fixture(autouse=True)
def _agg(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A folder of six bundled reports with their manifest rows, and where their corpus tables will go."""
    base = tmp_path_factory.mktemp("small")
    raw = base / "raw"
    with (RAW / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [r for r in reader if r["file"] in SMALL]
        fields = reader.fieldnames
    assert len(rows) == len(SMALL)
    for name in SMALL:
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RAW / name, raw / name)
    with (raw / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return {"raw": raw, "corpus": base / "corpus", "out": base / "out", "base": base}


def _run(name: str, small: dict, **params) -> nbformat.NotebookNode:
    out = small["base"] / f"{name}-{len(list(small['base'].glob(name + '*.ipynb')))}.ipynb"
    pm.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(out), kernel_name="python3", progress_bar=False,
                        cwd=str(ROOT), extra_arguments=KERNEL_ARGS,
                        parameters=dict(corpus_dir=str(small["corpus"]), raw_dir=str(small["raw"]),
                                        output_dir=str(small["out"]), **params))
    return nbformat.read(str(out), as_version=4)


def _findings(nb) -> str:
    """The closing findings: the markdown the last code cell displays."""
    last = [c for c in nb.cells if c.cell_type == "code"][-1]
    return "".join(o["data"]["text/markdown"] for o in last.outputs if "text/markdown" in o.get("data", {}))


def _text(nb) -> str:
    return json.dumps([c.get("outputs", []) for c in nb.cells], ensure_ascii=False)


@pytest.fixture(scope="module")
def promise(small):
    """05 on the small corpus, whose tables it builds (they are missing): the executed notebook."""
    assert not small["corpus"].exists()
    return _run("05_promise_tracking", small)


@pytest.fixture(scope="module")
def ledger(small, promise):
    return pd.read_parquet(small["corpus"] / "ledger.parquet")


def test_05_builds_the_missing_tables_and_completes(small, promise):
    for name in ("reports", "targets", "results", "ledger", "disagreements"):
        assert (small["corpus"] / f"{name}.csv").is_file() and (small["corpus"] / f"{name}.parquet").is_file()
    reports = pd.read_parquet(small["corpus"] / "reports.parquet")
    assert len(reports) == len(SMALL) and (reports["error"] == "").all()
    text = _text(promise)
    assert "6 of 6 reports read" in text
    assert "Traceback" not in text and str(small["base"]) not in text and "reports:" not in text   # no progress bar
    assert (small["out"] / "05_promise.png").is_file() and (small["out"] / "05_margins.png").is_file()


def test_05_closing_finding_counts_the_margins_of_the_ledger(promise, ledger):
    """Computed here from the ledger alone: growth targets of indicators that improve upwards, with an outcome,
    whose outcome lies in [0, 0.5) points above the target and in [-0.5, 0) below it."""
    g = ledger[(ledger["kind"] == "growth") & (ledger["unit"] == "%") & (ledger["better"] == "higher")
               & ledger["met"].isin(["met", "missed"])]
    m = g["margin"].round(6)
    above, below = int(((m >= 0) & (m < 0.5)).sum()), int(((m >= -0.5) & (m < 0)).sum())
    assert len(g) > 5
    findings = _findings(promise)
    assert (f"{len(g)} growth targets of indicators that improve upwards have an outcome: {above} ended at or up to "
            f"0.5 points above the target and {below} up to 0.5 points below it") in findings
    gdp = ledger[(ledger["place"] == "Zhumadian") & (ledger["indicator"] == "gdp") & (ledger["kind"] == "growth")
                 & ledger["met"].isin(["met", "missed"])]
    assert f"GDP growth: met in {int((gdp['met'] == 'met').sum())} of {len(gdp)} years with an outcome" in findings


def test_06_compares_a_city_with_its_province_and_judges_the_year(small, promise, ledger):
    nb = _run("06_targets_across_places", small, year=2025, level="city")
    findings = _findings(nb)
    def gdp(place):
        row = ledger[(ledger["place"] == place) & (ledger["indicator"] == "gdp") & (ledger["kind"] == "growth")
                     & (ledger["period"] == 2025)].sort_values("target_start").iloc[0]
        return row
    markup = gdp("Zhumadian")["target_value"] - gdp("Henan")["target_value"]
    assert "In 2025, 1 city set a GDP growth target beside its parent's" in findings
    assert f"the largest Zhumadian's ({markup:+.1f} points" in findings
    own = gdp("Zhumadian")
    assert own["met"] in ("met", "missed")
    margin = "0.0" if round(own["margin"], 1) == 0 else f"{own['margin']:+.1f}"
    assert f"GDP growth: Zhumadian {own['met']} its target ({margin} points: target {own['target_expr']}" in findings
    assert (small["out"] / "06_gdp_markup.png").is_file()


@pytest.mark.parametrize("name, params, sentence", [
    ("05_promise_tracking", {"place": "Atlantis"}, "parameter place must be a place of the corpus"),
    ("06_targets_across_places", {"level": "county"}, "parameter level must be one of national, province, city, not 'county'."),
    ("06_targets_across_places", {"year": 1990}, "parameter year must be a year the corpus has province reports of (2025), not 1990."),
])
def test_a_bad_parameter_stops_with_one_clear_sentence(small, promise, name, params, sentence):
    with pytest.raises(pm.PapermillExecutionError) as err:
        _run(name, small, **params)
    assert err.value.ename == "ParameterError"
    assert sentence in err.value.evalue
    assert err.value.evalue.count(". ") == 0 and err.value.evalue.endswith(".")   # one sentence


def test_an_unknown_place_names_the_places_there_are(small, promise):
    with pytest.raises(pm.PapermillExecutionError) as err:
        _run("05_promise_tracking", small, place="Zhumadain")
    assert "(China, Henan, Zhumadian)" in err.value.evalue and "did you mean Zhumadian?" in err.value.evalue


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parameters_shape_and_stored_outputs(name):
    path = NOTEBOOKS / f"{name}.ipynb"
    assert set(pm.inspect_notebook(str(path))) == EXPECTED[name]
    nb = nbformat.read(str(path), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert nb.cells[0].cell_type == "markdown" and "parameters" in code[0].metadata.get("tags", [])
    assert all(c.outputs for c in code[1:]), "the stored outputs of a run on the bundled corpus"
    text = json.dumps([c.outputs for c in code])
    assert "Traceback" not in text and str(ROOT) not in text and "/tmp" not in text
    assert not re.search(r"\d+\.\d+ ?s\b|seconds", text)          # no timings
    assert "Summary" in nb.cells[-2].source


def test_the_per_report_batch_never_runs_the_corpus_notebooks():
    from workreport.report import runner

    assert [p.stem for p in runner.notebook_paths()] == ["01_extract_claims", "02_growth_claims",
                                                          "03_year_over_year", "04_target_feasibility"]
    assert [p.stem for p in runner.corpus_notebook_paths()] == sorted(EXPECTED)
    jobs = runner.plan([(RAW / "dalian-2024-government-work-report.txt", "dalian-2024")], {}, None)
    assert sorted(j[2].stem for j in jobs) == [p.stem for p in runner.notebook_paths()]


@pytest.mark.parametrize("args, message", [
    (["--corpus", "-p", "level", "county"], "parameter level must be one of national, province, city"),
    (["--report", str(RAW / "dalian-2024-government-work-report.txt"), "--corpus", "-p", "year", "2026"],
     "run the corpus notebooks on their own"),
])
def test_workreport_run_refuses_a_bad_corpus_parameter_before_writing(tmp_path, args, message):
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", *args, "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, env={**os.environ, "MPLBACKEND": "Agg"})
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and message in proc.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("reports, params, corpus, message", [
    ([], {"plac": "Henan"}, True, "unknown parameter plac"),
    ([str(RAW / "dalian-2024-government-work-report.txt")], {"place": "Henan"}, False,
     "a parameter of the corpus notebooks: add --corpus"),
    ([], {"min_years": "0"}, True, "parameter min_years must be at least 1"),
])
def test_corpus_parameters_are_checked_by_name(tmp_path, reports, params, corpus, message):
    from workreport import ParameterError
    from workreport.report.runner import run_reports

    with pytest.raises(ParameterError, match=re.escape(message)):
        run_reports(reports, params=params, corpus=corpus, out=str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()


def test_just_below_and_just_above_are_half_open_windows_with_an_edge_at_zero():
    """[-w, 0) is just below, [0, w) at or just above, so each holds as many 0.1 steps; a difference that floating
    point leaves a hair off the edge (6.1 - 5.6) counts where it would on paper."""
    from workreport.report.corpus import window_counts

    margins = pd.Series([-0.5, -0.1, -0.5000000000001, 0.0, 0.3, 0.5, 6.1 - 5.6, -0.6, 0.7])
    assert window_counts(margins, 0.5) == (3, 2)
    assert window_counts(margins, 1.0) == (4, 5)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_they_open_in_jupyterlab_unmodified(name):
    """In the form nbformat (and JupyterLab) writes, every cell with an id, the installed kernel's name."""
    from jupyter_client.kernelspec import KernelSpecManager

    text = (NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=4)
    canonical = nbformat.writes(nb)
    assert text == (canonical if canonical.endswith("\n") else canonical + "\n")
    assert all("id" in c for c in nb.cells)
    assert nb.metadata.kernelspec.display_name == KernelSpecManager().get_kernel_spec("python3").display_name


def test_their_pages_are_titled_with_the_place_or_level_and_the_question():
    from workreport.report import pages

    assert pages.page_title("Zhumadian", "05_promise_tracking") == "Zhumadian: were the targets met, year after year?"
    assert pages.page_title("Provinces 2025", "06_targets_across_places").startswith("Provinces 2025: how do targets")
