"""The Chinese reader's quicker ways of finding things give what the plain ways gave: each is held equal to
the pattern scan it replaced, on every paragraph of the development reports and on made-up strings, so
that a faster reading can never change a mention or a sentence."""
from __future__ import annotations

import re

from workreport.read.scan import find_words, positions, runs as spans
from workreport.read.zh import numbers as N
from workreport.read.zh import structure as S

from zh_development import QUOTED_ENDS, new_zones, old_sentence_ends, old_zones, paragraphs, reports


def test_zones_are_those_the_whole_text_scans_found():
    texts = list(paragraphs())
    found = sum(bool(old_zones(t)) for t in texts)
    assert found > 500   # the texts hold zones of every kind to compare
    for text in texts:
        assert new_zones(text) == old_zones(text), text
    whole = "\n".join(texts)
    assert new_zones(whole) == old_zones(whole)


def test_the_comparison_sees_a_slogan_or_quotation_left_unsought(monkeypatch):
    """Were a slogan's opening or a quotation mark not looked for, the texts would show it."""
    texts = list(paragraphs())
    monkeypatch.setattr(N, "_SLOGAN_OPENINGS", N._SLOGAN_OPENINGS - {"两个"})
    assert any(new_zones(t) != old_zones(t) for t in texts)
    monkeypatch.undo()
    monkeypatch.setattr(N, "_QUOTE_MARKS", (("“", "”"), ("「", "」")))
    assert any(new_zones(t) != old_zones(t) for t in texts)


def old_numeral_special(text: str, p: int, e: int, floor: int):
    """The names, markers and dates of a run of numerals as read before each pattern waited for the
    character after the run: every pattern tried."""
    c0 = text[p - 1] if p else "\n"
    if c0 == "第" and p - 1 >= floor:
        return N._ordinal(text, p - 1, e)
    if c0 == "届" and text[e:e + 1] in "次中":
        return N._plain(text, p, e + 1, "ordinal_name")
    if c0 in "(（" and p - 1 >= floor:
        q = N._PAREN_MARKER.match(text, p - 1)
        if q:
            return N._plain(text, p - 1, q.end(), "section_marker")
    if N._line_start(text, p) and N._CN_LINE_MARKER.match(text, p):
        return N._plain(text, p, N._CN_LINE_MARKER.match(text, p).end(), "section_marker")
    for pattern, kind in ((N._CN_YEAR, "year"), (N._ENUMERATOR, "ordinal_name"), (N._PLENUM_LIST, "ordinal_name")):
        q = pattern.match(text, p)
        if q:
            return N._plain(text, p, q.end(), kind)
    q = N._CN_DATE.match(text, p)
    if q and c0 not in "个数几" and (N.numeral_value(text[p:e]) or 0) <= 12:
        return N._plain(text, p, q.end(), "date")
    q = N._NAME_AFTER.match(text, p)
    if q and q.start("w") == e:
        return N._plain(text, p, q.end(), N._NAME_WORDS[q.group("w")])
    if text[e:e + 1] == "大" and ((N.numeral_value(text[p:e]) or 0) > 10 or text[max(0, p - 2):p] == "党的"):
        return N._plain(text, p, e + 1, "ordinal_name")
    return None


def old_doubling(text: str, p: int, floor: int):
    fan = N._FAN.match(text, max(floor, p - 2)) or N._FAN.match(text, max(floor, p - 1))
    return N._doubling(text, fan, floor) if fan is not None and fan.start("fn") == p else None


NUMERAL_MADE_UP = ["二〇〇五年", "二〇〇五", "二是", "十一是", "二十届二中、三中全会", "十一届七次、八次全会", "三季度",
                   "十二月份", "十三月", "个三月", "10号线和三号线", "三级医院", "党的二十大", "十八大以来", "七大",
                   "一、总体要求", "  二、工作", "翻一番", "翻了两番多", "一番", "翻一翻", "第一", "(三)", "三、", "三"]


def numeral_runs():
    """(text, start, end) of every run of numerals in the development paragraphs and made-up strings."""
    for text in list(paragraphs()) + NUMERAL_MADE_UP:
        for a, b in spans(positions(text, N._NUMERAL_CHARS)):
            yield text, a, b


def test_numerals_name_as_when_every_pattern_was_tried():
    runs = list(numeral_runs())
    named = doublings = 0
    for text, a, b in runs:
        old = old_numeral_special(text, a, b, 0)
        named += old is not None
        assert N._numeral_special(text, a, b, 0) == old, (text, a, b)
        doubled = old_doubling(text, a, 0)
        doublings += doubled is not None
        # a 翻番 is tried only where 番 follows the run: none is found anywhere else
        assert doubled is None or (text[b:b + 1] == "番" and N._read_token(text, a, b, False, 0) == doubled), (text, a)
    assert named > 1000 and doublings > 10


def test_the_numeral_comparison_can_fail(monkeypatch):
    """A pattern waiting for the wrong character would be caught."""
    monkeypatch.setattr(N, "_NUMERAL_SPECIALS", ((N._CN_YEAR, "year", "是"),) + N._NUMERAL_SPECIALS[1:])
    assert any(N._numeral_special(t, a, b, 0) != old_numeral_special(t, a, b, 0) for t, a, b in numeral_runs())


# --- the structure -------------------------------------------------------------------------------------



def test_sentence_ends_are_those_found_with_every_quotation():
    texts = list(reports()) + QUOTED_ENDS
    for norm in texts:
        assert S.sentence_ends(norm) == old_sentence_ends(norm)
    dropped = sum(len(old_sentence_ends(t, quoted=False)) - len(old_sentence_ends(t)) for t in texts)
    assert dropped > 5   # the texts hold quotations with full stops in them


def test_the_sentence_end_comparison_can_fail(monkeypatch):
    monkeypatch.setattr(S, "_QUOTE_MAX", S._QUOTE_MAX - 2)
    assert any(S.sentence_ends(t) != old_sentence_ends(t) for t in QUOTED_ENDS)


def test_the_main_targets_cue_is_found_as_the_pattern_searches():
    """In every sentence of the development reports, and in every window of a cue's surroundings."""
    found = 0
    for norm in reports():
        cues = find_words(norm, S._MAIN_CUE_WORDS)
        spans = [(s.start, s.end) for s in S.parse_document(norm).sentences]
        spans += [(max(0, c - k), c + j) for c in cues for k in (0, 1, 5) for j in (2, 4, 5, 6, 7, 8, 30)]
        for a, b in spans:
            old = S._MAIN_CUE.search(norm, a, b)
            new = S._cue_in(norm, cues, a, b)
            assert (new and new.span()) == (old and old.span()), (a, b)
            found += old is not None
    assert found > 50
    assert S._cue_in("主要目标是", [], 0, 5) is None   # without the cues' places, nothing is found


# --- the tail of a number --------------------------------------------------------------------------------

OLD_TAIL = re.compile(rf"(?P<m1>{N._MORE})?(?:(?!{N._UNIT_RE})(?P<scale>{N._SCALE_RE}))?(?P<m2>{N._MORE})?"
                      rf"(?P<unit>{N._UNIT_RE})?")


def test_a_numbers_tail_is_read_as_without_the_scale_look_ahead():
    """After every run of digits or numerals of the development texts, and at every character of made-up tails."""
    tails = ["万元", "亿元", "万亿元", "万人", "千亿", "百万", "万", "多万元", "余亿", "万多", "个百分点", "%", "亿斤"]
    texts = list(paragraphs()) + tails
    scaled = 0
    for text in texts:
        ends = [b for a, b in spans(positions(text, N.DIGITS + N._NUMERAL_CHARS))] + list(range(len(text)))
        for e in ends:
            old = OLD_TAIL.match(text, e)
            assert N._TAIL.match(text, e).groupdict() == old.groupdict() and N._TAIL.match(text, e).end() == old.end()
            scaled += old.group("scale") is not None
    assert scaled > 1000


def _plan_name_without_look_ahead() -> re.Pattern:
    """PLAN_NAME as first written: its alternatives tried at every character, no look ahead first."""
    from workreport.read.zh import structure as S
    body = S.PLAN_NAME.pattern
    assert body.startswith(f"(?=[{S._PLAN_FIRSTS}])(?:") and body.endswith(")")
    return re.compile(body[len(f"(?=[{S._PLAN_FIRSTS}])(?:"):-1])


_PLAN_TEXTS = ["“十四五”时期", "\"十三五\"", "十二五规划", "第十四个五年规划", "一十五期间", "十五期间", "“九五”末",
               "第三个五年计划", "五年规划", "“十五”", "十五", "七五计划", "三十五年", "十四五”", "第十个五年规划纲要"]


def plan_texts():
    """Every paragraph of the development reports, made-up plan names, and each made-up name after every
    character a plan could open with or follow."""
    yield from paragraphs()
    yield from _PLAN_TEXTS
    for name in _PLAN_TEXTS:
        yield from (c + name for c in "“\"十六七八九第一二〇两")


def test_plan_names_are_found_as_without_the_look_ahead():
    from workreport.read.zh.structure import PLAN_NAME
    old = _plan_name_without_look_ahead()
    found = 0
    for text in plan_texts():
        new_spans = [(m.span(), m.groupdict()) for m in PLAN_NAME.finditer(text)]
        assert new_spans == [(m.span(), m.groupdict()) for m in old.finditer(text)], text
        found += bool(new_spans)
    assert found > 100   # the texts name plans of every form to compare


def test_the_plan_name_comparison_can_fail():
    from workreport.read.zh import structure as S
    old = _plan_name_without_look_ahead()
    broken = re.compile(S.PLAN_NAME.pattern.replace(f"(?=[{S._PLAN_FIRSTS}])", "(?=[“十六七八九第])", 1))   # no ASCII quote
    assert any([m.span() for m in broken.finditer(text)] != [m.span() for m in old.finditer(text)]
               for text in plan_texts())
