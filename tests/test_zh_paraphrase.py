"""Rewrites of a Chinese figure that keep its meaning keep its reading: `增长6%左右` or `增长6％左右` or
`增长６％左右`, `比上年增长` or `同比增长` or `较上年增长`, another verb of the same direction, a hedge written
before or after the figure, `按可比价格计算，` before the subject, `，在实际工作中争取更好结果` after a target.
Value, kind, qualifier, direction and indicator must not move, in the review of last year (results) and in
this year's targets alike; a stretch aim (`增长6%左右、力争7%`, `增长6%左右，力争达到7%`) is one target with
`value_stretch` and no target of its own, however it is joined on. Each sentence is put where it stands in a
report: part 一 reviews 2024, part 二 sets the targets of 2025. Expected values come from the meaning put
into the sentence."""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import workreport

REVIEW = "一、2024年工作回顾\n"
TARGETS = "二、2025年工作总体要求和主要目标\n"

SUBJECTS = [  # (as a report writes it, headline indicator, said 按可比价格计算 in reports)
    ("地区生产总值", "gdp", True), ("全市地区生产总值", "gdp", True),
    ("规模以上工业增加值", "industrial_value_added", True), ("规上工业增加值", "industrial_value_added", True),
    ("固定资产投资", "fixed_asset_investment", False), ("社会消费品零售总额", "retail_sales", False),
    ("一般公共预算收入", "public_budget_revenue", False), ("进出口总额", "foreign_trade", False),
    ("外贸进出口总额", "foreign_trade", False), ("居民人均可支配收入", "disposable_income", False),
]
UP_VERBS = ["增长", "增加", "提高", "上升"]
DOWN_VERBS = ["下降", "降低", "减少", "回落"]

# Consumer prices rise (上涨, 上升) or have a rise (涨幅) of so much, or fall (下降, 降低); a rise is also said to
# be held at a figure (涨幅控制在3%以内), which is said with no hedge, with 左右 or with 以内 only. `居民消费价格回落
# 0.5%` is left out: of a price index it is read as often as "inflation came down by 0.5" as "prices fell by
# 0.5%". `价格减少` and `价格增加` are not said of prices.
CPI_SUBJECTS = ["居民消费价格", "居民消费价格指数", "居民消费价格总水平"]
CPI_UP_VERBS = ["上涨", "上升", "涨幅", "涨幅为"]
CPI_HELD_AT = ["涨幅在", "涨幅控制在", "涨幅保持在"]
CPI_DOWN_VERBS = ["下降", "降低"]

COMPARISONS = ["", "比上年", "同比", "较上年"]  # none of them is said with the noun 涨幅
PERCENT = ["%", "％"]
VALUES = ["6", "5.5", "0.3", "2", "7.5", "12", "13.4"]
HEDGES = [  # (before the figure, after it, qualifier)
    ("", "", "exact"), ("", "左右", "about"), ("", "以上", "more_than"), ("超过", "", "more_than"),
    ("不低于", "", "at_least"), ("不少于", "", "at_least"),
]
CPI_HEDGES = HEDGES + [("", "以内", "at_most"), ("不超过", "", "at_most")]

RESULT_OPENERS = ["", "全年", "过去一年，", "2024年，"]
TARGET_OPENERS = ["", "今年", "主要预期目标是：", "今年经济社会发展的主要预期目标是："]
REAL_TERMS = "按可比价格计算，"
BETTER = "，在实际工作中争取更好结果"

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def number(draw, value: str) -> str:
    """The figure in ASCII digits, or in full-width digits with an ASCII or a full-width point."""
    width = draw(st.sampled_from(["ascii", "full", "full point"]))
    if width == "ascii":
        return value
    digits = value.translate(FULL_WIDTH)
    return digits.replace(".", "．") if width == "full point" else digits


def write(draw, meaning: dict, part: str) -> str:
    """One sentence of `part` ('results' or 'targets') saying the figure of `meaning` in words drawn afresh."""
    subject, real_terms, down, value = meaning["subject"], meaning["real_terms"], meaning["down"], meaning["value"]
    before, after = meaning["hedge"]
    if subject in CPI_SUBJECTS:
        held = not down and (before, after) in (("", ""), ("", "左右"), ("", "以内"))
        verb = draw(st.sampled_from(CPI_DOWN_VERBS if down else CPI_UP_VERBS + (CPI_HELD_AT if held else [])))
    else:
        verb = draw(st.sampled_from(DOWN_VERBS if down else UP_VERBS))
    comparison = "" if verb.startswith("涨幅") else draw(st.sampled_from(COMPARISONS))
    opener = draw(st.sampled_from(RESULT_OPENERS if part == "results" else TARGET_OPENERS))
    if real_terms and draw(st.booleans()):  # `过去一年，按可比价格计算，…` but `按可比价格计算，全年…`
        opener = REAL_TERMS + opener if opener in ("全年", "今年") else opener + REAL_TERMS
    figure = before + number(draw, value) + draw(st.sampled_from(PERCENT)) + after
    tail = BETTER if part == "targets" and draw(st.booleans()) else ""
    return f"{opener}{subject}{comparison}{verb}{figure}{tail}。"


@st.composite
def rewrites(draw):
    """One figure said in a results part and in a targets part, each in its own words."""
    if draw(st.integers(0, len(SUBJECTS))) == 0:  # consumer prices about as often as any other subject
        subject, indicator, real_terms, hedges = draw(st.sampled_from(CPI_SUBJECTS)), "cpi", False, CPI_HEDGES
    else:
        (subject, indicator, real_terms), hedges = draw(st.sampled_from(SUBJECTS)), HEDGES
    down, value = draw(st.booleans()), draw(st.sampled_from(VALUES))
    before, after, qualifier = draw(st.sampled_from(hedges))
    meaning = dict(subject=subject, real_terms=real_terms, down=down, value=value, hedge=(before, after))
    results, targets = write(draw, meaning, "results"), write(draw, meaning, "targets")
    want = dict(value=float(value), value_stretch=None, kind="growth", qualifier=qualifier,
                direction="down" if down else "up", indicator=indicator)
    return results, targets, want


def readings(results: str, targets: str) -> tuple[list[dict], list[dict]]:
    """The claims of a two-part report, those of the review and those of the targets part."""
    text = REVIEW + results + "\n" + TARGETS + targets + "\n"
    claims = workreport.extract_text(text, year=2025, language="zh").claims
    split = text.index(TARGETS)
    rows = []
    for _, row in claims.iterrows():
        stretch = row["value_stretch"]
        rows.append((row["start"], dict(
            expr=row["expr"], status=row["status"], value=float(row["value"]),
            value_stretch=None if pd.isna(stretch) else float(stretch),
            kind=row["kind"], qualifier=row["qualifier"], direction=row["direction"], indicator=row["indicator"])))
    return [r for s, r in rows if s < split], [r for s, r in rows if s >= split]


def only(found: list[dict], sentence: str, status: str) -> dict:
    assert len(found) == 1, f"{sentence!r}: {[r['expr'] for r in found]}"
    got = dict(found[0])
    assert got.pop("status") == status, f"{sentence!r}: {found[0]}"
    got.pop("expr")
    return got


@settings(max_examples=150, deadline=None)
@given(rewrites())
def test_a_chinese_rewrite_keeps_value_kind_hedge_direction_and_indicator(case):
    results, targets, want = case
    in_review, in_targets = readings(results, targets)
    assert only(in_review, results, "actual") == want, results
    assert only(in_targets, targets, "target") == want, targets


STRETCH_JOINS = ["、力争", "，力争", "、力争达到", "，力争达到", "，争取", "，努力实现"]
STRETCH_HEDGES = [("", "exact"), ("左右", "about"), ("以上", "more_than")]


@st.composite
def stretch_aims(draw):
    """A target with a stretch aim above it, `增长6%左右、力争7%`, joined on in the ways reports do."""
    subject, indicator, _ = draw(st.sampled_from(SUBJECTS))
    base = draw(st.sampled_from(["5", "5.5", "6", "7.5", "8"]))
    stretch = str(float(base) + draw(st.sampled_from([0.5, 1.0, 2.0]))).removesuffix(".0")
    hedge, qualifier = draw(st.sampled_from(STRETCH_HEDGES))
    opener = draw(st.sampled_from(TARGET_OPENERS))
    comparison = draw(st.sampled_from(COMPARISONS))
    verb = draw(st.sampled_from(["增长", "提高"]))
    join = draw(st.sampled_from(STRETCH_JOINS))
    sentence = (f"{opener}{subject}{comparison}{verb}{number(draw, base)}{draw(st.sampled_from(PERCENT))}{hedge}"
                f"{join}{number(draw, stretch)}{draw(st.sampled_from(PERCENT))}。")
    want = dict(value=float(base), value_stretch=float(stretch), kind="growth", qualifier=qualifier,
                direction="up", indicator=indicator)
    return sentence, want


@settings(max_examples=150, deadline=None)
@given(stretch_aims())
def test_a_stretch_aim_is_one_target_however_it_is_joined_on(case):
    sentence, want = case
    _, in_targets = readings("过去一年工作扎实。", sentence)
    assert only(in_targets, sentence, "target") == want, sentence


def test_the_two_wordings_of_the_issue_read_alike():
    _, a = readings("过去一年工作扎实。", "地区生产总值增长6%左右、力争7%。")
    _, b = readings("过去一年工作扎实。", "地区生产总值增长6%左右，力争达到7%。")
    want = dict(value=6.0, value_stretch=7.0, kind="growth", qualifier="about", direction="up", indicator="gdp")
    assert only(a, "增长6%左右、力争7%", "target") == only(b, "增长6%左右，力争达到7%", "target") == want
