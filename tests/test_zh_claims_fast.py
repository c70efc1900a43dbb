"""The shortcuts the Chinese claims take to build each claim faster read as the plain code they stand for.

A claim is made by position, in the order of Claim's fields; a pattern that needs a word of its own is not
tried on an empty rest of a clause, nor a word list on a clause without a character all its words hold (年均,
每年: 年), nor the openers of a subject on one that starts with no opener's first character; a claim's
indicator is looked up before its subject is asked whether it names a smaller area. On every figure of some
development reports each reads as the plain code (kept below).
"""
from __future__ import annotations

import copy
import dataclasses
from types import SimpleNamespace

import pytest

import workreport.read.zh.claims as zh_claims
import workreport.read.zh.when as zh_when
from workreport.read.claims import Claim, claim_of

from builders import build_zh_claims

_AREA = zh_claims._SMALLER_AREA   # the pattern itself, kept for the plain code below
_REPORTS = ["china-2005", "china-2012", "zhumadian-2008", "zhumadian-2013",
            "beijing-2025", "fujian-2025", "gansu-2025", "hebei-2025"]


@pytest.fixture(scope="module")
def indicator_calls():
    """(arguments, indicator) of every claim's indicator look-up in the reports."""
    calls = []
    original = zh_claims._indicator

    def record(*args):
        found = original(*args)
        calls.append((args, found))
        return found

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(zh_claims, "_indicator", record)
        build_zh_claims(_REPORTS)
    return calls


@pytest.fixture(scope="module")
def clauses():
    """Every figure's clause texts in the reports, as when.py and the subject reader see them."""
    out = []
    original_when, original_read = zh_claims.when, zh_claims._read

    def record_when(doc, si, start, end, kind, qualifier, listed, sentence):
        f = zh_when._Figure(doc, si, start, end, kind, qualifier, sentence)
        out.extend((f.sub, f.after, f.sub + f.after, f.lead))
        return original_when(doc, si, start, end, kind, qualifier, listed, sentence)

    def record_read(text, sent_start, cands, k):
        r = original_read(text, sent_start, cands, k)
        out.extend((r.lead, zh_claims._timeless(r.lead), r.subject))
        return r

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(zh_claims, "when", record_when)
        mp.setattr(zh_claims, "_read", record_read)
        build_zh_claims(_REPORTS)
    odd = ["", "年", "计", "分", "累", "年均", "累计", "每年增长", "分别", "全面", "全年", "其中全年"]
    return sorted(set(out)) + odd


def _word_lists():
    return {name: w for name, w in vars(zh_when).items() if isinstance(w, zh_when._Words)}


def _span(m):
    return None if m is None else m.span()


def _subject_in_full(s: str) -> str:
    """_subject as first written: the openers' pattern tried on every clause."""
    s = s.strip(zh_claims._EDGES)
    if s[:1] in zh_claims._LIST_MARKS:
        s = zh_claims._LIST_MARKER.sub("", s)
    if "比" in s:
        s = zh_claims._COMPARED_WITH.sub("", s)
    if "“" in s and "”" not in s[s.rindex("“"):]:
        s = s[:s.rindex("“")]
    while True:
        m = zh_claims._OPENERS.match(s)
        if m is None or m.end() == 0 or m.end() == len(s):
            break
        s = s[m.end():]
    while True:
        trimmed = zh_claims._TRIM_END.strip(s).rstrip(zh_claims._LIST_MARK + zh_claims._PARTICLES)
        if trimmed == s:
            break
        s = trimmed
    return s if len(s) >= 2 else ""


def test_a_word_list_searched_only_where_its_common_character_stands_is_its_pattern(clauses):
    marked = {name: w for name, w in _word_lists().items() if w.mark}
    assert {"_ANNUAL", "_TOTAL", "_KEPT"} <= set(marked)
    for name, w in marked.items():
        assert sum(w.pattern.search(s) is not None for s in clauses) > 0, name
        for s in clauses:
            assert _span(w.search(s)) == _span(w.pattern.search(s)), (name, s)


def test_the_comparison_fails_where_a_word_list_s_character_is_wrong(clauses, monkeypatch):
    monkeypatch.setattr(zh_when._ANNUAL, "mark", "月")
    assert any(_span(zh_when._ANNUAL.search(s)) != _span(zh_when._ANNUAL.pattern.search(s)) for s in clauses)


def test_a_subject_whose_openers_are_tried_only_after_their_first_character_is_the_rule_s(clauses, monkeypatch):
    assert sum(zh_claims._OPENERS.match(s) is not None for s in clauses) > 20
    for s in clauses:
        assert zh_claims._subject(s) == _subject_in_full(s), s
    monkeypatch.setattr(zh_claims, "_OPENER_FIRSTS", frozenset("其"))   # a wrong shortcut is seen
    assert any(zh_claims._subject(s) != _subject_in_full(s) for s in clauses)


def _last_in_full(endings, s: str) -> str:
    """_Endings.last as first written: the clause tried at every length any word has, longest first."""
    if s[-1:] not in endings.lasts:
        return ""
    for n in sorted({len(w) for w in endings.words}, reverse=True):
        if s[-n:] in endings.words and len(s) >= n:
            return s[-n:]
    return ""


def _endings():
    return {name: e for name, e in vars(zh_claims).items() if isinstance(e, zh_claims._Endings)}


def test_a_clause_s_last_word_tried_only_at_its_last_character_s_lengths_is_the_longest_word(clauses):
    endings = _endings()
    assert {"_CHANGE_END", "_LEVEL_END", "_CLOSERS", "_TRIM_END"} <= set(endings)
    # every clause, each clause cut back by one to six characters, and each listed word with a character before
    # it: a word ending another word (增长, 同比增长) and a clause shorter than the longest word are both met
    cut = [s[:-k] for s in clauses for k in range(1, 7)]
    for name, e in endings.items():
        odd = [w for w in e.words] + ["计" + w for w in e.words] + [w[1:] for w in e.words]
        found = 0
        for s in clauses + cut + odd:
            assert e.last(s) == _last_in_full(e, s), (name, s)
            found += e.last(s) != ""
        assert found > len(e.words), name


def test_the_comparison_fails_where_a_last_character_s_lengths_are_wrong(clauses, monkeypatch):
    e = zh_claims._TRIM_END
    monkeypatch.setattr(e, "lengths_by_last", {ch: n[-1:] for ch, n in e.lengths_by_last.items()})   # shortest only
    assert any(e.last(s) != _last_in_full(e, s) for s in clauses)


def test_a_clause_without_the_respectively_character_holds_no_respectively_word(clauses):
    assert sum(zh_claims._RESPECTIVELY.pattern.search(s) is not None for s in clauses) > 5
    for s in clauses:
        assert (zh_claims._RESPECTIVELY.search(s) is not None) == (zh_claims._RESPECTIVELY.pattern.search(s) is not None), s


def test_the_respectively_comparison_fails_where_the_character_is_wrong(clauses, monkeypatch):
    monkeypatch.setattr(zh_claims._RESPECTIVELY, "mark", "各")
    assert any((zh_claims._RESPECTIVELY.search(s) is not None) != (zh_claims._RESPECTIVELY.pattern.search(s) is not None)
               for s in clauses)


def _indicator_in_full(look_up, r, text, sent_start):
    """_indicator as first written: a smaller area is asked before any look-up."""
    if r.kind in zh_claims._LEVEL_KINDS and "比" in r.lead and zh_claims._DIFFERENCE.search(r.lead):
        return ""
    if _AREA.search(r.subject):
        return ""
    return zh_claims._indicator_of(look_up, r, text, sent_start)


def test_a_claim_made_by_position_takes_each_field_from_where_it_comes():
    """claim_of, which both readers make claims with, passes Claim's fields by position: each field is given a
    value no other field has, so two neighbours swapped (period and period_start, subject and indicator, value
    and value_high, section and part) are seen."""
    mention = SimpleNamespace(start=11, end=17, text="增长6.5%", value=6.5, value_high=7.5, unit="%", qualifier="about")
    reading = SimpleNamespace(counted="个", kind="growth", direction="up", subject="地区生产总值")
    sentence = SimpleNamespace(section="2.3", start=3, end=40, role="targets")
    claim = claim_of(mention, reading, 8.5, (2025, 2021, "average_annual", 2020, "target"), "gdp_growth",
                     sentence, "今年地区生产总值增长6.5%左右。")
    expected = dict(claim_id=0, start=11, end=17, expr="增长6.5%", value=6.5, value_high=7.5, value_stretch=8.5,
                    unit="%", counted="个", kind="growth", qualifier="about", direction="up", period=2025,
                    period_start=2021, span="average_annual", base_period=2020, status="target",
                    subject="地区生产总值", indicator="gdp_growth", section="2.3", sentence="今年地区生产总值增长6.5%左右。",
                    sentence_start=3, sentence_end=40, part="targets")
    assert {f.name for f in dataclasses.fields(Claim)} == set(expected)
    assert {name: getattr(claim, name) for name in expected} == expected


def test_patterns_skipped_on_an_empty_rest_of_a_clause_never_match_one():
    assert zh_when._TO.match("") is None and zh_when._AIM_AFTER.match("") is None


def test_an_indicator_looked_up_before_the_area_is_the_rule_s(indicator_calls):
    assert sum(bool(found) for _, found in indicator_calls) > 100
    assert any(_AREA.search(args[1].subject) for args, _ in indicator_calls)
    for args, found in indicator_calls:
        assert found == _indicator_in_full(*args), args[1].subject


def test_the_comparison_fails_where_the_area_is_not_asked(indicator_calls, monkeypatch):
    """The test above would see an indicator kept for a smaller area's subject."""
    monkeypatch.setattr(zh_claims, "_SMALLER_AREA", zh_claims.re.compile("(?!)"))
    assert any(zh_claims._indicator(*args) != _indicator_in_full(*args) for args, _ in indicator_calls
               if args[1].subject)


@pytest.fixture(scope="module")
def sentences():
    """(text, the candidate figures) of every sentence of the reports, as the claims reader sorts them."""
    out = []
    original = zh_claims._stretches

    def record(text, cands):
        out.append((text, [copy.copy(c) for c in cands]))
        return original(text, cands)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(zh_claims, "_stretches", record)
        build_zh_claims(_REPORTS, _ODD)
    return out


# stretch aims and lists with gaps of every length
_ODD = ["今年主要预期目标是：地区生产总值增长5.5%以上，力争6%；城镇新增就业60万人，努力争取65万人。\n",
        "居民消费价格涨幅3%左右、力求2%，粮食产量1200万吨、努力1250万吨，出口增长5%，在实际工作中力争6%。\n",
        "城镇和农村居民人均可支配收入分别增长5%和6%，工业增加值增长7%及8%，投资增长9%或10%、和11%。\n"]


def _stretches_in_full(text, cands):
    """_stretches as first written: the stretch pattern tried on every gap, however short."""
    kept, stretch = [], {}
    for c in cands:
        prev = kept[-1] if kept else None
        if prev is not None and c.unit == prev.unit:
            gap = zh_claims._STRETCH_GAP.fullmatch(text, prev.end, c.start)
            if gap is not None and id(prev) not in stretch:
                stretch[id(prev)] = c.value
                c.nonclaim_type = "other"
                continue
        kept.append(c)
    return kept, stretch


class _Figure:
    def __init__(self, mention):
        self.mention = mention


def _runs_in_full(text, readings):
    """_list_runs as first written: the list pattern tried on every gap, however long."""
    runs = []
    for k, r in enumerate(readings):
        if k and zh_claims._LIST_GAP.fullmatch(text, readings[k - 1].mention.end, r.mention.start):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _kept(text, cands, read):
    kept, stretch = read(text, [copy.copy(c) for c in cands])
    return [(c.start, c.nonclaim_type) for c in kept], sorted(stretch.values())


def test_stretches_and_lists_found_only_in_gaps_long_enough_are_the_rule_s(sentences):
    assert sum(bool(_stretches_in_full(text, [copy.copy(c) for c in cands])[1]) for text, cands in sentences) > 1
    assert sum(len(run) > 1 for text, cands in sentences
               for run in _runs_in_full(text, [_Figure(c) for c in cands])) > 20
    for text, cands in sentences:
        assert _kept(text, cands, zh_claims._stretches) == _kept(text, cands, _stretches_in_full)
        figures = [_Figure(c) for c in cands]
        assert zh_claims._list_runs(text, figures) == _runs_in_full(text, figures)


def test_the_stretch_comparison_fails_where_a_gap_s_length_is_misjudged(sentences, monkeypatch):
    monkeypatch.setattr(zh_claims, "_STRETCH_LEAST", 4)
    assert any(_kept(text, cands, zh_claims._stretches) != _kept(text, cands, _stretches_in_full)
               for text, cands in sentences)


def test_the_list_comparison_fails_where_a_gap_s_length_is_misjudged(sentences, monkeypatch):
    monkeypatch.setattr(zh_claims, "_LIST_GAP_MAX", 0)
    figures = [(text, [_Figure(c) for c in cands]) for text, cands in sentences]
    assert any(zh_claims._list_runs(text, f) != _runs_in_full(text, f) for text, f in figures)
