"""The declared tables: the extracted datasets meet them, broken tables are refused with every
problem named, and a failed save leaves nothing half-written."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from workreport import SchemaError, write_datasets
from workreport.contract.schema import check_records, markdown, validate
from workreport.contract.tables import CLAIMS, MENTIONS, SECTIONS, TABLES


@pytest.fixture()
def claims(dalian):
    return dalian.claims.copy()


def test_extracted_tables_pass(dalian):
    for df, table in ((dalian.claims, CLAIMS), (dalian.mentions, MENTIONS), (dalian.sections, SECTIONS)):
        out = validate(df, table)
        assert list(out.columns[:len(table.columns)]) == table.columns
        assert len(out) == len(df)


def test_small_report_tables_pass(reports):
    e = reports.extract("GDP grew 5%.")
    validate(e.claims, CLAIMS)
    validate(e.mentions, MENTIONS)
    validate(e.sections, SECTIONS)


def test_empty_tables_pass(reports):
    import workreport
    e = workreport.extract_text("No numbers here at all.")
    assert e.claims.empty and e.mentions.empty
    validate(e.claims, CLAIMS)
    validate(e.mentions, MENTIONS)
    assert list(e.claims.columns) == CLAIMS.columns


def test_wrong_kind_is_rejected(claims):
    claims.loc[claims.index[0], "kind"] = "percentage"
    with pytest.raises(SchemaError, match=r"kind.*percentage"):
        validate(claims, CLAIMS)


@pytest.mark.parametrize("column, value", [("qualifier", "roughly"), ("status", "planned"), ("unit", "furlongs"),
                                           ("direction", "sideways")])
def test_values_outside_the_allowed_set_are_rejected(claims, column, value):
    claims.loc[claims.index[3], column] = value
    with pytest.raises(SchemaError, match=column):
        validate(claims, CLAIMS)


def test_missing_column_is_rejected(claims):
    with pytest.raises(SchemaError, match=r"missing columns \['indicator'\]"):
        validate(claims.drop(columns=["indicator"]), CLAIMS)


def test_duplicate_primary_key_is_rejected(claims):
    claims.loc[claims.index[1], "claim_id"] = claims.loc[claims.index[0], "claim_id"]
    with pytest.raises(SchemaError, match="primary key"):
        validate(claims, CLAIMS)


def test_empty_value_in_a_required_column_is_rejected(claims):
    claims["value"] = claims["value"].astype(float)
    claims.loc[claims.index[0], "value"] = float("nan")
    with pytest.raises(SchemaError, match="value: 1 empty"):
        validate(claims, CLAIMS)


def test_fractional_ids_are_rejected(claims):
    claims["claim_id"] = claims["claim_id"].astype(float) + 0.5
    with pytest.raises(SchemaError, match="claim_id: not whole numbers"):
        validate(claims, CLAIMS)


def test_every_problem_is_named_at_once(claims):
    claims.loc[claims.index[0], "kind"] = "percentage"
    claims.loc[claims.index[0], "status"] = "planned"
    with pytest.raises(SchemaError) as err:
        validate(claims.drop(columns=["sentence"]), CLAIMS)
    message = str(err.value)
    assert "kind" in message and "status" in message and "sentence" in message
    assert "\n" not in message


def test_mentions_nonclaim_type_values(dalian):
    m = dalian.mentions.copy()
    m.loc[m.index[0], "nonclaim_type"] = "footnote"
    with pytest.raises(SchemaError, match="nonclaim_type"):
        validate(m, MENTIONS)


def test_check_records_rejects_wrong_types_and_keys():
    values = dict(report_id="r", claim_id=1, start=4, end=6, expr="6%", value=6.0, value_high=None, unit="%",
                  counted="", kind="growth", qualifier="exact", direction="up", period=2023, period_start=2023, span="year", base_period=None,
                  status="actual", subject="gdp", indicator="gdp", section="I", sentence="GDP grew 6%.")
    defaults = {"int": 0, "float": 0.0, "str": "", "bool": False}
    row = tuple(values.get(f.name, None if f.nullable else defaults[f.dtype]) for f in CLAIMS.fields)
    check_records([row], CLAIMS)
    with pytest.raises(SchemaError, match="primary key"):
        check_records([row, row], CLAIMS)
    bad = list(row)
    bad[5] = "6"
    with pytest.raises(SchemaError, match="value"):
        check_records([tuple(bad)], CLAIMS)
    with pytest.raises(SchemaError, match="values each"):
        check_records([row[:-1]], CLAIMS)
    # each column test on its own: a NaN where no empty is allowed, an empty value, a value not allowed,
    # and a row of another width among good ones
    names = CLAIMS.columns
    for field, value, says in (("value", float("nan"), "value: NaN"), ("kind", None, "kind: 1 empty"),
                               ("kind", "speed", "kind: values ['speed']"), ("period", 2023.0, "period: values of type")):
        bad = list(row)
        bad[names.index(field)] = value
        with pytest.raises(SchemaError, match=re.escape(says)):
            check_records([tuple(bad)], CLAIMS)
    with pytest.raises(SchemaError, match="values each"):
        check_records([row, row[:-1]], CLAIMS)


def test_tables_are_registered_and_documented():
    assert {"claims", "mentions", "sections"} <= set(TABLES)
    for table in (CLAIMS, MENTIONS, SECTIONS):
        doc = markdown(table)
        for f in table.fields:
            assert f"`{f.name}`" in doc
            assert f.description


# --- saving whole or not at all ------------------------------------------------------------------

def test_write_datasets_writes_every_table(tmp_path, dalian):
    paths = write_datasets({"claims": dalian.claims, "mentions": dalian.mentions, "sections": dalian.sections},
                           tmp_path / "out")
    assert sorted(p.name for p in paths) == ["claims.csv", "mentions.csv", "sections.csv"]
    back = pd.read_csv(tmp_path / "out" / "claims.csv")
    assert len(back) == len(dalian.claims)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]     # no temporary directory left


def test_a_failing_table_leaves_a_new_directory_unmade(tmp_path, dalian):
    broken = dalian.mentions.drop(columns=["role"])
    with pytest.raises(SchemaError):
        write_datasets({"claims": dalian.claims, "mentions": broken, "sections": dalian.sections}, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_a_failing_table_leaves_an_existing_directory_as_it_was(tmp_path, dalian):
    out = tmp_path / "out"
    write_datasets({"claims": dalian.claims.head(3), "mentions": dalian.mentions.head(3)}, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    broken = dalian.sections.copy()
    broken.loc[broken.index[0], "part_role"] = "appendix"
    with pytest.raises(SchemaError):
        write_datasets({"claims": dalian.claims, "mentions": dalian.mentions, "sections": broken}, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_write_datasets_refuses_a_file_as_directory(tmp_path, dalian):
    from workreport import WorkReportError
    target = tmp_path / "out"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(WorkReportError, match="not a directory"):
        write_datasets({"claims": dalian.claims}, target)
    assert target.read_text(encoding="utf-8") == "x"
