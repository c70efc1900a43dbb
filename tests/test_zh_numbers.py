"""Every number of a Chinese work report as written: value, scale, unit, range, hedge, and the numbers that
are no quantity (years, dates, ordinals, section markers, slogans, names). Sentences are written in the
genre's forms; expected values come from reading the Chinese."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from workreport.read.zh.numbers import find_mentions, numeral_value

RAW = Path(__file__).resolve().parents[1] / "data" / "raw" / "zh"


def one(text: str, expr: str):
    """The mention whose text is `expr`."""
    found = [m for m in find_mentions(text) if m.text == expr]
    assert len(found) == 1, [(m.text, m.nonclaim_type) for m in find_mentions(text)]
    return found[0]


@pytest.mark.parametrize("text, expr, value, unit, qualifier", [
    ("全省地区生产总值增长5.8%。", "5.8%", 5.8, "%", "exact"),
    ("城镇新增就业68万人左右。", "68万人左右", 680000, "", "about"),
    ("粮食产量836.9亿斤。", "836.9亿斤", 83690000000, "jin", "exact"),
    ("一般公共预算收入3000亿元。", "3000亿元", 300000000000, "CNY", "exact"),
    ("地区生产总值1.2万亿元。", "1.2万亿元", 1.2e12, "CNY", "exact"),
    ("安排专项资金500万元。", "500万元", 5000000, "CNY", "exact"),
    ("实际使用外资5.6亿美元。", "5.6亿美元", 560000000, "USD", "exact"),
    ("粮食产量1146.1万吨。", "1146.1万吨", 11461000, "ton", "exact"),
    ("建成高标准农田13.5万亩。", "13.5万亩", 135000, "mu", "exact"),
    ("治理水土流失887.83平方公里。", "887.83平方公里", 887.83, "km2", "exact"),
    ("新增公路通车里程1．2万公里。", "1．2万公里", 12000, "km", "exact"),
    ("改造老旧小区20.6万平方米。", "20.6万平方米", 206000, "m2", "exact"),
    ("造林1.5万公顷。", "1.5万公顷", 15000, "ha", "exact"),
    ("审批时限压缩至3个工作日。", "3个工作日", 3, "day", "exact"),
    ("提高0.7个百分点。", "0.7个百分点", 0.7, "pp", "exact"),
    ("居民消费价格涨幅2%左右。", "2%左右", 2, "%", "about"),
    ("全年财政收入达到１６３７１亿元。", "１６３７１亿元", 1637100000000, "CNY", "exact"),
    ("人口自然增长率控制在6‰以内。", "6‰以内", 0.6, "%", "at_most"),
    ("利润1,234亿元。", "1,234亿元", 123400000000, "CNY", "exact"),
])
def test_value_scale_and_unit(text, expr, value, unit, qualifier):
    m = one(text, expr)
    assert m.nonclaim_type is None
    assert m.value == pytest.approx(value)
    assert (m.unit, m.qualifier) == (unit, qualifier)


@pytest.mark.parametrize("text, expr, qualifier", [
    ("规模以上工业增加值增长7.5%以上。", "7.5%以上", "more_than"),
    ("进出口总额超过5000亿元。", "超过5000亿元", "more_than"),
    ("新增企业3000多家。", "3000多家", "more_than"),
    ("转移就业30多万人。", "30多万人", "more_than"),
    ("新建学校300余所。", "300余所", "more_than"),
    ("研发投入增长不低于10%。", "不低于10%", "at_least"),
    ("引进人才不少于1万人。", "不少于1万人", "at_least"),
    ("城镇调查失业率控制在5.5%以内。", "5.5%以内", "at_most"),
    ("赤字率不超过3%。", "不超过3%", "at_most"),
    ("增速低于2%。", "低于2%", "less_than"),
    ("近3.3万名工作人员在副中心办公。", "近3.3万名", "about"),
    ("约30万辆。", "约30万辆", "about"),
    ("增长6%上下。", "6%上下", "about"),
])
def test_hedges_before_and_after(text, expr, qualifier):
    assert one(text, expr).qualifier == qualifier


def test_a_word_that_only_holds_a_hedge_character_is_no_hedge():
    assert one("节约3亿元。", "3亿元").qualifier == "exact"           # 节约 saves; 约 is no "about" here
    assert one("带动1000家上下游企业。", "1000家").qualifier == "exact"   # 上下游: up- and downstream


@pytest.mark.parametrize("text, expr, value, high, unit", [
    ("地区生产总值增长5%—5.5%。", "5%—5.5%", 5, 5.5, "%"),
    ("增长5-5.5%。", "5-5.5%", 5, 5.5, "%"),
    ("增长5%到5.5%。", "5%到5.5%", 5, 5.5, "%"),
    ("增长5%至5.5%。", "5%至5.5%", 5, 5.5, "%"),
    ("高出3—5个百分点。", "3—5个百分点", 3, 5, "pp"),
    ("吸纳就业8—10万人。", "8—10万人", 80000, 100000, ""),
])
def test_ranges_are_one_mention(text, expr, value, high, unit):
    m = one(text, expr)
    assert (m.value, m.value_high, m.unit) == (pytest.approx(value), pytest.approx(high), unit)


def test_times_after_a_change_verb_is_a_percentage_change_and_a_bare_ratio_is_times():
    grown = one("农民收入增长1.5倍。", "1.5倍")
    assert (grown.value, grown.unit) == (pytest.approx(150), "%")
    assert (one("提高一倍以上。", "一倍以上").value, one("提高一倍以上。", "一倍以上").qualifier) == (pytest.approx(100), "more_than")
    ratio = one("财政收入是2006年的2.9倍。", "2.9倍")
    assert (ratio.value, ratio.unit) == (pytest.approx(2.9), "times")


@pytest.mark.parametrize("text, expr, value", [
    ("地区生产总值翻一番。", "翻一番", 100),
    ("人均收入翻两番。", "翻两番", 300),
    ("较2006年翻了一番。", "翻了一番", 100),
    ("经济总量实现翻番。", "翻番", 100),
])
def test_doubling_is_a_growth(text, expr, value):
    m = one(text, expr)
    assert (m.value, m.unit, m.nonclaim_type) == (value, "%", None)


@pytest.mark.parametrize("text, expr, value", [
    ("新建三所学校。", "三所", 3),
    ("抓好两个市场。", "两个", 2),
    ("实施十大工程。", "十大", 10),
    ("新增一千二百万元。", "一千二百万元", 12000000),
    ("用两万多人。", "两万多人", 20000),
    ("赤字率提高一个百分点。", "一个百分点", 1),
    ("增长一倍。", "一倍", 100),
])
def test_a_chinese_numeral_with_a_measure_word_quantifies(text, expr, value):
    m = one(text, expr)
    assert (m.nonclaim_type, m.value, m.is_word) == (None, value, True)


@pytest.mark.parametrize("text", [
    "进一步深化改革。", "推进全国统一大市场建设。", "推动区域一体化发展。", "实施一批重大项目。",
    "千方百计扩大就业。", "新能源汽车零部件产业。", "一个不少地完成任务。", "今年是关键一年。",
])
def test_a_numeral_inside_a_word_is_no_mention(text):
    assert find_mentions(text) == []


@pytest.mark.parametrize("text, expr, kind", [
    ("2024年，全市经济稳中有进。", "2024年", "year"),
    ("对2024—2025年作出部署。", "2024—2025年", "year"),
    ("二〇〇五年是关键一年。", "二〇〇五年", "year"),
    ("到2035年基本实现现代化。", "2035年", "year"),
    ("1月20日召开会议。", "1月20日", "date"),
    ("2025年1月20日在省人民代表大会上。", "2025年1月20日", "date"),
    ("1—11月规模以上工业增长。", "1—11月", "date"),
    ("一季度回落。", "一季度", "date"),
    ("第一，稳增长。", "第一", "ordinal_name"),
    ("第二批市级机关完成搬迁。", "第二批", "ordinal_name"),
    ("深入贯彻党的二十大精神。", "二十大", "ordinal_name"),
    ("二十届三中全会。", "二十届", "ordinal_name"),
    ("新中国成立75周年。", "75周年", "ordinal_name"),
    ("开通3号线。", "3号线", "ordinal_name"),
    ("一是稳增长。", "一是", "ordinal_name"),
    ("“十四五”规划顺利收官。", "十四五", "slogan"),
    ("全力打造“3533”重点产业集群。", "3533", "slogan"),
    ("坚决反对四风。", "四风", "slogan"),
    ("深刻领悟两个确立的决定性意义。", "两个确立", "slogan"),
    ("做到两个维护。", "两个维护", "slogan"),
    ("统筹推进五位一体总体布局。", "五位一体", "slogan"),
    ("加快建设三地一区。", "三地一区", "slogan"),
    ("新建5G基站。", "5G", "word_use"),
    ("参加G20峰会。", "G20", "word_use"),
    ("PM2.5平均浓度下降。", "PM2.5", "word_use"),
    ("建立“1+N”政策体系。", "1+N", "slogan"),
    ("建立1+N政策体系。", "1+N", "word_use"),
    ("三级医院全覆盖。", "三级", "word_use"),
    ("新开工3000万元以上的重点项目。", "3000万元以上", "word_use"),
    ("服务60岁以上老年人。", "60岁以上", "word_use"),
    ("每万人口拥有律师3名。", "万人", None),
])
def test_numbers_that_are_no_quantity_are_typed(text, expr, kind):
    if kind is None:   # 每万人口: 万 alone is no number at all
        assert all(m.text != expr for m in find_mentions(text))
        return
    assert one(text, expr).nonclaim_type == kind


def test_section_markers_at_a_line_start():
    text = "一、2024年工作回顾\n（一）加快项目建设。\n1. 稳增长。\n（2）促消费。"
    kinds = {m.text: m.nonclaim_type for m in find_mentions(text)}
    assert kinds["一、"] == kinds["（一）"] == kinds["1."] == kinds["（2）"] == "section_marker"


def test_a_rank_is_a_candidate_and_other_ordinals_are_not():
    rank = one("经济增速居全国第1位。", "第1位")
    assert (rank.rank, rank.value, rank.nonclaim_type) == (True, 1, None)
    assert one("位居全国第三。", "第三").rank
    assert one("第三次会议。", "第三次").nonclaim_type == "ordinal_name"


def test_a_frame_of_years_is_no_claim_but_a_duration_is():
    assert one("过去五年，经济稳步增长。", "五年").nonclaim_type == "other"
    assert one("近5年来投资增长。", "近5年").nonclaim_type == "other"
    assert one("提前2年完成任务。", "2年").nonclaim_type is None


def test_a_subscript_broken_onto_its_own_line_is_part_of_its_name():
    text = "广义货币M\n2\n预期增长12%左右。"
    assert one(text, "2").nonclaim_type == "word_use"
    assert one(text, "12%左右").nonclaim_type is None


@pytest.mark.parametrize("numeral, value", [
    ("三", 3), ("十", 10), ("十二", 12), ("二十一", 21), ("一百零五", 105), ("一千二百万", 12000000),
    ("两万", 20000), ("二〇〇五", 2005), ("三五", None), ("第", None),
])
def test_numeral_values(numeral, value):
    assert numeral_value(numeral) == value


def _check_coverage(text: str) -> None:
    mentions = find_mentions(text)
    ends = 0
    for m in mentions:
        assert m.start >= ends and m.text == text[m.start:m.end]
        ends = m.end
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    stray = [d.start() for d in re.finditer(r"[0-9０-９]", text) if not covered[d.start()]]
    assert not stray, [text[max(0, i - 10):i + 10] for i in stray[:5]]


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_every_digit_of_every_chinese_report_is_in_exactly_one_mention(path):
    """Coverage only: the mentions are not read here, so every text of the corpus may be used."""
    _check_coverage(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", ["", "没有数字。", "12345", "５", "1.", "2024—", "第", "“3", "翻番", "M\n2"])
def test_odd_texts_are_covered(text):
    _check_coverage(text)


@pytest.mark.parametrize("text, expr", [
    ("上文。\n12\n下文", "12"), ("上文。\n- 12 -\n下文", "- 12 -"), ("上文。\n—12—\n下文", "—12—"), ("见第12页。", "第12页"),
])
def test_page_numbers_are_page_artifacts(text, expr):
    assert one(text, expr).nonclaim_type == "page_artifact"


@pytest.mark.parametrize("text, expr, value, qualifier", [
    ("比上年增长百分之六。", "百分之六", 6, "exact"),
    ("比上年增长百分之六点五。", "百分之六点五", 6.5, "exact"),
    ("专项转移支付项目要减少三分之一。", "三分之一", 100 / 3, "exact"),   # a fraction is a share in percent
    ("三分之二的公园实现无界融通。", "三分之二", 200 / 3, "exact"),
    ("粮食总产量占全省的近1／8。", "近1／8", 12.5, "about"),
    ("专项转移支付项目比上年减少1/3以上。", "1/3以上", 100 / 3, "more_than"),
])
def test_fractions_and_percentages_in_words_are_percentages(text, expr, value, qualifier):
    m = one(text, expr)
    assert (m.unit, m.qualifier) == ("%", qualifier) and m.value == pytest.approx(value)
    _check_coverage(text)


def test_a_date_written_with_slashes_is_no_fraction():
    assert not [m for m in find_mentions("于2024/1/3召开。") if m.unit == "%"]


@pytest.mark.parametrize("text, expr", [
    ("国内生产总值达到74.4\u200b万亿元。", "74.4\u200b万亿元"),
    ("国内生产总值达到74.4\n万亿元。", "74.4\n万亿元"),
    ("国内生产总值达到74.4\u200b\n万亿元。", "74.4\u200b\n万亿元"),
    ("国内生产总值达到74.4\ufeff万亿元。", "74.4\ufeff万亿元"),
])
def test_a_soft_break_between_a_number_and_its_scale_is_one_figure(text, expr):
    m = one(text, expr)
    assert (m.value, m.unit) == (74.4e12, "CNY")


@pytest.mark.parametrize("text, expr, value", [
    ("全县地区生产总值突破百亿元大关，达到106.8亿元。", "突破百亿元", 1e10),
    ("全市地区生产总值迈上千亿元台阶。", "迈上千亿元", 1e11),
    ("总量力争突破百亿元；", "突破百亿元", 1e10),
])
def test_a_round_level_in_numerals_alone_crossed_is_a_figure(text, expr, value):
    """突破百亿元, 迈上千亿元: a level written with a scale alone after a hedge, a mark crossed (more_than)."""
    m = one(text, expr)
    assert m.nonclaim_type is None and (m.value, m.unit, m.qualifier) == (value, "CNY", "more_than")


@pytest.mark.parametrize("text", ["打造千亿元产业集群。", "培育超百亿元企业3家。", "建成千亿级产业。"])
def test_a_round_level_in_numerals_alone_that_classes_a_noun_is_no_figure(text):
    assert not [m for m in find_mentions(text) if "亿" in m.text and m.nonclaim_type is None]


def test_a_digit_of_another_script_in_a_chinese_text_lies_in_a_mention():
    import workreport
    m = workreport.extract_text("地区生产总值增长5.5%，٣㐀").mentions
    assert any(row.start <= 13 < row.end for row in m.itertuples())
