"""The structure of a Chinese work report and when each figure is: parts and their roles from the headings,
sections, sentences, the report's year and place, and the status, years, span and base of a figure.
The texts are short reports written in the genre's forms; the expected values are read from the Chinese."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from workreport.read.zh.structure import numeral_value, parse_document
from workreport.read.zh.when import When, when

RAW_ZH = Path(__file__).resolve().parents[1] / "data" / "raw" / "zh"

TWO_PARTS = """2025年某某省政府工作报告
——2025年1月15日在安徽省第十四届人民代表大会第三次会议上
各位代表：
　　现在，我代表省人民政府，向大会报告政府工作，请予审议。
　　一、2024年工作回顾
　　过去一年，全省地区生产总值增长5.8%。预计全年一般公共预算收入增长3%。
　　（一）工业稳步增长。规模以上工业增加值增长8%。
　　（二）消费持续恢复。社会消费品零售总额增长4.2%。
　　二、2025年工作总体要求和主要目标
　　今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇调查失业率控制在5.5%以内；到2027年，研发投入强度达到3%。
　　三、加强政府自身建设
　　一般性支出压减5%。
"""


def _figure(doc, figure: str, occurrence: int = 0) -> tuple[int, int, int]:
    """(sentence index, start, end) of the n-th occurrence of a figure in the text."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(figure, start + 1)
    return doc.sentence_index(start), start, start + len(figure)


def _when(doc, figure: str, kind: str = "growth", qualifier: str = "exact", occurrence: int = 0) -> When:
    si, a, b = _figure(doc, figure, occurrence)
    return when(doc, si, a, b, kind, qualifier)


def test_parts_of_a_two_part_report_with_roles_from_their_headings():
    doc = parse_document(TWO_PARTS)
    assert [(p.id, p.role) for p in doc.parts] == [
        ("0", "preamble"), ("I", "results"), ("II", "targets"), ("III", "government")]
    assert doc.parts[1].title == "2024年工作回顾"
    assert doc.parts[2].title == "2025年工作总体要求和主要目标"
    assert doc.year == 2025 and doc.place == "Anhui" and doc.report_id == "anhui-2025"


def test_sections_sentences_and_paragraphs():
    doc = parse_document(TWO_PARTS)
    assert [s.id for s in doc.sections] == ["0", "I", "I.1", "I.2", "II", "III"]
    assert doc.sections[2].title == "（一）工业稳步增长。"
    # paragraphs lose the ideographic spaces before them
    assert all(not doc.text[a:b].startswith("\u3000") for a, b in doc.paragraphs)
    # the targets sentence keeps its semicolons: one sentence
    si = doc.sentence_index(doc.text.index("主要预期目标"))
    assert doc.sentence_text(si).endswith("研发投入强度达到3%。")
    assert doc.sentence_text(si).startswith("今年经济社会发展")
    si = doc.sentence_index(doc.text.index("规模以上工业增加值"))
    assert doc.sentences[si].section == "I.1" and doc.sentences[si].role == "results"


def test_a_quotation_with_its_own_full_stop_does_not_end_the_sentence():
    doc = parse_document("一、2024年工作回顾\n我们坚持“稳中求进。以进促稳”的总基调，经济增长5%。\n")
    texts = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert "我们坚持“稳中求进。以进促稳”的总基调，经济增长5%。" in texts


def test_a_heading_that_runs_into_its_paragraph():
    text = ("各位代表：现在，我代表市人民政府，向大会作工作报告。\n"
            "一、2004年政府工作回顾2004年，市人民政府团结带领全市人民，全市生产总值增长12%。\n"
            "二、2005年政府工作的目标和主要任务今年是“十一五”规划的准备之年。全市生产总值增长10%。\n")
    doc = parse_document(text)
    assert [(p.id, p.role, p.title) for p in doc.parts[1:]] == [
        ("I", "results", "2004年政府工作回顾"), ("II", "targets", "2005年政府工作的目标和主要任务")]
    assert doc.year == 2005


def test_a_heading_split_over_two_lines():
    text = "一、2024年工作回顾\n经济增长5%。\n二、2025年主要任务\n经济增长5%左右。\n三、持续提升政府\n治理效能和服务水平\n要坚持依法行政。\n"
    doc = parse_document(text)
    assert doc.parts[-1].title == "持续提升政府治理效能和服务水平"
    assert doc.parts[-1].role == "government"


def test_a_five_year_plan_part_covers_the_plan_years():
    text = ("各位代表：\n一、“十四五”时期工作回顾\n五年来，地区生产总值年均增长5.5%。\n"
            "二、“十五五”时期的主要目标和任务\n地区生产总值年均增长5%左右，城镇调查失业率控制在5.5%以内。\n"
            "三、2026年工作总体要求和主要目标\n地区生产总值增长5%左右。\n")
    doc = parse_document(text, year=2026)
    roles = {p.id: (p.role, p.years) for p in doc.parts}
    assert roles["I"] == ("results", (2021, 2025))
    assert roles["II"] == ("plan", (2026, 2030))
    assert roles["III"] == ("targets", None)
    assert _when(doc, "5.5%。") == When("actual", 2025, 2021, "average_annual", None)
    assert _when(doc, "5%左右，") == When("target", 2030, 2026, "average_annual", None)
    assert _when(doc, "5.5%以内", "share", "at_most") == When("target", 2030, 2026, "average_annual", None)
    assert _when(doc, "5%左右。") == When("target", 2026, 2026, "year", None)


def test_the_next_five_years_make_a_plan_part():
    doc = parse_document("一、过去五年工作回顾\n经济增长。\n二、今后五年的总体要求和目标任务\n经济增长。\n", year=2012)
    assert (doc.parts[0].role, doc.parts[0].years) == ("results", (2007, 2011))
    assert (doc.parts[1].role, doc.parts[1].years) == ("plan", (2012, 2016))


def test_a_text_without_headings_is_one_unrecognised_part_read_sentence_by_sentence():
    doc = parse_document("全市生产总值增长6%。今年要力争全市生产总值增长7%。", year=2020)
    assert [(p.id, p.role) for p in doc.parts] == [("0", "unrecognised")]
    assert _when(doc, "6%") == When("actual", 2019, 2019, "year", None)
    assert _when(doc, "7%") == When("target", 2020, 2020, "year", None)
    # 主要 holds 要, but says nothing of the future
    doc = parse_document("主要经济指标增长6%。", year=2020)
    assert _when(doc, "6%").status == "actual"


def test_the_year_comes_from_the_delivery_line_not_the_largest_year():
    text = ("政府工作报告\n——2014年2月19日在驻马店市第三届人民代表大会第五次会议上\n各位代表：\n"
            "一、过去一年工作回顾\n到2020年建成小康社会。\n")
    doc = parse_document(text)
    assert doc.year == 2014
    assert doc.place == "Zhumadian"


def test_the_year_from_a_review_heading_or_a_targets_heading():
    assert parse_document("一、2013年工作回顾\n到2035年基本实现现代化。\n").year == 2014
    assert parse_document("一、过去一年工作回顾\n好。\n二、2009年主要任务\n好。\n").year == 2009


@pytest.mark.parametrize("head, place", [
    ("2025年广西政府工作报告\n2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上\n", "Guangxi"),
    ("2025年北京市政府工作报告\n", "Beijing"),
    ("——2025年1月19日在重庆市第六届人民代表大会第三次会议上\n重庆市人民政府市长\n", "Chongqing"),
    ("各位代表：\n现在，我代表国务院，向大会作政府工作报告。\n", "China"),
    ("2025年某县政府工作报告\n2025年1月10日在某县第十届人民代表大会第三次会议上\n", "某县"),
    ("2025年1月10日在江城市第十届人民代表大会第三次会议上\n", "江城"),
])
def test_the_place_from_the_title_or_delivery_line(head, place):
    doc = parse_document(head + "一、2024年工作回顾\n经济增长5%。\n")
    assert doc.place == place


def test_a_place_given_is_kept_and_names_the_report():
    doc = parse_document("一、2024年工作回顾\n经济增长5%。\n", year=2025, place="Dalian")
    assert (doc.place, doc.year, doc.report_id) == ("Dalian", 2025, "dalian-2025")


def test_the_main_targets_sentence_is_a_target_wherever_it_stands():
    text = ("一、2024年工作回顾\n全省经济增长5%。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
            "二、加快产业升级\n要做大做强制造业。\n")
    doc = parse_document(text, year=2025)
    assert _when(doc, "5%").status == "actual"
    assert _when(doc, "6%左右", qualifier="about") == When("target", 2025, 2025, "year", None)
    # a review of the targets is no list of them
    doc = parse_document("一、2024年工作回顾\n圆满实现全年主要预期目标，经济增长5%。\n", year=2025)
    assert _when(doc, "5%").status == "actual"


def test_when_a_result_an_estimate_and_a_target():
    doc = parse_document(TWO_PARTS)
    assert _when(doc, "5.8%") == When("actual", 2024, 2024, "year", None)
    assert _when(doc, "3%") == When("estimate", 2024, 2024, "year", None)
    assert _when(doc, "5.5%左右", qualifier="about") == When("target", 2025, 2025, "year", None)
    assert _when(doc, "5.5%以内", "share", "at_most") == When("target", 2025, 2025, "year", None)
    assert _when(doc, "5%", occurrence=1).status == "target"     # the government part


def test_a_target_for_a_later_year():
    doc = parse_document(TWO_PARTS)
    assert _when(doc, "3%", "share", occurrence=1) == When("target", 2027, 2027, "year", None)


def test_the_year_a_clause_names():
    text = "一、2024年工作回顾\n2023年粮食产量800亿斤。耕地面积从2020年的100万亩增加到2024年的120万亩。去年新增就业10万人。\n"
    doc = parse_document(text, year=2025)
    assert _when(doc, "800亿斤", "quantity").period == 2023
    assert _when(doc, "100万亩", "quantity").period == 2020
    assert _when(doc, "120万亩", "quantity").period == 2024
    assert _when(doc, "10万人", "count").period == 2024


def test_the_past_five_years_average_annual_and_cumulative():
    text = ("一、过去五年工作回顾\n五年来，地区生产总值年均增长6.1%，累计新增城镇就业300万人。"
            "2024年，地区生产总值增长5%。\n二、2025年主要任务\n经济增长5%左右。\n")
    doc = parse_document(text, year=2025)
    assert _when(doc, "6.1%") == When("actual", 2024, 2020, "average_annual", None)
    assert _when(doc, "300万人", "count") == When("actual", 2024, 2020, "cumulative", None)
    assert _when(doc, "5%。") == When("actual", 2024, 2024, "year", None)


def test_frames_named_in_the_clause():
    text = ("一、2025年工作回顾\n2021-2025年，全市生产总值年均增长6%。“十四五”期间累计完成投资1000亿元。"
            "2022年以来，累计新增就业20万人。\n")
    doc = parse_document(text, year=2026)
    assert _when(doc, "6%") == When("actual", 2025, 2021, "average_annual", None)
    assert _when(doc, "1000亿元", "amount") == When("actual", 2025, 2021, "cumulative", None)
    assert _when(doc, "20万人", "count") == When("actual", 2025, 2022, "cumulative", None)


def test_a_base_year():
    text = ("一、2024年工作回顾\n全省生产总值比2020年增长30%，同比增长5%，比上年提高0.5个百分点。\n"
            "二、2025年工作总体要求和主要目标\n单位地区生产总值能耗较2020年下降13.5%。\n")
    doc = parse_document(text, year=2025)
    assert _when(doc, "30%") == When("actual", 2024, 2021, "cumulative", 2020)
    assert _when(doc, "5%").base_period is None
    assert _when(doc, "0.5个百分点", "pp_change") == When("actual", 2024, 2024, "year", None)
    assert _when(doc, "13.5%") == When("target", 2025, 2021, "cumulative", 2020)
    # a count has no base
    doc = parse_document("一、2024年工作回顾\n比2020年新增企业30家。\n", year=2025)
    assert _when(doc, "30家", "count").base_period is None


def test_a_mixed_heading_reviews_then_sets_targets():
    text = "一、“十三五”时期成就和“十四五”时期主要目标任务\n五年来，经济年均增长6%。今后要力争经济年均增长5%以上。\n"
    doc = parse_document(text, year=2021)
    part = doc.parts[0]
    assert (part.role, part.mixed, part.years, part.review_years) == ("plan", True, (2021, 2025), (2016, 2020))
    assert _when(doc, "6%") == When("actual", 2020, 2016, "average_annual", None)
    assert _when(doc, "5%以上", qualifier="more_than") == When("target", 2025, 2021, "average_annual", None)


def test_full_width_digits_are_read():
    text = "首先报告２００１年的工作\n２００１年，国内生产总值增长７．３％。\n"
    doc = parse_document(text, year=2002)
    assert _when(doc, "７．３％") == When("actual", 2001, 2001, "year", None)


@pytest.mark.parametrize("numeral, value", [("一", 1), ("十", 10), ("十四", 14), ("二十一", 21), ("两", 2), ("甲", None)])
def test_chinese_numerals(numeral, value):
    assert numeral_value(numeral) == value


def test_every_chinese_report_is_read_quickly_and_without_error():
    """Over every Chinese text: nothing raises, each sentence lies in its paragraph, and reading one with a
    year for each figure takes well under the time the whole extraction may take (the best of three runs:
    a shared machine's load is no part of the reader's speed)."""
    files = sorted(RAW_ZH.glob("*.txt"))
    if not files:
        pytest.skip("no Chinese texts")
    worst = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8")
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            doc = parse_document(text)
            for k, s in enumerate(doc.sentences):
                when(doc, k, s.start, min(s.start + 1, s.end), "growth", "exact")
            best = min(best, time.process_time() - t0)
        worst = max(worst, best)
        assert doc.parts and doc.sentences
        for s in doc.sentences:
            a, b = doc.paragraphs[s.paragraph]
            assert a <= s.start < s.end <= b
    assert worst < 0.1


def test_from_one_level_to_another():
    text = ("一、过去五年工作回顾\n国内生产总值从26.6万亿元增加到51.9万亿元，年均增长9.3%。"
            "财政赤字率从2009年的2.8%降到去年的1.5%左右。\n")
    doc = parse_document(text, year=2013)
    assert _when(doc, "26.6万亿元", "amount") == When("actual", 2007, 2007, "year", None)
    assert _when(doc, "51.9万亿元", "amount") == When("actual", 2012, 2012, "year", None)
    assert _when(doc, "9.3%") == When("actual", 2012, 2008, "average_annual", None)
    assert _when(doc, "2.8%", "share").period == 2009
    assert _when(doc, "1.5%左右", "share", "about").period == 2012


def test_numbers_that_are_no_years_and_frames_of_other_clauses():
    text = ("一、2024年工作回顾\n300个重点项目完成年度投资1000亿元，增长5%。"
            "峰会14年来首次在京举办，进出口总额超3.6万亿元。\n")
    doc = parse_document(text, year=2025)
    assert _when(doc, "5%") == When("actual", 2024, 2024, "year", None)
    assert _when(doc, "3.6万亿元", "amount", "more_than") == When("actual", 2024, 2024, "year", None)


def test_a_base_in_the_words_after_the_year():
    doc = parse_document("一、“十二五”发展目标\n全市生产总值在2010年的基础上翻一番。\n", year=2011)
    assert _when(doc, "翻一番") == When("target", 2015, 2011, "cumulative", 2010)


def test_a_task_part_whose_heading_names_no_role_may_look_back():
    text = ("一、1999年国内工作回顾\n经济增长7.1%。\n二、坚持扩大内需的方针\n"
            "两年来通过财政发行国债2100亿元。今年拟发行长期建设国债1000亿元。\n")
    doc = parse_document(text)
    assert [p.role for p in doc.parts] == ["results", "targets"]
    assert _when(doc, "2100亿元", "amount") == When("actual", 1999, 1998, "cumulative", None)
    assert _when(doc, "1000亿元", "amount") == When("target", 2000, 2000, "year", None)


def test_an_earlier_year_in_a_plan_part_is_a_result():
    text = ("一、2005年工作回顾\n经济增长9.9%。\n二、关于“十一五”规划纲要的说明\n"
            "2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。今后五年国内生产总值年均增长7.5%，城镇新增就业4500万人。\n")
    doc = parse_document(text)
    assert doc.year == 2006 and doc.parts[1].years == (2006, 2010)
    assert _when(doc, "57.3%") == When("actual", 2005, 2001, "cumulative", 2000)
    assert _when(doc, "9.5%") == When("actual", 2005, 2001, "average_annual", 2000)
    assert _when(doc, "7.5%") == When("target", 2010, 2006, "average_annual", None)
    assert _when(doc, "4500万人", "count") == When("target", 2010, 2006, "cumulative", None)


def test_a_year_since_which():
    doc = parse_document("一、过去五年工作回顾\n从1999年起，高考录取率从36%提高到59%。\n", year=2003)
    assert _when(doc, "36%", "share") == When("actual", 1998, 1998, "year", None)
    assert _when(doc, "59%", "share") == When("actual", 2002, 2002, "year", None)


def test_a_plan_part_looking_back_at_the_last_plan():
    text = ("一、2005年工作回顾\n经济增长12%。\n二、关于“十一五”规划纲要的说明\n"
            "“十五”期间，全市生产总值年均增长9.2%；限上工业增加值比“九五”末翻了一番多。"
            "中心城区建成区面积由2000年的23.5平方公里扩大到48平方公里。“十一五”时期，全市生产总值年均增长12%以上。\n")
    doc = parse_document(text, place="Zhumadian")
    assert _when(doc, "9.2%") == When("actual", 2005, 2001, "average_annual", None)
    assert _when(doc, "翻了一番多", qualifier="more_than") == When("actual", 2005, 2001, "cumulative", 2000)
    assert _when(doc, "23.5平方公里", "quantity").period == 2000
    assert _when(doc, "48平方公里", "quantity").period != 2000
    assert _when(doc, "12%以上", qualifier="more_than") == When("target", 2010, 2006, "average_annual", None)


def test_a_level_compared_in_the_next_clause_is_the_last_years():
    text = ("一、过去五年工作的回顾\n五年来，地方财政一般预算收入完成47.1亿元，是2006年的2.9倍，年均增长23.8%；"
            "累计城镇新增就业38万人。粮食产量达到136.97亿斤，连续4年稳定在130亿斤以上。\n")
    doc = parse_document(text, year=2012)
    assert _when(doc, "47.1亿元", "amount") == When("actual", 2011, 2011, "year", None)
    assert _when(doc, "23.8%") == When("actual", 2011, 2007, "average_annual", None)
    assert _when(doc, "38万人", "count") == When("actual", 2011, 2007, "cumulative", None)
    assert _when(doc, "136.97亿斤", "quantity") == When("actual", 2011, 2011, "year", None)
    assert _when(doc, "130亿斤以上", "quantity", "more_than") == When("actual", 2011, 2008, "average_annual", None)


def test_last_years_level_in_a_targets_sentence():
    text = "一、2014年工作回顾\n经济增长7.4%。\n二、2015年工作总体部署\n今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n"
    doc = parse_document(text)
    assert _when(doc, "1.62万亿元", "amount") == When("target", 2015, 2015, "year", None)
    assert _when(doc, "2.1%", "share") == When("actual", 2014, 2014, "year", None)
    assert _when(doc, "2.3%", "share") == When("target", 2015, 2015, "year", None)


def test_a_multiple_of_a_base_years_level_covers_the_years_since():
    text = ("一、过去五年工作的回顾\n五年来，地方财政一般预算收入完成47.1亿元，是2006年的2.9倍，年均增长23.8%。"
            "2002年高等学校在校生1600万人，是1997年的2.3倍；中心城区完成投资21亿元，是上年的3.7倍。\n")
    doc = parse_document(text, year=2012)
    assert _when(doc, "2.9倍", "ratio_to_base") == When("actual", 2011, 2007, "cumulative", 2006)
    assert _when(doc, "2.3倍", "ratio_to_base") == When("actual", 2002, 1998, "cumulative", 1997)
    assert _when(doc, "3.7倍", "ratio_to_base") == When("actual", 2011, 2011, "year", None)


def test_a_yearly_average_is_never_one_years_growth():
    # the frame of its paragraph, of its part's heading, or its part's years ending at the year it names
    text = ("一、2010年及“十一五”工作回顾\n——这五年是经济持续快速发展的五年。全市生产总值突破1000亿元，年均增长12.4%。\n"
            "进出口总额年均增长30%。\n二、2011年主要目标\n今后五年，经济增长预期目标是在提高质量和效益的基础上年均增长7%。\n")
    doc = parse_document(text, year=2011)
    assert _when(doc, "12.4%") == When("actual", 2010, 2006, "average_annual", None)
    assert _when(doc, "30%") == When("actual", 2010, 2006, "average_annual", None)
    assert _when(doc, "7%") == When("target", 2015, 2011, "average_annual", None)
    text = ("一、“九五”时期国民经济和社会发展的回顾\n国内生产总值2000年达89404亿元，平均每年增长8.3％。\n"
            "二、今年的工作\n按照新的普查数据和2005年的实际结果，“十一五”年均增长7.5%。\n")
    doc = parse_document(text, year=2001)
    assert _when(doc, "8.3％") == When("actual", 2000, 1996, "average_annual", None)
    assert _when(doc, "7.5%") == When("target", 2010, 2006, "average_annual", None)


def _status_and_year(doc, figure: str, kind: str = "growth") -> tuple[str, int]:
    w = _when(doc, figure, kind)
    return w.status, w.period


def test_seeking_funds_in_a_review_sentence_is_a_result_and_in_an_aim_a_target():
    # where each sentence says what it does (no parts recognised, or a part that reviews and sets targets)
    text = "过去一年，我们争取中央资金30亿元。2024年，争取国债项目资金12亿元。争取引进项目40个。力争投资增长8%。\n"
    doc = parse_document(text, year=2025)
    assert _when(doc, "30亿元", "amount").status == "actual"
    assert _status_and_year(doc, "12亿元", "amount") == ("actual", 2024)
    assert _status_and_year(doc, "40个", "count") == ("target", 2025)
    assert _status_and_year(doc, "8%") == ("target", 2025)
    text = ("一、“十三五”时期成就和“十四五”时期主要目标任务\n五年来，累计争取中央资金300亿元。"
            "今后五年，争取引进项目200个。\n")
    doc = parse_document(text, year=2021)
    assert _when(doc, "300亿元", "amount").status == "actual"
    assert _when(doc, "200个", "count").status == "target"


def test_a_line_broken_inside_a_sentence_goes_on_on_the_next():
    text = ("一、2016年工作回顾\n国内生产总值达到74.4\u200b\n万亿元，增长6.7%。研发经费支出与国内生产总值\n之比达到2.08%。\n"
            "二、2017年工作总体部署\n经济增长6.5%左右。\n")
    doc = parse_document(text, year=2017)
    assert [p.role for p in doc.parts if p.role != "preamble"] == ["results", "targets"]
    assert [doc.text[a:b] for a, b in doc.paragraphs][1].endswith("之比达到2.08%。")
    assert doc.sentence_text(doc.sentence_index(text.index("之比"))).startswith("研发经费支出")


def test_a_change_on_the_same_time_a_year_before_is_one_years_in_a_frame_of_several():
    text = ("一、过去五年工作回顾\n五年来，累计完成固定资产投资5000亿元，全市生产总值达到1800亿元，同比增长8.5%。\n"
            "二、2025年主要任务\n经济增长5%左右。\n")
    doc = parse_document(text, year=2025)
    assert _when(doc, "5000亿元", "amount") == When("actual", 2024, 2020, "cumulative", None)
    assert _when(doc, "8.5%") == When("actual", 2024, 2024, "year", None)


def test_a_total_takes_the_plan_its_part_heading_names_where_its_sentence_names_none():
    text = ("一、2024年及“十四五”工作回顾\n——这五年是民生持续改善的五年。城镇新增就业累计达35万人。"
            "全市生产总值连续8年保持增长，累计创建绿色工厂20家。\n二、2025年主要任务\n经济增长5%左右。\n")
    doc = parse_document(text, year=2025)
    assert _when(doc, "35万人", "count") == When("actual", 2024, 2021, "cumulative", None)
    doc = parse_document(text.replace("2024年及“十四五”工作回顾", "2024年工作回顾"), year=2025)
    assert _when(doc, "20家", "count") == When("actual", 2024, 2024, "year", None)   # 连续8年 is no frame of it


def test_a_level_a_milestone_is_reached_at_is_the_frame_s_last_year():
    text = ("一、“十四五”时期和2025年工作回顾\n五年来，全省地区生产总值年均增长5.5%，迈上6万亿元台阶。\n"
            "二、2026年主要任务\n经济增长5%左右。\n")
    doc = parse_document(text, year=2026)
    assert _when(doc, "5.5%") == When("actual", 2025, 2021, "average_annual", None)
    assert _when(doc, "6万亿元", "amount") == When("actual", 2025, 2025, "year", None)
