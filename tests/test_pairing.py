"""Pairing last year's results with this year's targets: every pair the bundled report holds, read off
its text by hand (part I against part II), and the pairs it must not make.

Review and plan sections are not numbered alike (environment is I.5 but II.6), subjects are worded
differently ("sown area of grain" / "grain planting area"), and a bare counted noun ("3,180 degrees")
counts what the figure before it made; the same code pairs a Chinese claims table.
"""
from __future__ import annotations

import pandas as pd
import pytest

from workreport.analyse.comparisons import compare_years
from builders import claims_df

# (result as written, target as written, a word of the target's subject): read off the bundled report.
PAIRS = [
    ("more than 6%", "about 6%", "gdp"),
    ("more than 10%", "7.5%", "industrial"),
    ("9%", "8%", "retail"),
    ("12%", "6%", "budget revenue"),
    ("0.6%", "about 3%", "consumer price"),
    ("more than 13%", "12%", "energy"),
    ("13%", "14%", "strategic emerging"),
    ("10%", "10%", "r&d expenditure"),
    ("42.2%", "43%", "conversion rate"),
    ("15.1%", "more than 12%", "domestic capital"),
    ("319 days", "about 88%", "good air"),
    ("125,000", "more than 127,000", "new jobs"),
    ("132", "70", "r&d projects"),
    ("15", "10", "incubation platforms"),
    ("116", "100", "pocket parks"),
    ("20", "20", "cultural spaces"),
    ("70,000 mu", "170,000 mu", "farmland"),
    ("635,000 mu", "490,000 mu", "conservation tillage"),
    ("161", "130", "livable villages"),
    ("1,000", "1,000", "old-age beds"),
    ("13", "10", "kindergartens"),
    # the nine the word-overlap matching missed
    ("3,180", "2,500", "degrees"),                          # kindergarten places
    ("8,000", "5,000", "degrees"),                          # school places
    ("7", "5", "schools"),
    ("4.021 million mu", "over 4 million mu", "grain planting area"),
    ("99.2%", "above 95%", "contradictions and disputes"),
    ("410", "400", "public welfare cultural activities"),
    ("15", "15", "key livelihood projects"),
    ("100%", "100%", "hazardous wastes"),
    ("200 kilometers", "100 kilometers", "rural roads"),
]

# (result, target, word of the target's subject) that must never stand together.
FALSE_PAIRS = [
    ("6,036", "2,170", "placement-type affordable housing"),  # rental housing is not placement housing
    ("15", "18", "measures"),                                  # SME measures are not employment measures
    ("792", "300", "top-notch innovative talents"),
    ("2,093", "900", "high-tech enterprises"),
    ("1,350 kilometers", "30 kilometers", "water supply"),
    ("8,000", "2,500", "degrees"),                              # school places are not kindergarten places
]


@pytest.fixture(scope="module")
def comp(dalian):
    return compare_years(dalian.claims)


def _row(comp, target_expr, word):
    rows = comp[(comp["target_expr"] == target_expr) & comp["subject"].str.contains(word, regex=False)]
    if len(rows) > 1:
        rows = rows[rows["subject"] == word]
    assert len(rows) == 1, (target_expr, word, list(comp.loc[comp["target_expr"] == target_expr, "subject"]))
    return rows.iloc[0]


@pytest.mark.parametrize("result_expr, target_expr, word", PAIRS)
def test_every_pair_the_text_holds_is_found(comp, result_expr, target_expr, word):
    row = _row(comp, target_expr, word)
    assert row["result_expr"] == result_expr, (word, row["result_expr"], row["match_basis"])


def test_thirty_pairs_on_the_bundled_report(comp):
    found = sum(_row(comp, t, w)["result_expr"] == r for r, t, w in PAIRS)
    assert found == len(PAIRS) == 30


@pytest.mark.parametrize("result_expr, target_expr, word", FALSE_PAIRS)
def test_no_false_pair(comp, result_expr, target_expr, word):
    row = _row(comp, target_expr, word)
    assert row["result_expr"] != result_expr


def test_an_uncertain_pair_says_so(comp):
    """Pairs found on less than a shared subject (same counted noun and topic only) are marked, not dropped."""
    weak = comp[comp["match_basis"] == "uncertain"]
    assert len(weak) >= 1
    assert weak["note"].str.contains("uncertain").all()


def test_every_target_listed_once(dalian, comp):
    c = dalian.claims
    assert set(comp["target_claim_id"].dropna()) == set(c.loc[c["status"] == "target", "claim_id"])
    assert not comp["result_claim_id"].dropna().duplicated().any()


# --- small tables of other shapes -----------------------------------------------------------------

def _r(**kw):
    return {"status": "actual", **kw}


def _t(**kw):
    return {"status": "target", **kw}


def test_sections_numbered_differently_are_aligned_by_topic():
    """Two counts of the same noun: the one in the review's environment section goes with the plan's
    environment section, though one is I.5 and the other II.6."""
    c = compare_years(claims_df(
        _r(expr="12", value=12, counted="projects", subject="projects", section="I.2",
           sentence="We started 12 projects in science and technology innovation."),
        _r(expr="20", value=20, counted="projects", subject="projects", section="I.5",
           sentence="We completed 20 projects of ecological protection and pollution control."),
        _t(expr="25", value=25, counted="projects", subject="projects", section="II.6",
           sentence="We will complete 25 projects of ecological protection and pollution control.")))
    row = c[c["target_expr"] == "25"].iloc[0]
    assert row["result_expr"] == "20"


def test_units_of_one_dimension_are_converted():
    """Mu against hectares: the target is compared in the result's unit."""
    c = compare_years(claims_df(
        _r(expr="15,000 mu", value=15000, unit="mu", kind="quantity", subject="high-standard farmland"),
        _t(expr="1,200 ha", value=1200, unit="ha", kind="quantity", subject="high-standard farmland")))
    row = c[c["target_expr"] == "1,200 ha"].iloc[0]
    assert row["result_expr"] == "15,000 mu"
    assert row["unit"] == "mu" and row["target_value"] == pytest.approx(18000)
    assert "ha" in row["note"]


def test_chinese_subjects_are_paired_by_synonym_and_topic():
    c = compare_years(claims_df(
        _r(expr="402.1万亩", value=4.021e6, unit="mu", kind="quantity", subject="粮食播种面积", section="一",
           sentence="全年粮食播种面积402.1万亩。"),
        _r(expr="6036套", value=6036, counted="套", subject="保障性租赁住房", section="一",
           sentence="筹集保障性租赁住房6036套。"),
        _t(expr="400万亩以上", value=4e6, unit="mu", kind="quantity", qualifier="more_than", subject="粮食种植面积",
           section="二", sentence="粮食种植面积稳定在400万亩以上。"),
        _t(expr="2170套", value=2170, counted="套", subject="配售型保障性住房", section="二",
           sentence="建设配售型保障性住房2170套。")))
    grain = c[c["target_expr"] == "400万亩以上"].iloc[0]
    assert grain["result_expr"] == "402.1万亩"
    housing = c[c["target_expr"] == "2170套"].iloc[0]
    assert housing["result_expr"] != "6036套"
