"""`workreport corpus PATH... --out DIR`: many reports into panel tables (CSV and Parquet), whole or not at all.

A few bundled reports go through the command into a temporary folder: every table is there in both formats,
one reports row per input, a bad file is listed with its reason and named on stderr while the rest are written,
and the exit status says something failed. The same reports read on a local Dask cluster give the same tables.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from workreport.cli import main
from workreport.contract.errors import ParameterError, WorkReportError
from workreport.contract.tables import CORPUS_TABLES
from workreport.corpus import batch
from workreport.corpus.build import corpus_tables, read_corpus

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
FEW = [RAW / "zh" / "zhumadian-2010-government-work-report.txt", RAW / "zh" / "zhumadian-2011-government-work-report.txt",
       RAW / "zh" / "china-2019-government-work-report.txt", RAW / "en" / "china-2019-government-work-report.txt",
       RAW / "en" / "china-2020-government-work-report.txt"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The command on five bundled reports and a folder holding a binary file and a copy of a report that no
    manifest lists."""
    tmp = tmp_path_factory.mktemp("corpus")
    folder = tmp / "more" / "sub"
    folder.mkdir(parents=True)
    (tmp / "more" / "broken.txt").write_bytes(b"\x00\x01\x02 not a report")
    shutil.copy(RAW / "zh" / "zhumadian-2012-government-work-report.txt", folder / "unlisted.txt")
    out = tmp / "out"
    status = main(["corpus", *map(str, FEW), str(tmp / "more"), "--out", str(out), "--jobs", "2"])
    return status, out, tmp


def test_every_table_in_csv_and_parquet(run):
    status, out, _ = run
    for name, table in CORPUS_TABLES.items():
        csv, parquet = pd.read_csv(out / f"{name}.csv", keep_default_na=False), pd.read_parquet(out / f"{name}.parquet")
        assert list(csv.columns) == list(parquet.columns) == table.columns, name
        assert len(csv) == len(parquet), name
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{x}" for n in CORPUS_TABLES for x in ("csv", "parquet"))


def test_one_reports_row_per_input_and_the_bad_one_with_its_reason(run, capsys):
    status, out, tmp = run
    reports = pd.read_parquet(out / "reports.parquet")
    assert len(reports) == len(FEW) + 2
    bad = reports[reports["error"] != ""]
    assert list(bad["file"]) == [str(tmp / "more" / "broken.txt")]
    assert "binary" in bad["error"].iloc[0] and bad["n_claims"].iloc[0] == 0
    assert status == 1
    good = reports[reports["error"] == ""]
    assert (good["n_claims"] > 0).all() and (good["n_claims"] == good["n_targets"] + good["n_results"]).all()
    assert set(good["language"]) == {"en", "zh"}


def test_manifest_fields_and_reports_read_from_their_text(run):
    _, out, _ = run
    reports = pd.read_parquet(out / "reports.parquet").set_index("report_id")
    assert reports.loc["zhumadian-2010", ["place", "level", "parent", "year"]].tolist() == ["Zhumadian", "city", "Henan", 2010]
    assert reports.loc["china-2019-zh", "used"] and not reports.loc["china-2019-en", "used"]
    unlisted = reports[reports["file"].str.endswith("unlisted.txt")].iloc[0]
    assert unlisted["year"] == 2012 and unlisted["level"] == "" and unlisted["language"] == "zh"


def test_targets_results_and_ledger_carry_place_and_report(run):
    _, out, _ = run
    targets, results = pd.read_parquet(out / "targets.parquet"), pd.read_parquet(out / "results.parquet")
    assert set(targets["status"]) == {"target"} and set(results["status"]) <= {"actual", "estimate"}
    t = targets[(targets["report_id"] == "zhumadian-2010") & (targets["expr"] == "12％")].iloc[0]
    assert (t["place"], t["level"], t["parent"], t["indicator"], t["period"], t["language"]) == \
        ("Zhumadian", "city", "Henan", "gdp", 2010, "zh")
    ledger = pd.read_parquet(out / "ledger.parquet")
    row = ledger[(ledger["place"] == "Zhumadian") & (ledger["period"] == 2010) & (ledger["indicator"] == "gdp")
                 & (ledger["kind"] == "growth")].iloc[0]
    # 2010 report: 生产总值增长12％; 2011 report: 初步核算，全市生产总值达到1055.45亿元，增长11.6%
    assert (row["target_value"], row["outcome_value"], row["outcome_status"], row["met"]) == (12, 11.6, "estimate", "missed")
    china = ledger[(ledger["place"] == "China") & (ledger["period"] == 2019) & (ledger["indicator"] == "gdp")
                   & (ledger["kind"] == "growth")].iloc[0]
    assert (china["target_report"], china["outcome_report"], china["met"]) == ("china-2019-zh", "china-2020", "met")


def test_the_failed_report_is_named_on_stderr_in_one_line(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    status = main(["corpus", str(FEW[0]), str(bad), "--out", str(tmp_path / "out"), "--jobs", "1"])
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("workreport: error:")]
    assert status == 1 and len(err) == 1 and str(bad) in err[0]
    assert (tmp_path / "out" / "ledger.csv").is_file()


def test_nothing_is_half_written(tmp_path, monkeypatch, capsys):
    """A failure while the files are prepared leaves no folder; an existing folder keeps its files."""
    def broken(df):
        raise WorkReportError("disk full (simulated)")
    monkeypatch.setattr("workreport.corpus.store._parquet_bytes", broken)
    out = tmp_path / "out"
    assert main(["corpus", str(FEW[0]), "--out", str(out), "--jobs", "1"]) == 2
    assert not out.exists() and list(tmp_path.iterdir()) == []
    out.mkdir()
    (out / "ledger.csv").write_text("old\n", encoding="utf-8")
    assert main(["corpus", str(FEW[0]), "--out", str(out), "--jobs", "1"]) == 2
    assert [p.name for p in out.iterdir()] == ["ledger.csv"] and (out / "ledger.csv").read_text() == "old\n"
    assert "disk full" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--jobs", "0"], "--jobs must be at least 1"),
    (["--about-tolerance", "-1"], "about_tolerance"),
])
def test_bad_options_stop_with_one_line(tmp_path, capsys, args, message):
    assert main(["corpus", str(FEW[0]), "--out", str(tmp_path / "o"), *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0] and not (tmp_path / "o").exists()


def test_a_path_that_does_not_exist(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_without_dask_one_line_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ParameterError, match=r"^install the cluster extra: pip install workreport\[cluster\]$"):
        batch.read_dask(batch.gather([str(FEW[0])]), "tcp://127.0.0.1:1")


def test_a_dask_cluster_gives_the_same_tables():
    distributed = pytest.importorskip("distributed")
    paths = [str(p) for p in FEW]
    local = corpus_tables(read_corpus(paths, jobs=2))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        remote = corpus_tables(read_corpus(paths, dask=cluster.scheduler_address))
    for name in CORPUS_TABLES:
        pd.testing.assert_frame_equal(local[name], remote[name], obj=name)
    assert len(local["ledger"]) and len(local["targets"])
