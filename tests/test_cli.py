"""The command line, run as a user runs it: `workreport extract REPORT --out DIR`.

Bad input of every kind ends with exit status 2, one line on stderr naming the problem, no
traceback, and nothing written: the --out directory is not created, and an existing one is
left exactly as it was. A good run prints one summary line and writes the contract's tables.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"
CLI = [sys.executable, "-m", "workreport"]

# The dataset contract's columns (at least these, in any order).
CLAIMS_COLUMNS = ["report_id", "claim_id", "start", "end", "expr", "value", "value_high", "value_stretch", "unit", "counted", "kind",
                  "qualifier", "direction", "period", "period_start", "span", "base_period", "status", "subject", "indicator", "section",
                  "sentence"]
MENTIONS_COLUMNS = ["start", "end", "text", "role", "nonclaim_type", "claim_id"]

CHINESE = ("政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。"
           "全市地区生产总值增长6%以上，一般公共预算收入增长12%。") * 20
ENGLISH = ("Government Work Report\n\nI. Review of Work in 2023\n\nThe city's GDP grew by 5% and the "
           "retail sales of consumer goods rose 9%, which is the result of the work of the government.\n")
HTML = ("<!DOCTYPE html>\n<html><head><title>Government Work Report</title></head>\n<body><div><p>"
        "The regional GDP will increase by about 6% and the city will build 10 parks.</p></div></body></html>\n")
JAPANESE = ("政府活動報告\n\n市の域内総生産は前年比で6%増加し、一般予算収入は12%増えました。"
            "これは政府と市民の努力の結果です。") * 10
FRENCH = ("Rapport sur les travaux du gouvernement. Le produit intérieur brut de la ville a augmenté de cinq "
          "pour cent, les ventes au détail ont progressé, les recettes budgétaires générales ont crû et "
          "les investissements ont été soutenus par une politique active dans toute la région. ") * 3

# name -> (how to make the input under a directory, words the error line must contain)
BAD_INPUTS = {
    "empty": (lambda d: _write(d / "report.txt", b""), "empty"),
    "whitespace": (lambda d: _write(d / "report.txt", b"  \n\t\n   \r\n"), "whitespace"),
    "binary": (lambda d: _write(d / "report.txt", bytes(range(256)) * 16), "binary"),
    "png": (lambda d: _write(d / "report.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "binary"),
    "non_utf8": (lambda d: _write(d / "report.txt", ENGLISH.replace("city's", "city\u2019s").encode("cp1252")),
                 "not UTF-8"),
    "gbk": (lambda d: _write(d / "report.txt", CHINESE.encode("gbk")), "not UTF-8"),
    "japanese": (lambda d: _write(d / "report.txt", JAPANESE.encode("utf-8")), "Japanese"),
    "pdf": (lambda d: _write(d / "report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
            "PDF"),
    "html": (lambda d: _write(d / "report.html", HTML.encode("utf-8")), "HTML"),
    "not_english": (lambda d: _write(d / "report.txt", FRENCH.encode("utf-8")), "English"),
    "directory": (lambda d: _mkdir(d / "reports"), "directory"),
    "missing": (lambda d: d / "no-such-report.txt", "does not exist"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    (path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    return path


def snapshot(directory: Path) -> dict[str, bytes] | None:
    if not directory.exists():
        return None
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# Into an --out DIR that already holds a file: a few kinds as separate processes (the write
# path is shared by all), and every kind in-process below.
EXISTING_DIR_KINDS = ("empty", "binary", "japanese", "directory")
RUNS = [(name, "fresh") for name in BAD_INPUTS] + [(name, "existing") for name in EXISTING_DIR_KINDS]


def _existing_out(d: Path) -> Path:
    out = d / "out-existing"
    out.mkdir()
    (out / "notes.txt").write_text("keep me\n", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def bad_runs(tmp_path_factory):
    """Each bad input run as a user would, all processes at once to keep the suite fast."""
    base = tmp_path_factory.mktemp("bad")
    procs = {}
    for name, (make, _) in BAD_INPUTS.items():
        d = base / name
        d.mkdir()
        report = make(d)
        for variant in ("fresh", "existing"):
            if (name, variant) not in RUNS:
                continue
            out = d / "out-new" if variant == "fresh" else _existing_out(d)
            before = snapshot(out)
            p = subprocess.Popen([*CLI, "extract", str(report), "--out", str(out)], cwd=d, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
            procs[name, variant] = (p, out, before, report)
    results = {}
    for key, (p, out, before, report) in procs.items():
        stdout, stderr = p.communicate(timeout=120)
        results[key] = dict(rc=p.returncode, stdout=stdout, stderr=stderr, out=out, before=before,
                            after=snapshot(out), report=report)
    return results


@pytest.mark.parametrize("name, variant", RUNS, ids=[f"{n}-{v}" for n, v in RUNS])
def test_bad_input_fails_cleanly(bad_runs, name, variant):
    r = bad_runs[name, variant]
    assert r["rc"] == 2, r["stderr"]
    lines = r["stderr"].splitlines()
    assert len(lines) == 1, r["stderr"]
    line = lines[0]
    assert line.startswith("workreport: error: ")
    assert "Traceback" not in r["stderr"]
    assert BAD_INPUTS[name][1].lower() in line.lower()
    assert r["report"].name in line          # the error names the file it is about
    assert r["stdout"] == ""
    assert r["after"] == r["before"]         # fresh: not created; existing: untouched
    if variant == "fresh":
        assert not r["out"].exists()
    leftovers = [p.name for p in r["out"].parent.iterdir() if p.name.startswith(".out")]
    assert leftovers == []


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_leaves_an_existing_out_dir_untouched(tmp_path, capsys, name):
    from workreport.cli import main
    report = BAD_INPUTS[name][0](tmp_path)
    out = _existing_out(tmp_path)
    before = snapshot(out)
    assert main(["extract", str(report), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1 and captured.err.startswith("workreport: error: ")
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def run(*args, cwd):
    return subprocess.run([*CLI, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def good_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("good")
    before = REPORT.read_bytes(), REPORT.stat().st_mtime_ns
    r = run("extract", REPORT, "--out", d / "out", cwd=d)
    after = REPORT.read_bytes(), REPORT.stat().st_mtime_ns
    return dict(proc=r, out=d / "out", report_unchanged=before == after)


def test_good_run_prints_one_summary_line(good_run):
    r = good_run["proc"]
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("dalian-2024: ")
    assert "claims" in lines[0] and "mentions" in lines[0]


def test_good_run_writes_the_contract_tables(good_run, report_text):
    out = good_run["out"]
    for name in ("claims.csv", "mentions.csv", "sections.csv"):
        assert (out / name).is_file()
    claims = pd.read_csv(out / "claims.csv", keep_default_na=False, na_values=[""])
    mentions = pd.read_csv(out / "mentions.csv", keep_default_na=False, na_values=[""])
    sections = pd.read_csv(out / "sections.csv", keep_default_na=False, na_values=[""])
    assert set(CLAIMS_COLUMNS) <= set(claims.columns)
    assert set(MENTIONS_COLUMNS) <= set(mentions.columns)
    assert {"section", "part", "title", "start", "end"} <= set(sections.columns)
    assert list(claims.columns[:len(CLAIMS_COLUMNS)]) == CLAIMS_COLUMNS
    assert len(claims) > 100 and len(mentions) > len(claims)
    for r in claims.itertuples():
        assert report_text[r.start:r.end] == r.expr
    for r in mentions.itertuples():
        assert report_text[r.start:r.end] == str(r.text)
    assert set(claims["report_id"]) == {"dalian-2024"}
    assert set(claims["unit"].fillna("")) <= {"%", "pp", "CNY", "USD", "km", "km2", "mu", "ha", "m2", "jin", "ton",
                                              "kg", "day", "month", "year", "times", ""}


def test_good_run_never_writes_its_input(good_run):
    assert good_run["report_unchanged"]


def test_overrides_report_id_and_year(tmp_path):
    r = run("extract", REPORT, "--out", tmp_path / "out", "--report-id", "my-report", "--year", "2030", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("my-report: ")
    claims = pd.read_csv(tmp_path / "out" / "claims.csv")
    mentions = pd.read_csv(tmp_path / "out" / "mentions.csv")
    assert set(claims["report_id"]) == {"my-report"} == set(mentions["report_id"])
    assert set(claims.loc[claims["status"] == "target", "period"]) == {2030}
    assert set(claims.loc[claims["status"] != "target", "period"]) == {2029}


def test_windows_line_endings_give_the_same_offsets(tmp_path, good_run):
    crlf = tmp_path / "report-crlf.txt"
    crlf.write_bytes(REPORT.read_bytes().replace(b"\n", b"\r\n"))
    r = run("extract", crlf, "--out", tmp_path / "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    a = pd.read_csv(good_run["out"] / "claims.csv")
    b = pd.read_csv(tmp_path / "out" / "claims.csv")
    pd.testing.assert_frame_equal(a[["start", "end", "expr", "value"]], b[["start", "end", "expr", "value"]])


def test_out_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "claims"
    target.write_text("not a directory\n", encoding="utf-8")
    r = run("extract", REPORT, "--out", target, cwd=tmp_path)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("workreport: error: ")
    assert "Traceback" not in r.stderr
    assert target.read_text(encoding="utf-8") == "not a directory\n"


def test_missing_catalogue_is_refused(tmp_path):
    r = run("extract", REPORT, "--out", tmp_path / "out", "--catalogue", tmp_path / "nope.csv", cwd=tmp_path)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1 and "nope.csv" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2(tmp_path):
    r = run("extract", cwd=tmp_path)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions are not enforced here")
def test_unreadable_file_is_named(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    p.chmod(0)
    try:
        r = run("extract", p, "--out", tmp_path / "out", cwd=tmp_path)
    finally:
        p.chmod(0o600)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1 and "secret.txt" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()


def test_a_kernel_that_does_not_start_fails_its_notebook_in_one_line(tmp_path, monkeypatch):
    """A busy machine can keep a notebook's kernel from starting: that notebook is reported in one line and
    the batch goes on, with no traceback."""
    import papermill

    from workreport.report import runner

    def no_kernel(*args, **kwargs):
        assert kwargs["start_timeout"] == runner.KERNEL_START_TIMEOUT
        raise RuntimeError("Kernel didn't respond in 300 seconds")

    monkeypatch.setattr(papermill, "execute_notebook", no_kernel)
    nb = next(Path(runner.paths.notebooks_dir()).glob("01_*.ipynb"))
    rid, name, err = runner._run_one(tmp_path / "r.txt", "r-2024", nb, tmp_path, {})
    assert (rid, name) == ("r-2024", nb.stem)
    assert err.startswith("its Python kernel did not start") and "\n" not in err
