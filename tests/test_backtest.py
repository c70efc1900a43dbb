"""Checking the report against what happened: its estimates for 2023 against the final statistics,
and its 2024 targets (with their feasibility verdicts, or none) against the 2024 outcomes the reference
data knows, scored beside two naive rules, every outcome with its source tier."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workreport.contract import schema
from workreport.contract.tables import TABLES
from workreport.analyse.backtest import (BACKTEST, ESTIMATES, backtest, backtest_summary, estimates_vs_final, score,
                                        within_hedge)
from workreport.contract.tables import BACKTEST_SUMMARY
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
    assert score(bt) == ("1 of 2 scored verdicts held (2 of 4 targets with a known outcome have a verdict); naive rules "
                         "on the same targets: every target is met held 2 of 4, this year repeats last year 1 of 2; "
                         "3 of 4 outcomes unconfirmed (tier-4 source)")


def test_score_of_nothing():
    empty = pd.DataFrame(columns=BACKTEST.columns).astype({"met": bool, "unconfirmed": bool})
    assert score(empty) == ("0 of 0 scored verdicts held (0 of 0 targets with a known outcome have a verdict); naive "
                            "rules on the same targets: every target is met held 0 of 0, this year repeats last year 0 of 0")


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


# --- tiers, coverage and the naive baselines ------------------------------------------------------

def _fact(indicator, year, value, tier, check="confirmed", **kw):
    return dict(indicator=indicator, year=str(year), value=value, snippet=value, source_tier=str(tier), check=check, **kw)


def three_targets():
    """GDP about 6% (on track), CPI about 3% (stretch), investment 8% (no verdict), retail sales 8% (only a
    conflicting 2024 row): outcomes 5.2 (tier 4), 0.2 and 2.0; last year GDP 6.0 and CPI 0.4 (tier 4)."""
    claims = claims_df(gdp("about 6%", 6, qualifier="about"),
                       gdp("about 3%", 3, qualifier="about", subject="cpi", indicator="cpi", sentence="CPI about 3%."),
                       gdp("8%", 8, subject="investment", indicator="fixed_asset_investment", sentence="Investment 8%."),
                       gdp("9%", 9, subject="retail sales", indicator="retail_sales", sentence="Retail sales 9%."))
    verdicts = {"gdp": "on track", "cpi": "stretch", "fixed_asset_investment": "insufficient evidence",
                "retail_sales": "on track"}
    feas = assess_targets(claims, None)
    feas = feas.assign(verdict=feas["indicator"].map(verdicts))
    ref = facts(_fact("dalian_gdp_growth_real", 2024, "5.2", 4, "unconfirmed"),
                _fact("dalian_gdp_growth_real", 2023, "6.0", 1),
                _fact("dalian_cpi", 2024, "0.2", 1),
                _fact("dalian_cpi", 2023, "0.4", 4, "unconfirmed"),
                _fact("dalian_fai_growth", 2024, "2.0", 2),
                _fact("dalian_retail_sales_growth", 2024, "9.5", 1, "conflict"))
    return backtest(feas, claims, ref, "dalian")


def test_every_target_with_an_outcome_is_scored_even_without_a_verdict():
    bt = three_targets().set_index("indicator")
    assert list(bt.index) == ["cpi", "fixed_asset_investment", "gdp"]   # retail sales: its only outcome conflicts
    assert bt["met"].tolist() == [True, False, False]                   # 0.2 <= 3.5; 2.0 < 8; 5.2 < 5.5
    assert bt["held"].tolist() == ["no", "not scored", "no"]
    schema.validate(bt.reset_index(), BACKTEST)


def test_outcomes_keep_their_tier_and_tier_4_is_unconfirmed():
    bt = three_targets().set_index("indicator")
    assert bt["source_tier"].tolist() == [1, 2, 4]
    assert bt["unconfirmed"].tolist() == [False, False, True]


def test_repeat_last_year_uses_the_reference_year_before():
    bt = three_targets().set_index("indicator")
    assert bt["last_year"].tolist()[0::2] == [0.4, 6.0] and pd.isna(bt.loc["fixed_asset_investment", "last_year"])
    assert bt["last_year_source"].tolist() == ["reference", "none", "reference"]
    assert bt["last_year_unconfirmed"].tolist() == [True, False, False]
    assert bt["repeat_met"].tolist() == ["yes", "unknown", "yes"]       # 0.4 is under a 3% ceiling, 6.0 >= 5.5


def test_summary_of_hand_counted_targets():
    s = backtest_summary(three_targets()).set_index("rule")
    schema.validate(s.reset_index(), BACKTEST_SUMMARY)
    assert s["targets"].tolist() == [3, 3, 3]
    assert s["predicted"].tolist() == [2, 3, 2]             # verdicts for gdp and cpi; repeat where last year is known
    assert s["held"].tolist() == [0, 1, 1]                  # both verdicts wrong; only cpi met; repeat right on cpi
    assert s["coverage"].tolist() == approx([2 / 3, 1, 2 / 3])
    assert s["hit_rate"].tolist() == approx([0, 1 / 3, 1 / 2])
    assert s["unconfirmed"].tolist() == [1, 1, 1]           # the gdp outcome, in every rule that predicts it


def test_summary_of_nothing_still_shows_n():
    empty = pd.DataFrame(columns=BACKTEST.columns).astype({"met": bool, "unconfirmed": bool})
    s = backtest_summary(empty, "x-2024")
    assert s["rule"].tolist() == ["feasibility verdicts", "every target is met", "this year repeats last year"]
    assert (s["targets"] == 0).all() and (s["predicted"] == 0).all() and s["hit_rate"].isna().all()
    assert (s["report_id"] == "x-2024").all()


def test_a_conflicting_row_is_never_the_outcome_of_its_year():
    claims = claims_df(gdp("6%", 6))
    ref = facts(_fact("dalian_gdp_growth_real", 2024, "7.1", 1, "conflict"), _fact("dalian_gdp_growth_real", 2024, "5.0", 4))
    row = backtest(small_feasibility(claims, "on track"), claims, ref, "dalian").iloc[0]
    assert (row["outcome"], row["source_tier"], bool(row["unconfirmed"])) == (5.0, 4, True)


def test_a_report_base_is_last_year_for_the_repeat_rule():
    claims = claims_df(gdp("5.5%", 5.5, status="actual"), gdp("6%", 6))
    feas = assess_targets(claims, None).assign(verdict="stretch")
    row = backtest(feas, claims, facts(_fact("dalian_gdp_growth_real", 2024, "5.8", 2)), "dalian").iloc[0]
    assert (row["last_year"], row["last_year_source"], row["repeat_met"]) == (5.5, "report", "no")
    assert row["held"] == "yes" and not row["met"]


def test_dalian_summary(bt):
    """From the reference rows by hand: 2024 outcomes GDP 5.2 (tier 4), industrial value added 7.6 (tier 2),
    investment 2.0 (tier 4), foreign capital 94.2 (tier 4). Against about 6% (met from 5.5), 7.5%, about 8%
    and more than 12%: met are industry and foreign capital. GDP and industry have verdicts (on track:
    one held); the report's 2023 results (6%, 10%) both meet this year's targets, so repeating last year
    predicts met twice and is right once; the other two have no 2023 result."""
    s = backtest_summary(bt).set_index("rule")
    assert s["targets"].tolist() == [4, 4, 4]
    assert s["predicted"].tolist() == [2, 4, 2]
    assert s["held"].tolist() == [1, 2, 1]
    assert s["unconfirmed"].tolist() == [1, 3, 1]
    assert bt.set_index("indicator")["unconfirmed"].to_dict() == {
        "fdi_utilized": True, "fixed_asset_investment": True, "gdp": True, "industrial_value_added": False}
