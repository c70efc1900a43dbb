"""Claims of a Chinese work report: kind, direction, hedge, subject, indicator, stretch aims, and the years
from the part a figure stands in. Each sentence is put where it would stand in a report (part 一 reviews
2024, part 二 sets the targets of 2025); expected values come from reading the Chinese."""
from __future__ import annotations

import pytest

from workreport.catalogue import load_catalogue
from workreport.read.zh.claims import build_claims
from workreport.read.zh.numbers import find_mentions
from workreport.read.zh.structure import parse_document

# A small catalogue with Chinese aliases, so that these tests read the claims stage alone.
CATALOGUE_CSV = """indicator,label,kinds,units,better,aliases,exclude,description
gdp,GDP,growth|amount,%|CNY,higher,地区生产总值;国内生产总值;经济增长,人均;单位,GDP
industrial_value_added,Industrial value added,growth|amount,%|CNY,higher,规模以上工业增加值;规上工业增加值,,IVA
fixed_asset_investment,Fixed-asset investment,growth|amount,%|CNY,higher,固定资产投资,,FAI
retail_sales,Retail sales,growth|amount,%|CNY,higher,社会消费品零售总额,,Retail
public_budget_revenue,Budget revenue,growth|amount,%|CNY,higher,一般公共预算收入,,Revenue
cpi,CPI,growth,%,lower,居民消费价格,,CPI
disposable_income,Disposable income,growth|amount,%|CNY,higher,人均可支配收入,,Income
urban_new_jobs,New urban jobs,count,,higher,城镇新增就业;新增城镇就业,,Jobs
surveyed_unemployment_rate,Surveyed unemployment,share,%,lower,城镇调查失业率,,Unemployment
deficit_ratio,Deficit ratio,share|pp_change,%|pp,lower,赤字率,,Deficit
rd_intensity,R&D intensity,share,%,higher,研发经费投入强度;研发投入强度,,R&D
air_quality,Air quality,share|quantity|count,%|day,higher,优良天数,,Air
grain_output,Grain output,quantity|growth,ton|jin|kg|%,higher,粮食产量;粮食总产量,,Grain
"""

HEAD = "2025年某省政府工作报告\n各位代表：\n"
REVIEW = "一、2024年工作回顾\n"
TARGETS = "二、2025年主要目标任务\n"


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    path = tmp_path_factory.mktemp("catalogue") / "indicators.csv"
    path.write_text(CATALOGUE_CSV, encoding="utf-8")
    return load_catalogue(path)


def read(catalogue, review: str = "", targets: str = ""):
    text = HEAD + REVIEW + (review or "过去一年工作扎实。") + "\n" + TARGETS + (targets or "今年工作安排如下。") + "\n"
    doc = parse_document(text, year=2025)
    mentions = find_mentions(text, doc.paragraphs)
    return build_claims(doc, mentions, catalogue), mentions


def claim(catalogue, expr: str, review: str = "", targets: str = ""):
    claims, _ = read(catalogue, review, targets)
    found = [c for c in claims if c.expr == expr]
    assert len(found) == 1, [(c.expr, c.kind, c.subject) for c in claims]
    return found[0]


def test_growth_of_regional_gdp_is_a_result_of_last_year(catalogue):
    c = claim(catalogue, "5.8%", review="全省地区生产总值增长5.8%。")
    assert (c.kind, c.value, c.direction, c.status, c.period) == ("growth", 5.8, "up", "actual", 2024)
    assert (c.subject, c.indicator, c.part) == ("全省地区生产总值", "gdp", "results")


def test_value_added_of_industry_above_designated_size(catalogue):
    c = claim(catalogue, "9%", review="规上工业增加值增长9%。")
    assert (c.kind, c.subject, c.indicator) == ("growth", "规上工业增加值", "industrial_value_added")


def test_new_urban_jobs_are_a_count_of_people(catalogue):
    c = claim(catalogue, "68万人左右", targets="城镇新增就业68万人左右。")
    assert (c.kind, c.value, c.qualifier, c.counted, c.unit) == ("count", 680000, "about", "人", "")
    assert (c.subject, c.indicator, c.status, c.period) == ("城镇新增就业", "urban_new_jobs", "target", 2025)


def test_grain_output_in_jin(catalogue):
    c = claim(catalogue, "836.9亿斤", review="粮食产量836.9亿斤。")
    assert (c.kind, c.value, c.unit, c.indicator) == ("quantity", pytest.approx(8.369e10), "jin", "grain_output")


def test_budget_revenue_is_an_amount(catalogue):
    c = claim(catalogue, "3000亿元", review="一般公共预算收入3000亿元。")
    assert (c.kind, c.value, c.unit, c.direction) == ("amount", 3e11, "CNY", "none")
    assert c.indicator == "public_budget_revenue"


def test_percentage_points_are_a_change_with_its_direction(catalogue):
    up = claim(catalogue, "0.7个百分点", review="研发投入强度达到2.5%，提高0.7个百分点。")
    assert (up.kind, up.direction, up.subject) == ("pp_change", "up", "研发投入强度")
    down = claim(catalogue, "0.5个百分点", review="城镇调查失业率下降0.5个百分点。")
    assert (down.kind, down.direction) == ("pp_change", "down")


def test_consumer_prices_rise_is_a_growth_named_before_its_noun(catalogue):
    c = claim(catalogue, "2%左右", targets="居民消费价格涨幅2%左右。")
    assert (c.kind, c.qualifier, c.direction, c.subject, c.indicator) == ("growth", "about", "up", "居民消费价格", "cpi")


@pytest.mark.parametrize("sentence, expr, subject, indicator", [
    ("城镇调查失业率5.5%左右。", "5.5%左右", "城镇调查失业率", "surveyed_unemployment_rate"),
    ("研发投入强度2.85%。", "2.85%", "研发投入强度", "rd_intensity"),
    ("赤字率按4%左右安排。", "4%左右", "赤字率", "deficit_ratio"),
    ("城镇化率提高到65%。", "65%", "城镇化率", ""),
    ("服务业增加值占地区生产总值比重43.6%。", "43.6%", "服务业增加值占地区生产总值比重", ""),
])
def test_rates_and_shares_are_levels(catalogue, sentence, expr, subject, indicator):
    c = claim(catalogue, expr, targets=sentence)
    assert (c.kind, c.direction, c.subject, c.indicator) == ("share", "none", subject, indicator)


@pytest.mark.parametrize("sentence, expr, direction", [
    ("单位地区生产总值能耗下降3%。", "3%", "down"),
    ("细颗粒物平均浓度降低5.2%。", "5.2%", "down"),
    ("工业品价格回落1.2%。", "1.2%", "down"),
    ("商品房销售面积减少8%。", "8%", "down"),
    ("进出口总额比上年增长6%。", "6%", "up"),
    ("固定资产投资同比提高4%。", "4%", "up"),
    ("居民消费价格上涨0.2%。", "0.2%", "up"),
])
def test_the_change_word_says_which_way(catalogue, sentence, expr, direction):
    c = claim(catalogue, expr, review=sentence)
    assert (c.kind, c.direction) == ("growth", direction)


def test_a_list_with_respectively_gives_each_figure_its_own_subject(catalogue):
    claims, _ = read(catalogue, targets="社会消费品零售总额、固定资产投资分别增长5%、6%。")
    got = [(c.expr, c.kind, c.subject, c.indicator) for c in claims]
    assert got == [("5%", "growth", "社会消费品零售总额", "retail_sales"),
                   ("6%", "growth", "固定资产投资", "fixed_asset_investment")]


def test_short_items_share_the_head_of_the_last(catalogue):
    claims, _ = read(catalogue, targets="城镇和农村常住居民人均可支配收入分别增长5%左右、7%左右。")
    assert [c.subject for c in claims] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
    assert {c.indicator for c in claims} == {"disposable_income"}
    claims, _ = read(catalogue, targets="其中一、二、三产增加值分别增长3.5%以上、7%左右、5%以上。")
    assert [(c.subject, c.qualifier) for c in claims] == [
        ("一产增加值", "more_than"), ("二产增加值", "about"), ("三产增加值", "more_than")]


def test_a_figure_without_its_own_subject_belongs_to_the_one_before(catalogue):
    claims, _ = read(catalogue, review="一般公共预算收入完成3000亿元、增长5.3%。")
    assert [(c.kind, c.subject) for c in claims] == [("amount", "一般公共预算收入"), ("growth", "一般公共预算收入")]
    assert claims[1].indicator == "public_budget_revenue"


@pytest.mark.parametrize("sentence, base, stretch", [
    ("地区生产总值增长5.5%以上，力争6%。", 5.5, 6),
    ("地区生产总值增长6%左右、力争7%。", 6, 7),
    ("地区生产总值增长5%左右，在实际工作中力争更好结果。", 5, None),
])
def test_a_stretch_aim_is_one_claim_for_the_base_target(catalogue, sentence, base, stretch):
    claims, mentions = read(catalogue, targets=sentence)
    assert [(c.value, c.value_stretch, c.status) for c in claims] == [(base, stretch, "target")]
    if stretch is not None:
        assert [m.nonclaim_type for m in mentions if m.value == stretch] == ["other"]


def test_qualifiers_come_from_the_mention(catalogue):
    claims, _ = read(catalogue, targets="规模以上工业增加值增长7.5%以上，研发投入强度不低于2.5%，城镇调查失业率控制在5.5%以内。")
    assert [c.qualifier for c in claims] == ["more_than", "at_least", "at_most"]


def test_times_and_doubling(catalogue):
    claims, _ = read(catalogue, review="农民收入增长1.5倍，地区生产总值翻一番，财政收入是2020年的2倍。")
    assert [(c.kind, c.value, c.unit) for c in claims] == [
        ("growth", 150, "%"), ("growth", 100, "%"), ("ratio_to_base", 2, "times")]


def test_counts_name_what_they_count(catalogue):
    c = claim(catalogue, "260个", review="建成投产260个亿元以上产业项目。")
    assert (c.kind, c.subject, c.counted) == ("count", "亿元以上产业项目", "亿元以上产业项目")
    c = claim(catalogue, "三所", review="新建三所学校。")
    assert (c.kind, c.value, c.counted) == ("count", 3, "学校")


def test_days_of_good_air_are_a_quantity_in_days(catalogue):
    claims, _ = read(catalogue, review="优良天数达到290天、增加19天。")
    assert [(c.kind, c.unit, c.indicator) for c in claims] == [("quantity", "day", "air_quality")] * 2


def test_a_duration(catalogue):
    c = claim(catalogue, "3个工作日", targets="企业开办时间压缩至3个工作日。")
    assert (c.kind, c.unit, c.value) == ("duration", "day", 3)


def test_a_rank(catalogue):
    c = claim(catalogue, "第1位", review="地区生产总值增速居全国第1位。")
    assert (c.kind, c.value) == ("rank", 1)


def test_a_bare_number_that_counts_nothing_is_no_claim(catalogue):
    claims, mentions = read(catalogue, review="拨打12345热线的群众满意。编号2468。")
    assert claims == []
    kinds = {m.text: m.nonclaim_type for m in mentions}
    assert (kinds["12345热线"], kinds["2468"]) == ("word_use", "other")


def test_estimates_and_targets_by_part(catalogue):
    claims, _ = read(catalogue, review="预计全市地区生产总值增长5.2%左右。", targets="地区生产总值增长5%左右。")
    assert [(c.status, c.period, c.part) for c in claims] == [("estimate", 2024, "results"), ("target", 2025, "targets")]


def test_sections_are_the_sentences(catalogue):
    claims, _ = read(catalogue, review="（一）狠抓项目建设。规上工业增加值增长9%。")
    assert claims[0].section.startswith("I")


def test_a_list_without_respectively_pairs_when_the_items_are_as_many_as_the_figures(catalogue):
    claims, _ = read(catalogue, review="城镇和农村居民人均可支配收入增长5.6%和7.4%。")
    assert [c.subject for c in claims] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    claims, _ = read(catalogue, review="农民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。")
    assert [c.subject for c in claims] == ["农民人均纯收入", "城镇居民人均可支配收入"]


def test_a_bare_noun_after_a_figure_shares_the_first_word_of_the_subject_before(catalogue):
    claims, _ = read(catalogue, review="粮食播种面积4157万亩、产量1146.1万吨。")
    assert [(c.subject, c.indicator) for c in claims] == [("粮食播种面积", ""), ("粮食产量", "grain_output")]


def test_a_frame_of_years_leaves_the_subject_to_the_figure_before(catalogue):
    claims, mentions = read(catalogue, review="粮食产量达到136.97亿斤，连续4年稳定在130亿斤以上。")
    assert [(c.subject, c.qualifier) for c in claims] == [("粮食产量", "exact"), ("粮食产量", "more_than")]
    assert [m.nonclaim_type for m in mentions if m.text == "4年"] == ["other"]


def test_a_level_from_one_year_to_another_is_a_share_both_times(catalogue):
    claims, _ = read(catalogue, review="城镇化率由2020年的55%提高到2024年的60%。")
    assert [(c.kind, c.subject) for c in claims] == [("share", "城镇化率"), ("share", "城镇化率")]


def test_a_growth_named_after_its_figure(catalogue):
    c = claim(catalogue, "7%左右", targets="经济增长预期7%左右。")
    assert (c.kind, c.indicator) == ("growth", "gdp")
    c = claim(catalogue, "7%左右", targets="保持7%左右的速度。")
    assert (c.kind, c.direction) == ("growth", "up")


def test_ranks_among_the_first_and_counts_beside_them(catalogue):
    claims, _ = read(catalogue, review="增速居全国第3位，8项主要经济指标增速居全国前3位。")
    assert [(c.expr, c.kind, c.value) for c in claims] == [("第3位", "rank", 3), ("8项", "count", 8), ("前3位", "rank", 3)]


def test_after_a_count_a_figure_takes_the_clause_subject_not_the_counted_noun(catalogue):
    claims, _ = read(catalogue, review="全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%。")
    assert [(c.kind, c.subject, c.indicator) for c in claims][1:] == [
        ("amount", "全省地区生产总值", "gdp"), ("growth", "全省地区生产总值", "gdp")]


def test_a_change_verb_closing_the_clause_after_a_percentage(catalogue):
    claims, _ = read(catalogue, review="汽车产量继续保持40%以上增长、达357万辆。")
    assert [(c.kind, c.subject) for c in claims] == [("growth", "汽车产量"), ("count", "汽车产量")]


def test_a_scaled_number_counts_the_noun_right_after_it(catalogue):
    claims, _ = read(catalogue, review="47.4万受灾群众得到了及时救助，新增100条“漫步北京”旅游线路。")
    assert [(c.value, c.counted) for c in claims] == [(474000, "受灾群众"), (100, "“漫步北京”旅游线路")]


def test_a_word_naming_two_things_splits_a_respectively_list(catalogue):
    claims, _ = read(catalogue, targets="城乡居民人均可支配收入分别增长5%和7%左右。")
    assert [(c.subject, c.qualifier) for c in claims] == [
        ("城镇居民人均可支配收入", "exact"), ("农村居民人均可支配收入", "about")]


def test_one_figure_for_each_item_of_a_respectively_list(catalogue):
    claims, _ = read(catalogue, review="社会消费品零售总额、固定资产投资年均分别增长20%。")
    assert [(c.expr, c.subject, c.indicator) for c in claims] == [
        ("20%", "社会消费品零售总额", "retail_sales"), ("20%", "固定资产投资", "fixed_asset_investment")]


def test_a_multiple_of_a_level_is_named_by_the_level(catalogue):
    claims, _ = read(catalogue, review="一般公共预算收入完成47.1亿元，是2006年的2.9倍。")
    assert [(c.kind, c.unit, c.indicator) for c in claims] == [
        ("amount", "CNY", "public_budget_revenue"), ("ratio_to_base", "times", "public_budget_revenue")]


def test_a_negative_growth_falls(catalogue):
    c = claim(catalogue, "-2.5%", review="出口增长-2.5%。")
    assert (c.kind, c.value, c.direction) == ("growth", 2.5, "down")


def test_a_change_against_another_subject_keeps_its_own(catalogue):
    claims, _ = read(catalogue, review="农村居民收入增速比城镇居民高2.4个百分点，城镇调查失业率比上年低0.3个百分点。")
    assert [(c.subject, c.direction) for c in claims] == [("农村居民收入", "up"), ("城镇调查失业率", "down")]


def test_a_soft_line_break_keeps_the_figure_and_its_subject(catalogue):
    claims, _ = read(catalogue, review="国内生产总值达到74.4\u200b\n万亿元，增长6.7%。研发经费投入\u200b\n强度达到2.08%。")
    assert [(c.value, c.subject, c.indicator) for c in claims] == [
        (74.4e12, "国内生产总值", "gdp"), (6.7, "国内生产总值", "gdp"), (2.08, "研发经费投入强度", "rd_intensity")]


def test_a_difference_from_a_base_is_no_level_of_the_indicator(catalogue):
    claims, _ = read(catalogue, review="一般公共预算收入达到2.17万亿元，比上年增加2787亿元。",
                     targets="城镇新增就业预期目标比去年多100万人。")
    assert [(c.expr, c.indicator) for c in claims] == [
        ("2.17万亿元", "public_budget_revenue"), ("2787亿元", ""), ("100万人", "")]


@pytest.mark.parametrize("sentence", [
    "国内生产总值以7%左右的速度增长。", "保持经济以7%左右的速度增长。", "经济增长7%左右。", "经济增速在7%左右。",
    "国内生产总值增速7%左右。",
])
def test_the_growth_of_the_economy_in_a_targets_sentence_is_gdp(catalogue, sentence):
    c = claim(catalogue, "7%左右", targets=sentence)
    assert (c.kind, c.indicator, c.status) == ("growth", "gdp", "target")


def test_a_change_compared_with_a_base_takes_the_subject_before(catalogue):
    claims, _ = read(catalogue, targets="赤字率拟按2.8%安排，比去年预算高0.2个百分点。")
    assert [(c.kind, c.subject, c.indicator) for c in claims] == [
        ("share", "赤字率", "deficit_ratio"), ("pp_change", "赤字率", "deficit_ratio")]


def test_the_total_after_a_growth_is_the_level_of_the_same_subject(catalogue):
    claims, _ = read(catalogue, review="国内生产总值增长6.6%，总量突破90万亿元。")
    assert [(c.kind, c.subject, c.indicator) for c in claims] == [
        ("growth", "国内生产总值", "gdp"), ("amount", "国内生产总值", "gdp")]


@pytest.mark.parametrize("sentence, expr, subject", [
    ("建成投产亿元以上项目30个。", "30个", "亿元以上项目"),
    ("居民消费价格指数涨幅在3%左右。", "3%左右", "居民消费价格指数"),
    ("建成区面积达60平方公里。", "60平方公里", "建成区面积"),
])
def test_verbs_around_a_subject_are_trimmed(catalogue, sentence, expr, subject):
    assert claim(catalogue, expr, review=sentence).subject == subject


def test_a_respectively_list_pairs_with_as_many_levels_each_named_before_it(catalogue):
    claims, _ = read(catalogue, review="城镇居民人均可支配收入2.1万元，农民人均纯收入8000元，分别增长9%和11.5%。")
    assert [(c.expr, c.subject, c.indicator) for c in claims][2:] == [
        ("9%", "城镇居民人均可支配收入", "disposable_income"), ("11.5%", "农民人均纯收入", "")]
    claims, _ = read(catalogue, review="实际利用外资3000万美元，完成出口创汇5000万美元，分别增长30%和12%。")
    assert [(c.expr, c.subject) for c in claims][2:] == [("30%", "实际利用外资"), ("12%", "出口创汇")]


def test_a_respectively_list_after_figures_of_one_subject_keeps_it(catalogue):
    claims, _ = read(catalogue, review="固定资产投资完成800亿元，增长20%，其中工业投资、民间投资分别增长11%、8%。")
    assert [(c.expr, c.subject) for c in claims][2:] == [("11%", "工业投资"), ("8%", "民间投资")]


def test_a_clause_from_one_level_to_another_measures_what_the_clause_before_names(catalogue):
    claims, _ = read(catalogue, review="城镇居民人均可支配收入，由2019年的3.2万元增加到2024年的4.1万元。")
    assert [(c.value, c.period, c.subject, c.indicator) for c in claims] == [
        (32000, 2019, "城镇居民人均可支配收入", "disposable_income"),
        (41000, 2024, "城镇居民人均可支配收入", "disposable_income")]
    claims, _ = read(catalogue, review="全社会固定资产投资，从2019年的800亿元增加到2024年的1200亿元。")
    assert [c.indicator for c in claims] == ["fixed_asset_investment"] * 2


@pytest.mark.parametrize("sentence", [
    "地区生产总值达到3020亿元，首次突破3000亿元大关，增长7.2%。",
    "地区生产总值首次突破3000亿元大关，增长7.2%。",
    "地区生产总值再次突破3000亿元，增长7.2%。",
])
def test_a_first_time_word_is_no_part_of_the_subject(catalogue, sentence):
    claims, _ = read(catalogue, review=sentence)
    assert {(c.subject, c.indicator) for c in claims} == {("地区生产总值", "gdp")}


@pytest.mark.parametrize("sentence, expr", [
    ("高新区经济总量五年实现翻一番。", "翻一番"),
    ("全市县域生产总值400亿元，增长11%。", "11%"),
    ("产业集聚区固定资产投资700亿元，增长29%。", "29%"),
    ("脱贫地区农村居民人均可支配收入增长7.6%。", "7.6%"),
    ("5个县（市）地区生产总值全部超过200亿元。", "超过200亿元"),
    ("13个县（市、区）地区生产总值增速均超过6%。", "超过6%"),
])
def test_a_smaller_area_s_figure_is_no_headline_of_the_place(catalogue, sentence, expr):
    assert claim(catalogue, expr, review=sentence).indicator == ""


def test_a_real_growth_after_a_nominal_one_is_the_same_indicator_s(catalogue):
    """扣除价格因素实际增长 names no subject of its own: the income before it is what grew."""
    claims, _ = read(catalogue, review="全体居民人均可支配收入达到51286元，名义增长5.6%，扣除价格因素实际增长5.3%。")
    assert [(c.expr, c.indicator) for c in claims] == [
        ("51286元", "disposable_income"), ("5.6%", "disposable_income"), ("5.3%", "disposable_income")]


def test_a_growth_target_set_after_a_growth_named_is_that_growth_s_target(catalogue):
    """今年预期目标设定为增长7%以上 after 去年全市地区生产总值增长3.6%: the target is the economy's growth."""
    c = claim(catalogue, "7%以上", targets="去年全市地区生产总值增长3.6%，今年预期目标设定为增长7%以上。")
    assert (c.kind, c.status, c.period, c.indicator) == ("growth", "target", 2025, "gdp")


@pytest.mark.parametrize("sentence, expr", [
    ("全省地区生产总值增长8.6%，两年平均增长5.7%。", "5.7%"),
    ("一般公共预算收入同比增长10.2%，两年平均增长5.6%。", "5.6%"),
])
def test_a_two_year_average_is_a_yearly_average_over_the_reviewed_year_and_the_one_before(catalogue, sentence,
                                                                                          expr):
    """两年平均增长 sets the reviewed year against the year before it: a yearly average over both."""
    c = claim(catalogue, expr, review=sentence)
    assert (c.kind, c.span, c.period_start, c.period, c.status) == ("growth", "average_annual", 2023, 2024, "actual")
    assert c.indicator in ("gdp", "public_budget_revenue")


def test_a_year_written_before_an_average_is_no_count_of_years(catalogue):
    """2023年平均: the year 2023, not an average over 23 years."""
    c = claim(catalogue, "6%", review="全省一般公共预算收入2023年平均每月增长6%。")
    assert (c.span, c.period_start, c.period) == ("year", 2023, 2023)


def test_the_growth_before_a_two_year_average_stays_the_reviewed_year_s(catalogue):
    c = claim(catalogue, "8.6%", review="全省地区生产总值增长8.6%，两年平均增长5.7%。")
    assert (c.span, c.period_start, c.period) == ("year", 2024, 2024)


def test_a_target_recalled_in_a_review_is_a_target_of_the_reviewed_year(catalogue):
    """实现了涨幅3%左右的调控目标: the aim the reviewed year had, beside the result that met it."""
    claims, _ = read(catalogue, review="居民消费价格上涨2.8%，实现了涨幅3%左右的调控目标。")
    assert [(c.expr, c.status, c.period, c.indicator) for c in claims] == [
        ("2.8%", "actual", 2024, "cpi"), ("3%左右", "target", 2024, "cpi")]


def test_each_figure_of_a_list_of_recalled_targets_is_a_target(catalogue):
    """实现…500元和300元的目标: the aim the list names is each of its figures'."""
    claims, _ = read(catalogue, review="提前一年实现农村中小学生人均公用经费500元和300元的目标。")
    assert [(c.expr, c.status, c.period) for c in claims] == [("500元", "target", 2024), ("300元", "target", 2024)]


def test_a_review_s_figure_before_a_pace_it_kept_is_no_target(catalogue):
    """…增长7.5%的速度: 的 and a noun after a figure make it an aim only when the noun is one."""
    c = claim(catalogue, "7.5%", review="全省地区生产总值保持了7.5%的增长速度。")
    assert (c.status, c.period) == ("actual", 2024)


PLAN_TARGETS = ("“十四五”时期，全省地区生产总值年均增长6%左右，到2025年研发经费投入强度达到2.5%，"
                "城镇新增就业累计300万人以上。")


def test_a_plan_s_total_is_a_total_over_the_plan_after_a_clause_naming_its_last_year(catalogue):
    """到2025年 is the year of the level its own clause names; 城镇新增就业累计 counts over the whole plan."""
    claims, _ = read(catalogue, targets=PLAN_TARGETS)
    assert [(c.expr, c.span, c.period_start, c.period, c.indicator) for c in claims] == [
        ("6%左右", "average_annual", 2021, 2025, "gdp"), ("2.5%", "year", 2025, 2025, "rd_intensity"),
        ("300万人以上", "cumulative", 2021, 2025, "urban_new_jobs")]


def test_a_total_whose_own_clause_names_a_year_stays_that_year_s(catalogue):
    c = claim(catalogue, "12万人", review="五年来，全省经济稳步发展，2024年城镇新增就业12万人。")
    assert (c.span, c.period_start, c.period) == ("year", 2024, 2024)


def test_a_growth_target_naming_nothing_that_grows_is_the_economy_s(catalogue):
    """今年预期目标设定为增长7%以上 in a sentence of its own: the growth a report sets first is the economy's."""
    c = claim(catalogue, "7%以上", targets="今年预期目标设定为增长7%以上，兼顾两年平均增长的需要。")
    assert (c.kind, c.status, c.period, c.indicator) == ("growth", "target", 2025, "gdp")


def test_the_whole_place_s_figure_stays_a_headline_beside_a_smaller_area_s(catalogue):
    claims, _ = read(catalogue, review="全区地区生产总值增长5%，其中示范区地区生产总值增长9%。")
    assert [(c.expr, c.indicator) for c in claims] == [("5%", "gdp"), ("9%", "")]


def test_a_rank_among_the_first_is_a_ceiling_on_the_rank(catalogue):
    claims, _ = read(catalogue, targets="力争全省经济总量进入全国前10位，县域经济进入全国前100强。",
                     review="8项指标增速居全国前3位。")
    assert [(c.expr, c.kind, c.value, c.qualifier) for c in claims if c.kind == "rank"] == [
        ("前3位", "rank", 3, "at_most"), ("前10位", "rank", 10, "at_most"), ("前100强", "rank", 100, "at_most")]


def test_levels_of_a_mechanism_are_no_claims(catalogue):
    claims, mentions = read(catalogue, targets="建立市区两级协调机制，完善县乡两级服务网络。")
    assert claims == [] and {m.nonclaim_type for m in mentions if "级" in m.text} == {"word_use"}


@pytest.mark.parametrize("sentence", [
    "全省地区生产总值迈上6万亿元新台阶、增长5.8%。",
    "全省地区生产总值突破6万亿元大关、增长5.8%。",
])
def test_a_milestone_after_a_level_names_no_subject_of_the_growth_after_it(catalogue, sentence):
    claims, _ = read(catalogue, review=sentence)
    assert [(c.kind, c.subject, c.indicator) for c in claims] == [
        ("amount", "全省地区生产总值", "gdp"), ("growth", "全省地区生产总值", "gdp")]


def test_a_level_moving_from_one_figure_to_another_is_two_figures_not_a_range(catalogue):
    claims, _ = read(catalogue, review="五年来，一般公共预算收入由12.5亿元到36.4亿元，增长率3%至5%。")
    assert [(c.expr, c.value, c.value_high, c.period_start, c.period, c.span) for c in claims[:2]] == [
        ("12.5亿元", 12.5e8, None, 2019, 2019, "year"), ("36.4亿元", 36.4e8, None, 2024, 2024, "year")]
    assert {c.indicator for c in claims[:2]} == {"public_budget_revenue"}
    assert (claims[2].value, claims[2].value_high) == (3, 5)   # a range joined by 至 elsewhere stays one


def test_a_base_phrase_is_no_subject_of_the_figure_after_it(catalogue):
    claims, _ = read(catalogue, targets="一般公共预算收入年均增长13%左右，力争在2024年的基础上翻一番。")
    assert [(c.expr, c.subject, c.indicator) for c in claims] == [
        ("13%左右", "一般公共预算收入", "public_budget_revenue"), ("翻一番", "一般公共预算收入", "public_budget_revenue")]


def test_a_growth_target_named_after_its_figure(catalogue):
    c = claim(catalogue, "8%左右", targets="提出8%左右的国内生产总值增长目标，综合考虑了发展的需要和可能。")
    assert (c.kind, c.direction, c.subject, c.indicator, c.status) == ("growth", "up", "国内生产总值", "gdp", "target")
    c = claim(catalogue, "20%", targets="执行好20%的刚性增长机制。")   # no aim named after the change word
    assert c.kind == "share" and c.indicator == ""


def test_a_growth_naming_nothing_that_grows_is_the_economy_s(catalogue):
    c = claim(catalogue, "7.5%左右", targets="经过认真比较、反复权衡，把增长预期目标定在7.5%左右，兼顾了需要和可能。")
    assert (c.kind, c.indicator, c.status) == ("growth", "gdp", "target")
    c = claim(catalogue, "13%左右", targets="广义货币M2预期增长目标拟定为13%左右。")   # names what grows
    assert c.indicator == ""
    c = claim(catalogue, "3.5%左右", targets="把居民消费价格涨幅控制在3.5%左右。")
    assert (c.subject, c.indicator) == ("居民消费价格", "cpi")


@pytest.mark.parametrize("line", ["——地区生产总值增长5.5%左右；", "1.地区生产总值增长5.5%左右；", "（1）地区生产总值增长5.5%左右；"])
def test_a_list_line_s_marker_is_no_part_of_the_subject(catalogue, line):
    c = claim(catalogue, "5.5%左右", targets="今年经济社会发展的主要预期目标是：\n" + line + "\n城镇新增就业50万人。")
    assert (c.subject, c.indicator, c.status) == ("地区生产总值", "gdp", "target")


def test_value_added_written_without_its_owner_is_the_owner_s_named_before():
    claims, _ = read(load_catalogue(), review="规模以上工业企业比上年增加215户，完成增加值135.1亿元，增长26.6%。")
    assert [(c.expr, c.subject, c.indicator) for c in claims][1:] == [
        ("135.1亿元", "规模以上工业企业增加值", "industrial_value_added"),
        ("26.6%", "规模以上工业企业增加值", "industrial_value_added")]


# --- a list read "respectively" over years named before it --------------------------------------------

def years_of(claims):
    return [(c.expr, c.direction, c.period_start, c.period, c.span, c.status) for c in claims]


@pytest.mark.parametrize("opening", ["2024年，", ""])
def test_figures_of_the_three_years_before_set_against_the_reviewed_year_are_one_year_each(catalogue, opening):
    """由前三年分别上升…，转为下降1.2%: the reviewed year's fall (2024) turns from rises in each of the three
    years before it, 2021, 2022 and 2023 in order; the three years frame the list and are no claim."""
    claims, _ = read(catalogue, review=opening + "全国单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%。")
    assert years_of(claims) == [
        ("4.9%", "up", 2021, 2021, "year", "actual"), ("5.5%", "up", 2022, 2022, "year", "actual"),
        ("0.2%", "up", 2023, 2023, "year", "actual"), ("1.2%", "down", 2024, 2024, "year", "actual")]
    assert {c.subject for c in claims} == {"全国单位国内生产总值能耗"}


def test_figures_of_the_two_years_before_set_against_the_reviewed_year_are_one_year_each(catalogue):
    claims, _ = read(catalogue, review="全省粮食产量由前两年分别减少2.1%和1.5%，转为增长3.2%。")
    assert years_of(claims) == [
        ("2.1%", "down", 2022, 2022, "year", "actual"), ("1.5%", "down", 2023, 2023, "year", "actual"),
        ("3.2%", "up", 2024, 2024, "year", "actual")]
    assert {c.indicator for c in claims} == {"grain_output"}


@pytest.mark.parametrize("words", ["过去三年", "前三年"])
def test_figures_of_the_last_years_read_respectively_are_one_year_each_to_the_reviewed_year(catalogue, words):
    """全省地区生产总值过去三年分别增长6.1%、5.2%、5.8%: with nothing set against them, the three years end with the
    reviewed year (2022, 2023, 2024)."""
    claims, _ = read(catalogue, review=f"全省地区生产总值{words}分别增长6.1%、5.2%、5.8%。")
    assert years_of(claims) == [
        ("6.1%", "up", 2022, 2022, "year", "actual"), ("5.2%", "up", 2023, 2023, "year", "actual"),
        ("5.8%", "up", 2024, 2024, "year", "actual")]
    assert {(c.subject, c.indicator) for c in claims} == {("全省地区生产总值", "gdp")}


@pytest.mark.parametrize("years", ["2021年、2022年、2023年", "2021年、2022年和2023年", "2021—2023年"])
def test_figures_read_respectively_over_years_written_out_are_one_year_each(catalogue, years):
    claims, _ = read(catalogue, review=f"全省地区生产总值{years}分别增长8.1%、4.2%、6.0%。")
    assert years_of(claims) == [
        ("8.1%", "up", 2021, 2021, "year", "actual"), ("4.2%", "up", 2022, 2022, "year", "actual"),
        ("6.0%", "up", 2023, 2023, "year", "actual")]


def test_figures_read_respectively_over_subjects_keep_the_years_they_share(catalogue):
    """城镇和农村居民人均可支配收入过去两年分别增长: the list pairs with the two incomes, each grown over both years."""
    claims, _ = read(catalogue, review="城镇和农村居民人均可支配收入过去两年分别增长10.5%和14.2%。")
    assert [(c.expr, c.subject, c.period_start, c.period) for c in claims] == [
        ("10.5%", "城镇居民人均可支配收入", 2023, 2024), ("14.2%", "农村居民人均可支配收入", 2023, 2024)]


def test_a_list_read_respectively_over_fewer_years_than_it_has_figures_is_not_spread_over_them(catalogue):
    """过去两年分别增长…三个数: two years cannot hold three figures one each; they stay the frame's."""
    claims, _ = read(catalogue, review="全省地区生产总值过去两年分别增长6.1%、5.2%、5.8%。")
    assert {(c.period_start, c.period) for c in claims} == {(2023, 2024)}


# --- a two-year average among the targets -------------------------------------------------------------

@pytest.mark.parametrize("sentence, expr", [
    ("全省地区生产总值增长6%左右，两年平均增长5.5%左右。", "5.5%左右"),
    ("今年全省地区生产总值预期增长6%以上，两年平均增长5%左右。", "5%左右"),
    ("地区生产总值两年平均增长5%以上。", "5%以上"),
])
def test_a_two_year_average_among_the_targets_is_over_this_year_and_the_one_before(catalogue, sentence, expr):
    """两年平均增长 in the targets: this year's aim read together with last year's result, a yearly average over
    both (2024 and 2025), not over the two years the review covers."""
    c = claim(catalogue, expr, targets=sentence)
    assert (c.kind, c.status, c.span, c.period_start, c.period, c.indicator) == (
        "growth", "target", "average_annual", 2024, 2025, "gdp")


def test_a_two_year_average_after_last_year_s_result_among_the_targets_stays_the_reviewed_years(catalogue):
    """去年…增长8.6%，两年平均增长5.7%: written after last year's result, the average looks back (2023, 2024)."""
    c = claim(catalogue, "5.7%", targets="去年全省地区生产总值增长8.6%，两年平均增长5.7%。")
    assert (c.status, c.span, c.period_start, c.period) == ("actual", "average_annual", 2023, 2024)


def test_a_level_the_total_of_a_target_reaches_by_a_year_is_the_subject_s(catalogue):
    """今后五年，…地区生产总值年均增长…，到2030年总量达到2500亿元: 到 opening the clause belongs to its year, and
    总量 is the level of the subject before."""
    c = claim(catalogue, "2500亿元", targets="今后五年，全市地区生产总值年均增长8.5%左右，到2030年总量达到2500亿元。")
    assert (c.subject, c.indicator, c.period) == ("全市地区生产总值", "gdp", 2030)


def test_an_aim_word_between_the_total_and_its_level_names_no_subject(catalogue):
    """总量力争突破百亿元: 力争 stands between 总量 and the level, so 总量 is the level of the subject before."""
    c = claim(catalogue, "突破百亿元", targets="今年全县地区生产总值增长10%以上，总量力争突破百亿元。")
    assert (c.kind, c.value, c.qualifier, c.indicator) == ("amount", 1e10, "more_than", "gdp")


@pytest.mark.parametrize("review, expr", [
    ("全县12个乡镇中，有5个乡镇财政收入超过5000万元。", "超过5000万元"),
    ("其中经开区规上工业增加值增长10%以上。", "10%以上"),
])
def test_a_township_s_or_a_development_zone_s_figure_is_no_headline_figure(review, expr):
    """乡镇, 经开区: areas smaller than the county or city a local report speaks for."""
    assert claim(load_catalogue(), expr, review=review).indicator == ""


def test_industrial_output_value_is_not_industrial_value_added():
    """规上工业总产值: gross output value, which the bundled catalogue keeps apart from value added."""
    assert claim(load_catalogue(), "8%", targets="规上工业总产值增长8%。").indicator == ""


def test_a_growth_net_of_tax_refunds_is_the_revenue_s_before_it(catalogue):
    """…同比下降4.6%，扣除留抵退税因素后增长6.2%: the adjusted growth names no subject of its own."""
    c = claim(catalogue, "6.2%", review="一般公共预算收入完成15.8亿元，同比下降4.6%，扣除留抵退税因素后增长6.2%。")
    assert (c.direction, c.indicator) == ("up", "public_budget_revenue")


def test_the_total_doubled_after_a_growth_is_the_same_subject_s(catalogue):
    """…生产总值年均增长13.6%，总量实现翻一番: 总量 names the level of the subject before, whatever its kind."""
    c = claim(catalogue, "翻一番", review="过去五年，全县地区生产总值年均增长13.6%，总量实现翻一番。")
    assert (c.kind, c.value, c.indicator) == ("growth", 100, "gdp")


def test_last_year_s_growth_compared_in_the_targets_is_last_year_s_result(catalogue):
    """…预期增长6.5%左右，与去年增长6.2%的实际相比略有提高: the figure inside 与去年…相比 is the thing compared."""
    c = claim(catalogue, "6.2%", targets="今年全市地区生产总值预期增长6.5%左右，与去年增长6.2%的实际相比略有提高。")
    assert (c.status, c.period, c.indicator) == ("actual", 2024, "gdp")
