"""What people see when they print an extraction or open a CSV: a short summary, and numbers without
the binary noise of floating-point arithmetic."""
from __future__ import annotations

import pandas as pd

import workreport
from workreport.read.datasets import to_csv_text


def test_repr_is_one_short_line(dalian):
    text = repr(dalian)
    assert "\n" not in text and len(text) < 200
    assert text.startswith("<Extraction dalian-2024: Dalian, 2024,") and " claims, " in text


def test_csv_drops_float_noise_and_keeps_every_written_digit():
    df = pd.DataFrame({"change": [6.5 - 5.7, 0.1 + 0.2], "level": [1.4019e14, 149.3e9], "rate": [2.08, 0.2]})
    body = to_csv_text(df)
    assert "0.8," in body and "0.3," in body
    assert "140190000000000" in body and "149300000000" in body
    assert "9999" not in body and "0000001" not in body


def test_written_datasets_carry_no_float_noise(tmp_path, dalian):
    from workreport.analyse import analysis_tables

    tables = {"claims": dalian.claims, **analysis_tables(dalian)}
    for path in workreport.write_datasets(tables, tmp_path):
        text = path.read_text(encoding="utf-8")
        assert "99999999" not in text and "00000001" not in text, path.name


def test_a_folder_in_the_place_of_a_dataset_file_is_refused_before_anything_is_replaced(tmp_path):
    from workreport.contract.errors import WorkReportError
    from workreport.contract.files import write_files
    (tmp_path / "a.csv").write_text("old\n")
    (tmp_path / "b.csv").mkdir()
    try:
        write_files({"a.csv": b"new\n", "b.csv": b"new\n"}, tmp_path, "datasets")
    except WorkReportError as exc:
        assert "b.csv" in str(exc) and "nothing was changed" in str(exc)
    else:
        raise AssertionError("a folder named like a dataset file was overwritten")
    assert (tmp_path / "a.csv").read_text() == "old\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
