"""The analysis does not read the report's language: a Chinese claims table and its English twin give the
same comparisons and the same consistency flags, subjects are compared by tokens chosen by script (words
in English, pairs of characters in Chinese), and one rule says whether a target was met."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from workreport.analyse.backtest import backtest
from workreport.analyse.comparisons import compare_years
from workreport.analyse.consistency import check_consistency
from workreport.analyse.feasibility import assess_targets
from workreport.analyse.growth import implied_levels
from workreport.analyse.met import margin, met
from workreport.analyse.reference import curate
from workreport.analyse.similarity import similarity, tokens
from builders import claims_df

approx = pytest.approx

# The columns of a comparison row that say what was found; text, subjects and offsets differ by language.
JUDGED = ["indicator", "kind", "match_basis", "result_value", "target_value", "result_qualifier", "target_qualifier",
          "result_period", "target_period", "direction", "unit", "change", "change_unit", "verdict", "note"]


def result(**kw):
    return {"status": "actual", **kw}


def target(**kw):
    return {"status": "target", **kw}


def judged(comparisons: pd.DataFrame) -> list[dict]:
    return comparisons[JUDGED].astype(object).where(comparisons[JUDGED].notna(), None).to_dict("records")


# --- tokens by script -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("pocket parks", {"pocket", "parks"}),
    ("new public kindergartens", {"public", "kindergartens"}),          # 'new' says nothing of what is built
    ("r&d projects", {"r&d", "projects"}),
    ("高新技术企业", {"高新", "新技", "技术", "术企", "企业"}),
    ("新增高新技术企业", {"高新", "新技", "技术", "术企", "企业"}),       # 新增 ('new') left out
    ("全省地区生产总值", {"地区", "区生", "生产", "产总", "总值"}),       # the place left out
    ("水", {"水"}),                                                     # one character is its own token
    ("全省GDP", {"gdp"}),
    ("12个", {"个"}),
])
def test_tokens_follow_the_script(text, expected):
    assert tokens(text) == expected


def test_similarity_in_both_scripts():
    assert similarity("新增高新技术企业", "高新技术企业") == 1.0
    assert similarity("新建保障性住房", "新增高新技术企业") == 0.0
    assert similarity("cultural activities", "public welfare cultural activities") == 0.5
    assert similarity("", "高新技术企业") == 0.0


# --- comparisons: a Chinese table and its English twin ---------------------------------------------

def gdp_pair(language: str) -> pd.DataFrame:
    rate = dict(unit="%", kind="growth", direction="up", indicator="gdp")
    if language == "zh":
        return claims_df(
            result(expr="5.8%", value=5.8, subject="全省地区生产总值", sentence="全省地区生产总值增长5.8%。", **rate),
            target(expr="5.5%以上", value=5.5, qualifier="more_than", subject="地区生产总值",
                   sentence="地区生产总值增长5.5%以上。", **rate))
    return claims_df(
        result(expr="5.8%", value=5.8, subject="regional gdp", sentence="The province's regional GDP grew by 5.8%.", **rate),
        target(expr="more than 5.5%", value=5.5, qualifier="more_than", subject="regional gdp",
               sentence="Regional GDP growth of more than 5.5%.", **rate))


def test_a_chinese_indicator_pair_is_compared_as_its_english_twin():
    zh, en = compare_years(gdp_pair("zh")), compare_years(gdp_pair("en"))
    assert len(zh) == 1
    row = zh.iloc[0]
    assert (row["match_basis"], row["verdict"], row["change_unit"]) == ("indicator", "less ambitious", "pp")
    assert row["change"] == approx(-0.3)
    assert row["note"] == "hedges: result exact, target more_than"
    assert (row["result_expr"], row["target_expr"]) == ("5.8%", "5.5%以上")
    assert judged(zh) == judged(en)


def firms(language: str) -> pd.DataFrame:
    if language == "zh":
        return claims_df(
            result(expr="3500家", value=3500, counted="家", subject="新增高新技术企业", sentence="新增高新技术企业3500家。"),
            target(expr="4000家左右", value=4000, qualifier="about", counted="家", subject="高新技术企业",
                   sentence="新增高新技术企业4000家左右。"))
    return claims_df(
        result(expr="3,500", value=3500, counted="enterprises", subject="new high-tech enterprises",
               sentence="We added 3,500 new high-tech enterprises."),
        target(expr="about 4,000", value=4000, qualifier="about", counted="enterprises", subject="high-tech enterprises",
               sentence="We will add about 4,000 high-tech enterprises."))


def test_a_chinese_pair_off_the_catalogue_is_paired_by_subject():
    zh, en = compare_years(firms("zh")), compare_years(firms("en"))
    assert len(zh) == 1
    row = zh.iloc[0]
    assert (row["match_basis"], row["verdict"], row["change_unit"]) == ("subject", "more ambitious", "ratio")
    assert row["change"] == approx(4000 / 3500)
    assert judged(zh) == judged(en)


@pytest.mark.parametrize("language, housing, firm, counted", [
    ("zh", "新建保障性住房", "新增高新技术企业", "个"),
    ("en", "new affordable housing units", "new high-tech enterprises", "units"),
])
def test_unrelated_subjects_are_not_paired_even_counted_alike(language, housing, firm, counted):
    c = compare_years(claims_df(result(expr="3500", value=3500, counted=counted, subject=housing),
                                target(expr="4000", value=4000, counted=counted, subject=firm)))
    assert sorted(c["verdict"]) == ["result only", "target only"]


def test_a_chinese_quoted_programme_name_before_the_figure_pairs():
    c = compare_years(claims_df(
        result(expr="132项", value=132, counted="项", subject="项目", sentence="实施“揭榜挂帅”项目132项。"),
        target(expr="70个", value=70, counted="个", subject="研发项目", sentence="实施“揭榜挂帅”研发项目70个。")))
    assert len(c) == 1
    assert c.iloc[0]["match_basis"] == "quoted name" and c.iloc[0]["change"] == approx(70 / 132)


def test_a_quoted_name_before_a_clause_mark_belongs_to_the_figure_before_it():
    r_s = 'We built 116 "pocket parks", and built 24 sponge city projects.'
    t_s = 'We will build 100 "pocket parks", create 200 garbage sorting model communities.'
    c = compare_years(claims_df(
        result(expr="24", value=24, counted="projects", subject="sponge city projects", sentence=r_s),
        target(expr="200", value=200, counted="communities", subject="garbage sorting model communities", sentence=t_s)))
    assert sorted(c["verdict"]) == ["result only", "target only"]


@pytest.mark.parametrize("max_ratio, paired", [(10, False), (100, True)])
def test_levels_far_apart_in_size_are_no_partners(max_ratio, paired):
    c = compare_years(claims_df(result(expr="9", value=9, counted="家", subject="高新技术企业", sentence="高新技术企业9家。"),
                                target(expr="408", value=408, counted="家", subject="高新技术企业",
                                       sentence="高新技术企业408家。")),
                      max_ratio=max_ratio)
    assert (c.iloc[0]["match_basis"] == "subject") is paired


# --- consistency: the same flags in both languages ------------------------------------------------

def flagged_table(language: str) -> pd.DataFrame:
    """One claim or pair of claims for each check, each worded to be flagged."""
    zh = language == "zh"
    share = dict(unit="%", kind="share")
    down = dict(unit="%", kind="growth", direction="down")
    gdp = dict(unit="%", kind="growth", direction="up", indicator="gdp", subject="地区生产总值" if zh else "regional gdp")
    energy = dict(down, indicator="energy_intensity", base_period=2020,
                  subject="单位地区生产总值能耗" if zh else "energy consumption per unit of gdp")
    level = dict(unit="CNY", kind="amount", subject="全市地区生产总值" if zh else "the city's gdp")
    s = (dict(rate="城镇化率105%。", shares="水田和旱地分别占全市耕地的30%和80%。", fall="亏损企业数下降120%。",
              gdp1="地区生产总值增长5.2%。", gdp2="全年地区生产总值增长5.3%。", level="全市地区生产总值达到8000亿元，增长5%。",
              base="2022年全市地区生产总值为7000亿元。", cut="单位地区生产总值能耗比2020年累计下降14%。",
              aim="单位地区生产总值能耗比2020年下降13.5%。") if zh else
         dict(rate="The urbanization rate was 105%.",
              shares="Paddy fields and dry land made up 30% and 80% of the city's farmland, respectively.",
              fall="Loss-making firms fell by 120%.", gdp1="Regional GDP grew by 5.2%.",
              gdp2="For the year, regional GDP grew by 5.3%.",
              level="The city's GDP reached 800 billion yuan, an increase of 5%.",
              base="In 2022 the city's GDP was 700 billion yuan.",
              cut="Energy consumption per unit of GDP fell by 14% from 2020.",
              aim="Energy consumption per unit of GDP will fall by 13.5% from 2020."))
    e = (lambda zh_expr, en_expr: zh_expr if zh else en_expr)
    return claims_df(
        result(expr="105%", value=105, subject="城镇化率" if zh else "urbanization rate", sentence=s["rate"], **share),
        result(expr="30%", value=30, subject="水田" if zh else "paddy fields", sentence=s["shares"], **share),
        result(expr="80%", value=80, subject="旱地" if zh else "dry land", sentence=s["shares"], **share),
        result(expr="120%", value=120, subject="亏损企业数" if zh else "loss-making firms", sentence=s["fall"], **down),
        result(expr="5.2%", value=5.2, sentence=s["gdp1"], **gdp),
        result(expr="5.3%", value=5.3, sentence=s["gdp2"], **gdp),
        result(expr=e("8000亿元", "800 billion yuan"), value=8e11, sentence=s["level"], **level),
        result(expr="5%", value=5, unit="%", kind="growth", direction="up", subject=level["subject"], sentence=s["level"]),
        result(expr=e("7000亿元", "700 billion yuan"), value=7e11, period=2022, sentence=s["base"], **level),
        result(expr="14%", value=14, sentence=s["cut"], **energy),
        target(expr="13.5%", value=13.5, sentence=s["aim"], **energy))


def test_consistency_flags_the_same_in_both_languages():
    expected = [("share_range", "flag"), ("share_range", "pass"), ("shares_of_one_whole", "flag"),
                ("decline_range", "flag"), ("decline_range", "pass"), ("repeated_figure", "flag"),
                ("stated_base", "flag"), ("cumulative_target", "flag")]
    for language in ("zh", "en"):
        found = check_consistency(flagged_table(language))
        assert list(zip(found["check"], found["status"])) == expected, language


def test_the_whole_of_chinese_shares_is_read_before_the_figures():
    found = check_consistency(flagged_table("zh"))
    row = found[found["check"] == "shares_of_one_whole"].iloc[0]
    assert row["detail"] == "30% + 80% of 全市耕地 = 110% (more than 100%)"


@pytest.mark.parametrize("sentence, expr, implied", [
    ("粮食产量130万吨，增长2%。", "130万吨", 1),
    ("粮食产量130万吨；增长2%。", "130万吨", 0),                   # a full-width semicolon parts the clauses
    ("Grain output was 1.3 million tons, up 2%.", "1.3 million tons", 1),
    ("Grain output was 1.3 million tons; up 2%.", "1.3 million tons", 0),
])
def test_a_semicolon_parts_a_level_from_a_change_in_either_script(sentence, expr, implied):
    claims = claims_df(result(expr=expr, value=1.3e6, unit="ton", kind="quantity", subject="grain", sentence=sentence),
                       result(expr="2%", value=2, unit="%", kind="growth", direction="up", subject="grain",
                              sentence=sentence))
    assert len(implied_levels(claims)) == implied


# --- one rule for 'met' ---------------------------------------------------------------------------

@pytest.mark.parametrize("outcome, target, qualifier, kw, expected", [
    (5.5, 5.5, "more_than", {}, True),                                    # 以上 includes the figure
    (5.5, 5.5, "more_than", {"more_than_includes_target": False}, False),
    (5.49, 5.5, "more_than", {}, False),
    (5.5, 6, "about", {}, True),                                          # the edge of the tolerance
    (5.49, 6, "about", {}, False),
    (5.8, 6, "about", {"about_tolerance": 0.2}, True),
    (5.7, 6, "about", {"about_tolerance": 0.2}, False),
    (6, 6, "at_least", {}, True),
    (3.0, 3, "at_most", {}, True),                                        # a ceiling even for a rising indicator
    (3.01, 3, "at_most", {}, False),
    (3.0, 3, "less_than", {}, False),
    (2.99, 3, "less_than", {}, True),
    (3.5, 3, "about", {"better": "lower"}, True),                        # CPI about 3%: met up to 3.5%
    (3.6, 3, "about", {"better": "lower"}, False),
    (-3.5, -3, "exact", {"better": "lower"}, True),                      # a 3% cut is met by a 3.5% cut
    (-2.5, -3, "exact", {"better": "lower"}, False),
])
def test_met_at_the_edges(outcome, target, qualifier, kw, expected):
    assert met(outcome, target, qualifier, **kw) is expected


@pytest.mark.parametrize("outcome, low, high, better, expected", [
    (6.0, 6, 6.5, "higher", True), (6.25, 6, 6.5, "higher", True), (5.9, 6, 6.5, "higher", False),
    (6.5, 2, 6.5, "lower", True), (6.6, 2, 6.5, "lower", False),
    (-3.0, -3, -4, "lower", True), (-2.9, -3, -4, "lower", False),        # a cut of 3-4%, signed
])
def test_a_range_is_met_inside_it(outcome, low, high, better, expected):
    assert met(outcome, low, "exact", high, better=better) is expected


def test_margin_and_unknown_values():
    assert margin(5.8, 5.5, "more_than") == approx(0.3)
    assert margin(5.0, 6, "about") == approx(-0.5)
    assert margin(-3.5, -3, "exact", better="lower") == approx(0.5)
    assert met(None, 5, "exact") is None and met(math.nan, 5, "exact") is None and met(5, None, "exact") is None


def test_the_backtest_signs_both_ends_of_a_cut():
    """A cut of 3-4% is not met by a cut of 2%: both ends of the range are cuts."""
    claims = claims_df(target(expr="3%-4%", value=3, value_high=4, unit="%", kind="growth", direction="down",
                              subject="单位地区生产总值能耗", indicator="energy_intensity",
                              sentence="单位地区生产总值能耗下降3%-4%。"))
    ref = curate(pd.DataFrame([dict(indicator="dalian_cpi", year="2024", kind="actual", value="-2", unit="% y/y",
                                    source="s", snippet="-2", note="")])).assign(indicator="energy_intensity", value=-2.0)
    feas = assess_targets(claims, None).assign(verdict="on track")
    row = backtest(feas, claims, ref, "dalian").iloc[0]
    assert not bool(row["met"]) and row["held"] == "no"
