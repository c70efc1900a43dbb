"""A Chinese report's structure: parts (一、二、…), numbered sections （一）（二）…, paragraphs and sentences.

The same `Document` as the English reader, so everything after it reads both languages alike. Part roles
come from what a heading says (工作回顾 reviews, 主要目标 / 重点工作 set targets, “十五五”时期 a plan), since a
part's role decides whether its figures are results or targets. Offsets are character offsets into the
text as given; full-width digits (２０２４) are read as digits through a same-length copy of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import islice
from types import MappingProxyType

import numpy as np

from .. import words as vocab
from ..document import Document, Part, Section, Sentence, slug
from ..scan import code_points, find_words, matches_at
from ..words import alternation, opening

_ZH = "zh"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WIDE_DIGITS = re.compile("[０-９]+")


def ascii_digits(text: str) -> str:
    """The text with full-width digits as ASCII digits, the same length: only the runs of them are
    translated, since translating a whole Chinese text character by character is slow."""
    if not any(d in text for d in "０１２３４５６７８９"):
        return text
    return _WIDE_DIGITS.sub(lambda m: m.group().translate(DIGITS), text)
# Blank characters around a paragraph, the ideographic space and zero-width marks included.
_BLANK = " \t\r\u00a0\f\v\ufeff\u200b\u200c\u200d\u3000\u2002\u2003"

NUMERALS = MappingProxyType({w: int(v) for w, v in vocab.column("part_numerals", "value", _ZH).items()})
_NUM = f"[{''.join(NUMERALS)}]"


def numeral_value(s: str) -> int | None:
    """The value of a Chinese numeral up to 99 (一 1, 十 10, 十四 14, 二十一 21), None if it is not one."""
    if not s or any(c not in NUMERALS for c in s):
        return None
    if "十" not in s:
        return NUMERALS[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (NUMERALS[tens] if tens else 1) * 10 + (NUMERALS[ones] if ones else 0)


# --- paragraphs and sentences ----------------------------------------------------------------------

_LINE = re.compile(r"[^\n]+")
_ENDERS = "。！？"
_CLOSERS = "。！？”’」』）)"
# A short quotation holds its own full stops (“…。”): a sentence does not end inside it.
_QUOTE_MAX = 150


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, each without the blanks around it; a line broken softly inside a sentence goes on
    on the next (see _soft_break)."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m.group()
        lead = len(line) - len(line.lstrip(_BLANK))
        if lead == len(line):
            continue
        trail = len(line) - len(line.rstrip(_BLANK))
        a, b = m.start() + lead, m.end() - trail
        if out and _soft_break(text, out[-1][1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
_HARD_ENDS = "。！？：:；;!?"
# What cannot open a paragraph: punctuation that closes a clause, 之 (…国内生产总值\n之比), and the scale or
# unit of a number on the line before (74.4\n万亿元).
_NO_OPENER = "，,、。；;：:！？!?）)》”％%之"
_UNIT_OPENERS = "万亿千百元%％"


def _soft_break(text: str, b: int, a: int) -> bool:
    """Whether the break between a line ending at b and the next starting at a is no paragraph's end: the
    line before not ending a sentence, and a zero-width mark at the break (a line of it alone included), a
    number's scale or unit opening the next line, or one line break before what cannot open a paragraph."""
    gap = text[b:a]
    lines = gap.count("\n")
    if lines > 2 or text[b - 1] in _HARD_ENDS:
        return False
    first = text[a]
    if first in _UNIT_OPENERS and text[b - 1].isdigit():
        return True
    return any(z in gap for z in _ZERO_WIDTH) or lines == 1 and first in _NO_OPENER


def _where(codes: np.ndarray, chars: str) -> np.ndarray:
    """Where any of `chars` stands, in order."""
    found = codes == ord(chars[0])
    for ch in chars[1:]:
        found |= codes == ord(ch)
    return np.flatnonzero(found)


def sentence_ends(norm: str) -> list[int]:
    """Where sentences end in the whole text: after 。！？ (with the quotes and brackets that close after
    them), never at ；, so that a 预计 heading a list keeps the list, nor inside a short quotation. The
    marks, and the quotations around the ends, are found over an array of the text's characters: a str.find
    for each mark and for each quotation around an end cost several times more."""
    codes = code_points(norm)
    ends = []
    n = len(norm)
    for e in (_where(codes, _ENDERS) + 1).tolist():
        while e < n and norm[e] in _CLOSERS:
            e += 1      # "！？" or "。”": one end, after the closers (the marks among them)
        if not ends or ends[-1] < e:
            ends.append(e)
    if "“" not in norm:
        return ends
    inside = _in_quotes(codes, np.array(ends, dtype=np.int64)).tolist()
    return [e for e, q in zip(ends, inside) if not q]


def _in_quotes(codes: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each sentence end falls inside a short quotation “…” on one line, at most _QUOTE_MAX
    characters long: a quotation holds no “ of its own, so only the last “ before an end can open one
    around it, and it closes at the first ” after it."""
    far = len(codes) + 2 * _QUOTE_MAX   # past every offset: a mark that stands nowhere
    opens = np.append(_where(codes, "“"), far)
    closes = np.append(_where(codes, "”"), far)
    breaks = np.append(_where(codes, "\n"), far)
    k = np.searchsorted(opens, ends) - 1
    q = opens[np.maximum(k, 0)]
    c = closes[np.searchsorted(closes, q + 1)]
    return ((k >= 0) & (q >= ends - _QUOTE_MAX) & (c < q + _QUOTE_MAX) & (c >= ends)
            & (breaks[np.searchsorted(breaks, q)] >= c) & (opens[k + 1] >= c))


def split_sentences(text: str, a: int, b: int, ends: list[int], k: int) -> tuple[list[tuple[int, int]], int]:
    """Sentence spans of paragraph a:b, cut at the sentence ends from ends[k] on; and the index of the
    first end after the paragraph."""
    out = []
    start = a
    n = len(ends)
    while k < n and ends[k] <= a:
        k += 1
    while k < n and ends[k] < b:
        e = ends[k]
        k += 1
        if e > start:
            out.append((start, e))
        start = e
        while start < b and text[start] in _BLANK:
            start += 1
    if start < b:
        out.append((start, b))
    return out, k


# --- part headings -----------------------------------------------------------------------------------

_PART_MARK = re.compile(rf"(?P<num>{_NUM}{{1,3}})[、．.](?!{_NUM}{{1,3}}[、．.])")
# A numbered section: （一） or (一); or, in a part whose sections are not bracketed, a paragraph opening 一是….
_SECTION_MARK = re.compile(rf"[（(](?P<num>{_NUM}{{1,3}})[)）]|(?P<shi>{_NUM}{{1,3}})是(?![，,：:])")
_STOP = re.compile(r"[。：:！？；]")
_OPENER = re.compile(alternation(vocab.words("part_openers", _ZH)))
# A year that opens the paragraph run on after a heading: "2024年，", "2024年是", "2024年以来".
_OPENING_YEAR = re.compile(r"(?:19|20)\d\d年(?:[，,是]|以来)")
_TITLE_MAX = 60
_PLAN_SUFFIX = alternation(vocab.where("time_words", "use", "plan", _ZH))
# A five-year plan by its number: “十四五”, 十二五时期, 第十四个五年规划. Every match opens with a quotation mark, the
# plan's numeral or 第, which a look ahead tests before any alternative is tried (a search of a long clause
# otherwise tries each alternative, and the look behind, at every character).
_PLAN_QUOTES = "“\""   # a plan's name may open with a quotation mark,
_PLAN_TENS, _PLAN_ONES = "十", "六七八九"   # then its number: 十 and a numeral (十四五), or one of these alone (九五),
_PLAN_ORDINAL = "第"   # or be written out: 第十四个五年规划
_PLAN_FIRSTS = _PLAN_QUOTES + _PLAN_TENS + _PLAN_ONES + _PLAN_ORDINAL
PLAN_NAME = opening(
    rf"[{_PLAN_QUOTES}]?(?P<n>{_PLAN_TENS}{_NUM}?|[{_PLAN_ONES}])五[”\"](?:{_PLAN_SUFFIX})?"
    rf"|(?<![{''.join(NUMERALS)}])(?P<m>{_PLAN_TENS}{_NUM}?|[{_PLAN_ONES}])五(?:{_PLAN_SUFFIX})"
    rf"|{_PLAN_ORDINAL}(?P<k>{_NUM}{{1,3}})个五年(?:规划|计划)", _PLAN_FIRSTS)


def plan_of(m: re.Match) -> tuple[int, int] | None:
    """The years of the plan a PLAN_NAME match names: the nth plan runs from 1966 + 5 * (n - 3)."""
    n = numeral_value(m.group("n") or m.group("m") or m.group("k"))
    if not n or n < 3:
        return None
    first = 1966 + 5 * (n - 3)
    return first, first + 4


@dataclass(frozen=True)
class _Heading:
    paragraph: int
    number: int
    title: str


def _title_end(norm: str, a: int, b: int) -> int:
    """Where a heading's title ends on its line: at a full stop or colon, or where the paragraph the paper
    runs on after it opens (过去的一年…, 2024年，…), at most _TITLE_MAX characters in."""
    limit = min(b, a + _TITLE_MAX)
    ends = [limit]
    m = _STOP.search(norm, a, limit)
    if m:
        ends.append(m.start())
    for pat in (_OPENER, _OPENING_YEAR):
        m = pat.search(norm, a + 2, limit)
        if m:
            ends.append(m.start())
    return min(ends)


def _joins_next(norm: str, paragraphs, i: int, title: str) -> bool:
    """Whether a heading goes on on the next line: an open 《 or “, or a short title whose next line is a
    short phrase without punctuation (三、持续提升政府 / 治理效能和服务水平)."""
    if i + 1 >= len(paragraphs):
        return False
    a, b = paragraphs[i + 1]
    line = norm[a:b]
    if title.count("《") > title.count("》") or title.count("“") > title.count("”"):
        return b - a <= 60
    return (len(title) <= 12 and b - a <= 20 and not re.search(r"[，。；：,;:、]", line)
            and not _PART_MARK.match(line) and not _SECTION_MARK.match(line))


def _part_headings(norm: str, paragraphs) -> list[_Heading]:
    """Part headings 一、二、三、…, each numbered one above the heading before it, from 一."""
    out: list[_Heading] = []
    for i, (a, b) in enumerate(paragraphs):
        m = _PART_MARK.match(norm, a, b)
        if m is None:
            continue
        n = numeral_value(m.group("num"))
        if n != (out[-1].number + 1 if out else 1):
            continue
        title = norm[m.end():_title_end(norm, m.end(), b)].strip(_BLANK)
        if _title_end(norm, m.end(), b) == b:
            for j in range(i + 1, min(i + 4, len(paragraphs))):
                if not _joins_next(norm, paragraphs, j - 1, title):
                    break
                title += norm[slice(*paragraphs[j])]
        out.append(_Heading(i, n, title))
    return out


# --- part roles ----------------------------------------------------------------------------------------

def _role_pattern(role: str) -> re.Pattern:
    return re.compile(alternation(vocab.where("part_headings", "role", role, _ZH)))


_RESULTS = _role_pattern("results")
_TARGETS = _role_pattern("targets")
_PLAN = _role_pattern("plan")
_GOVERNMENT = _role_pattern("government")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_JOIN = re.compile(r"[和及与暨、]")
_PAST_N = re.compile(rf"(?:过去|近)(?:的)?(?P<n>\d{{1,2}}|{_NUM}{{1,2}})年|(?P<m>\d{{1,2}}|{_NUM}{{1,2}})年来")
_NEXT_N = re.compile(rf"(?:今后|未来)(?P<n>\d{{1,2}}|{_NUM}{{1,2}})年")
# A review whose preamble is this long reviewed the year before its first numbered part (首先报告2001年的工作).
_LONG_PREAMBLE = 1500


def count_of(s: str) -> int:
    return int(s) if s.isdigit() else numeral_value(s) or 0


def _is_plan(title: str) -> bool:
    return bool(PLAN_NAME.search(title) or _PLAN.search(title))


def _mixed(title: str) -> bool:
    """Whether a heading reviews, then sets targets: after its results words, 和 / 及 opens targets words."""
    m = _RESULTS.search(title)
    if m is None:
        return False
    tail = title[m.end():]
    j = _JOIN.search(tail)
    return bool(j and (_TARGETS.search(tail, j.end()) or _is_plan(tail[j.end():])))


def names_a_role(title: str) -> bool:
    """Whether a heading's words say what its part does; a part without them takes a role by position, and
    its sentences may say otherwise (a task part of an older report also looks back: 两年来…发行国债2100亿元)."""
    return bool(_RESULTS.search(title) or _TARGETS.search(title) or _is_plan(title) or _GOVERNMENT.search(title)
                or _YEAR.search(title))


def heading_role(title: str, year: int | None, index: int, preamble: int) -> str:
    """A part's role from its heading: a review gives results, a plan's period a plan, the government's
    own work (with no targets word) government, tasks and targets targets. A heading without role words
    reviews when it comes first after a short preamble, else sets targets."""
    named = [int(y) for y in _YEAR.findall(title)]
    if _RESULTS.search(title):
        if _mixed(title):
            return "plan" if _is_plan(title[_RESULTS.search(title).end():]) else "targets"
        return "results"
    if year is not None and named and min(named) == year - 1:
        return "results"
    if _is_plan(title) and not (year is not None and year in named):
        return "plan"
    if _GOVERNMENT.search(title) and not _TARGETS.search(title):
        return "government"
    if _TARGETS.search(title) or (year is not None and year in named):
        return "targets"
    return "results" if index == 0 and preamble < _LONG_PREAMBLE else "targets"


def _plan_years(title: str, year: int | None) -> tuple[int, int] | None:
    """The years of the last plan a heading names, else the next n years, else the plan holding the year."""
    plans = [p for p in map(plan_of, PLAN_NAME.finditer(title)) if p]
    if plans:
        return max(plans)
    m = _NEXT_N.search(title)
    if m and year is not None and count_of(m.group("n")) > 1:
        return year, year + count_of(m.group("n")) - 1
    if year is None:
        return None
    first = 1966 + 5 * ((year - 1966) // 5)
    return first, first + 4


def _review_years(title: str, year: int | None) -> tuple[int, int] | None:
    """The years a review heading covers when several: the past n years (Y-n .. Y-1), or a plan's period
    when the heading names no single year of its own."""
    m = _PAST_N.search(title)
    n = count_of(m.group("n") or m.group("m")) if m else 0
    if n > 1 and year is not None:
        return year - n, year - 1
    plans = [p for p in map(plan_of, PLAN_NAME.finditer(title)) if p]
    if plans and not _YEAR.search(title):
        first, last = min(plans)
        return first, min(last, year - 1) if year is not None else last
    return None


def _part(h: _Heading, start: int, end: int, year: int | None, index: int, preamble: int) -> Part:
    """One numbered part with its role and the years it covers."""
    role = heading_role(h.title, year, index, preamble)
    pid = ROMAN[h.number - 1] if h.number <= len(ROMAN) else str(h.number)
    mixed = role in ("targets", "plan") and _mixed(h.title)
    years = review = None
    if role == "plan":
        years = _plan_years(h.title[_RESULTS.search(h.title).end():] if mixed else h.title, year)
    elif role == "results":
        years = _review_years(h.title, year)
    if mixed:
        review = _review_years(h.title[:_RESULTS.search(h.title).end()], year)
    return Part(pid, role, h.title, start, end, years, mixed, review)


def _parts(text: str, paragraphs, headings: list[_Heading], year: int | None) -> list[Part]:
    """The parts between the headings; text before the first is the preamble, part "0". Without any part
    heading the text is one part "0" whose role is `unrecognised`: each sentence then says what it is."""
    if not headings:
        return [Part("0", "unrecognised", "", 0, len(text))]
    bounds = [paragraphs[h.paragraph][0] for h in headings] + [len(text)]
    parts = [Part("0", "preamble", "", 0, bounds[0])] if bounds[0] > 0 else []
    for k, h in enumerate(headings):
        parts.append(_part(h, bounds[k], bounds[k + 1], year, k, bounds[0]))
    return parts


# --- the report's year and place ------------------------------------------------------------------------

_HEAD = 800
_DELIVERY = re.compile(r"((?:19|20)\d\d)年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:在|于)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年[^\n，。]{0,20}?政府工作报告")
_YEAR_IS = re.compile(r"((?:19|20)\d\d)年(?:是|国民经济和社会发展的主要预期目标|经济社会发展的主要预期目标)")
_SENTENCE_YEAR = re.compile(r"(?:^|(?<=[。！？\n\u3000 ]))((?:19|20)\d\d)年[，,]", re.M)


def infer_year(norm: str, head_end: int, parts: list[Part]) -> int | None:
    """The report's year: the delivery line's date or the title's year, else the reviewed year + 1, else
    the year a targets heading names, else a year a targets part says "is" (2006年是…的第一年), else the
    latest year opening a sentence of the review, + 1. Never the largest year the text mentions."""
    head = norm[:min(head_end, _HEAD)]
    m = _DELIVERY.search(head) or _TITLE_YEAR.search(head)
    if m:
        return int(m.group(1))
    for role, shift in (("results", 1), ("targets", 0)):
        for p in parts:
            years = [int(y) for y in _YEAR.findall(p.title)]
            if p.role == role and years:
                return min(years) + shift
    for roles in (("targets", "plan"), ("preamble",)):
        for p in parts:
            m = _YEAR_IS.search(norm, p.start, p.end) if p.role in roles else None
            if m:
                return int(m.group(1))
    opened = [int(m.group(1)) for p in parts if p.role in ("results", "preamble")
              for m in _SENTENCE_YEAR.finditer(norm, p.start, p.end)]
    return max(opened) + 1 if opened else None


_PLACES = vocab.rows("places", _ZH)
_PLACE_EN = MappingProxyType({r[0]: r[1] for r in _PLACES})
_PLACE_LEVEL = MappingProxyType({r[0]: r[2] for r in _PLACES})
_SUFFIX = alternation(vocab.words("places_suffixes", _ZH))
_NAME = r"[\u4e00-\u9fff]{2,8}?"
_PLACE_PATTERNS = (
    re.compile(rf"在(?P<p>{_NAME})(?:{_SUFFIX})?第{_NUM}{{1,3}}届人民代表大会"),
    re.compile(rf"(?m)^[\s\u3000—-]*(?:(?:19|20)\d\d年)?(?P<p>{_NAME})(?:{_SUFFIX})?(?:人民)?政府工作报告"),
    re.compile(rf"(?P<p>{_NAME})(?:{_SUFFIX})(?:人民政府)?(?:代?(?:省长|市长|主席))"),
)
_NATIONAL = re.compile(r"国务院|全国人民代表大会")
_LEVEL_CUE = re.compile(r"代表(?P<l>省|市|自治区)人民政府")
_LEVELS = MappingProxyType({"省": "province", "自治区": "province", "市": "city"})


def _place_name(raw: str) -> str:
    """The English name of a place written in Chinese, else the Chinese name as written."""
    return _PLACE_EN.get(raw) or raw


def infer_place(norm: str, head_end: int) -> str | None:
    """The place from the head of the report: its delivery line (在安徽省第十四届人民代表大会), its title
    (2025年广西政府工作报告), the head of its government (驻马店市人民政府市长), the State Council (China);
    else the place of its level (代表市人民政府, or 我市 / 全市 throughout) the text names most often."""
    head = norm[:min(max(head_end, 200), _HEAD)]
    for pat in _PLACE_PATTERNS:
        m = pat.search(head)
        if m and m.group("p") not in ("中华人民共和国",):
            return _place_name(m.group("p"))
    if _NATIONAL.search(head):
        return "China"
    cue = _LEVEL_CUE.search(head)
    level = _LEVELS[cue.group("l")] if cue else _level_by_words(norm)
    if level is None:
        return None
    counts = [(norm.count(name), name) for name, lv in _PLACE_LEVEL.items() if lv == level]
    n, best = max(counts, default=(0, ""))
    return _place_name(best) if n >= 2 else None


def _level_by_words(norm: str) -> str | None:
    """The level of a report that names no place in its head: 我市 / 全市 speak of a city, 我省 / 全省 (我区,
    全区) of a province, if one of them outnumbers the other clearly."""
    city = norm.count("我市") + norm.count("全市")
    province = sum(norm.count(w) for w in ("我省", "全省", "我区", "全区"))
    if city >= 3 and city > 2 * province:
        return "city"
    if province >= 3 and province > 2 * city:
        return "province"
    return None


# --- sections and sentences -----------------------------------------------------------------------------

def _section_title(norm: str, a: int, b: int, part: Part) -> str:
    if a == part.start and part.title:
        return part.title
    m = _STOP.search(norm, a, min(b, a + 80))
    return norm[a:m.start() + 1 if m else min(b, a + 80)].strip()


def _section_role(title: str, part: Part, year: int | None) -> tuple[str, tuple[int, int] | None]:
    """A numbered section's role and the years it reviews: its part's, unless it reviews a past plan inside
    a part on the plan or this year's tasks (（二）“十五”时期国民经济和社会发展主要情况 in a part on the 11th
    plan): then its figures are results of that plan's years, not targets."""
    if part.role not in ("plan", "targets") or not _RESULTS.search(title) or year is None:
        return part.role, None
    plans = [p for p in map(plan_of, PLAN_NAME.finditer(title)) if p]
    if not plans or max(last for _, last in plans) >= year or _YEAR.search(title):
        return part.role, None
    return "results", _review_years(title, year)


def _sections_and_sentences(text: str, norm: str, paragraphs, parts: list[Part],
                            year: int | None = None) -> tuple[list[Section], list[Sentence]]:
    """Each part's first paragraph opens a section (id = the part's id), and so does each （一）（二）…
    (or 一是, 二是…) numbered above the one before in its part, in the style its first one set (id "I.1");
    sentences carry their section's role: their part's, or a review's where a section reviews a past plan.
    A section is made once its end is known (the paragraph before the next one's), not remade with it."""
    opened: list[tuple[int, tuple]] = []   # (paragraph, the section's fields but its end)
    sentences: list[Sentence] = []
    pi_part = -1
    last, style = 0, ""
    ends, k = sentence_ends(norm), 0
    for pi, (a, b) in enumerate(paragraphs):
        first = False
        while pi_part + 1 < len(parts) and a >= parts[pi_part + 1].start:
            pi_part, last, style, first = pi_part + 1, 0, "", True
        part = parts[max(pi_part, 0)]
        sm = _SECTION_MARK.match(norm, a, b) if part.id != "0" else None
        n = numeral_value(sm.group("num") or sm.group("shi")) if sm else None
        if n is not None and n > last and style in ("", sm.lastgroup):
            last, style = n, sm.lastgroup
            title = _section_title(norm, a, b, part)
            opened.append((pi, (f"{part.id}.{n}", part.id, _section_role(title, part, year)[0], n, title, a)))
        elif first or not opened:
            opened.append((pi, (part.id, part.id, part.role, None, _section_title(norm, a, b, part), a)))
        sid, _, role, *_ = opened[-1][1]
        spans, k = split_sentences(text, a, b, ends, k)
        sentences.extend(Sentence(s, e, pi, sid, role) for s, e in spans)
    ends = [paragraphs[nxt - 1][1] for nxt, _ in opened[1:]] + ([paragraphs[-1][1]] if opened else [])
    sections = [Section(*fields, end) for (_, fields), end in zip(opened, ends)]
    return sections, sentences


def _with_reviewed_plans(parts: list[Part], sections: list[Section], year: int | None) -> list[Part]:
    """A part holding a section that reviews a past plan covers that plan's years in its reviewed sentences
    (`review_years`), so 五年来…年均增长9.2％ there is the plan's average, not last year's rate."""
    out = []
    for part in parts:
        reviewed = [_section_role(s.title, part, year)[1] for s in sections
                    if s.part == part.id and s.role == "results" and part.role != "results"]
        years = next((y for y in reviewed if y), None)
        out.append(replace(part, review_years=years) if years and not part.mixed else part)
    return out


# --- the main-targets sentence -------------------------------------------------------------------------

_MAIN_CUE_WORDS = vocab.where("part_main_targets", "use", "cue", _ZH)
_MAIN_CUE = re.compile(rf"(?:{alternation(_MAIN_CUE_WORDS)})(?:是|为|[：:])")
_MAIN_PAST = re.compile(alternation(vocab.where("part_main_targets", "use", "past", _ZH)))
_LIST_MAX = 15
_LIST_ITEM = re.compile(r"[—\-－]{1,2}|\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]是")


def _list_end(text: str, norm: str, paragraphs, pi: int) -> int:
    """The last paragraph of an intro's list: when paragraph pi ends in '：', the lines after it that
    open as list items (——, 1., （1）, 一是) or are short, up to _LIST_MAX of them."""
    last = pi
    if text[paragraphs[pi][1] - 1] not in "：:":
        return last
    while last + 1 < len(paragraphs) and last - pi < _LIST_MAX:
        a, b = paragraphs[last + 1]
        if not (_LIST_ITEM.match(norm, a, b) or b - a <= 80):
            break
        last += 1
    return last


def _main_targets(text: str, norm: str, paragraphs, sentences: list[Sentence]) -> list[Sentence]:
    """The sentence that opens the year's main targets (主要预期目标是：…) makes its figures targets wherever it
    stands, with the sentences after it in its paragraph and, after an intro ending in '：', the list
    lines that follow."""
    cues = find_words(norm, _MAIN_CUE_WORDS)
    if not cues:
        return sentences
    marked: set[int] = set()
    after = 0   # the first sentence neither marked nor to be read
    for k in _cued_sentences(cues, sentences):
        s = sentences[k]
        m = _cue_in(norm, cues, s.start, s.end) if k >= after else None
        if m is None or s.role in ("targets", "plan") or _MAIN_PAST.search(norm, s.start, m.start()):
            continue
        last = _list_end(text, norm, paragraphs, s.paragraph)
        j = k
        while j < len(sentences) and sentences[j].paragraph <= last:
            marked.add(j)
            j += 1
        after = max(j, k + 1)
    if not marked:
        return sentences
    return [s._replace(role="targets") if i in marked else s for i, s in enumerate(sentences)]


def _cued_sentences(cues: list[int], sentences: list[Sentence]) -> list[int]:
    """The indices of the sentences a cue word starts in, in order: the only ones a cue can be found in, so
    that the others are passed over without a search each."""
    starts = [s.start for s in sentences]
    out: list[int] = []
    for c in cues:
        k = bisect_right(starts, c) - 1
        if k >= 0 and c < sentences[k].end and (not out or out[-1] != k):
            out.append(k)
    return out


def _cue_in(norm: str, cues: list[int], a: int, b: int) -> re.Match | None:
    """The first main-targets cue in norm[a:b], as _MAIN_CUE.search finds it, tried only where a cue word
    starts (`cues`): searching each sentence with the pattern tries every character of the text."""
    return next(matches_at(_MAIN_CUE, norm, islice(cues, bisect_left(cues, a), None), b), None)


# --- the document ------------------------------------------------------------------------------------

def parse_document(text: str, year: int | None = None, place: str | None = None,
                   report_id: str | None = None) -> Document:
    """Split a Chinese report into parts, sections, paragraphs and sentences; infer place and year unless
    given. The year is needed for the roles (a heading naming last year reviews), so a first reading
    without it is redone when the year is inferred."""
    norm = ascii_digits(text)
    paragraphs = paragraphs_of(text)
    headings = _part_headings(norm, paragraphs)
    head_end = paragraphs[headings[0].paragraph][0] if headings else len(text)
    if year is None:
        year = infer_year(norm, head_end, _parts(text, paragraphs, headings, None))
    parts = _parts(text, paragraphs, headings, year)
    sections, sentences = _sections_and_sentences(text, norm, paragraphs, parts, year)
    parts = _with_reviewed_plans(parts, sections, year)
    sentences = _main_targets(text, norm, paragraphs, sentences)
    if place is None:
        place = infer_place(norm, head_end)
    if report_id is None:
        report_id = f"{slug(place or 'report')}-{year}" if year else slug(place or "report")
    return Document(
        text=text, place=place, year=year, report_id=report_id, parts=tuple(parts), sections=tuple(sections),
        paragraphs=tuple(paragraphs), sentences=tuple(sentences), _starts=tuple(s.start for s in sentences))
