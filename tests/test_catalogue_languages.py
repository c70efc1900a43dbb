"""One catalogue serves both languages: a Chinese subject and its English translation meet on one id.

The pairs are the usual wordings of the headline indicators in the two languages' reports, written
from how reports put them; a wrong alias, a missing one or a lost exclusion fails a row."""
import pytest

from workreport.catalogue import load_catalogue, match_indicator

PAIRS = [
    # (Chinese subject, English subject, kind, indicator)
    ("全省地区生产总值", "gross regional product of the province", "growth", "gdp"),
    ("国内生产总值", "gross domestic product", "amount", "gdp"),
    ("规模以上工业增加值", "value added of industrial enterprises above designated size", "growth", "industrial_value_added"),
    ("全社会固定资产投资", "fixed-asset investment", "growth", "fixed_asset_investment"),
    ("社会消费品零售总额", "total retail sales of consumer goods", "growth", "retail_sales"),
    ("地方一般公共预算收入", "general public budget revenue", "amount", "public_budget_revenue"),
    ("外贸进出口总额", "total imports and exports", "growth", "foreign_trade"),
    ("居民消费价格涨幅", "consumer prices", "growth", "cpi"),
    ("城镇新增就业", "new urban jobs", "count", "urban_new_jobs"),
    ("城镇调查失业率", "surveyed urban unemployment rate", "share", "surveyed_unemployment_rate"),
    ("城镇登记失业率", "registered urban unemployment rate", "share", "registered_unemployment_rate"),
    ("单位地区生产总值能耗", "energy consumption per unit of gdp", "growth", "energy_intensity"),
    ("居民人均可支配收入", "per capita disposable income", "growth", "disposable_income"),
    ("研究与试验发展经费投入强度", "r&d intensity", "share", "rd_intensity"),
    ("实际使用外资", "foreign capital actually utilized", "amount", "fdi_utilized"),
    ("粮食产量", "grain output", "quantity", "grain_output"),
    ("赤字率", "deficit-to-gdp ratio", "share", "deficit_ratio"),
    ("经济增速", "economic growth", "growth", "gdp"),
    ("公共财政预算收入", "general budget revenue", "growth", "public_budget_revenue"),
    ("技术合同成交额", "the value of technology contract transactions", "growth", "tech_contract_turnover"),
    ("技术交易额", "value of technology transactions", "amount", "tech_contract_turnover"),
    ("全社会研发经费支出与国内生产总值之比", "r&d spending as a percentage of gdp", "share", "rd_intensity"),
]


@pytest.mark.parametrize("zh, en, kind, indicator", PAIRS, ids=[p[3] for p in PAIRS])
def test_a_chinese_subject_and_its_translation_meet_on_one_id(zh, en, kind, indicator):
    catalogue = load_catalogue()
    assert match_indicator(catalogue, zh, kind) == indicator
    assert match_indicator(catalogue, en, kind) == indicator


@pytest.mark.parametrize("subject, kind", [
    ("人均地区生产总值", "growth"),          # per capita GDP is not GDP
    ("粮食综合生产能力产能", "quantity"),      # grain production capacity is not output
    ("高技术制造业增加值", "growth"),          # a branch of industry, not all industry above size
    ("研发经费投入强度", "growth"),            # an intensity is a share, not a growth of spending
    ("海洋生产总值", "growth"),                # the marine economy's output is not GDP
    ("contribution of scientific and technological progress to economic growth", "share"),
])
def test_what_only_resembles_a_headline_indicator_is_not_one(subject, kind):
    assert match_indicator(load_catalogue(), subject, kind) == ""


@pytest.mark.parametrize("zh, kind, indicator", [
    ("城镇居民人均可支配收人", "amount", "disposable_income"),   # 人 read for 入 in a scanned text
    ("城镇居民可支配收人", "growth", "disposable_income"),
    ("城镇居民人均支配收人", "growth", "disposable_income"),
    ("地方财政一般预算收人", "amount", "public_budget_revenue"),
    ("地方财政公共预算收入", "growth", "public_budget_revenue"),   # 公共 and 财政 in the other order
    ("限额以上工业完成增加值", "amount", "industrial_value_added"),   # the older name of 规模以上工业
    ("限上工业", "growth", "industrial_value_added"),
])
def test_a_scanned_text_s_misread_character_still_names_the_indicator(zh, kind, indicator):
    assert match_indicator(load_catalogue(), zh, kind) == indicator


@pytest.mark.parametrize("zh, kind", [
    ("规模以上工业企业实现利润", "growth"),     # profits of industry, not its value added
    ("规模以上民营工业增加值", "growth"),       # one part of industry
    ("规模以上工业能耗强度", "growth"),         # industry's energy use, not the economy's
    ("对东盟进出口", "growth"),                 # trade with one partner
    ("对共建“一带一路”国家进出口额", "growth"),
])
def test_a_part_or_another_measure_of_a_headline_is_no_headline(zh, kind):
    assert match_indicator(load_catalogue(), zh, kind) == ""


MIXED = ["gdp增长", "全省gdp", "地区生产总值 gdp growth", "r&d经费投入强度", "cpi涨幅", "5g基站", "grain output（粮食产量）",
         "国内生产总值", "gross domestic product", "the city's gdp", "规模以上工业增加值增长", ""]


@pytest.mark.parametrize("kind", ["growth", "amount", "share", "count", "quantity", "pp_change"])
def test_patterns_kept_by_script_find_what_one_pattern_of_every_alias_finds(kind):
    """The patterns of every alias, of both languages, must agree with those the matcher keeps by script."""
    from workreport.catalogue import matcher_for
    matcher = matcher_for(load_catalogue())
    subjects = MIXED + [s for pair in PAIRS for s in pair[:2]]
    found = 0
    for subject in subjects:
        expected = matcher.match_with(matcher.scripts["mixed"], subject, kind) if subject else ""
        assert matcher.match(subject, kind) == expected, subject
        found += bool(expected)
    assert found or kind == "pp_change"
