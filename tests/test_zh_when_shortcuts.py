"""The shortcuts when.py takes to read a figure's years faster read them as the rules they stand for do.

A frame named by the opening clause of a figure's ；-clause or sentence is read once per sentence and kept,
a clause naming no year is not searched for a pair of years, a year's pattern matches its first digit
before it looks back for a digit before it, and cue words are looked for only where one of their first
characters stands: on every figure of some development reports, each answers as the rule written out in
full (below) does.
"""
from __future__ import annotations

import re

import pytest

import workreport.read.zh.claims as zh_claims
import workreport.read.zh.when as zh_when
from workreport.read.languages import reader_for
from workreport.read.words import SHORT_TEXT

from builders import build_zh_claims
from zh_development import DEVELOPMENT, RAW

_REPORTS = ["china-2003", "china-2008", "china-2013", "zhumadian-2005", "zhumadian-2011",
            "anhui-2025", "chongqing-2025", "guizhou-2025"]


def _recorded_when(names=(), texts=()) -> list[tuple]:
    """when's arguments for every figure of the named development reports and of `texts`."""
    calls = []
    original = zh_claims.when

    def record(*args):
        calls.append(args)
        return original(*args)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(zh_claims, "when", record)
        build_zh_claims(names, texts)
    return calls


def _figures(name: str):
    """(year, figure) for every figure of a report whose years when() reads."""
    return [(d.year, zh_when._Figure(d, si, start, end, kind, qualifier, zh_when.sentence_reading(d, si)))
            for d, si, start, end, kind, qualifier, *_ in _recorded_when([name])]


def _calls():
    """when's arguments for every figure of some development reports and of odd texts."""
    return _recorded_when(_REPORTS[:4], _ODD_SENTENCES)


# sentences with and without a ；, a figure right at a sentence's start or end, a comma right after a ；
_ODD_SENTENCES = ["全市生产总值增长5%；财政收入增长6%，其中税收增长7%；投资增长8%。\n", "增长5%\n",
                  "2024年，全市生产总值达到1000亿元，增长5%，财政收入100亿元\n", "一、增长5%;财政收入6亿元;投资7亿元。\n",
                  "主要目标：增长5%左右,财政收入6亿元：投资7亿元，\n",
                  "财政收入6亿元" + "以上并且继续保持稳定的增长态势" * 6 + "，投资7亿元。\n", "增长5%；，财政收入6亿元。\n",
                  "今年全市生产总值预期增长6.5%左右，与去年增长6.2%的实际相比略有提高。\n"]


def _figure_in_full(doc, si, start, end, kind, qualifier, sentence):
    """_figure as first written, a named tuple of its fields: the last ； looked for in every sentence."""
    text = doc.text
    s_start, s_end = (sentence.start, sentence.end) if sentence else (doc.sentences[si].start, doc.sentences[si].end)
    first = min(s_start, start)
    semi = max(text.rfind("；", first, start), text.rfind(";", first, start))
    lead = text[semi + 1 if semi >= 0 else first:start]
    m = zh_when._TO_LAST_COMMA.match(lead)
    sub = lead[m.end():] if m else lead
    rest = text[end:min(max(s_end, end), end + zh_when._AFTER_MAX)]
    cut = zh_when._CLAUSE_END.search(rest)
    return text, first, start, lead, sub, rest[:cut.start()] if cut else rest, rest, kind, qualifier, sentence


def _fields(f):
    return f.text, f.first, f.start, f.lead, f.sub, f.after, f.rest, f.kind, f.qualifier, f.sentence


def _own_frame_in_full(f, year):
    """_own_frame as first written: the figure's comma clause, then each opening clause read afresh."""
    frame = zh_when._frame(f.sub, year)
    if frame:
        return frame
    for text, a in ((f.lead, 0), (f.text, f.first)):
        m = zh_when._COMMA.search(text, a, a + zh_when._HEAD_CLAUSE + 1)
        if m and text[m.start() - 1] in zh_when._FRAME_ENDS:
            frame = zh_when._frame(text[a:m.start()], year)
            if frame:
                return frame
    return None


def _moved_in_full(f):
    """_moved_like_before as first written, with no test for a year before its patterns."""
    if not f.sub or zh_when._YEAR_IN.search(f.sub):
        return None
    pair = None
    for pair in zh_when._FROM_TO_YEARS.finditer(f.lead, 0, len(f.lead) - len(f.sub)):
        pass
    if pair is None:
        return None
    if zh_when._FROM.search(f.sub) and zh_when._TO.match(f.after):
        return int(pair.group("y1"))
    return int(pair.group("y2")) if zh_when._FROM_TO.search(f.sub) else None


def test_a_figure_s_clauses_are_cut_as_first_written():
    calls = [(*args[:6], args[7]) for args in _calls()]
    after_semi = [args for args in calls if _figure_in_full(*args)[3] != args[0].text[args[6].start:args[2]]]
    assert len(after_semi) > 10   # figures after a ； of their sentence
    for args in calls:
        assert _fields(zh_when._Figure(*args)) == _figure_in_full(*args), args[2]
    for args in calls:   # and so are a figure's read without its sentence, cut afresh
        assert _fields(zh_when._Figure(*args[:6], None)) == _figure_in_full(*args[:6], None), args[2]
    for args in after_semi:   # one that takes a sentence holding a ； for one holding none is seen
        args[6].semis = False
    assert any(_fields(zh_when._Figure(*args)) != _figure_in_full(*args) for args in after_semi)


@pytest.fixture(scope="module")
def figures():
    return [fig for name in _REPORTS for fig in _figures(name)]


def test_the_frames_of_opening_clauses_kept_per_sentence_are_the_rule_s(figures):
    assert sum(_own_frame_in_full(f, year) is not None for year, f in figures) > 20
    for year, f in figures:
        assert zh_when._own_frame(f, year) == _own_frame_in_full(f, year), f.lead


def test_a_clause_naming_no_year_is_no_pair_of_years_by_the_rule_too(figures):
    assert sum(_moved_in_full(f) is not None for _, f in figures) > 3
    for _, f in figures:
        assert zh_when._moved_like_before(f) == _moved_in_full(f), f.lead


def test_the_comparison_fails_where_a_shortcut_reads_otherwise(figures, monkeypatch):
    """The test above would see a shortcut that reads an opening clause wrongly: here one that keeps no
    frame for the opening clauses it was to read once."""
    monkeypatch.setattr(zh_when._Sentence, "head_frame", lambda self, at, year: None)
    assert any(zh_when._own_frame(f, year) != _own_frame_in_full(f, year) for year, f in figures)


_OLD_Y = r"(?<!\d)([12１２][09０９]\d\d)(?!\d)"   # a year as first written: the look back opens the pattern
_ODD_YEARS = ["2020年", "12020年", "２０２０年", "1２０２０年", "x2020", "20201", "2020", "比2019年增长", "1999-2005年",
              "2021年、2022年、2023年分别", "今年", "与2020年相比", "2002至2007年", "３２０２１年以来", "2018年以来"]


def _year_patterns():
    return {name: p for name, p in vars(zh_when).items()
            if isinstance(p, re.Pattern) and zh_when._Y in p.pattern}


def _matches(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)] + \
        [(m.span(), m.groups()) for m in [pattern.search(text, 1), pattern.match(text, 1)] if m]


def test_a_year_s_first_digit_matched_before_the_look_back_reads_as_the_look_back_first(figures):
    texts = sorted({t for _, f in figures for t in (f.lead, f.sub, f.after, f.rest)}) + _ODD_YEARS
    patterns = _year_patterns()
    assert {"_RELATIVE_OR_YEAR", "_RANGE", "_SINCE_YEAR", "_YEARS_BEFORE", "_YEAR_ALONE", "_COMPARED_OPEN"} <= set(patterns)
    for name, p in patterns.items():
        old = re.compile(p.pattern.replace(zh_when._Y, _OLD_Y))
        assert sum(bool(old.search(t)) for t in texts) > 3, name
        for t in texts:
            assert _matches(p, t) == _matches(old, t), (name, t)
    wrong = re.compile(zh_when._YEAR_ALONE.pattern.replace("(?<!", "(?<="))   # a shortcut that reads otherwise is seen
    assert any(_matches(wrong, t) != _matches(re.compile(_OLD_Y), t) for t in texts)


# the cue words as first read: a pattern opening with a look ahead at their first characters
_CUES = zh_when._opening(zh_when._CUE_WORDS, zh_when._CUE_OPENERS)
_ODD_OPENINGS = ["", "年", "五年来", "过去5年", "近两年", "今后五年", "３年来", "١٢年来", "二〇二〇年", "主要目标是", "力争增长5%",
                 "需要", "将近", "要求", "去年同比", "上年", "本年度", "过去的一年", "2020年以来", "连续十年"]


def _whole(p: re.Pattern) -> re.Pattern:
    """A pattern made by _opening without the look ahead at its first character."""
    head = p.pattern.index("])(?:")
    assert p.pattern.startswith("(?=[") and p.pattern.endswith(")")
    return re.compile(p.pattern[head + len("])(?:"):-1])


def test_a_pattern_tried_only_where_its_first_characters_stand_reads_as_the_whole_pattern(figures):
    texts = sorted({t for _, f in figures for t in (f.lead, f.sub, f.after, f.rest,
                                                    f.text[f.sentence.start:f.sentence.end])}) + _ODD_OPENINGS
    for name in ("_RELATIVE_OR_YEAR", "_N_YEARS", "_CUES"):
        p = _CUES if name == "_CUES" else getattr(zh_when, name)
        whole = _whole(p)
        assert sum(bool(whole.search(t)) for t in texts) > 20, name
        for t in texts:
            assert _matches(p, t) == _matches(whole, t), (name, t)
    # one that leaves a first character out is seen
    wrong = zh_when._opening(_whole(zh_when._N_YEARS).pattern, "过近这连今未", "零〇一二两三四五六七八九十")
    assert any(_matches(wrong, t) != _matches(zh_when._N_YEARS, t) for t in texts)


_ODD_CUES = ["", "要", "主要", "主要目标", "需要要", "要求要", "将近", "将将近", "预期目标完成", "预期目标", "预期", "主将",
             "争取", "力争争取", "模拟拟", "今年要确保", "主", "主主要要", "重要的是要", "计划", "目标"]


def _cue_spans_in_full(text, a, b):
    """A sentence's cue words as first read: the whole pattern run over it where it holds a first character
    of an aim's or weak word (one str.find each)."""
    return tuple((m.start(), m.end(), zh_when._cue_weight(m)) for m in _CUES.finditer(text, a, b)) \
        if any(text.find(c, a, b) >= 0 for c in zh_when._CUE_FIRSTS) else ()


@pytest.fixture(scope="module")
def development_texts():
    """Each sentence of the development reports, and each stretch of one before a figure's first character."""
    reader = reader_for("zh")
    out = []
    for name in DEVELOPMENT:
        text = (RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8")
        doc = reader.parse_document(text, year=None, place=None, report_id=None)
        out += [(text, s.start, s.end) for s in doc.sentences]
        out += [(text, s.start, i) for s in doc.sentences for i in range(s.start, s.end) if text[i].isdigit()]
    return out + [(t, 0, len(t)) for t in _ODD_CUES] + [(t, 1, len(t)) for t in _ODD_CUES if t]


def test_cue_words_found_where_one_class_finds_their_first_characters_are_the_whole_pattern_s(development_texts):
    found = [zh_when._cue_spans(*t) for t in development_texts]
    assert sum(any(w == 0 for _, _, w in spans) for spans in found) > 50   # 主要 and the like are among them
    assert sum(any(w == 1 for _, _, w in spans) for spans in found) > 20
    for t, spans in zip(development_texts, found):
        assert spans == _cue_spans_in_full(*t), t[0][t[1]:t[2]]


def test_the_comparison_fails_where_a_first_character_of_a_cue_word_is_left_out(development_texts, monkeypatch):
    monkeypatch.setattr(zh_when, "_CUE_AT", re.compile(f"[{zh_when._CUE_OPENERS.replace('主', '')}]"))
    assert any(zh_when._cue_spans(*t) != _cue_spans_in_full(*t) for t in development_texts)
    monkeypatch.undo()
    monkeypatch.setattr(zh_when, "_CUE_GATE", re.compile("[要]"))   # a gate on one character only
    assert any(zh_when._cue_spans(*t) != _cue_spans_in_full(*t) for t in development_texts)


_ODD_SAID = ["预计", "初步核算增长", "去年", "年来", "五年来", "过去", "已", "已经", "前年", "年", "预", "估", "快报", "以"]


def _spans_in_full(words, text, a, b):
    """A sentence's hedges or looks back as first read: the pattern run over it unless it is long and holds
    none of the words' first characters (a str.find each)."""
    if b - a > SHORT_TEXT and not any(text.find(c, a, b) >= 0 for c in words.firsts):
        return ()
    return tuple((m.start(), m.end(), True) for m in words.pattern.finditer(text, a, b))


def test_a_sentence_holding_none_of_the_words_is_not_scanned_for_them_by_the_rule_too(development_texts):
    texts = development_texts + [(t, 0, len(t)) for t in _ODD_SAID] + [(t, 1, len(t)) for t in _ODD_SAID]
    for words in (zh_when._ESTIMATE, zh_when._PAST):
        assert sum(bool(_spans_in_full(words, *t)) for t in texts) > 20
        for t in texts:
            assert zh_when._spans_of(words, *t) == _spans_in_full(words, *t), t[0][t[1]:t[2]]


def test_the_comparison_fails_where_a_word_is_left_out_of_the_test(development_texts, monkeypatch):
    for words in (zh_when._ESTIMATE, zh_when._PAST):
        monkeypatch.setattr(words, "words", words.words[1:])
        assert any(zh_when._spans_of(words, *t) != _spans_in_full(words, *t) for t in development_texts)
        monkeypatch.undo()


_ODD_AFTERS = ["相比", "的实际相比略有提高", "相较", "同比相比较", "的调控目标", "、减少2%的目标", "的预期目标", "目标", "的目",
               "", "相", "标", "的标准"]


def _closed(mark, pattern, t):
    """Whether the pattern matches a figure's rest of its clause as when.py asks: only where the rest holds
    the character every closing word holds."""
    return mark in t and pattern.match(t) is not None


def test_a_rest_without_the_character_every_closing_word_holds_is_not_matched_by_the_rule_too(figures):
    afters = sorted({t for _, f in figures for t in (f.after, f.rest)}) + _ODD_AFTERS
    pairs = [(zh_when._COMPARED_CLOSE_MARK, zh_when._COMPARED_CLOSE), (zh_when._AIM_AFTER_MARK, zh_when._AIM_AFTER)]
    for mark, pattern in pairs:
        assert sum(pattern.match(t) is not None for t in afters) >= 3, pattern.pattern
        assert sum(mark not in t for t in afters) > 100
        for t in afters:
            assert _closed(mark, pattern, t) == (pattern.match(t) is not None), t
    # a character that one closing word (相较) lacks is seen
    assert any(_closed("比", zh_when._COMPARED_CLOSE, t) != (zh_when._COMPARED_CLOSE.match(t) is not None)
               for t in afters)


def _compared_year_in_full(f, year):
    """_compared_year as first written: the closing pattern tried on every rest of a clause."""
    if year is None or not f.after or not zh_when._COMPARED_CLOSE.match(f.after):
        return None
    found = None
    for found in zh_when._COMPARED_OPEN.finditer(f.sub):
        pass
    if found is None:
        return None
    return year + zh_when._OFFSETS[found.group("rel")] if found.group("rel") else int(found.group(1))


def test_a_figure_compared_is_read_as_by_the_rule_written_out(figures):
    figures = figures + [(args[0].year, zh_when._Figure(*args[:6], args[7])) for args in _calls()]
    assert sum(_compared_year_in_full(f, year) is not None for year, f in figures) >= 1
    for year, f in figures:
        assert zh_when._compared_year(f, year) == _compared_year_in_full(f, year), f.lead


def test_a_rest_holding_no_to_word_is_not_matched_by_the_pattern_either(figures):
    """_TO is tried only on a rest of a clause holding one of its words: it matches no other."""
    afters = sorted({t for _, f in figures for t in (f.after, f.rest)}) + ["到", "至", "增加到", "，到", "3至", ""]
    assert sum(zh_when._TO.match(t) is not None for t in afters) > 10
    assert sum(not zh_when._holds_any(t, zh_when._TO_WORDS) for t in afters) > 100
    for t in afters:
        assert zh_when._holds_any(t, zh_when._TO_WORDS) or zh_when._TO.match(t) is None, t
    # one word left out is seen
    assert any(not zh_when._holds_any(t, zh_when._TO_WORDS[1:]) and zh_when._TO.match(t) for t in afters)


def _years_both_ways(texts, monkeypatch):
    """_years of each text as it reads them, and with its first test of a clause passing every clause."""
    args = [(t, y, r) for t in texts for y in (2021, None) for r in (False, True)]
    fast = [zh_when._years(*a) for a in args]
    with monkeypatch.context() as m:
        m.setattr(zh_when, "_YEAR_DIGITS", re.compile(""))   # matches every text
        full = [zh_when._years(*a) for a in args]
    return args, fast, full


def test_a_clause_told_to_hold_no_year_reads_as_when_its_years_are_looked_for(figures, monkeypatch):
    texts = sorted({t for _, f in figures for t in (f.lead, f.sub, f.rest)}) + _ODD_YEARS + _ODD_OPENINGS
    assert sum(zh_when._YEAR_DIGITS.search(t) is None and not zh_when._holds_any(t, zh_when._RELATIVE_WORDS)
               and "年" in t for t in texts) > 50
    args, fast, full = _years_both_ways(texts, monkeypatch)
    assert sum(ys != zh_when._NO_YEARS for ys in full) > 50
    for a, ys, expected in zip(args, fast, full):
        assert ys == expected, a
    # a test that leaves a word (去年) or the year's digit 2 out is seen
    for name, wrong in (("_RELATIVE_WORDS", tuple(w for w in zh_when._RELATIVE_WORDS if w != "去年")),
                        ("_YEAR_DIGITS", re.compile(r"[1１][09０９]\d\d"))):
        with monkeypatch.context() as m:
            m.setattr(zh_when, name, wrong)
            _, fast, full = _years_both_ways(texts, m)
        assert fast != full, name


def test_every_year_word_holds_the_year_mark_and_every_plan_name_the_plan_mark():
    """The readers of years and plans are not called on a clause without 年 or 五: every relative year's word,
    and every match of the patterns of years and plans in the development reports, must hold it."""
    assert all(zh_when._YEAR_MARK in w for w in zh_when._OFFSETS)
    texts = [(RAW / f"{name}-government-work-report.txt").read_text(encoding="utf-8") for name in DEVELOPMENT]
    for pattern, mark in [(zh_when._N_YEARS, zh_when._YEAR_MARK), (zh_when._RANGE, zh_when._YEAR_MARK),
                          (zh_when._SINCE_YEAR, zh_when._YEAR_MARK),
                          (zh_when.PLAN_NAME, zh_when._PLAN_MARK)]:
        found = [m.group() for text in texts for m in pattern.finditer(text)]
        assert found and all(mark in f for f in found), pattern.pattern[:40]
