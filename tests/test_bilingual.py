"""Two readings of one report agree: each national work report read in its Chinese original and in its official
English translation gives the same headline targets and results.

For every year with both texts, every headline figure (a claim with an indicator, status actual, estimate or
target, covering one year) of one reading must have a twin in the other reading: the same indicator, status,
period, qualifier and value (after converting units: grain in 斤 beside tons; 万人 and million are already plain
counts). A figure without a twin is either

* a translation difference, named in TRANSLATION_DROPS with the reason, found by reading both texts at that
  place (the re-joined 2024 and 2025 translations lack the paragraph listing the main targets, and the 2025 one
  also the review's segments on growth, jobs, prices, income, grain and air), or
* a reader error, named in READER_ERRORS: one reader got the figure wrong or missed a figure its text states.
  The library is not changed here; the year's agreement test is marked as an expected failure naming how many
  errors it has, strictly, so that when the readers are fixed the mark itself fails and asks to be removed.

A second test per year keeps the lists honest while the marks stand: every named drop and every named reader
error must still be observed, and no disagreement may appear that is not named.
"""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from workreport.contract.units import convert, convertible
from workreport.corpus import extract_report

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
YEARS = (2017, 2019, 2021, 2022, 2024, 2025)
LANGUAGES = ("en", "zh")
OTHER = {"en": "zh", "zh": "en"}

# Estimates and actuals are one class, "result": a report gives last year's figures before the final statistics,
# and whether one is hedged as an estimate (预计, 初步核算) is wording that a translation renders loosely (as 'is
# expected to', 'an estimated' or a plain past tense), so estimate in one reading beside actual in the other is a
# difference of wording, not of the figure. (In these six reports neither reader marks a headline result as an
# estimate; the class keeps the test from failing on a hedge the translator dropped or added.)
STATUS_CLASS = {"actual": "result", "estimate": "result", "target": "target"}

# A claim is identified by (language, indicator, status class, period, value); the value is in the unit of that
# reading, fully scaled (1200万人 is 12e6; 1.3万亿斤 is 1.3e12 jin).
Key = tuple[str, str, str, int, float]

# Figures that legitimately have no twin, each with the reason found by reading both texts at that place.
TRANSLATION_DROPS: dict[int, dict[Key, str]] = {
    2017: {},
    2019: {},
    2021: {},
    2022: {},
    2024: {
        ("zh", "urban_new_jobs", "target", 2024, 12e6):
            "城镇新增就业1200万人以上 stands only in the main-targets paragraph (今年发展主要预期目标是…), which the "
            "translation lacks (a missing segment at the start of Part II); the English names no jobs target",
        ("zh", "surveyed_unemployment_rate", "target", 2024, 5.5):
            "城镇调查失业率5.5%左右 stands only in the main-targets paragraph, which the translation lacks; "
            "the English never states 5.5 percent",
        ("zh", "cpi", "target", 2024, 3.0):
            "居民消费价格涨幅3%左右 stands only in the main-targets paragraph, which the translation lacks; the only "
            "'3 percent' of the English Part II is the deficit-to-GDP ratio",
        ("zh", "grain_output", "target", 2024, 1.3e12):
            "粮食产量1.3万亿斤以上 stands only in the main-targets paragraph, which the translation lacks; the English "
            "states no grain target (no 650 million tons for 2024)",
        ("zh", "energy_intensity", "target", 2024, 2.5):
            "单位国内生产总值能耗降低2.5%左右 stands only in the main-targets paragraph, which the translation lacks; "
            "the English never states 2.5 percent",
    },
    2025: {
        ("zh", "gdp", "result", 2024, 134.9e12):
            "国内生产总值达到134.9万亿元、增长5% is one of the segments missing after the opening paragraph of the "
            "English Part I; the English gives no 2024 GDP",
        ("zh", "gdp", "result", 2024, 5.0):
            "增长5% (GDP growth in 2024) is in the same missing segment; every '5 percent' of the English is the "
            "2025 target",
        ("zh", "urban_new_jobs", "result", 2024, 12.56e6):
            "就业、物价总体平稳，城镇新增就业1256万人… is a missing segment of the English Part I",
        ("zh", "surveyed_unemployment_rate", "result", 2024, 5.1):
            "城镇调查失业率平均为5.1% is in the same missing segment as the 1256万 new jobs",
        ("zh", "cpi", "result", 2024, 0.2):
            "居民消费价格上涨0.2% is in the same missing segment as the 1256万 new jobs",
        ("zh", "disposable_income", "result", 2024, 5.1):
            "民生保障扎实稳固，居民人均可支配收入实际增长5.1% is a missing segment; the English never mentions "
            "disposable income",
        ("zh", "grain_output", "result", 2024, 1.4e12):
            "粮食产量首次跃上1.4万亿斤新台阶 opens the Chinese paragraph on progress; the English paragraph starts "
            "at high-tech manufacturing and states no grain figure anywhere",
        ("zh", "air_quality", "result", 2024, 87.2):
            "生态环境质量有新改善…优良天数比例上升至87.2% is the segment missing between the technology contracts "
            "and the energy consumption sentences of the English",
        ("zh", "urban_new_jobs", "target", 2025, 12e6):
            "城镇新增就业1200万人以上 stands only in the main-targets paragraph, which the translation lacks; its "
            "explanation paragraph names only growth, unemployment and CPI",
        ("zh", "grain_output", "target", 2025, 1.4e12):
            "粮食产量1.4万亿斤左右 stands only in the main-targets paragraph, which the translation lacks",
        ("zh", "energy_intensity", "target", 2025, 3.0):
            "单位国内生产总值能耗降低3%左右 stands only in the main-targets paragraph, which the translation lacks; "
            "the English's only '3 percent' is the 2024 result ('dropped by more than 3 percent')",
    },
}

# Disagreements that are not translation differences: one reader got a figure wrong or missed a figure its text
# states. They are left to the maintainers of the readers; each year that has any is an expected failure.
READER_ERRORS: dict[int, dict[Key, str]] = {
    2017: {},
    2019: {},
    2021: {},
    2022: {},
    2024: {},
    2025: {},
}


def agreement_param(year: int):
    n = len(READER_ERRORS[year])
    if not n:
        return year
    reason = (f"{n} reader error{'s' if n > 1 else ''} in {year} listed in READER_ERRORS; if this passes, the readers "
              f"were fixed: remove the {year} entries of READER_ERRORS and this mark")
    return pytest.param(year, marks=pytest.mark.xfail(strict=True, reason=reason))


# --- reading ---------------------------------------------------------------------------------------------------

def headline(year: int, language: str) -> pd.DataFrame:
    claims = extract_report(RAW / language / f"china-{year}-government-work-report.txt").claims
    rows = claims[(claims["indicator"] != "") & claims["status"].isin(list(STATUS_CLASS)) & (claims["span"] == "year")]
    rows = rows.copy()
    rows["language"] = language
    return rows


@pytest.fixture(scope="module")
def readings() -> dict[tuple[int, str], list[dict]]:
    """Headline figures of each report, each report extracted once for the module."""
    return {(year, lang): headline(year, lang).to_dict("records") for year in YEARS for lang in LANGUAGES}


# --- agreement -------------------------------------------------------------------------------------------------

def _same_number(a, b) -> bool:
    if pd.isna(a) or pd.isna(b):
        return pd.isna(a) and pd.isna(b)
    return math.isclose(float(a), float(b), rel_tol=1e-6)


def same_period(a: dict, b: dict) -> bool:
    return _same_number(a["period"], b["period"])


def same_qualifier(a: dict, b: dict) -> bool:
    """The same hedge. One translation mapping is equivalent: the 2017 translation renders 以上 as 'at least'
    throughout (3.4%以上 'at least 3.4 percent', coal capacity 1.5亿吨以上 'at least 150 million metric tons',
    进城落户1300万人以上 'at least 13 million'), where other years write 'over' or 'more than'. Both render one
    Chinese hedge, and 'at least' is the literal one (in Chinese usage 以上 includes the stated number). The
    Chinese reader writes 以上 as more_than and the English reader 'at least' as at_least, so the pair agrees, but
    only when the Chinese figure is written with 以上."""
    if a["qualifier"] == b["qualifier"]:
        return True
    zh, en = (a, b) if a["language"] == "zh" else (b, a)
    return zh["qualifier"] == "more_than" and "以上" in zh["expr"] and en["qualifier"] == "at_least"


def same_value(a: dict, b: dict) -> bool:
    """The same number of the same kind and sign, in convertible units (jin beside tons), range and stretch aim
    included."""
    if (a["kind"], a["direction"]) != (b["kind"], b["direction"]):
        return False
    if a["unit"] != b["unit"] and not convertible(a["unit"], b["unit"]):
        return False
    for field in ("value", "value_high", "value_stretch"):
        x, y = a[field], b[field]
        if not pd.isna(x):
            x = convert(float(x), a["unit"], b["unit"])
        if not _same_number(x, y):
            return False
    return True


def are_twins(a: dict, b: dict) -> bool:
    return (a["indicator"] == b["indicator"] and STATUS_CLASS[a["status"]] == STATUS_CLASS[b["status"]]
            and same_period(a, b) and same_qualifier(a, b) and same_value(a, b))


def without_twin(readings, year: int) -> list[dict]:
    """Headline figures of either reading that have no twin in the other."""
    return [claim for lang in LANGUAGES for claim in readings[year, lang]
            if not any(are_twins(claim, other) for other in readings[year, OTHER[lang]])]


def is_named(claim: dict, key: Key) -> bool:
    language, indicator, status, period, value = key
    return (claim["language"] == language and claim["indicator"] == indicator
            and STATUS_CLASS[claim["status"]] == status and not pd.isna(claim["period"])
            and int(claim["period"]) == period and math.isclose(float(claim["value"]), value, rel_tol=1e-6))


def describe(claim: dict) -> str:
    period = "?" if pd.isna(claim["period"]) else int(claim["period"])
    return (f"{claim['language']} {claim['indicator']} {claim['status']} {period}: {claim['expr']!r} "
            f"({claim['kind']} {claim['value']:g} {claim['unit'] or 'count'}, {claim['qualifier']}, "
            f"{claim['direction']}) in: {claim['sentence'][:160]}")


def unexplained(readings, year: int) -> list[dict]:
    """Figures without a twin that no named translation drop accounts for."""
    return [c for c in without_twin(readings, year) if not any(is_named(c, k) for k in TRANSLATION_DROPS[year])]


# --- tests -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("year", [agreement_param(y) for y in YEARS])
def test_every_headline_figure_has_its_twin_in_the_other_language(readings, year):
    lonely = unexplained(readings, year)
    assert not lonely, (f"{len(lonely)} headline figure(s) of {year} with no twin in the other reading and no "
                        "named translation drop:\n" + "\n".join(describe(c) for c in lonely))


@pytest.mark.parametrize("year", YEARS)
def test_the_disagreements_are_exactly_the_named_ones(readings, year):
    assert not set(TRANSLATION_DROPS[year]) & set(READER_ERRORS[year]), "a figure is named both a drop and an error"
    lonely = without_twin(readings, year)
    problems = []
    for key, reason in TRANSLATION_DROPS[year].items():
        if not any(is_named(c, key) for c in lonely):
            problems.append(f"named translation drop {key} is no longer a figure without a twin "
                            f"(now read with a twin, or not read at all); check and update it: {reason}")
    for key, error in READER_ERRORS[year].items():
        if not any(is_named(c, key) for c in lonely):
            problems.append(f"reader error {key} is fixed: remove it from READER_ERRORS "
                            f"(and the year's xfail mark with the last one): {error}")
    named = list(TRANSLATION_DROPS[year]) + list(READER_ERRORS[year])
    for c in lonely:
        if not any(is_named(c, key) for key in named):
            problems.append("new disagreement, neither a named translation drop nor a listed reader error: "
                            + describe(c))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("year", YEARS)
def test_both_readings_find_headline_results_and_targets(readings, year):
    """Agreement must not be vacuous: each reading of each year yields headline results and targets (the 2024
    and 2025 translations keep the deficit ratio and, for 2025, the unemployment and CPI targets outside the
    missing paragraph)."""
    for lang in LANGUAGES:
        classes = {STATUS_CLASS[c["status"]] for c in readings[year, lang]}
        assert classes == {"result", "target"}, (year, lang, classes)


def test_grain_in_jin_agrees_with_grain_in_tons(readings):
    """The unit conversion does the work it is meant to: 2019's 1.3万亿斤以上 and 'above 650 million metric tons'
    are one figure."""
    zh = [c for c in readings[2019, "zh"] if c["indicator"] == "grain_output"]
    en = [c for c in readings[2019, "en"] if c["indicator"] == "grain_output"]
    assert [c["unit"] for c in zh] == ["jin"] and [c["unit"] for c in en] == ["ton"]
    assert are_twins(zh[0], en[0])
    assert not are_twins(zh[0], {**en[0], "value": 6.5e8 * 2})
