"""Forms of the Chinese review found on the development texts (a plan part that looks back at the last plan,
a from-to pair written twice, a share that names no part of its own, a level reached by crossing a mark).
Each sentence is the genre's, put where it stands; the expected values come from reading the Chinese."""
from __future__ import annotations

import workreport

PLAN_PART = ("某市政府工作报告\n\n一、2005年工作回顾\n\n全市生产总值增长12%。\n\n"
             "二、2006年政府工作的主要目标和任务\n\n全市生产总值增长12%。\n\n"
             "三、关于“十一五”规划纲要的说明\n\n下面作简要说明。\n\n"
             "（一）编制过程\n\n规划编制工作启动。\n\n"
             "（二）“十五”时期国民经济和社会发展主要情况\n\n"
             "五年来，我市综合经济实力进一步增强。市内生产总值增加216亿元，年均增长9.2%；累计完成财政一般预算收入60.5亿元。\n\n"
             "（三）“十一五”发展的主要目标\n\n全市生产总值年均增长12%以上。\n")


def claims_of(text: str, year: int):
    c = workreport.extract_text(text, year=year).claims
    return {r["expr"]: r for r in c.to_dict("records")}


def test_a_section_reviewing_the_last_plan_gives_its_results():
    c = claims_of(PLAN_PART, 2006)
    years = {e: (c[e]["status"], c[e]["period_start"], c[e]["period"], c[e]["span"]) for e in ("216亿元", "9.2%", "60.5亿元")}
    assert years == {"216亿元": ("actual", 2001, 2005, "cumulative"), "9.2%": ("actual", 2001, 2005, "average_annual"),
                     "60.5亿元": ("actual", 2001, 2005, "cumulative")}
    plan = c["12%以上"]
    assert (plan["status"], plan["period_start"], plan["period"], plan["span"]) == ("target", 2006, 2010, "average_annual")


def test_the_sections_table_says_which_section_reviews():
    s = workreport.extract_text(PLAN_PART, year=2006).sections.set_index("section")["part_role"]
    assert (s["III"], s["III.1"], s["III.2"], s["III.3"]) == ("plan", "plan", "results", "plan")


REVIEW = "某省政府工作报告\n\n一、过去五年工作回顾\n\n{}\n\n二、2025年主要目标任务\n\n地区生产总值增长5%左右。\n"


def test_a_from_to_pair_without_years_takes_the_years_of_the_pair_before():
    c = claims_of(REVIEW.format("全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，"
                                "占国内生产总值比重从1.07%提高到1.49%。"), 2008)
    got = {e: (c[e]["indicator"], c[e]["period"]) for e in ("1288亿元", "3664亿元", "1.07%", "1.49%")}
    assert got == {"1288亿元": ("rd_expenditure", 2002), "3664亿元": ("rd_expenditure", 2007),
                   "1.07%": ("rd_intensity", 2002), "1.49%": ("rd_intensity", 2007)}


def test_a_share_without_its_part_takes_what_the_figure_before_measures():
    c = claims_of(REVIEW.format("2024年，全省研发经费投入达到800亿元，占地区生产总值比重2.5%。"), 2025)
    assert (c["2.5%"]["kind"], c["2.5%"]["indicator"]) == ("share", "rd_intensity")


def test_a_level_reached_by_crossing_a_mark_is_more_than_it_and_the_frames_last_years():
    c = claims_of(REVIEW.format("五年来，全省经济总量跨上5万亿元台阶，地区生产总值突破4万亿元。"), 2025)
    for expr in ("跨上5万亿元", "突破4万亿元"):
        r = c[expr]
        assert (r["qualifier"], r["indicator"], r["period_start"], r["period"], r["span"]) == (
            "more_than", "gdp", 2024, 2024, "year"), expr


def test_a_change_in_points_of_a_rate_indicator_is_that_indicator():
    c = claims_of(REVIEW.format("2024年，空气质量优良天数比率提高1.3个百分点，城镇调查失业率下降0.2个百分点。"), 2025)
    assert [(c[e]["kind"], c[e]["indicator"]) for e in ("1.3个百分点", "0.2个百分点")] == [
        ("pp_change", "air_quality"), ("pp_change", "surveyed_unemployment_rate")]


def test_foreign_funds_from_outside_the_borders_are_utilized_foreign_capital():
    c = claims_of(REVIEW.format("2024年，全市实际利用境外资金5764万美元，增长31%。"), 2025)
    assert [c[e]["indicator"] for e in ("5764万美元", "31%")] == ["fdi_utilized", "fdi_utilized"]


def test_a_bare_measure_takes_the_name_written_before_it_in_its_sentence():
    c = claims_of(REVIEW.format("2024年，粮食生产实现九连增，总产达700.29万吨，增长2.25%。全国粮食连续四年增产，产量达到50150万吨。"), 2025)
    assert [(c[e]["indicator"], c[e]["unit"]) for e in ("700.29万吨", "2.25%", "50150万吨")] == [
        ("grain_output", "ton"), ("grain_output", "%"), ("grain_output", "ton")]


def test_a_bare_measure_without_a_name_before_it_is_no_headline_figure():
    c = claims_of(REVIEW.format("2024年，全市钢铁企业加快转型，产量达到500万吨。"), 2025)
    assert c["500万吨"]["indicator"] == ""


def test_older_and_longer_names_of_rates():
    c = claims_of(REVIEW.format("2024年，能源消耗强度下降3.7%，全社会研发支出占国内生产总值比重超过2%，"
                                "财政赤字占国内生产总值的比重为2.8%。"), 2025)
    assert [c[e]["indicator"] for e in ("3.7%", "超过2%", "2.8%")] == ["energy_intensity", "rd_intensity", "deficit_ratio"]
