"""The Chinese number reader's quicker ways of reading a text give what the plain ways gave: each is held equal
to the way it replaced (kept here), on the development reports whole, on each of their paragraphs and on
made-up strings, and each comparison is shown able to fail."""
from __future__ import annotations

import re

import numpy as np
import pytest

from workreport.read.scan import DIGITS, find_words, positions, runs as spans
from workreport.read.zh import numbers as N
from workreport.read.zh import structure as S

from zh_development import (DEVELOPMENT, MADE_UP, QUOTED_ENDS, RAW, new_zones, old_sentence_ends, old_zones,
                            paragraphs, reports)

ODD = ["", "翻", "翻番", "翻翻番番", "番翻", "٣1２一翻番翻翻番番十٣", "１٠", "a𝟘b", "𝟘", "𑁦12", "😀十一翻番3", "\ud800一2",
       "x\U0001F600", "12\U0001F6003", "२०२५年", "〇○零", "１２．５％", "翻\n番", "三" * 40, "9" * 40]


def texts() -> list[str]:
    """The development reports whole, each of their paragraphs, and the odd strings."""
    whole = [(RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8") for name in DEVELOPMENT]
    return whole + list(paragraphs()) + ODD


_OLD_OTHER_DIGIT = re.compile(rf"[^\D{DIGITS}]")


def old_runs(text: str):
    """The runs as found before: each digit and numeral by str.find, joined into runs and sorted, each 翻番 by
    str.find, and a pattern testing every character for a digit of another script."""
    numeral_at = positions(text, N._NUMERAL_CHARS)
    digits = spans(positions(text, DIGITS))
    doubled = []
    i = text.find(N._DOUBLED)
    while i >= 0:
        doubled.append((i, i + len(N._DOUBLED), None))
        i = text.find(N._DOUBLED, i + 1)
    runs = sorted([(a, b, True) for a, b in digits] + [(a, b, False) for a, b in spans(numeral_at)] + doubled)
    return digits, runs, numeral_at, _OLD_OTHER_DIGIT.search(text) is not None


def new_runs(text: str):
    digits, runs, numeral_at, other = N._runs(N._marks(text))
    return list(digits), [(a, b, N._IS_DIGIT[kind]) for a, b, kind in runs], numeral_at.tolist(), other


@pytest.fixture(scope="module")
def all_texts():
    return texts()


def test_runs_are_those_found_digit_by_digit(all_texts):
    for text in all_texts:
        assert new_runs(text) == old_runs(text), text[:60]
    assert sum(old_runs(t)[3] for t in all_texts) >= 5   # digits of other scripts, in and beyond the BMP


def test_the_table_knows_every_digit_of_another_script():
    """Every decimal character of the Basic Multilingual Plane but the ASCII and full-width digits, and no other."""
    other = np.array([chr(c).isdecimal() and chr(c) not in DIGITS for c in range(0x10000)])
    assert ((N._KINDS == N._OTHER_DIGIT) == other).all()


def test_the_run_comparison_can_fail(all_texts, monkeypatch):
    """A numeral missing from the table, or a text with characters beyond the BMP read as UTF-16, would show."""
    table = N._KINDS.copy()
    table[ord("两")] = 0
    monkeypatch.setattr(N, "_KINDS", table)
    assert any(new_runs(t) != old_runs(t) for t in all_texts)
    monkeypatch.undo()
    monkeypatch.setattr(N, "_codes", lambda text: np.frombuffer(text.encode("utf-16-le", "surrogatepass"), "<u2"))
    assert any(_differs(t) for t in ODD)


def _differs(text: str) -> bool:
    try:
        return new_runs(text) != old_runs(text)
    except (IndexError, ValueError):
        return True


# --- the structure -------------------------------------------------------------------------------------


ODD_ENDS = ["“甲。”\U0001F600乙。", "\U0001F600“甲。乙”。", "“\ud800甲。”尾。", "。", "“。", "！？”", "“甲\n乙。”丙。", "“甲。”“乙。”",
            "\U0001F600" * 3 + "。" * 3, "“" + "\U0001F600" * 140 + "。”尾。"]


def test_sentence_ends_hold_beyond_the_plane():
    for norm in ODD_ENDS + QUOTED_ENDS:
        assert S.sentence_ends(norm) == old_sentence_ends(norm), norm


def old_main_targets(text, norm, paragraphs, sentences):
    """The main-targets sentences as marked before: every sentence searched for a cue."""
    cues = find_words(norm, S._MAIN_CUE_WORDS)
    if not cues:
        return sentences
    marked = set()
    k = 0
    while k < len(sentences):
        s = sentences[k]
        m = S._MAIN_CUE.search(norm, s.start, s.end)
        if m is None or s.role in ("targets", "plan") or S._MAIN_PAST.search(norm, s.start, m.start()):
            k += 1
            continue
        last = S._list_end(text, norm, paragraphs, s.paragraph)
        j = k
        while j < len(sentences) and sentences[j].paragraph <= last:
            marked.add(j)
            j += 1
        k = max(j, k + 1)
    return [s._replace(role="targets") if i in marked else s for i, s in enumerate(sentences)]


CUED = ["2025年主要预期目标是：地区生产总值增长5%。\n——居民收入增长5%；\n——城镇新增就业10万人。\n其他。", "奋斗目标为：好。主要目标：3%。",
        "去年主要目标完成。主要目标是：增长。", "预期目标", "主要目标是", "一、回顾\n主要预期指标为：增长5%。接着。\n（1）项目。\n二、任务\n奋斗目标是：好。"]


def main_target_cases():
    """(text, norm, paragraphs, sentences) of the development reports and the cued strings, each once as
    read and once with every sentence a result, so that every cue marks its sentences."""
    for norm in list(reports()) + CUED:
        doc = S.parse_document(norm)
        sentences = list(doc.sentences)
        yield norm, norm, doc.paragraphs, sentences
        yield norm, norm, doc.paragraphs, [s._replace(role="results") for s in sentences]


def test_main_targets_are_marked_as_when_every_sentence_was_searched():
    marked = 0
    for case in main_target_cases():
        old = old_main_targets(*case)
        assert S._main_targets(*case) == old
        marked += sum(a.role != b.role for a, b in zip(old, case[3]))
    assert marked > 50


def test_the_main_targets_comparison_can_fail(monkeypatch):
    """Were the sentence of a cue's start not the one searched, the cases would show it."""
    monkeypatch.setattr(S, "_cued_sentences", lambda cues, sentences: [k + 1 for k in range(len(sentences) - 1)
                                                                          if any(sentences[k].start <= c < sentences[k].end for c in cues)])
    assert any(S._main_targets(*case) != old_main_targets(*case) for case in main_target_cases())


# --- the quotations, titles and slogans ------------------------------------------------------------------


ODD_ZONES = ['“ab"cd”12"', '"“12”"', '"ab“12”cd"', '"a"3"b"', '""3""', '"3"', "“”", "“3”", "“𝟘”", "“\U0001F600”", "“\U0001F6003”",
             "“٣”", "“一万亿”", "“万3”", "「三」“四”\"五\"", "《\U0001F6002》", "《》", "《3\n》", "“" + "3" * 30 + "”", "“" + "3" * 31 + "”",
             "《" + "3" * 60 + "》", "《" + "3" * 61 + "》", "“3\n”", "「「3」」", "两个“一百年”", "十四五", "三" + "\U0001F600", "两个"]


def test_zones_hold_on_odd_strings():
    for text in ODD_ZONES + ODD + MADE_UP + ["".join(ODD_ZONES), "\n".join(ODD_ZONES)]:
        assert new_zones(text) == old_zones(text), text


# --- the number a run of digits starts -------------------------------------------------------------------

ODD_NUMBERS = ["1,234.5", "12,34", "1,2345", "1234,567", "1.5", "1．5", "1.", "1.a", "12٣", "12٣4", "1٫5", "3,000,000元",
               "1,000.", "5.5.5", "１２．５", "1,", "2025年", "7"]


# a number as first written: thousands, then a decimal part, or digits and a decimal part
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:[.．]\d+)?(?!\d)|\d+(?:[.．]\d+)?")


def _ends_differ(texts) -> int:
    """How many runs of digits of the texts _digit_number ends elsewhere than the plain pattern."""
    return sum(N._digit_number(text, a, b)[0] != _PLAIN_NUMBER.match(text, a).end()
               for text in texts for a, b in spans(positions(text, DIGITS)))


def test_a_numbers_end_is_where_the_pattern_ends_it(all_texts):
    """At every run of digits of the development texts and odd strings."""
    assert sum(len(spans(positions(text, DIGITS))) for text in all_texts) > 10000
    assert _ends_differ(all_texts + ODD_NUMBERS) == 0


def test_the_number_end_comparison_can_fail(monkeypatch):
    """Were a decimal point not read on after a run of digits, the odd strings would show it."""
    monkeypatch.setattr(N, "_READ_ON", ",")
    assert _ends_differ(ODD_NUMBERS) > 0


# --- the mentions' fields ---------------------------------------------------------------------------------

def test_mentions_are_made_with_their_fields_in_the_order_the_reader_gives_them():
    """The Chinese reader makes its mentions with positional fields (quicker than keywords): a sentence worked
    by hand whose mentions set every field, neighbours to different values (start and num_start, value and
    value_high, is_word and rank), shows a field out of place."""
    text = "2025年粮食产量约1200万吨，增长5%—5.5%，新建三所学校，全国排名第3位。"
    doc = S.parse_document(text, year=2025)
    fields = ["start", "end", "text", "nonclaim_type", "value", "value_high", "unit", "qualifier", "num_start",
              "num_end", "is_word", "rank"]
    expected = [
        (0, 5, "2025年", "year", None, None, "", "exact", 0, 5, False, False),
        (9, 16, "约1200万吨", None, 12_000_000.0, None, "ton", "about", 10, 14, False, False),
        (19, 26, "5%—5.5%", None, 5.0, 5.5, "%", "exact", 19, 20, False, False),
        (29, 31, "三所", None, 3.0, None, "", "exact", 29, 30, True, False),
        (38, 41, "第3位", None, 3.0, None, "", "exact", 39, 40, False, True),
    ]
    read = [tuple(getattr(m, f) for f in fields) for m in N.find_mentions(text, doc.paragraphs)]
    assert read == expected


# --- the value of a numeral --------------------------------------------------------------------------------

def old_numeral_value(s: str):
    """numeral_value as written before, testing each character in a generator."""
    if not s or any(ch not in N.NUMERALS for ch in s):
        return None
    if not any(ch in N._MULTIPLIERS for ch in s):
        if len(s) == 1:
            return N.NUMERALS[s]
        return int("".join(str(N.NUMERALS[ch]) for ch in s)) if len(s) == 4 else None
    total, section, digit = 0, 0, None
    for ch in s:
        v = N.NUMERALS[ch]
        if ch not in N._MULTIPLIERS:
            if v == 0:
                continue
            if digit is not None:
                return None
            digit = v
        elif v >= 10000:
            section = (section + (digit or 0)) * v if section or digit else v
            total, section, digit = total + section, 0, None
        else:
            section += (1 if digit is None else digit) * v
            digit = None
    return total + section + (digit or 0)


def test_a_numerals_value_is_as_before():
    """Every string of up to four numerals or odd characters."""
    from itertools import product
    chars = list(N.NUMERALS) + ["a", "点", "1"]
    for k in range(5):
        for chosen in product(chars, repeat=k):
            s = "".join(chosen)
            assert N.numeral_value(s) == old_numeral_value(s), s


def test_the_numeral_value_comparison_can_fail(monkeypatch):
    """Were a numeral missing from the set the characters are tested against, its value would show it."""
    monkeypatch.setattr(N, "_NUMERAL_SET", N._NUMERAL_SET - {"两"})
    assert N.numeral_value("两万") != old_numeral_value("两万")


# --- the tail after a number ----------------------------------------------------------------------------

def old_tail_at(text: str, e: int, end: int | None = None):
    """_tail_at as written before: the _TAIL pattern at e (and across a soft break), as (end, m1, scale, m2, unit)."""
    tail = N._TAIL.match(text, e) if end is None else N._TAIL.match(text, e, end)
    if tail.end() == e and text[e:e + 1] and text[e] in N._SOFT_FIRSTS:
        gap = N._SOFT_GAP.match(text, e)
        if gap.end() > e:
            after = N._TAIL.match(text, gap.end()) if end is None else N._TAIL.match(text, gap.end(), end)
            soft = any(ch in text[e:gap.end()] for ch in "\n\u200b\u200c\u200d\ufeff")
            if after.end() > gap.end() and (after.group("scale") or soft and after.group("unit")):
                tail = after
    return (tail.end(), *(g or "" for g in tail.group("m1", "scale", "m2", "unit")))


def tail_cases() -> list[str]:
    """Every unit, measure word and scale of the registry, alone, after 多 or 余, after each scale, and cut short;
    with soft breaks and blanks before them, and 余额."""
    words = list(N.UNITS) + list(N.MEASURE_WORDS)
    more = [w for w, _ in N.vocab.rows("more_words", "zh")]
    out = []
    for w in words + list(N.SCALES):
        out += [w, w[:-1], "多" + w, "余" + w, w + "多", w + "余额"]
        out += [s + w for s in N.SCALES] + [s + m + w for s in N.SCALES for m in more]
        out += [gap + w for gap in (" ", "\u200b", "\n", " \n ", "\n\n\n", "\u3000", "\r\n")]
    return out + ["余额", "余", "多余", "余余额", "万余额", "万多人", "亿多", "万亿元", "万", "千米", "千瓦时", "个百分点", ""]


def test_the_tail_is_read_as_the_pattern_read_it(all_texts):
    """At every place of the development texts, and in the made-up tails after a number, whole and cut at every place."""
    for text in all_texts:
        for e in range(len(text) + 1):
            assert N._tail_at(text, e) == old_tail_at(text, e), (text[e:e + 8], e)
    for case in tail_cases():
        text = "增长12" + case + "。"
        for end in [None] + list(range(4, len(text) + 2)):
            assert N._tail_at(text, 4, end) == old_tail_at(text, 4, end), (case, end)
        assert N._tail_at(case, 0) == old_tail_at(case, 0), case


def test_the_tail_comparison_can_fail(monkeypatch):
    """Were a unit's first character missing from those a tail opens with, or a blank read as one, the tails
    would show it."""
    cases = ["增长12" + c for c in tail_cases()]
    monkeypatch.setattr(N, "_TAIL_FIRSTS", N._TAIL_FIRSTS - {"亩"})
    assert any(N._tail_at(t, 4) != old_tail_at(t, 4) for t in cases)
    monkeypatch.undo()
    monkeypatch.setattr(N, "_TAIL_FIRSTS", N._TAIL_FIRSTS | {"\n"})
    assert any(N._tail_at(t, 4) != old_tail_at(t, 4) for t in cases)
    monkeypatch.undo()
    monkeypatch.setattr(N, "_LONE_UNITS", N._LONE_UNITS | {"个"})   # 个百分点 opens with it
    assert any(N._tail_at(t, 4) != old_tail_at(t, 4) for t in cases)


# --- a whole number's value ---------------------------------------------------------------------------------

def value_cases() -> list[str]:
    """Whole numbers of up to 16 digits (and decimals) with every scale, unit factor and change unit, ranges and hedges."""
    units = list(N.UNITS) + list(N.MEASURE_WORDS)
    numbers = ["7", "12", "1,234", "３", "１２３４５", "１,２３４", "1.1", "123456789012345", "999999999999999", "1234567890123456", "9" * 20, "12.5"]
    out = [f"增长{n}{s}{u}" for n in numbers for s in [""] + list(N.SCALES) for u in ("", "元", "‰", "倍", "%")]
    out += [f"约{n}{u}" for n in numbers for u in units] + [f"{a}—{b}{s}元" for a, b in (("3", "5"), ("1.1", "2"), ("12", "1.5"))
                                                         for s in [""] + list(N.SCALES)]
    return out + ["一千二百三十四万五千六百七十八亿元", "九千九百九十九万亿元", "增长三倍", "三千万元"]


def mentions_read(texts):
    return [[tuple(vars(m).values()) for m in N.find_mentions(t)] for t in texts]


def test_whole_numbers_read_as_ints_give_the_values_decimals_gave(all_texts, monkeypatch):
    """Every mention of the development texts and of the made-up figures is as when every value was a Decimal."""
    cases = all_texts + value_cases()
    new = mentions_read(cases)
    monkeypatch.setattr(N, "_INT_DIGITS", 0)   # every value a Decimal, a numeral's too
    assert new == mentions_read(cases)


def test_the_value_comparison_can_fail(monkeypatch):
    """Were every whole number read as a float, however long, the figures would show it (a long one rounds twice)."""
    cases = [c for c in value_cases() if "‰" not in c]   # a float times a Decimal factor is no product
    new = mentions_read(cases)
    monkeypatch.setattr(N, "_INT_DIGITS", 40)
    monkeypatch.setattr(N, "int", float, raising=False)   # the module's int() then makes floats
    assert new != mentions_read(cases)


# --- the hedges before and after a number -------------------------------------------------------------------

_OLD_CJK = re.compile(r"[\u4e00-\u9fff]")   # the pattern that told an ideograph before


def old_read_before(text: str, s: int, floor: int):
    """_read_before as written before: the minus sign looked for first, then the hedge's last character."""
    if s - 1 >= floor and text[s - 1] in N._MINUS and (s - 2 < 0 or _OLD_CJK.match(text, s - 2)):
        return s - 1, "exact"
    if s == 0 or text[s - 1] not in N._Q_BEFORE_LAST:
        return s, "exact"
    for k in range(min(N._Q_BEFORE_LONGEST, s - floor), 0, -1):
        word = text[s - k:s]
        q = N._Q_BEFORE.get(word)
        if q is None:
            continue
        if word in N._NOT_AFTER and s - k > 0 and text[s - k - 1] in N._NOT_AFTER[word]:
            continue
        return s - k, q
    return s, "exact"


HEDGED = [w + "12" for w in N._Q_BEFORE] + ["增长-2.5%", "-3", "a-3", "－3", "−3", "不低于-1"] + ["12" + w for w in N._Q_AFTER]


def test_the_hedges_are_read_as_before(all_texts):
    """At every place of the development texts and the hedged strings, from every floor up to three before;
    and a hedge after a number is matched only where one of its first characters stands."""
    for text in all_texts + HEDGED:
        for s in range(len(text) + 1):
            for floor in range(max(0, s - 3), s + 1):
                assert N._read_before(text, s, floor) == old_read_before(text, s, floor), (text[s - 4:s + 2], s, floor)
            if N._QPOST.match(text, s):
                assert text[s] in N._QPOST_FIRSTS


def test_the_hedge_comparison_can_fail(monkeypatch):
    """Were a minus sign, or a hedge's last character, missing from the characters looked at, the strings would show it."""
    monkeypatch.setattr(N, "_BEFORE_LAST", N._BEFORE_LAST - {"－"})
    assert any(N._read_before(t, s, 0) != old_read_before(t, s, 0) for t in HEDGED for s in range(len(t) + 1))
    monkeypatch.setattr(N, "_BEFORE_LAST", N._Q_BEFORE_LAST - {"约"} | frozenset(N._MINUS))
    assert any(N._read_before(t, s, 0) != old_read_before(t, s, 0) for t in HEDGED for s in range(len(t) + 1))
    assert not all(t[k] in N._QPOST_FIRSTS - {"左"} for t in HEDGED for k in range(len(t)) if N._QPOST.match(t, k))


# --- the specials a run of digits starts ------------------------------------------------------------------

def old_digit_special(text: str, p: int, n: int, floor: int):
    """_digit_special as written before: every test of a special tried at every run of digits."""
    c0 = text[p - 1] if p else "\n"
    if c0.isascii() and c0.isalpha() or c0 == "\n" and p >= 2 and text[p - 2].isascii() and text[p - 2].isalpha():
        return N._alnum(text, p, floor)
    found = N._opened_special(text, p, c0) if c0 in N._OPENERS and p - 1 >= floor else None
    if found is None:
        if (c0 == "\n" or c0 in N._BLANKS) and N._line_start(text, p):
            found = N._line_special(text, p)
        elif c0 in N._DASHES or c0 == " ":
            found = N._page_mark(text, p, floor)
    return found if found is not None else N._dated_or_named(text, p, n)


SPECIALS = ["G20", "PM2.5", "M\n2\n", "（3）", "(12)", "第3页", "第2批", "居全国前3位", "进入前50强", "1. 总体", "\n2、任务",
            "- 12 -", "—12—", "2024年", "2024—2025年", "1月20日", "2025年1月20日", "1—11月", "10号线", "75周年", "5G", "1+N",
            "2×30", "3.a", "12个月", "3月", "2020", "12", "1.5", "a1", "\u30003", " 3", "－3－\n", "3度", "3～5", "3至5年"]


def test_the_specials_are_read_as_before(all_texts):
    """At every run of digits of the development texts and of the made-up specials, alone and after a word."""
    read = 0
    for text in all_texts + SPECIALS + ["发展" + t for t in SPECIALS] + ["发展" + t + "年" for t in SPECIALS]:
        for a, b in spans(positions(text, DIGITS)):
            n = N._digit_number(text, a, b)[0]
            for floor in {0, a}:
                assert N._digit_special(text, a, n, floor) == old_digit_special(text, a, n, floor), (text[a - 3:n + 3], a)
                read += 1
    assert read > 10000


def test_the_special_comparison_can_fail(monkeypatch):
    """Were a letter, a blank, an opener, or what follows a year or a name missing from the characters looked at,
    the made-up specials would show it."""
    cases = SPECIALS + ["发展" + t for t in SPECIALS]

    def differs():
        return any(N._digit_special(t, a, N._digit_number(t, a, b)[0], 0) != old_digit_special(t, a, N._digit_number(t, a, b)[0], 0)
                   for t in cases for a, b in spans(positions(t, DIGITS)))
    for name, ch in (("_SPECIAL_BEFORE", "G"), ("_SPECIAL_BEFORE", "第"), ("_SPECIAL_BEFORE", "\n"), ("_DATED_OR_NAMED_NEXT", "年"),
                     ("_DATED_OR_NAMED_NEXT", "号"), ("_DATED_OR_NAMED_NEXT", "—")):
        monkeypatch.setattr(N, name, getattr(N, name) - {ch})
        assert differs(), (name, ch)
        monkeypatch.undo()


# --- a CJK ideograph ----------------------------------------------------------------------------------------

def test_an_ideograph_is_told_by_its_ends_as_by_the_pattern():
    """Every character of the Basic Multilingual Plane and a few beyond it; and the comparison fails for ends one off."""
    chars = [chr(c) for c in range(0x10000)] + ["\U00020000", "\U0001F600", "\U0002A6D6"]
    assert all((N._CJK_FIRST <= c <= N._CJK_LAST) == bool(_OLD_CJK.match(c)) for c in chars)
    first, last = chr(ord(N._CJK_FIRST) + 1), chr(ord(N._CJK_LAST) - 1)
    assert not all((first <= c <= last) == bool(_OLD_CJK.match(c)) for c in chars)
