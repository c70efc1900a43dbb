"""Feasibility: each target with its evidence (last result from the report or the reference data, a
cumulative target already met, the record of earlier targets), a verdict from rules whose thresholds
are arguments, and a one-line reason built from the numbers. No base means no guess."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workreport.contract import schema
from workreport.contract.tables import TABLES
from workreport.analyse.feasibility import (FEASIBILITY, VERDICTS, Base, Evidence, Rules, assess_targets, judge, met,
                                           record_of)
from workreport.analyse.reference import curate, for_place
from builders import report, claims_df

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"
FACTS = ROOT / "data" / "reference" / "facts.csv"
CATALOGUE = ROOT / "lib" / "workreport" / "catalogue" / "indicators.csv"
MAIN_GOALS = ("gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales", "public_budget_revenue",
              "foreign_trade", "cpi", "energy_intensity")
approx = pytest.approx

def gdp(expr, value, status="actual", **kw):
    return {**dict(expr=expr, value=value, unit="%", kind="growth", direction="up", subject="regional gdp",
                   indicator="gdp", status=status), **kw}


def firms(expr, value, status="actual", **kw):
    return {**dict(expr=expr, value=value, counted="enterprises", subject="high-tech enterprises", status=status), **kw}


def parks(expr, value, status="actual", **kw):
    return {**dict(expr=expr, value=value, counted="parks", subject="pocket parks", status=status), **kw}


def facts(*rows: dict) -> pd.DataFrame:
    """A curated reference table from gathered rows (defaults: a sourced Dalian GDP growth figure)."""
    base = dict(indicator="dalian_gdp_growth_real", year="2023", kind="actual", value="6", unit="% y/y",
                source="https://example.org/communique", snippet="增长6%", note="")
    return curate(pd.DataFrame([{**base, **r} for r in rows]))


def one(claims, reference=None, **kw) -> pd.Series:
    df = assess_targets(claims, reference, place="dalian", **kw)
    assert len(df) == 1
    return df.iloc[0]


@pytest.fixture(scope="module")
def feas(dalian, ref):
    return assess_targets(dalian.claims, ref, place=dalian.document.place)


# --- the bundled report ---------------------------------------------------------------------------

def test_one_row_per_target_with_schema(dalian, feas):
    c = dalian.claims
    assert set(feas["target_claim_id"]) == set(c.loc[c["status"] == "target", "claim_id"])
    schema.validate(feas, FEASIBILITY)
    assert set(feas["verdict"]) <= set(VERDICTS)


def test_every_target_has_a_reason(feas):
    assert (feas["reason"].str.len() > 20).all()


@pytest.mark.parametrize("indicator", MAIN_GOALS + (
    "strategic_emerging_share", "rd_expenditure", "tech_conversion_rate", "tech_contract_turnover", "fdi_utilized",
    "domestic_capital", "air_quality", "urban_new_jobs"))
def test_headline_targets_have_verdict_and_reason(feas, indicator):
    rows = feas[feas["indicator"] == indicator]
    assert len(rows) == 1
    assert rows["verdict"].iloc[0] in VERDICTS and rows["reason"].iloc[0]


def test_energy_intensity_already_met(feas):
    row = feas[feas["indicator"] == "energy_intensity"].iloc[0]
    assert row["verdict"] == "already met"
    assert (row["target_value"], row["base_value"], row["better"]) == (-12, -13, "lower")
    assert row["reason"] == ("cumulative target down 12% on 2020 by 2024 is already beaten: "
                             "down more than 13% by 2023, an estimate")


def test_no_base_means_insufficient_evidence_not_a_guess(feas):
    for ind in ("fixed_asset_investment", "foreign_trade"):
        row = feas[feas["indicator"] == ind].iloc[0]
        assert row["verdict"] == "insufficient evidence" and row["base_source"] == "none"
        assert pd.isna(row["base_value"]) and pd.isna(row["required"])
        assert row["reason"].startswith("no result for last year in the report or the reference data")


def test_different_scale_is_explained(feas):
    fdi = feas[feas["indicator"] == "fdi_utilized"].iloc[0]
    assert fdi["verdict"] == "insufficient evidence"
    assert "not on the same scale" in fdi["reason"] and "960 million US dollars" in fdi["reason"]


@pytest.mark.parametrize("indicator, verdict, required", [
    ("gdp", "on track", -0.5),                 # about 6% is met from 5.5%, against more than 6%
    ("industrial_value_added", "on track", -2.5),
    ("public_budget_revenue", "on track", -6.0),
    ("cpi", "on track", -2.9),                 # a ceiling of about 3% (met up to 3.5%) against 0.6%
    ("rd_expenditure", "on track", 0.0),
    ("domestic_capital", "on track", -3.1),
    ("urban_new_jobs", "on track", 127 / 125 - 1),
    ("strategic_emerging_share", "stretch", 1.0),
    ("tech_conversion_rate", "stretch", 0.8),
    ("air_quality", "on track", 87.5 - 319 / 365 * 100),  # about 88% is met from 87.5%
    ("retail_sales", "stretch", -1.0),         # on track by the numbers, but 0 of 2 earlier targets met
])
def test_verdicts_from_the_numbers(feas, indicator, verdict, required):
    row = feas[feas["indicator"] == indicator].iloc[0]
    assert row["verdict"] == verdict
    assert row["required"] == approx(required)
    assert row["base_source"] == "report"


def test_reasons_quote_the_numbers(feas):
    for row in feas[feas["base_source"] == "report"].itertuples():
        assert row.target_expr in row.reason
        assert str(int(row.base_period)) in row.reason
    iva = feas[feas["indicator"] == "industrial_value_added"].iloc[0]
    assert iva["reason"] == ("target 7.5% against more than 10% in 2023, an estimate: "
                             "leaves 2.5 points of room against last year's result; "
                             "thresholds fixed (2 record years, fewer than 3); "
                             "record 1 of 2 met (reference facts 73 -> 65, reference facts 50 -> 36); "
                             "2023's 10% follows 2022's 5.1%: a rebound; the 3-year mean is 10.0%")
    assert iva["recent_outcomes"] == "2021: 15%; 2022: 5.1%; 2023: 10%" and iva["rebound"]


def test_record_from_the_reference(feas):
    gdp_row = feas[feas["indicator"] == "gdp"].iloc[0]
    assert (gdp_row["record_years"], gdp_row["record_met"]) == (4, 3)
    assert len(gdp_row["reference_fact_ids"].split(";")) == 8  # four targets, four outcomes
    assert "2022: target about 8% -> 4% missed" in gdp_row["record"]
    retail = feas[feas["indicator"] == "retail_sales"].iloc[0]
    assert (retail["record_years"], retail["record_met"]) == (2, 0)
    assert "; but only 0 of 2 earlier targets were met;" in retail["reason"]


def test_counts_off_the_catalogue(feas):
    farmland = feas[feas["target_expr"] == "170,000 mu"].iloc[0]   # built by the government: not judged
    assert farmland["verdict"] == "not judged (government output)" and farmland["required"] == approx(17 / 7 - 1)
    assert farmland["delivery"] == "above last year's delivery" and farmland["target_type"] == "government output"
    kids = feas[feas["subject"] == "new public kindergartens"].iloc[0]
    assert kids["delivery"] == "below last year's delivery" and "(23% less)" in kids["reason"]   # 10 against 13
    platforms = feas[feas["subject"] == "new science and technology incubation platforms"].iloc[0]
    assert platforms["verdict"] == "on track" and platforms["target_type"] == "outcome"


def test_without_reference_the_record_is_empty(dalian):
    df = assess_targets(dalian.claims, None, place="dalian")
    assert (df["record_years"] == 0).all() and (df["base_source"] != "reference").all()


def test_verdict_counts(feas):
    counts = feas["verdict"].value_counts().to_dict()
    assert counts["already met"] == 1
    assert counts["on track"] + counts["stretch"] + counts.get("ambitious", 0) >= 15  # 15, 3 and 0 at the time of writing
    assert counts["not judged (government output)"] >= 12  # 16: parks, school places, roads, farmland ...


# --- record_of and met -------------------------------------------------------------------------------

def test_record_of_gdp(ref):
    rec = record_of(for_place(ref, "dalian"), "gdp", 2024, "higher", Rules())
    assert [r["year"] for r in rec] == [2016, 2021, 2022, 2023]
    assert [r["met"] for r in rec] == [True, True, False, True]
    assert rec[1]["outcome"] == 8.2 and rec[1]["outcome_status"] == "final"


def test_record_skips_years_without_an_outcome(ref):
    rec = record_of(for_place(ref, "dalian"), "fixed_asset_investment", 2024, "higher", Rules())
    assert [(r["year"], r["met"]) for r in rec] == [(2022, False)]  # 2016 and 2021 outcomes unknown


def test_record_stops_before_the_year(ref):
    assert [r["year"] for r in record_of(for_place(ref, "dalian"), "gdp", 2022, "higher", Rules())] == [2016, 2021]


@pytest.mark.parametrize("outcome, target, qualifier, better, expected", [
    (5.6, 6, "about", "higher", True),
    (5.4, 6, "about", "higher", False),
    (6.0, 6, "more_than", "higher", True),      # 以上: 6% or more
    (5.9, 6, "more_than", "higher", False),
    (6.0, 6, "at_least", "higher", True),
    (6.0, 6, "exact", "higher", True),
    (3.4, 3, "about", "lower", True),             # CPI ceiling
    (3.6, 3, "about", "lower", False),
    (2.9, 3, "less_than", "higher", True),
    (3.0, 3, "less_than", "higher", False),
    (3.0, 3, "at_most", "higher", True),
    (-13, -12, "exact", "lower", True),           # a cut of 13% meets a cut of 12%
    (-11, -12, "exact", "lower", False),
])
def test_met(outcome, target, qualifier, better, expected):
    assert met(outcome, target, qualifier, better, Rules()) is expected


def test_met_range_and_rules():
    assert met(6.6, 6.5, "exact", "higher", Rules(), target_high=7)
    assert not met(6.0, 6, "more_than", "higher", Rules(more_than_inclusive=False))
    assert met(5.2, 6, "about", "higher", Rules(about_tolerance=1.0))


# --- rules on small claims and reference tables --------------------------------------------------

def test_thresholds_are_arguments():
    claims = claims_df(gdp("5%", 5), gdp("about 6.2%", 6.2, "target", qualifier="about"))
    assert one(claims)["verdict"] == "stretch"                          # 1.2 points: past hold 0.5, within 2
    assert one(claims, rules=Rules(hold_pp=1.5, stretch_pp=2))["verdict"] == "on track"
    assert one(claims, rules=Rules(hold_pp=0.1, stretch_pp=0.5))["verdict"] == "ambitious"  # 0.7 from 5.7%


def test_acceleration_in_points():
    row = one(claims_df(gdp("5%", 5), gdp("8%", 8, "target")))
    assert row["verdict"] == "ambitious" and row["required"] == approx(3)
    assert row["reason"] == ("target 8% against 5% in 2023: asks 3.0 points beyond last year's result; "
                             "thresholds fixed (0 record years, fewer than 3)")
    assert (row["thresholds"], row["hold_threshold"], row["stretch_threshold"]) == ("fixed (0 record years, fewer than 3)", 0.5, 2.0)


@pytest.mark.parametrize("target, verdict", [(104, "on track"), (120, "stretch"), (130, "ambitious")])
def test_acceleration_as_a_ratio(target, verdict):
    row = one(claims_df(firms("100", 100), firms(str(target), target, "target")))
    assert row["verdict"] == verdict and row["required"] == approx(target / 100 - 1)


def test_ratio_thresholds_are_arguments():
    claims = claims_df(firms("100", 100), firms("120", 120, "target"))
    assert one(claims, rules=Rules(hold_ratio=0.2, stretch_ratio=0.3))["verdict"] == "on track"


def test_lower_is_better_for_cpi():
    cpi = dict(unit="%", kind="growth", direction="up", subject="consumer prices", indicator="cpi")
    row = one(claims_df(dict(expr="2%", value=2, **cpi), dict(expr="about 3%", value=3, status="target",
                                                               qualifier="about", **cpi)))
    assert row["better"] == "lower" and row["verdict"] == "on track" and row["required"] == approx(-1.5)  # 2 - 3.5
    assert row["target_type"] == "ceiling"


def test_cumulative_target_not_yet_met_is_judged_on_the_gap():
    energy = dict(unit="%", kind="growth", direction="down", subject="energy intensity",
                  indicator="energy_intensity", base_period=2020)
    row = one(claims_df(dict(expr="10%", value=10, **energy), dict(expr="12%", value=12, status="target", **energy)))
    assert row["verdict"] != "already met" and row["required"] == approx(2)


def test_cut_target_off_the_catalogue_improves_downwards():
    cut = dict(unit="%", kind="growth", direction="down", subject="carbon emissions per unit of gdp", base_period=2020)
    row = one(claims_df(dict(expr="19%", value=19, **cut), dict(expr="18%", value=18, status="target", **cut)))
    assert row["better"] == "lower" and row["verdict"] == "already met"


def test_no_base_no_reference_is_insufficient():
    row = one(claims_df(gdp("about 6%", 6, "target", qualifier="about")))
    assert row["verdict"] == "insufficient evidence" and pd.isna(row["base_value"])


def test_reference_base_when_the_report_has_none():
    ref = facts(dict(value="5.2", snippet="增长5.2%"))
    row = one(claims_df(gdp("about 6%", 6, "target", qualifier="about")), ref)
    assert row["base_source"] == "reference" and row["base_value"] == 5.2
    assert row["reference_source"] == "https://example.org/communique" and row["reference_snippet"] == "增长5.2%"
    assert row["reference_fact_ids"] == "1"
    # about 6% is met from 5.5%: 0.3 points beyond 5.2%
    assert row["verdict"] == "on track" and row["required"] == approx(0.3) and "(reference data)" in row["reason"]


def test_an_old_reference_outcome_is_no_base_unless_allowed():
    ref = facts(dict(value="5.2", year="2022", snippet="增长5.2%"))
    claims = claims_df(gdp("about 6%", 6, "target", qualifier="about"))
    assert one(claims, ref)["verdict"] == "insufficient evidence"
    assert one(claims, ref, rules=Rules(max_base_age=2))["base_period"] == 2022


def test_unusable_reference_rows_are_no_base():
    ref = facts(dict(value="5.2", note="LOW RELIABILITY aggregator"))
    assert one(claims_df(gdp("6%", 6, "target")), ref)["verdict"] == "insufficient evidence"


def test_a_poor_record_demotes_on_track():
    ref = facts(*(dict(year=str(y), kind="target", value="8") for y in (2020, 2021)),
                *(dict(year=str(y), value="5", snippet="5") for y in (2020, 2021)))
    claims = claims_df(gdp("5%", 5), gdp("5%", 5, "target", sentence="GDP will grow by 5%."))
    row = one(claims, ref)
    assert (row["record_years"], row["record_met"], row["verdict"]) == (2, 0, "stretch")
    assert one(claims, ref, rules=Rules(min_record=3))["verdict"] == "on track"
    assert one(claims, ref, rules=Rules(min_hit_rate=0))["verdict"] == "on track"


@pytest.mark.parametrize("bad", [dict(hold_pp=-1), dict(hold_pp=3, stretch_pp=2), dict(hold_ratio=0.5),
                                 dict(min_hit_rate=1.5), dict(about_tolerance="half")])
def test_rules_reject_bad_thresholds(bad):
    with pytest.raises(ValueError):
        Rules(**bad)


def test_rules_are_a_frozen_dataclass():
    r = Rules()
    assert {f.name for f in dataclasses.fields(r)} >= {"hold_pp", "stretch_pp", "hold_ratio", "stretch_ratio",
                                                     "min_hit_rate", "min_record", "about_tolerance", "max_base_age"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.hold_pp = 1  # type: ignore[misc]


def test_catalogue_may_be_a_path():
    claims = claims_df(gdp("5%", 5), gdp("8%", 8, "target"))
    assert one(claims, catalogue=str(CATALOGUE))["verdict"] == "ambitious"


def test_empty_claims():
    df = assess_targets(claims_df(), None)
    assert df.empty and list(df.columns) == FEASIBILITY.columns


# --- short reports in each wording -------------------------------------------------------------------

def test_city_wording_cumulative_already_met():
    df = assess_targets(report("Compared with 2020, the energy consumption intensity decreased by 10%.",
                               "The energy consumption intensity will decrease by 9% compared with 2020."), None)
    assert df["verdict"].tolist() == ["already met"]


def test_provincial_wording_acceleration():
    df = assess_targets(report("Fixed asset investment increased by 4%.",
                               "Fixed asset investment will grow by more than 7%.", level="province"), None)
    row = df.iloc[0]
    assert row["verdict"] == "ambitious" and row["required"] == approx(3)
    assert re.search(r"asks 3\.0 points beyond", row["reason"])


def test_national_wording_with_reference_record(ref):
    df = assess_targets(report("Consumer prices rose by 0.2 percent. GDP grew by 5.2 percent.",
                               "The main projected targets are: GDP growth of around 5 percent; CPI increase of "
                               "around 3 percent.", level="national"), ref, place="China")
    got = df.set_index("indicator")
    assert got.loc["gdp", "verdict"] == "on track" and got.loc["cpi", "verdict"] == "on track"
    assert re.fullmatch(r"2022: target about 5\.5% -> 3% missed \(reference facts \d+ -> \d+\); "
                        r"2023: target about 5% -> 5\.2% met \(reference facts \d+ -> \d+\)", got.loc["gdp", "record"])


def test_a_ceiling_off_the_catalogue_improves_downwards():
    rate = dict(unit="%", kind="share", subject="registered urban unemployment rate")
    row = one(claims_df(dict(expr="4%", value=4, **rate),
                        dict(expr="within 4.5%", value=4.5, qualifier="at_most", status="target", **rate)))
    assert row["better"] == "lower" and row["verdict"] == "on track"
    assert "leaves 0.5 points of room against last year's result" in row["reason"]


_ORDER = {"on track": 0, "stretch": 1, "ambitious": 2}


@settings(max_examples=40, deadline=None)
@given(base=st.floats(-5, 15).map(lambda x: round(x, 1)), low=st.floats(-5, 20).map(lambda x: round(x, 1)),
       step=st.floats(0, 5).map(lambda x: round(x, 1)))
def test_a_higher_target_is_never_easier(base, low, step):
    verdicts = []
    for t in (low, round(low + step, 1)):
        claims = claims_df(gdp(f"{abs(base)}%", abs(base), direction="down" if base < 0 else "up"),
                           gdp(f"{abs(t)}%", abs(t), "target", direction="down" if t < 0 else "up",
                               sentence=f"GDP will change by {abs(t)}%."))
        row = one(claims)
        assert row["required"] == approx(t - base)
        verdicts.append(_ORDER[row["verdict"]])
    assert verdicts[0] <= verdicts[1]


def test_already_met_allows_no_about_leeway():
    energy = dict(unit="%", kind="growth", direction="down", subject="energy intensity",
                  indicator="energy_intensity", base_period=2020)
    row = one(claims_df(dict(expr="11.8%", value=11.8, **energy),
                        dict(expr="about 12%", value=12, qualifier="about", status="target", **energy)))
    # not already met (11.8 does not beat 12 outright), but about 12% is met from 11.5%: 0.3 points of room
    assert row["verdict"] == "on track" and row["required"] == approx(-0.3)


def test_a_target_of_zero_on_something_better_lower_asks_everything():
    # 0 accidents after 3: the ratio 0 / 3 is 0, and a fall to nothing is no 'room' but the largest ask
    acc = dict(counted="accidents", subject="major production safety accidents")
    row = one(claims_df(dict(expr="3", value=3, **acc), dict(expr="0", value=0, status="target", **acc)))
    assert (row["better"], row["verdict"], row["required"]) == ("lower", "ambitious", float("inf"))
    assert "asks it to fall to zero" in row["reason"]


@pytest.mark.parametrize("better", ["higher", "lower"])
def test_a_count_of_zero_last_year_is_no_base(better):
    # 5 parks after 0 (or 5 accidents after 0): no ratio measures a change from nothing
    t = claims_df(parks("5", 5, "target")).iloc[0].to_dict()
    ev = Evidence(t, 5.0, better, Base("report", "0", 0.0, 2023, "actual"))
    v = judge(ev, Rules())
    assert (v.verdict, v.required) == ("insufficient evidence", None)
    assert v.reason == "last year's 0 in 2023 is no base: a change from a count or level of 0 is no ratio"


@pytest.mark.parametrize("planned, required, delivery", [
    ("about 5,000", 0.0, "at last year's delivery"),        # 5,000 / 5,000 - 1
    ("about 4,760", -0.048, "at last year's delivery"),     # 4,760 / 5,000 - 1, within the 5% band
    ("about 4,740", -0.052, "below last year's delivery"),  # 4,740 / 5,000 - 1, beyond it
])
def test_a_government_output_is_its_plan_not_a_line_to_meet(planned, required, delivery):
    # 'about' gives an outcome leeway to meet a target; a delivery is what the government plans
    value = float(planned.split()[1].replace(",", ""))
    row = one(claims_df(parks("5,000", 5000), parks(planned, value, "target", qualifier="about")))
    assert (row["required"], row["delivery"]) == (approx(required), delivery)


def test_evidence_without_recent_years_shares_no_dict():
    # a default made once would hand every Evidence the same dict of outcomes
    t = claims_df(parks("5", 5, "target")).iloc[0].to_dict()
    first, second = Evidence(t, 5.0, "higher", Base()), Evidence(t, 5.0, "higher", Base())
    assert first.recent.outcomes == second.recent.outcomes == {}
    assert first.recent.outcomes is not second.recent.outcomes


def test_the_delivery_column_says_which_band_holds_a_delivery():
    # a rate's delivery is held within hold_pp points, a count's or level's within hold_ratio
    text = next(f.description for f in FEASIBILITY.fields if f.name == "delivery")
    assert "`hold_ratio` of it for counts and levels, `hold_pp` points for rates" in text
