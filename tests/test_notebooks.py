"""The notebooks as users run them: parameters, bad values, another report, and nbval catching a changed number."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill as pm
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"
SAMPLE = ROOT / "tests" / "data" / "provincial-sample-2024.txt"
COMMON = {"report_path", "output_dir", "figure_format", "report_id", "year", "language"}
EXPECTED = {
    "01_extract_claims": COMMON | {"preview_rows"},
    "02_growth_claims": COMMON | {"top_n"},
    "03_year_over_year": COMMON | {"indicators", "min_similarity"},
    "04_target_feasibility": COMMON | {"reference_path", "record_dir", "hold_pp", "stretch_pp", "hold_ratio",
                                       "stretch_ratio", "min_hit_rate", "about_tolerance", "min_sd_years", "hold_sd",
                                       "stretch_sd"},
}
KERNEL_ARGS = ["--IPKernelApp.log_level=CRITICAL"]


@pytest.fixture(autouse=True)
def _agg(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")


def _run(name: str, out: Path, cwd: Path = ROOT, **params):
    return pm.execute_notebook(str(NOTEBOOKS / f"{name}.ipynb"), str(out / f"{name}.ipynb"), parameters=params,
                               kernel_name="python3", progress_bar=False, cwd=str(cwd), extra_arguments=KERNEL_ARGS)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_parameters_are_exactly_the_documented_ones(name):
    assert set(pm.inspect_notebook(str(NOTEBOOKS / f"{name}.ipynb"))) == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_shape(name):
    nb = nbformat.read(str(NOTEBOOKS / f"{name}.ipynb"), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert nb.cells[0].cell_type == "markdown"  # opens by saying what it answers
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert all(c.outputs for c in code[1:]), "reference notebooks carry the outputs of the default run"
    text = json.dumps([c.outputs for c in code])
    assert "Traceback" not in text and str(ROOT) not in text and "0x7f" not in text
    assert "Summary" in nb.cells[-2].source  # closes with findings computed from the data


@pytest.mark.parametrize("params, message", [
    ({"top_n": 0}, "top_n must be at least 1"),
    ({"top_n": "five"}, "top_n must be a number"),
    ({"figure_format": "gif"}, "figure_format must be one of"),
    ({"report_path": "no/such/report.txt"}, "does not exist"),
])
def test_a_bad_parameter_stops_with_one_clear_sentence(tmp_path, params, message):
    with pytest.raises(pm.PapermillExecutionError) as err:
        _run("02_growth_claims", tmp_path, **params)
    assert err.value.ename == "ParameterError"
    assert message in err.value.evalue


def test_unknown_indicator_and_bad_threshold_are_refused(tmp_path):
    with pytest.raises(pm.PapermillExecutionError, match="unknown ids"):
        _run("03_year_over_year", tmp_path, indicators="gdp,not_an_indicator")
    with pytest.raises(pm.PapermillExecutionError, match="stretch thresholds"):
        _run("04_target_feasibility", tmp_path, hold_pp=3.0, stretch_pp=1.0)


def test_another_report_runs_from_another_directory(tmp_path):
    """A provincial report, run from outside the project: place, year and the reference record follow the text."""
    out = tmp_path / "out"
    _run("04_target_feasibility", tmp_path, cwd=tmp_path, report_path=str(SAMPLE), output_dir=str(out))
    nb = nbformat.read(str(tmp_path / "04_target_feasibility.ipynb"), as_version=4)
    text = json.dumps([c.get("outputs", []) for c in nb.cells])
    assert "liaoning-2024" in text
    assert "5.3% in 2023" in text or "5.3 percent in 2023" in text   # GDP base from the report's own review
    assert "scored verdicts held" in text                              # the province's 2024 outcomes are known
    assert (out / "04_feasibility.png").is_file()


def test_nbval_fails_on_the_cells_that_show_a_changed_number(tmp_path):
    changed = tmp_path / "report.txt"
    changed.write_text(REPORT.read_text(encoding="utf-8").replace(
        "the regional GDP will increase by about 6%", "the regional GDP will increase by about 7%"), encoding="utf-8")
    nb = nbformat.read(str(NOTEBOOKS / "01_extract_claims.ipynb"), as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = params.source.replace("data/raw/dalian-2024-government-work-report.txt", str(changed))
    params.source = params.source.replace('output_dir = ""', f'output_dir = "{tmp_path / "out"}"')
    copy = tmp_path / "01_extract_claims.ipynb"
    nbformat.write(nb, str(copy))
    # The copy reads and writes elsewhere, so the lines that print those places differ; mask only them.
    sanitize = tmp_path / "sanitize.cfg"
    sanitize.write_text((NOTEBOOKS / "sanitize.cfg").read_text() + "\n[places]\nregex: (read from|go to|tables to) \\S+\nreplace: \\1 PLACE\n")
    proc = subprocess.run([sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p", "no:cacheprovider",
                           "--nbval-sanitize-with", str(sanitize), str(copy), "-q"],
                          capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "MPLBACKEND": "Agg"})
    assert proc.returncode != 0
    report = proc.stdout
    assert "about 7%" in report and "about 6%" in report          # the diff shows the changed figure
    failed = [line.split("::")[1].split(" - ")[0] for line in report.splitlines() if line.startswith("FAILED")]
    assert failed == ["Cell 6"]                                     # the headline-indicator table, and nothing else


def test_workreport_run_refuses_an_unknown_parameter_in_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(REPORT), "-p", "no_such", "1",
                           "--out", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "unknown parameter no_such" in proc.stderr
    assert not any(tmp_path.iterdir())


def test_workreport_run_writes_notebooks_html_and_figures(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(SAMPLE), "-p", "top_n", "3",
                           "--out", str(tmp_path), "--jobs", "2"], capture_output=True, text=True,
                          env={**os.environ, "MPLBACKEND": "Agg"})
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "liaoning-2024"
    for name in EXPECTED:
        assert (out / f"{name}.ipynb").is_file() and (out / f"{name}.html").is_file()
    assert sorted(p.name for p in out.glob("*.png"))
    tables = {p.stem for p in (out / "datasets").glob("*.csv")}   # with --out, every table goes there too
    assert {"claims", "mentions", "sections", "comparisons", "feasibility", "consistency", "backtest"} <= tables
    assert "error" not in proc.stderr.lower()


@pytest.mark.parametrize("param", [["top_n", "-1"], ["figure_format", "jpg"], ["hold_pp", "5"], ["indicators", "gdp,foo"]])
def test_workreport_run_refuses_a_bad_value_before_writing_anything(tmp_path, param):
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(SAMPLE), "-p", *param,
                           "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_workreport_run_refuses_two_reports_with_one_id(tmp_path):
    other = tmp_path / "copy.txt"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("5.3 percent", "5.4 percent"), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(SAMPLE), "--report", str(other),
                           "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 2 and "both read as report liaoning-2024" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_one_unreadable_report_is_named_and_the_others_still_run(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(empty), "--report", str(SAMPLE),
                           "--out", str(tmp_path / "out"), "--jobs", "2"], capture_output=True, text=True,
                          env={**os.environ, "MPLBACKEND": "Agg"})
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "empty.txt" in errors[0] and "Traceback" not in proc.stderr
    out = tmp_path / "out" / "liaoning-2024"
    assert all((out / f"{name}.html").is_file() for name in EXPECTED)


def test_report_id_and_year_reach_every_notebook(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(SAMPLE), "-p", "report_id",
                           "sample-x", "--year", "2024", "--out", str(tmp_path)], capture_output=True, text=True,
                          env={**os.environ, "MPLBACKEND": "Agg"})
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "sample-x"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == ["sample-x"]
    for name in EXPECTED:
        executed = (out / f"{name}.ipynb").read_text(encoding="utf-8")
        assert "Report sample-x (" in executed, name


def test_report_id_is_refused_for_several_reports(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "workreport", "run", "--report", str(SAMPLE), "--report", str(REPORT),
                           "--report-id", "x", "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert proc.returncode == 2 and "name one report" in proc.stderr and proc.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()
