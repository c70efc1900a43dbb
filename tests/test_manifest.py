"""The manifest says what each bundled report is; its loader finds a file's row, gives short unique ids
and refuses a manifest a user cannot have meant with one sentence."""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from workreport import ParameterError
from workreport.corpus import describe, read_manifest
from workreport.corpus.manifest import COLUMNS, report_ids

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def write_manifest(folder: Path, rows: list[dict]) -> Path:
    path = folder / "manifest.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})
    return path


def row(file: str, place="Dalian", year=2024, language="en", level="city", **more) -> dict:
    return dict(file=file, place=place, year=year, language=language, level=level, completeness="full", **more)


def test_every_bundled_report_is_listed_with_its_checksum():
    entries = read_manifest(RAW / "manifest.csv")
    listed = {e.path for e in entries}
    assert {p.resolve() for p in RAW.rglob("*.txt")} <= listed
    for e, r in zip(entries, csv.DictReader((RAW / "manifest.csv").open(encoding="utf-8"))):
        data = e.path.read_bytes()
        assert hashlib.sha256(data).hexdigest()[:16] == r["sha256"], e.file
        assert len(data.decode("utf-8")) == int(r["chars"]), e.file


def test_bundled_ids_are_short_and_unique():
    ids = [e.report_id for e in read_manifest(RAW / "manifest.csv")]
    assert len(ids) == len(set(ids))
    assert "dalian-2024" in ids and "china-2020" in ids
    assert "china-2019-en" in ids and "china-2019-zh" in ids


def test_a_report_in_two_languages_carries_the_language_in_its_id():
    assert report_ids([("China", 2019, "en"), ("China", 2019, "zh"), ("China", 2020, "en")]) == [
        "china-2019-en", "china-2019-zh", "china-2020"]


def test_a_place_listed_twice_in_one_language_gets_a_counter():
    assert report_ids([("Inner Mongolia", 2025, "zh")] * 2) == ["inner-mongolia-2025", "inner-mongolia-2025-2"]


def test_describe_finds_the_row_from_a_manifest_above_the_file():
    e = describe(RAW / "en" / "china-2024-government-work-report.txt")
    assert (e.place, e.level, e.year, e.language, e.report_id) == ("China", "national", 2024, "en", "china-2024-en")
    assert e.lacks_targets_paragraph and not e.complete


def test_a_full_text_does_not_lack_its_targets_paragraph():
    assert not describe(RAW / "en" / "china-2019-government-work-report.txt").lacks_targets_paragraph


def test_an_unlisted_file_has_no_entry(tmp_path):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    write_manifest(tmp_path, [row("b.txt")])
    assert describe(tmp_path / "a.txt") is None
    assert describe(ROOT / "tests" / "data" / "provincial-sample-2024.txt") is None


@pytest.mark.parametrize("bad, words", [
    (dict(year="last year"), "is not a year"),
    (dict(level="county-ish"), "is not one of"),
    (dict(place=""), "needs a file and a place"),
])
def test_a_bad_row_is_refused_with_its_line(tmp_path, bad, words):
    path = write_manifest(tmp_path, [row("a.txt"), {**row("b.txt"), **bad}])
    with pytest.raises(ParameterError, match=words) as err:
        read_manifest(path)
    assert "line 3" in str(err.value)


def test_missing_columns_are_named(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("file,place,year\na.txt,Dalian,2024\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="lacks the columns place_zh, level, parent"):
        read_manifest(path)


def test_a_missing_manifest_is_one_sentence(tmp_path):
    with pytest.raises(ParameterError, match="does not exist"):
        read_manifest(tmp_path / "nope.csv")


def test_a_listed_report_is_read_with_its_manifest_row():
    from workreport.corpus import extract_report

    ex = extract_report(RAW / "en" / "china-2024-government-work-report.txt")
    assert (ex.report_id, ex.document.place, ex.document.year) == ("china-2024-en", "China", 2024)
    assert any("lacks the paragraph listing the main targets" in w for w in ex.warnings)
    full = extract_report(RAW / "en" / "china-2019-government-work-report.txt")
    assert not any("manifest" in w for w in full.warnings)


def test_arguments_override_the_manifest():
    from workreport.corpus import extract_report

    ex = extract_report(RAW / "en" / "china-2019-government-work-report.txt", report_id="x-1", year=2018)
    assert (ex.report_id, ex.document.year) == ("x-1", 2018)


def test_the_cli_prints_what_the_text_lacks_on_stderr(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "workreport", "extract", str(RAW / "en" / "china-2025-government-work-report.txt"),
                           "--out", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "workreport: warning: china-2025-en:" in proc.stderr and "main targets" in proc.stderr
    assert proc.stdout.startswith("china-2025-en:")


def test_a_batch_finds_every_report_in_a_language_we_read():
    from workreport.corpus import is_read
    from workreport.report.runner import _gather

    assert is_read(RAW / "en" / "china-2019-government-work-report.txt") == (True, "")
    assert is_read(RAW / "zh" / "china-2019-government-work-report.txt") == (True, "")
    chosen, skipped = _gather([], all_raw=True)
    assert RAW.joinpath("en", "china-2021-government-work-report.txt") in chosen
    assert len([p for p in chosen if "/zh/" in p.as_posix()]) == len(list((RAW / "zh").glob("*.txt")))
    assert skipped == []
