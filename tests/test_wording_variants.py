"""Wording that real translations use and that once misled the reader: clause-bound verbs,
'per 10,000 yuan of GDP', part headings without Roman numerals, unusual encodings."""
from __future__ import annotations

import subprocess
import sys

import pytest

import workreport
from workreport.analyse.feasibility import assess_targets

BODY = "I. Review of Work in 2023\n\n{results}\n\nII. Main Targets and Tasks for 2024\n\n{targets}\n"


def claims_of(results: str, targets: str = "We will work hard.", header: str = "Government Work Report\n\n"):
    return workreport.extract_text(header + BODY.format(results=results, targets=targets)).claims


@pytest.mark.parametrize("sentence, first, second", [
    ("GDP grew 5.2% and consumer prices fell 0.3%.", "up", "down"),
    ("Exports grew by 2.5%, while imports fell by 3.6%.", "up", "down"),
    ("Imports fell 3.6% and exports grew 2.5%.", "down", "up"),
])
def test_a_change_takes_the_verb_of_its_own_clause(sentence, first, second):
    c = claims_of(sentence)
    assert list(c["direction"]) == [first, second]


def test_per_10000_yuan_of_gdp_is_part_of_the_unit():
    c = claims_of("Energy consumption per 10,000 yuan of GDP decreased by 3.1%. "
                  "Water consumption per 10,000 yuan of GDP fell by 4%.")
    assert list(c["expr"]) == ["3.1%", "4%"]                      # no 'amount' of 10,000 yuan
    assert list(c["indicator"]) == ["energy_intensity", ""]       # and water use is not GDP
    assert list(c["direction"]) == ["down", "down"]


@pytest.mark.parametrize("headings", [
    ("Part One: Review of Work in 2023", "Part Two: Work Arrangements for 2024"),
    ("1. Review of work in 2023", "2. Work arrangements for 2024"),
])
def test_part_headings_without_roman_numerals(headings):
    text = (f"Ningbo Government Work Report\n\nFellow deputies,\n\n{headings[0]}\n\nGDP grew by 5.5 percent.\n\n"
            f"{headings[1]}\n\nThe main expected goals are: GDP growth of about 5.5 percent.\n")
    ex = workreport.extract_text(text)
    assert ex.report_id == "ningbo-2024"
    assert list(zip(ex.claims["status"], ex.claims["period"])) == [("actual", 2023), ("target", 2024)]


def test_a_report_without_a_targets_part_says_so():
    text = "Government Work Report\n\nI. Review of Work in 2023\n\nGDP grew by 5.5 percent in 2023.\n"
    assert "no targets part found" in workreport.extract_text(text).summary()


def test_a_report_without_recognised_parts_warns_and_reads_each_sentence():
    ex = workreport.extract_text("Government Work Report\n\nGDP grew by 5.5 percent in 2023.\n")
    assert ex.warnings and "not recognised" in ex.warnings[0]
    assert list(ex.claims["status"]) == ["actual"]


def test_unemployment_is_a_ceiling():
    c = claims_of("The surveyed urban unemployment rate averaged 5.2 percent.",
                  "We will keep the surveyed urban unemployment rate at around 5.5 percent.")
    assert list(c["indicator"]) == ["surveyed_unemployment_rate", "surveyed_unemployment_rate"]
    f = assess_targets(c)
    row = f[f["indicator"] == "surveyed_unemployment_rate"].iloc[0]
    assert row["verdict"] == "on track" and "room" in row["reason"]


@pytest.mark.parametrize("payload, message", [
    ("GDP grew 5 percent in 2023.".encode("utf-16"), "UTF-16"),
    ("Le gouvernement a atteint ses objectifs en 2023 avec une croissance de cinq pour cent.".encode(), "English"),
])
def test_more_unreadable_files_are_named(tmp_path, payload, message):
    src = tmp_path / "report.txt"
    src.write_bytes(payload)
    proc = subprocess.run([sys.executable, "-m", "workreport", "extract", str(src), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and message in proc.stderr and proc.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()
