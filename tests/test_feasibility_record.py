"""Feasibility built on the record: thresholds scaled by the spread of outcome minus target, the record merged
from the reference data and the corpus ledger with its sources named, the recent mean and a rebound, target
types (government outputs set beside last year's delivery, not judged), and the parent's and the nation's
targets with the mark-up. Every expected number below is worked out by hand in the comment beside it."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workreport.analyse.backtest import held
from workreport.analyse.feasibility import Rules, assess_targets
from workreport.analyse.reference import curate
from workreport.contract import schema
from workreport.contract.tables import FEASIBILITY, LEDGER, TARGETS
from builders import claims_df

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "processed" / "corpus"
approx = pytest.approx
GOV = "not judged (government output)"


def gdp(expr, value, status="actual", subject="regional gdp", **kw):
    return {**dict(expr=expr, value=value, unit="%", kind="growth", direction="up", subject=subject,
                   indicator="gdp", status=status), **kw}


def ledger(*rows: dict, place="Zhumadian") -> pd.DataFrame:
    """A ledger-shaped table: (period, target, outcome) rows of one place's GDP growth, exact targets."""
    base = dict(place=place, level="city", parent="Henan", indicator="gdp", kind="growth", unit="%", better="higher",
                target_value_high=None, target_value_stretch=None, target_qualifier="exact", target_start=0,
                target_language="zh", outcome_expr="", outcome_status="actual", outcome_start=0,
                outcome_language="zh", next_report="", margin_unit="pp")
    out = []
    for r in rows:
        p, tv, ov = r["period"], r["target_value"], r["outcome_value"]
        slug = place.lower()
        out.append({**base, "target_expr": f"{tv:g}%", "target_report": f"{slug}-{p}",
                    "outcome_report": f"{slug}-{p + 1}", "met": "met" if ov >= tv else "missed",
                    "margin": ov - tv, **r})
    return pd.DataFrame(out, columns=LEDGER.columns)


def one(claims, place="zhumadian", **kw) -> pd.Series:
    df = assess_targets(claims, None, place=place, **kw)
    schema.validate(df, FEASIBILITY)
    assert len(df) == 1
    return df.iloc[0]


THREE = ledger(dict(period=2021, target_value=8.0, outcome_value=9.0),   # margin +1
               dict(period=2022, target_value=7.0, outcome_value=5.0),   # margin -2
               dict(period=2023, target_value=6.0, outcome_value=6.0))   # margin 0
# margins 1, -2, 0: mean -1/3; squared deviations 16/9, 25/9, 1/9 -> sample variance 42/9 / 2 = 7/3, sd 1.5275
SD = (7 / 3) ** 0.5


def test_thresholds_scale_with_three_years_of_record():
    # 6.7% against 6% asks 0.7 points: on track within 0.5 sd (0.764), a stretch against the fixed 0.5
    claims = claims_df(gdp("6%", 6), gdp("6.7%", 6.7, "target"))
    row = one(claims, record=THREE)
    assert row["thresholds"] == "record (sd 1.53 pp over 3 years)"
    assert (row["hold_threshold"], row["stretch_threshold"]) == (approx(0.5 * SD), approx(2 * SD))
    assert row["verdict"] == "on track" and row["required"] == approx(0.7)
    assert "; thresholds record (sd 1.53 pp over 3 years);" in row["reason"]
    assert (row["record_years"], row["record_met"]) == (3, 2)


def test_with_two_years_the_fixed_thresholds_apply_and_the_reason_says_so():
    claims = claims_df(gdp("6%", 6), gdp("6.7%", 6.7, "target"))
    row = one(claims, record=THREE[THREE["period"] > 2021])
    assert row["thresholds"] == "fixed (2 record years, fewer than 3)"
    assert (row["hold_threshold"], row["stretch_threshold"]) == (0.5, 2.0)
    assert row["verdict"] == "stretch"   # 0.7 > 0.5
    assert "thresholds fixed (2 record years, fewer than 3)" in row["reason"]
    # and the scale is a parameter: with min_sd_years=2 the two margins (-2, 0; sd 1.414) scale it
    scaled = one(claims, record=THREE[THREE["period"] > 2021], rules=Rules(min_sd_years=2))
    assert scaled["thresholds"] == "record (sd 1.41 pp over 2 years)" and scaled["verdict"] == "on track"


def test_record_from_the_ledger_names_its_reports_and_the_mean():
    claims = claims_df(gdp("6%", 6), gdp("6.7%", 6.7, "target"))
    row = one(claims, record=THREE)
    assert row["record"] == ("2021: target 8% -> 9% met (zhumadian-2021 -> zhumadian-2022); "
                             "2022: target 7% -> 5% missed (zhumadian-2022 -> zhumadian-2023); "
                             "2023: target 6% -> 6% met (zhumadian-2023 -> zhumadian-2024)")
    assert ("record 2 of 3 met (zhumadian-2021 -> zhumadian-2022, zhumadian-2022 -> zhumadian-2023, "
            "zhumadian-2023 -> zhumadian-2024)") in row["reason"]
    # 2021: 9 and 2022: 5 from the ledger, 2023: 6 from the report: mean 20 / 3
    assert row["recent_outcomes"] == "2021: 9%; 2022: 5%; 2023: 6%"
    assert row["recent_mean"] == approx(20 / 3) and "the 3-year mean is 6.7%" in row["reason"]
    assert not row["rebound"]                       # 6 is only 1 point above 5


def test_another_places_ledger_rows_are_not_its_record():
    claims = claims_df(gdp("6%", 6), gdp("6.7%", 6.7, "target"))
    row = one(claims, place="dalian", record=THREE)
    assert row["record_years"] == 0 and row["thresholds"] == "fixed (0 record years, fewer than 3)"


def test_a_rebound_after_a_shock_is_flagged():
    shock = ledger(dict(period=2021, target_value=6.0, outcome_value=8.0),
                   dict(period=2022, target_value=6.0, outcome_value=3.0))
    claims = claims_df(gdp("7%", 7), gdp("about 6%", 6, "target", qualifier="about"))
    row = one(claims, record=shock)
    # 2023's 7 beats 2022's 3 by 4 > 2 points, after 2022 fell 5 > 2 points from 2021's 8; mean (8 + 3 + 7) / 3
    assert row["rebound"] and row["recent_mean"] == approx(6.0)
    assert "2023's 7% follows 2022's 3%: a rebound; the 3-year mean is 6.0%" in row["reason"]
    # about 6% is met from 5.5%: 1.5 points of room against 7%
    assert row["required"] == approx(-1.5) and row["verdict"] == "on track"


def test_no_rebound_without_a_fall_before_it():
    steady = ledger(dict(period=2021, target_value=6.0, outcome_value=3.5),
                    dict(period=2022, target_value=6.0, outcome_value=3.0))
    row = one(claims_df(gdp("7%", 7), gdp("6%", 6, "target")), record=steady)
    assert not row["rebound"] and "rebound" not in row["reason"]      # 2022 fell only 0.5 from 2021
    assert one(claims_df(gdp("7%", 7), gdp("6%", 6, "target")), record=steady,
               rules=Rules(shock_pp=0.4))["rebound"]                 # ... which a 0.4-point shock counts


def facts(*rows: dict) -> pd.DataFrame:
    base = dict(indicator="zhumadian_gdp_growth_real", year="2022", kind="actual", value="4", unit="% y/y",
                source="https://example.org/communique", snippet="增长4%", note="")
    return curate(pd.DataFrame([{**base, **r} for r in rows]))


def test_record_merges_the_reference_data_and_the_ledger():
    ref = facts(dict(kind="target", value="5.5", unit="% 左右", snippet="5.5%左右"),   # fact 1: target 2022
                dict(value="4"))                                                     # fact 2: outcome 2022
    led = ledger(dict(period=2021, target_value=6.0, outcome_value=7.0),
                 dict(period=2022, target_value=6.0, outcome_value=4.5))   # 2022 is the reference data's
    row = assess_targets(claims_df(gdp("6%", 6), gdp("6.0%", 6, "target")), ref, place="zhumadian", record=led).iloc[0]
    assert row["record"] == ("2021: target 6% -> 7% met (zhumadian-2021 -> zhumadian-2022); "
                             "2022: target about 5.5% -> 4% missed (reference facts 1 -> 2)")
    assert row["reference_fact_ids"] == "1;2" and (row["record_years"], row["record_met"]) == (2, 1)


def parks(expr, value, status="actual", subject="pocket parks", counted="parks", **kw):
    return {**dict(expr=expr, value=value, counted=counted, subject=subject, status=status), **kw}


@pytest.mark.parametrize("target, delivery, required, size", [
    (100, "below last year's delivery", 100 / 116 - 1, "14% less"),
    (118, "at last year's delivery", 118 / 116 - 1, "2% more"),      # 1.7%, within hold_ratio (5%)
    (130, "above last year's delivery", 130 / 116 - 1, "12% more"),
])
def test_government_output_is_set_beside_last_years_delivery(target, delivery, required, size):
    row = one(claims_df(parks("116", 116), parks(str(target), target, "target")))
    assert (row["target_type"], row["verdict"], row["delivery"]) == ("government output", GOV, delivery)
    assert row["required"] == approx(required)
    assert row["reason"].startswith(f"government output {target} against 116 in 2023 delivered: {delivery} ({size})")
    assert row["reason"].endswith("not judged for credibility")


def test_government_output_in_chinese_alike():
    row = one(claims_df(parks("116个", 116, subject="口袋公园", counted="个"),
                        parks("100个", 100, "target", subject="口袋公园", counted="个")))
    assert (row["target_type"], row["verdict"], row["delivery"]) == ("government output", GOV,
                                                                     "below last year's delivery")


def test_government_output_without_last_year():
    row = one(claims_df(parks("2,170", 2170, "target", subject="placement-type affordable housing", counted="units")))
    assert (row["verdict"], row["delivery"]) == (GOV, "no delivery known") and pd.isna(row["required"])


def test_a_count_that_is_not_a_government_output_is_judged():
    firms = dict(subject="high-tech enterprises", counted="enterprises")
    row = one(claims_df(parks("100", 100, **firms), parks("130", 130, "target", **firms)))
    assert (row["target_type"], row["verdict"], row["delivery"]) == ("outcome", "ambitious", "")  # 30% > 25%


def test_the_backtest_does_not_score_government_outputs():
    assert held(GOV, True) == "not scored" and held(GOV, False) == "not scored"


def test_target_types():
    cpi = dict(unit="%", kind="growth", direction="up", subject="consumer prices", indicator="cpi")
    row = one(claims_df(dict(expr="2%", value=2, **cpi), dict(expr="about 3%", value=3, status="target",
                                                               qualifier="about", **cpi)))
    assert row["target_type"] == "ceiling"
    rate = dict(unit="%", kind="share", subject="registered urban unemployment rate")
    row = one(claims_df(dict(expr="4%", value=4, **rate),
                        dict(expr="within 5.5%", value=5.5, qualifier="at_most", status="target", **rate)))
    assert (row["target_type"], row["required"]) == ("ceiling", approx(-1.5))   # 4 - 5.5
    energy = dict(unit="%", kind="growth", direction="down", subject="energy intensity", indicator="energy_intensity",
                  base_period=2020)
    row = one(claims_df(dict(expr="10%", value=10, **energy), dict(expr="9%", value=9, status="target", **energy)))
    assert (row["target_type"], row["verdict"]) == ("cumulative milestone", "already met")


def higher(*rows: dict) -> pd.DataFrame:
    """A targets-shaped table of GDP growth targets for 2024 (defaults: one-year, about, Chinese reading)."""
    base = dict(claim_id=1, level="province", parent="China", year=2024, language="zh", indicator="gdp",
                subject="地区生产总值", kind="growth", period=2024, period_start=2024, span="year", value_high=None,
                value_stretch=None, qualifier="about", direction="up", unit="%", status="target", start=0, end=0)
    return pd.DataFrame([{**base, "expr": f"{r['value']:g}%左右", **r} for r in rows], columns=TARGETS.columns)


TARGETS_2024 = higher(dict(report_id="zhumadian-2024", place="Zhumadian", level="city", parent="Henan", value=7.0),
                      dict(report_id="henan-2024", place="Henan", value=6.0),
                      dict(report_id="china-2024-en", place="China", level="national", parent="", value=4.9,
                           language="en", expr="around 4.9%"),
                      dict(report_id="china-2024-zh", place="China", level="national", parent="", value=5.0))


def test_parent_and_national_targets_with_the_markup():
    row = one(claims_df(gdp("6%", 6), gdp("7%", 7, "target")), hierarchy=TARGETS_2024)
    # the parent read from the table's row for Zhumadian; the nation's Chinese reading preferred to the English
    assert (row["parent"], row["parent_target"], row["national_target"]) == ("Henan", 6.0, 5.0)
    assert (row["markup_parent"], row["markup_national"]) == (approx(1.0), approx(2.0))
    assert row["reason"].endswith("Henan's target 6%左右 (henan-2024): 1.0 points above; "
                                  "China's target 5%左右 (china-2024-zh): 2.0 points above")


def test_no_markup_for_levels_or_other_years():
    jobs = dict(kind="count", unit="", subject="new urban jobs", indicator="urban_new_jobs", counted="jobs")
    t = higher(dict(report_id="china-2024-zh", place="China", level="national", parent="", value=12_000_000,
                    indicator="urban_new_jobs", kind="count", unit=""))
    row = one(claims_df(dict(expr="60,000", value=60000, **jobs), dict(expr="70,000", value=70000, status="target", **jobs)),
              hierarchy=t)
    assert pd.isna(row["national_target"]) and pd.isna(row["markup_national"])   # a city's size is no ambition
    row = one(claims_df(gdp("6%", 6), gdp("7%", 7, "target", period=2025)), hierarchy=TARGETS_2024)
    assert pd.isna(row["parent_target"]) and pd.isna(row["national_target"])


def test_chinese_claims_get_the_same_verdicts():
    def both(subject, expr_r, expr_t):
        claims = claims_df(gdp(expr_r, 6, subject=subject), gdp(expr_t, 6.7, "target", subject=subject))
        return one(claims, record=THREE, hierarchy=TARGETS_2024)
    en, zh = both("regional gdp", "6%", "6.7%"), both("地区生产总值", "增长6%", "增长6.7%")
    cols = ["verdict", "required", "thresholds", "record", "recent_mean", "markup_parent", "markup_national", "target_type"]
    assert en[cols].tolist() == zh[cols].tolist()
    assert zh["verdict"] == "on track" and zh["markup_parent"] == approx(0.7)


LATE = ledger(dict(period=2020, target_value=6.0, outcome_value=7.0),    # stated by zhumadian-2021
              dict(period=2021, target_value=6.0, outcome_value=4.0, outcome_report="zhumadian-2023"))  # stated later
YEARS = pd.DataFrame(dict(report_id=["zhumadian-2021", "zhumadian-2022", "zhumadian-2023"], year=[2021, 2022, 2023]))


def corpus_folder(tmp_path: Path) -> Path:
    """A corpus folder as `workreport corpus --out` writes it, with the two ledger rows above."""
    LATE.to_parquet(tmp_path / "ledger.parquet", index=False)
    YEARS.to_parquet(tmp_path / "reports.parquet", index=False)
    return tmp_path


def test_a_report_is_judged_with_the_record_of_its_own_year(tmp_path):
    from workreport.report.notebook import corpus_record

    folder = corpus_folder(tmp_path)
    claims = claims_df(gdp("6.5%", 6.5, period=2021), gdp("6%", 6, "target", period=2022))
    # the 2022 report knows 2020's outcome (stated in 2021) but not 2021's, stated only in the 2023 report
    then = one(claims, **corpus_record(str(folder), 2022))
    assert (then["record_years"], then["record_met"]) == (1, 1)
    assert then["record"] == "2020: target 6% -> 7% met (zhumadian-2020 -> zhumadian-2021)"
    # read in 2023, the 2021 miss is known too: the cut is the report's year, not the files'
    later = one(claims, **corpus_record(str(folder), 2023))
    assert (later["record_years"], later["record_met"]) == (2, 1)
    # without the report's year nothing can be shown to have been known then: no record
    assert corpus_record(str(folder))["record"] is None


@pytest.mark.skipif(not (CORPUS / "targets.csv").is_file(), reason="the corpus tables are not built")
def test_dalian_beside_the_nation(dalian, ref):
    from workreport.report.notebook import corpus_record

    df = assess_targets(dalian.claims, ref, place=dalian.document.place, **corpus_record(CORPUS, 2024))
    got = df.set_index("indicator")
    # about 6% against the nation's about 5% (china-2024, read in Chinese): a one-point mark-up; CPI level with it
    assert got.loc["gdp", "national_target"] == 5.0 and got.loc["gdp", "markup_national"] == approx(1.0)
    assert got.loc["cpi", "markup_national"] == approx(0.0)
    assert got.loc["gdp", "parent"] == "Liaoning"
    assert pd.isna(got.loc["energy_intensity", "markup_national"])   # a cumulative milestone: no one-year peer


def test_findings_name_rebounds_markups_and_outputs():
    from workreport.report import findings, views

    shock = ledger(dict(period=2021, target_value=6.0, outcome_value=8.0),
                   dict(period=2022, target_value=6.0, outcome_value=3.0))
    df = assess_targets(claims_df(gdp("7%", 7), gdp("about 6%", 6, "target", qualifier="about"),
                                  parks("116", 116), parks("100", 100, "target")),
                        None, place="zhumadian", record=shock, hierarchy=TARGETS_2024)
    said = findings.feasibility_context(df)
    assert said == ["Last year's result is a rebound after a shock for GDP: the recent mean is beside it.",
                    "Against the nation's target: GDP +1.0 points.",     # about 6% against China's about 5%
                    "1 government outputs, not judged for credibility: 1 below last year's delivery."]
    shown = views.government_outputs(df).frame
    assert len(shown) == 1 and "below last year's delivery" in shown.iloc[0].tolist()
