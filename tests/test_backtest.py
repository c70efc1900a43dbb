"""Checking the report against what happened: its estimates for 2023 against the final statistics,
and its 2024 targets (with their feasibility verdicts) against the 2024 outcomes the reference
data knows, scored."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workreport.contract import schema
from workreport.contract.tables import TABLES
from workreport.analyse.backtest import BACKTEST, ESTIMATES, backtest, estimates_vs_final, score, within_hedge
from workreport.analyse.feasibility import Rules, assess_targets
from workreport.analyse.reference import curate, for_place
from builders import claims_df

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"
FACTS = ROOT / "data" / "reference" / "facts.csv"
approx = pytest.approx

def gdp(expr, value, status="target", **kw):
    return {**dict(expr=expr, value=value, unit="%", kind="growth", direction="up", subject="regional gdp",
                   indicator="gdp", status=status, sentence=f"GDP {status} {expr}."), **kw}


def facts(*rows: dict) -> pd.DataFrame:
    base = dict(indicator="dalian_gdp_growth_real", year="2024", kind="actual", value="5.2", unit="% y/y",
                source="https://example.org/communique", snippet="增长5.2%", note="")
    return curate(pd.DataFrame([{**base, **r} for r in rows]))


@pytest.fixture(scope="module")
def estimates(dalian, ref):
    return estimates_vs_final(dalian.claims, ref, dalian.document.place)


@pytest.fixture(scope="module")
def bt(dalian, ref):
    feas = assess_targets(dalian.claims, ref, place=dalian.document.place)
    return backtest(feas, dalian.claims, ref, dalian.document.place)


# --- estimates against final statistics ----------------------------------------------------------

def test_estimates_table(estimates):
    schema.validate(estimates, ESTIMATES)
    assert set(estimates["indicator"]) == {"gdp", "public_budget_revenue", "industrial_value_added", "retail_sales",
                                           "cpi", "energy_intensity"}
    assert (estimates["period"] == 2023).all()


@pytest.mark.parametrize("indicator, expr, final, revision, within", [
    ("gdp", "more than 6%", 6.0, 0.0, "yes"),                 # 6%以上 is met by 6.0%
    ("cpi", "0.6%", 0.4, -0.2, "no"),
    ("public_budget_revenue", "12%", 12.0, 0.0, "yes"),
])
def test_estimate_against_final(estimates, indicator, expr, final, revision, within):
    row = estimates[estimates["indicator"] == indicator].iloc[0]
    assert row["estimate_expr"] == expr
    assert row["final_value"] == approx(final) and row["revision"] == approx(revision)
    assert row["within_hedge"] == within
    assert row["final_source"] and row["final_snippet"]


@pytest.mark.parametrize("indicator", ["industrial_value_added", "retail_sales", "energy_intensity"])
def test_no_final_figure_is_unknown(estimates, indicator):
    row = estimates[estimates["indicator"] == indicator].iloc[0]
    assert row["within_hedge"] == "unknown" and pd.isna(row["final_value"]) and row["final_source"] == ""


def test_estimate_offsets_point_at_the_text(dalian, estimates):
    for r in estimates.itertuples():
        assert dalian.text[r.start:r.start + len(r.estimate_expr)] == r.estimate_expr


def test_energy_estimate_is_signed(estimates):
    assert estimates[estimates["indicator"] == "energy_intensity"]["estimate_value"].iloc[0] == -13


@pytest.mark.parametrize("final, estimate, qualifier, expected", [
    (6.0, 6, "exact", True), (6.1, 6, "exact", False),
    (6.4, 6, "about", True), (6.6, 6, "about", False),
    (6.0, 6, "more_than", True), (5.9, 6, "more_than", False),
    (6.0, 6, "at_least", True), (2.9, 3, "less_than", True), (3.0, 3, "less_than", False),
    (3.0, 3, "at_most", True), (3.1, 3, "at_most", False),
])
def test_within_hedge(final, estimate, qualifier, expected):
    assert within_hedge(final, estimate, qualifier) is expected


def test_within_hedge_follows_the_rules():
    assert not within_hedge(6.0, 6, "more_than", Rules(more_than_inclusive=False))
    assert within_hedge(6.9, 6, "about", Rules(about_tolerance=1))


def test_level_estimates_are_checked_against_levels():
    claims = claims_df(dict(expr="about 950 billion yuan", value=950e9, unit="CNY", kind="amount", subject="gdp",
                            indicator="gdp", status="estimate", qualifier="about", period=2024))
    ref = facts(dict(indicator="dalian_gdp_level", value="9516.9", unit="亿元", snippet="9516.9亿元"))
    row = estimates_vs_final(claims, ref, "dalian").iloc[0]
    assert row["final_value"] == approx(951.69e9) and row["within_hedge"] == "yes"


# --- the backtest of the 2024 targets -----------------------------------------------------------

def test_backtest_covers_every_indicator_with_a_known_2024_outcome(dalian, ref, bt):
    known = for_place(ref, "dalian")
    known = known[(known["year"] == 2024) & known["usable"] & (known["status"] != "target")
                  & (known["measure"] == "growth")]
    c = dalian.claims
    targeted = set(c.loc[(c["status"] == "target") & (c["kind"] == "growth"), "indicator"]) - {""}
    assert set(bt["indicator"]) == set(known["indicator"]) & targeted
    assert set(bt["indicator"]) == {"gdp", "industrial_value_added", "fixed_asset_investment", "fdi_utilized"}
    schema.validate(bt, BACKTEST)


@pytest.mark.parametrize("indicator, target_expr, outcome, hit, held", [
    ("gdp", "about 6%", 5.2, False, "no"),                     # judged on track, missed
    ("industrial_value_added", "7.5%", 7.6, True, "yes"),      # judged on track, met
    ("fixed_asset_investment", "about 8%", 2.0, False, "not scored"),
    ("fdi_utilized", "more than 12 percent", 94.2, True, "not scored"),
])
def test_backtest_rows(bt, indicator, target_expr, outcome, hit, held):
    row = bt[bt["indicator"] == indicator].iloc[0]
    assert row["target_expr"] == target_expr
    assert row["outcome"] == outcome and row["outcome_status"] == "final" and row["outcome_unit"] == "%"
    assert bool(row["met"]) is hit and row["held"] == held
    assert row["source"] and row["snippet"]


def test_score(bt):
    assert score(bt) == "1 of 2 scored verdicts held (2 not scored: insufficient evidence); 2 of 4 targets were met"


def test_score_of_nothing():
    empty = pd.DataFrame(columns=BACKTEST.columns).astype({"met": bool})
    assert score(empty) == "0 of 0 scored verdicts held; 0 of 0 targets were met"


def small_feasibility(claims, verdict):
    feas = assess_targets(claims, None)
    return feas.assign(verdict=verdict)


@pytest.mark.parametrize("verdict, outcome, held", [
    ("on track", "6.5", "yes"), ("on track", "5", "no"),
    ("already met", "6.5", "yes"),
    ("stretch", "5", "yes"), ("ambitious", "6.5", "no"),
    ("insufficient evidence", "6.5", "not scored"),
])
def test_held_rule(verdict, outcome, held):
    claims = claims_df(gdp("6%", 6))
    bt = backtest(small_feasibility(claims, verdict), claims, facts(dict(value=outcome, snippet=outcome)), "dalian")
    assert bt["held"].tolist() == [held]


def test_outcomes_the_reference_does_not_trust_are_skipped():
    claims = claims_df(gdp("6%", 6))
    ref = facts(dict(value="6.5", note="LOW RELIABILITY aggregator"))
    assert backtest(small_feasibility(claims, "on track"), claims, ref, "dalian").empty


def test_other_places_are_not_outcomes():
    claims = claims_df(gdp("6%", 6))
    ref = facts(dict(indicator="liaoning_gdp_growth_real", value="6.5"))
    assert backtest(small_feasibility(claims, "on track"), claims, ref, "dalian").empty


def test_a_final_figure_beats_an_estimate():
    claims = claims_df(gdp("6%", 6))
    ref = facts(dict(value="6.5", note="[prelim] estimate"), dict(value="5.5", snippet="5.5"))
    row = backtest(small_feasibility(claims, "on track"), claims, ref, "dalian").iloc[0]
    assert (row["outcome"], row["outcome_status"], bool(row["met"])) == (5.5, "final", False)


def test_amount_target_against_a_level_outcome():
    claims = claims_df(dict(expr="1.5 billion US dollars", value=1.5e9, unit="USD", kind="amount",
                            subject="actual use of foreign capital", indicator="fdi_utilized", status="target"))
    ref = facts(dict(indicator="dalian_fdi_actual_use", value="18.8", unit="亿美元", snippet="18.8億美元"))
    row = backtest(small_feasibility(claims, "stretch"), claims, ref, "dalian").iloc[0]
    assert row["outcome"] == approx(1.88e9) and row["outcome_unit"] == "USD" and bool(row["met"])
    assert row["held"] == "no"


def test_level_in_another_currency_is_no_outcome():
    claims = claims_df(dict(expr="10 billion yuan", value=1e10, unit="CNY", kind="amount",
                            subject="actual use of foreign capital", indicator="fdi_utilized", status="target"))
    ref = facts(dict(indicator="dalian_fdi_actual_use", value="18.8", unit="亿美元", snippet="18.8"))
    assert backtest(small_feasibility(claims, "stretch"), claims, ref, "dalian").empty


def test_a_cut_target_is_met_by_a_larger_cut():
    claims = claims_df(dict(expr="3%", value=3, unit="%", kind="growth", direction="down", subject="energy intensity",
                            indicator="energy_intensity", status="target"))
    ref = curate(pd.DataFrame([dict(indicator="dalian_cpi", year="2024", kind="actual", value="-1", unit="% y/y",
                                    source="s", snippet="-1", note="")]))
    ref = ref.assign(indicator="energy_intensity", value=-3.5)
    row = backtest(small_feasibility(claims, "on track"), claims, ref, "dalian").iloc[0]
    assert bool(row["met"]) and row["held"] == "yes"
