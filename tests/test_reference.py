"""Reference facts: the curated table stays in sync with the gathered sources, every row keeps
its source and snippet, and each curation rule (status, qualifier, scale, flags) holds on the
bundled file and on small tables built here."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workreport import ParameterError, SchemaError
from workreport.contract import schema
from workreport.contract.tables import TABLES
from workreport.read.datasets import to_csv_text
from workreport.analyse.reference import REFERENCE, best_outcome, curate, for_place, load_reference, main, revisions, targets

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "reference" / "dalian_facts_sources.csv"
FACTS = ROOT / "data" / "reference" / "facts.csv"


def read_sources(path: Path = SOURCES) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def raw(*rows: dict) -> pd.DataFrame:
    """A gathered-source table from a few rows (defaults: a sourced Dalian growth figure)."""
    base = dict(indicator="dalian_gdp_growth_real", year="2023", kind="actual", value="6", unit="% y/y",
                source="https://example.org/communique", snippet="增长6%", note="")
    return pd.DataFrame([{**base, **r} for r in rows])


def one(**row) -> pd.Series:
    return curate(raw(row)).iloc[0]


# --- the committed table --------------------------------------------------------------------

def test_committed_facts_equal_curation_of_sources():
    """data/reference/facts.csv is what `python -m workreport.analyse.reference` makes of the sources."""
    expected = to_csv_text(curate(read_sources()))
    assert FACTS.read_text(encoding="utf-8") == expected, "facts.csv is stale: run `python -m workreport.analyse.reference`"


def test_one_curated_row_per_gathered_row(ref):
    assert len(ref) == len(read_sources())
    assert list(ref["fact_id"]) == list(range(1, len(ref) + 1))


def test_reference_validates_against_its_schema(ref):
    assert TABLES["reference"] is REFERENCE
    schema.validate(ref, REFERENCE)
    assert list(ref.columns) == REFERENCE.columns
    for col in ("derived", "low_reliability", "conflict", "caveat", "usable"):
        assert ref[col].dtype == bool


def test_every_row_keeps_source_and_snippet(ref):
    assert (ref["source"].str.strip() != "").all()
    assert (ref["snippet"].str.strip() != "").all()


def test_usable_rows_are_numeric_direct_and_reliable(ref):
    usable = ref[ref["usable"]]
    assert len(usable) > 100
    assert usable["value"].notna().all()
    assert not usable[["derived", "low_reliability", "caveat"]].any().any()
    assert (usable["source"] != "").all() and (usable["snippet"] != "").all()


def test_statuses_and_measures(ref):
    assert set(ref["status"]) == {"target", "estimate", "final"}
    assert set(ref["measure"]) == {"growth", "level"}
    growth = ref[ref["measure"] == "growth"]
    assert (growth["unit"] == growth["value"].notna().map({True: "%", False: ""})).all()


def test_places(ref):
    assert set(ref["place"]) == {"dalian", "liaoning", "china"}


def test_rebuild_writes_the_same_file(tmp_path, capsys):
    out = tmp_path / "facts.csv"
    assert main([str(SOURCES), str(out)]) == 0
    assert out.read_text(encoding="utf-8") == FACTS.read_text(encoding="utf-8")
    assert "usable" in capsys.readouterr().out


# --- curation rules on the bundled facts ---------------------------------------------------

def fact(ref, indicator, year, value, place="dalian", measure=None):
    rows = ref[(ref["place"] == place) & (ref["indicator"] == indicator) & (ref["year"] == year)
               & (ref["value"].round(6) == value)]
    if measure:
        rows = rows[rows["measure"] == measure]
    assert len(rows) >= 1, (indicator, year, value)
    return rows.iloc[0]


def test_prelim_note_means_estimate(ref):
    row = ref[(ref["indicator"] == "gdp") & (ref["year"] == 2023) & (ref["measure"] == "growth")
              & ref["note"].str.contains(r"\[prelim\]")].iloc[0]
    assert row["status"] == "estimate" and row["qualifier"] == "at_least"  # 6%以上


def test_levels_are_fully_scaled(ref):
    assert fact(ref, "gdp", 2024, 951690000000.0)["unit"] == "CNY"
    assert fact(ref, "fdi_utilized", 2024, 1880000000.0)["unit"] == "USD"
    assert fact(ref, "airport_passengers", 2018, 18770000.0)["unit"] == "count"
    assert fact(ref, "tourist_visits", 2023, 136000000.0)["unit"] == "count"


def test_quoted_figure_is_not_derived_even_when_the_note_derives_another(ref):
    visits = fact(ref, "tourist_visits", 2023, 136000000.0)
    assert not visits["derived"] and visits["usable"]
    gpbr = fact(ref, "public_budget_revenue", 2024, 3.3)
    assert gpbr["derived"] and not gpbr["usable"]


def test_flags_on_bundled_rows(ref):
    assert fact(ref, "airport_passengers", 2022, 21287000.0)["low_reliability"]
    assert fact(ref, "gdp", 2018, 7.1)["caveat"]                      # "possibly ... mislabelled"
    assert fact(ref, "gdp", 2021, 11.8)["caveat"]                     # "do not use"
    assert fact(ref, "gdp", 2025, 5.7)["caveat"]                      # context only
    assert fact(ref, "public_budget_revenue", 2022, 8.0)["caveat"]    # ADJUSTED basis
    assert fact(ref, "fixed_asset_investment", 2019, -19.8)["usable"]  # "(adjusted) growth" is about another figure
    assert fact(ref, "cpi", 2023, 0.4)["conflict"] and fact(ref, "cpi", 2023, 0.6)["conflict"]


def test_qualitative_targets_have_no_value(ref):
    sync = ref[ref["qualitative"] != ""]
    assert len(sync) > 0
    assert sync["value"].isna().all() and not sync["usable"].any()


def test_range_and_ceiling_targets(ref):
    gdp2016 = targets(ref, "gdp").query("year == 2016").iloc[0]
    assert (gdp2016["value"], gdp2016["value_high"]) == (6.5, 7.0)
    cpi2016 = targets(ref, "cpi").query("year == 2016 and place == 'dalian'").iloc[0]
    assert cpi2016["qualifier"] == "at_most"
    assert fact(ref, "cpi", 2018, 3.0)["qualifier"] == "less_than"


# --- curation rules on small tables ----------------------------------------------------------

@pytest.mark.parametrize("value, unit, qualifier", [
    ("6", "% (6%以上)", "at_least"),
    ("6", "% (6% or higher)", "at_least"),
    ("8", "% (8%左右)", "about"),
    ("5", "% (around)", "about"),
    ("3", "% (within 3%)", "at_most"),
    ("<3", "% y/y", "less_than"),
    ("<=3", "%", "at_most"),
    ("5.2", "% y/y", "exact"),
])
def test_qualifier_rules(value, unit, qualifier):
    assert one(value=value, unit=unit)["qualifier"] == qualifier


@pytest.mark.parametrize("indicator, value, unit, expected, out_unit", [
    ("dalian_gdp_level", "8752.9", "亿元", 875290000000.0, "CNY"),
    ("dalian_fdi_actual_use", "9.6", "亿美元 (100m USD)", 960000000.0, "USD"),
    ("dalian_tourist_visits", "1.36", "亿人次", 136000000.0, "count"),
    ("dalian_airport_passengers", "2000", "万人次", 20000000.0, "count"),
    ("dalian_gdp_growth_real", "-2.5", "% y/y", -2.5, "%"),
])
def test_scale_rules(indicator, value, unit, expected, out_unit):
    row = one(indicator=indicator, value=value, unit=unit)
    assert row["value"] == pytest.approx(expected)
    assert row["unit"] == out_unit


@pytest.mark.parametrize("kind, note, unit, status", [
    ("target", "", "%", "target"),
    ("actual", "[prelim] GWR estimate", "% y/y", "estimate"),
    ("actual", "", "% y/y (prelim, 左右)", "estimate"),
    ("actual", "", "% y/y (expected)", "estimate"),
    ("actual", "preliminary accounting (初步核算)", "% y/y", "final"),
])
def test_status_rules(kind, note, unit, status):
    assert one(kind=kind, note=note, unit=unit)["status"] == status


@pytest.mark.parametrize("note, snippet, flag", [
    ("DERIVED: 7.1 - 3.8 = 3.3", "增长7.1%,高于平均增幅3.8个百分点", "derived"),
    ("LOW RELIABILITY (unsourced aggregator)", "6", "low_reliability"),
    ("YEAR INFERRED from an undated speech", "6", "caveat"),
    ("year-label doubt", "6", "caveat"),
    ("CONTEXT ONLY (outside window)", "6", "caveat"),
    ("likely nominal — do NOT use", "6", "caveat"),
])
def test_flags_make_rows_unusable(note, snippet, flag):
    row = one(value="3.3", note=note, snippet=snippet)
    assert row[flag] and not row["usable"]


def test_conflict_alone_keeps_a_row_usable():
    row = one(note="CONFLICT with the communique")
    assert row["conflict"] and row["usable"]


def test_derived_note_about_another_figure_keeps_the_row_direct():
    row = one(value="1.36", unit="亿人次", indicator="dalian_tourist_visits",
              note="148% of 2019 → implied 2019 ≈ 0.92 (DERIVED)", snippet="全年接待游客1.36亿人次")
    assert not row["derived"] and row["usable"]


def test_sync_is_a_qualitative_target():
    row = one(kind="target", value="sync", unit="qualitative", indicator="dalian_income_growth")
    assert row["qualitative"] and pd.isna(row["value"]) and not row["usable"]


@pytest.mark.parametrize("change, message", [
    (dict(indicator="dalian_mystery_growth"), "unknown indicator"),
    (dict(value="a lot"), "neither a number"),
])
def test_bad_rows_are_named(change, message):
    with pytest.raises(ParameterError, match=message):
        curate(raw(change))


def test_missing_columns_are_named():
    with pytest.raises(ParameterError, match="lacks columns"):
        curate(raw({}).drop(columns=["snippet"]))


# --- loading and lookups ---------------------------------------------------------------------

def test_load_reference_rejects_a_missing_file(tmp_path):
    with pytest.raises(ParameterError, match="does not exist"):
        load_reference(tmp_path / "nope.csv")


def test_load_reference_rejects_a_broken_table(tmp_path):
    bad = curate(raw({}))
    bad.loc[0, "status"] = "rumour"
    path = tmp_path / "facts.csv"
    path.write_text(to_csv_text(bad), encoding="utf-8")
    with pytest.raises(SchemaError, match="status"):
        load_reference(path)


def test_load_reference_round_trips_a_small_table(tmp_path):
    df = curate(raw({}, dict(kind="target", value="sync", unit="qualitative")))
    path = tmp_path / "facts.csv"
    path.write_text(to_csv_text(df), encoding="utf-8")
    back = load_reference(path)
    assert back["usable"].tolist() == [True, False]
    assert back["value"].isna().tolist() == [False, True]


def test_for_place(ref):
    assert set(for_place(ref, "Dalian")["place"]) == {"dalian"}
    assert for_place(ref, None).empty and for_place(ref, "Atlantis").empty


@pytest.mark.parametrize("indicator, year, value, status", [
    ("cpi", 2023, 0.4, "final"),                     # communique beats the report's 0.6% estimate
    ("fdi_utilized", 2024, 94.2, "final"),           # unconflicted 94.2 beats the rounded 90
    ("gdp", 2021, 8.2, "final"),                     # final beats the estimate 8
    ("gdp", 2022, 4.0, "final"),
    ("industrial_value_added", 2023, 10.0, "estimate"),  # only the report's estimate is known
])
def test_best_outcome(ref, indicator, year, value, status):
    o = best_outcome(for_place(ref, "dalian"), indicator, year)
    assert (o["value"], o["status"]) == (value, status)
    assert o["source"] and o["snippet"]


@pytest.mark.parametrize("indicator, year", [("gdp", 2025), ("fixed_asset_investment", 2023), ("gdp", 2017)])
def test_no_outcome_is_guessed(ref, indicator, year):
    assert best_outcome(for_place(ref, "dalian"), indicator, year) is None


def test_targets_of_an_indicator(ref):
    gdp = targets(for_place(ref, "dalian"), "gdp")
    assert sorted(gdp["year"]) == [2016, 2021, 2022, 2023]


def test_revisions_set_estimates_beside_final_figures(ref):
    rev = revisions(ref, "dalian").set_index(["indicator", "measure", "year"])
    cpi = rev.loc[("cpi", "growth", 2023)]
    assert (cpi["estimate_value"], cpi["final_value"], cpi["revision"]) == (0.6, 0.4, -0.2)
    fai = rev.loc[("fixed_asset_investment", "growth", 2022)]
    assert (fai["estimate_qualifier"], fai["revision"]) == ("about", -1.0)
    assert ("industrial_value_added", "growth", 2023) not in rev.index  # no final figure: no revision
    used = ref.set_index("fact_id").loc[list(rev["estimate_fact_id"]) + list(rev["final_fact_id"])]
    assert used["usable"].all() and (used["snippet"] != "").all()
    assert set(used.loc[list(rev["estimate_fact_id"]), "status"]) == {"estimate"}


def test_revisions_of_a_small_table():
    df = curate(raw(dict(note="[prelim] GWR estimate", value="4.5", unit="% (4.5%左右)"), dict(value="4.0")))
    rev = revisions(df)
    assert len(rev) == 1 and rev["revision"].iloc[0] == -0.5 and rev["estimate_qualifier"].iloc[0] == "about"
    assert revisions(curate(raw({}))).empty


def test_rechecked_conflicts_are_never_outcomes_and_tiers_are_kept(ref):
    """The re-check's seven 2018 rows that are 2017 figures, and the wrong 2022 airport figure, are kept
    but never used; every row keeps its source tier (tier 4 is unconfirmed)."""
    from workreport.analyse.reference import best_outcome
    conflicts = ref[ref["check"] == "conflict"]
    assert len(conflicts) >= 8 and not conflicts["usable"].any() and conflicts["conflict"].all()
    assert best_outcome(ref[ref["place"] == "dalian"], "gdp", 2018) is None or \
        best_outcome(ref[ref["place"] == "dalian"], "gdp", 2018)["value"] != 7.1
    assert set(ref["source_tier"].dropna().astype(int)) <= {1, 2, 3, 4}
    gdp24 = ref[(ref["place"] == "dalian") & (ref["indicator"] == "gdp") & (ref["year"] == 2024) & (ref["measure"] == "growth")]
    assert (gdp24["source_tier"] == 4).all() and (gdp24["check"] == "unconfirmed").all()
