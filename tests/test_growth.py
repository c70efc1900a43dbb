"""Growth claims (signed, hedged, by section) and the base-year levels a level and its change imply:
on the bundled report, on short reports in city, provincial and national wording, and on small
claims tables built here."""
from __future__ import annotations

from pathlib import Path

import pytest

from workreport.report import findings
from hypothesis import given, settings
from hypothesis import strategies as st

from workreport.contract import schema
from workreport.analyse.growth import GROWTH, IMPLIED, extremes, growth_claims, implied_levels
from builders import report, claims_df

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "dalian-2024-government-work-report.txt"
approx = pytest.approx

@pytest.fixture(scope="module")
def growth(dalian):
    return growth_claims(dalian.claims)


@pytest.fixture(scope="module")
def implied(dalian):
    return implied_levels(dalian.claims)


# --- growth claims -----------------------------------------------------------------------------

def test_every_growth_and_pp_claim_is_listed(dalian, growth):
    c = dalian.claims
    expected = set(c.loc[c["kind"].isin(["growth", "pp_change"]), "claim_id"])
    assert set(growth["claim_id"]) == expected
    assert len(growth) == len(expected) > 30
    schema.validate(growth, GROWTH)


def test_growth_rows_carry_direction_hedge_and_section(growth):
    assert set(growth["direction"]) == {"up", "down"}
    assert (growth["section"] != "").all()
    assert {"growth", "pp_change"} == set(growth["kind"])


def test_decreases_are_signed(dalian, growth):
    merged = growth.merge(dalian.claims[["claim_id", "value"]], on="claim_id")
    sign = merged["direction"].map({"up": 1, "down": -1})
    assert (merged["signed_value"] == merged["value"] * sign).all()
    accidents = growth[growth["expr"] == "23.4%"].iloc[0]
    assert accidents["direction"] == "down" and accidents["signed_value"] == -23.4
    energy = growth[growth["indicator"] == "energy_intensity"]
    assert (energy["signed_value"] < 0).all()


def test_hedges_and_estimates_count_as_hedged(growth):
    gdp_est = growth[(growth["indicator"] == "gdp") & (growth["status"] == "estimate")].iloc[0]
    assert gdp_est["expr"] == "more than 6%" and gdp_est["qualifier"] == "more_than" and gdp_est["hedged"]
    revenue = growth[(growth["indicator"] == "public_budget_revenue") & (growth["status"] == "estimate")].iloc[0]
    assert revenue["qualifier"] == "exact" and revenue["hedged"]  # hedged by being an estimate
    plain = growth[(growth["status"] == "actual") & (growth["qualifier"] == "exact")]
    assert not plain["hedged"].any()


def test_percentage_points_are_kept_apart(growth):
    pp = growth[growth["kind"] == "pp_change"]
    assert set(pp["expr"]) == {"19.5 percentage points", "23.9 percentage points"}


def test_growth_sorted_by_status_then_size(growth):
    for _, grp in growth.groupby("status"):
        assert grp["signed_value"].is_monotonic_decreasing
    assert list(growth["status"]) == sorted(growth["status"])


def test_extremes(growth):
    ex = extremes(growth, n=3)
    assert set(ex["rank"]) == {"best", "worst"}
    actual = ex[ex["status"] == "actual"]
    best = actual[actual["rank"] == "best"]
    assert len(best) == 3 and best["expr"].iloc[0] == "153%"  # airport passengers
    assert best["improvement"].is_monotonic_decreasing
    # a 23.4% fall in production safety accidents is an improvement, never the worst change of the year
    assert -23.4 not in set(actual.loc[actual["rank"] == "worst", "signed_value"])
    assert not ex.duplicated(["status", "claim_id"]).any()
    assert (ex["kind"] == "growth").all() and (ex["span"] == "year").all()
    # the CPI ceiling (about 3%) and the cumulative energy-intensity cut are not ranked as ambition
    targets = ex[ex["status"] == "target"]
    assert not targets["subject"].str.contains("consumer price|energy consumption").any()


def test_extremes_never_lists_a_claim_twice():
    g = growth_claims(claims_df(
        dict(expr="5%", value=5, unit="%", kind="growth", direction="up"),
        dict(expr="3%", value=3, unit="%", kind="growth", direction="down"),
    ))
    ex = extremes(g, n=3)
    assert len(ex) == 2 and list(ex["rank"]) == ["best", "best"]
    assert extremes(g.iloc[0:0]).empty


@pytest.mark.parametrize("accidents", ["traffic accidents", "交通事故"])
def test_a_fall_in_a_bad_thing_ranks_as_an_improvement(accidents):
    g = growth_claims(claims_df(
        dict(expr="20%", value=20, unit="%", kind="growth", direction="down", subject=accidents),
        dict(expr="5%", value=5, unit="%", kind="growth", direction="up", subject="output", indicator="gdp"),
        dict(expr="4%", value=4, unit="%", kind="growth", direction="down", subject="revenue"),
        dict(expr="30%", value=30, unit="%", kind="growth", direction="up", subject="sales", span="cumulative"),
    ))
    row = g.set_index("expr")
    assert row.loc["20%", "better"] == "lower" and row.loc["20%", "improvement"] == 20
    assert row.loc["4%", "better"] == "higher" and row.loc["4%", "improvement"] == -4
    ex = extremes(g, n=1)
    assert ex.set_index("rank")["expr"].to_dict() == {"best": "20%", "worst": "4%"}   # the 30% over years is left out


def test_findings_keep_ceilings_and_several_years_apart():
    g = growth_claims(claims_df(
        dict(expr="about 3%", value=3, unit="%", kind="growth", direction="up", subject="consumer prices",
             indicator="cpi", qualifier="about", status="target"),
        dict(expr="6%", value=6, unit="%", kind="growth", direction="up", subject="gdp", indicator="gdp", status="target"),
        dict(expr="12%", value=12, unit="%", kind="growth", direction="down", subject="deaths"),
        dict(expr="40%", value=40, unit="%", kind="growth", direction="up", subject="exports", span="cumulative"),
    ))
    lines = findings.growth(g, g.head(0))
    assert "1 target one-year growth rates: best GDP (+6%), worst GDP (+6%); 0 hedged." in lines
    assert "1 growth targets are ceilings on things better lower (Consumer prices about 3%), not ranked as ambition." in lines
    assert "Falls in things better lower count as improvements: Deaths (-12%)." in lines
    assert "1 changes cover several years (cumulative or average annual) and are not ranked beside one-year rates." in lines


# --- implied base-year levels: the bundled report -----------------------------------------------

@pytest.mark.parametrize("level_expr, change_expr, base, base_period", [
    ("188.56 billion yuan", "15.1%", 163.82e9, 2022),   # domestic capital
    ("16.13 million", "153%", 6.3755e6, 2022),            # airport passengers, +153%
    ("136 million", "148%", 91.89e6, 2019),               # tourists at 148% of 2019
    ("149.3 billion yuan", "175%", 85.31e9, 2019),        # tourism income at 175% of 2019
    ("65,000", "27%", 51181, 2022),                       # college graduates
])
def test_implied_levels_on_the_report(implied, level_expr, change_expr, base, base_period):
    row = implied[(implied["level_expr"] == level_expr) & (implied["change_expr"] == change_expr)]
    assert len(row) == 1
    assert row["implied_base_value"].iloc[0] == approx(base, rel=1e-3)
    assert row["base_period"].iloc[0] == base_period


def test_implied_levels_schema_and_offsets(dalian, implied):
    schema.validate(implied, IMPLIED)
    text = dalian.text
    for r in implied.itertuples():
        assert text[r.level_start:r.level_start + len(r.level_expr)] == r.level_expr
        assert text[r.change_start:r.change_start + len(r.change_expr)] == r.change_expr
        assert r.level_expr in r.sentence and r.change_expr in r.sentence
    assert not implied.duplicated("level_claim_id").any()


def test_a_more_than_growth_gives_a_less_than_base(implied):
    marine = implied[implied["change_expr"] == "more than 9%"].iloc[0]
    assert marine["base_qualifier"] == "less_than"
    assert marine["implied_base_value"] == approx(420e9 / 1.09)


# --- implied levels: short reports in each wording -----------------------------------------------

@pytest.mark.parametrize("level, sentence, base, qualifier", [
    ("city", "Domestic capital in place reached 188.56 billion yuan, an increase of 15.1%.", 188.56e9 / 1.151, "exact"),
    ("province", "Total retail sales of consumer goods increased by 7.2% to 47.1 billion yuan.", 47.1e9 / 1.072, "exact"),
    ("national", "Gross domestic product (GDP) grew by 5.2 percent to over 126 trillion yuan.", 126e12 / 1.052, "more_than"),
])
def test_implied_level_in_each_wording(level, sentence, base, qualifier):
    lv = implied_levels(report(sentence, level=level))
    assert len(lv) == 1
    assert lv["implied_base_value"].iloc[0] == approx(base)
    assert lv["base_qualifier"].iloc[0] == qualifier
    assert lv["base_period"].iloc[0] == 2022


@pytest.mark.parametrize("sentence", [
    "The city received 136 million tourists, recovering to 148% of 2019.",
    "The number of tourists received reached 136 million, 148% of that in 2019.",
])
def test_ratio_to_base_year_in_report_text(sentence):
    lv = implied_levels(report(sentence))
    assert len(lv) == 1
    assert lv["implied_base_value"].iloc[0] == approx(136e6 / 1.48)
    assert lv["base_period"].iloc[0] == 2019 and lv["change_kind"].iloc[0] == "ratio_to_base"


# --- implied levels: rules on small claims tables ---------------------------------------------

S = "Sales reached 80 billion yuan, down 20%."


def level(expr="80 billion yuan", value=80e9, **kw):
    return {**dict(expr=expr, value=value, unit="CNY", kind="amount", subject="sales", sentence=S), **kw}


def change(expr="20%", value=20, direction="down", **kw):
    return {**dict(expr=expr, value=value, unit="%", kind="growth", direction=direction, subject="sales", sentence=S), **kw}


def test_a_decrease_implies_a_larger_base():
    lv = implied_levels(claims_df(level(), change()))
    assert lv["implied_base_value"].iloc[0] == approx(100e9)


@pytest.mark.parametrize("level_q, change_q, expected", [
    ("exact", "exact", "exact"),
    ("exact", "more_than", "less_than"),
    ("exact", "at_most", "at_least"),
    ("exact", "about", "about"),
    ("more_than", "exact", "more_than"),
    ("about", "about", "about"),
    ("more_than", "less_than", "more_than"),
    ("more_than", "more_than", "about"),
])
def test_hedges_carry_over_to_the_base(level_q, change_q, expected):
    lv = implied_levels(claims_df(level(qualifier=level_q), change(qualifier=change_q, direction="up")))
    assert lv["base_qualifier"].iloc[0] == expected


def test_no_level_below_zero_is_implied():
    assert implied_levels(claims_df(level(), change(expr="20%", value=100))).empty  # down 100% -> no base


def test_different_subjects_do_not_pair():
    assert implied_levels(claims_df(level(), change(subject="exports"))).empty


def test_a_semicolon_separates_clauses():
    s = "Grain output reached 650 million tons; energy use fell by 2.5%."
    claims = claims_df(dict(expr="650 million", value=650e6, counted="tons", subject="tons", sentence=s),
                       dict(expr="2.5%", value=2.5, unit="%", kind="growth", direction="down", subject="tons", sentence=s))
    assert implied_levels(claims).empty


def test_a_level_serves_one_change():
    s = "Sales reached 80 billion yuan, up 20%, with exports up 5%."
    claims = claims_df(level(sentence=s), change(sentence=s, direction="up"),
                       change(expr="5%", value=5, direction="up", sentence=s))
    lv = implied_levels(claims)
    assert len(lv) == 1 and lv["change_expr"].iloc[0] == "20%"


def test_levels_in_other_sentences_do_not_pair():
    claims = claims_df(level(sentence="Sales reached 80 billion yuan."), change(sentence="Sales fell by 20%."))
    assert implied_levels(claims).empty


def test_an_explicit_base_year_is_kept():
    lv = implied_levels(claims_df(level(), change(base_period=2020)))
    assert lv["base_period"].iloc[0] == 2020


def test_empty_claims_give_empty_tables():
    empty = claims_df()
    assert list(growth_claims(empty).columns) == GROWTH.columns and growth_claims(empty).empty
    assert list(implied_levels(empty).columns) == IMPLIED.columns and implied_levels(empty).empty


@settings(max_examples=40, deadline=None)
@given(value=st.floats(1, 1e12), growth=st.floats(-150, 500))
def test_implied_base_grows_back_to_the_level(value, growth):
    direction = "up" if growth >= 0 else "down"
    lv = implied_levels(claims_df(level(value=value), change(value=abs(growth), direction=direction)))
    if growth <= -100:
        assert lv.empty
    else:
        assert lv["implied_base_value"].iloc[0] * (1 + growth / 100) == approx(value, rel=1e-9)
