"""When a figure of a Chinese report is: result, estimate or target, for which year or years.

A report of year Y reviews Y-1 and sets targets for Y. Its part says which (the sentence's role), a hedge
before the figure makes a result an estimate (预计, 初步核算), and the words of its clause name other years:
a year of its own (2023年…, 到2027年), a frame of several (过去五年, 2021-2025年, “十四五”时期, 2020年以来), a
base (比2020年增长). Within a frame a figure is a yearly average (年均), a total (累计, or a change over the
frame), a level kept each year (控制在…以内 in a plan) or a level reached at its end. The words are data
(time_words.csv, time_status_words.csv, time_span_words.csv, time_base_words.csv); the rules are here.
It runs once per figure, so it reads only the figure's own sentence, and skips a pattern whose
characters a long text does not hold.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from .. import words as vocab
from ..document import Document, Part
from ..words import alternation, common_char
from ..words import WordList as _Words, first_chars as _firsts, opening as _opening
from .structure import _NUM, PLAN_NAME, count_of, names_a_role, plan_of

_ZH = "zh"
TARGET_ROLES = frozenset({"targets", "plan", "government"})
_CHANGES = ("growth", "pp_change")
_BASE_KINDS = ("growth", "pp_change", "share", "ratio_to_base")
_CEILINGS = ("at_most", "less_than", "more_than", "at_least")


_new_tuple = tuple.__new__


class When(NamedTuple):
    """A figure's status and years (a named tuple: made once per figure, and several times cheaper to make
    than a frozen dataclass)."""
    status: str
    period: int | None
    period_start: int | None
    span: str
    base_period: int | None


# The character every written year and every relative one holds (2024年, 今年, 年来, 五年), and the one every
# five-year plan's name holds (“十四五”, 第十个五年计划): a clause without it names none, which one `in` tells
# before any pattern is tried, and before a call to the reader of years or plans, which costs more than the look.
_YEAR_MARK = "年"
_PLAN_MARK = "五"


def _where(name: str, use: str) -> tuple[str, ...]:
    return vocab.where(name, "use", use, _ZH)


_OFFSETS = MappingProxyType({w: int(v) for w, v in vocab.column("time_words", "offset", _ZH).items() if v})
_BASE_BEFORE = _where("time_base_words", "before")
_BASE_AFTER = re.compile(rf"年?(?:末|底)?(?:{alternation(_where('time_base_words', 'after'))})")
# Years as written, in ASCII or full-width digits (int() reads both), so the text is never copied to read them.
# The first digit is matched before the look back that no digit stands before it (not (?<!\d) first): a
# pattern that opens with a class is tried only where a character of the class stands, one that opens with a
# look back at every character of the text.
_Y = r"([12１２](?<!\d[12１２])[09０９]\d\d)(?!\d)"
_RELATIVE_OR_YEAR = _opening(
    rf"{_Y}|(?P<rel>{alternation(_OFFSETS)})|(?P<reset>{alternation(_where('time_base_words', 'reset'))})",
    "12１２" + _firsts(list(_OFFSETS) + list(_where("time_base_words", "reset"))))
# A clause holding none of the relative years' words nor four digits as a year opens holds no match of it, which
# `in` tests and a pattern opening with a class (searched in the regex engine's fast loop) tell at a fraction
# of the cost of its scan, which opens with a look ahead
_RELATIVE_WORDS = tuple(_OFFSETS) + tuple(_where("time_base_words", "reset"))
_YEAR_DIGITS = re.compile(r"[12１２][09０９]\d\d")
_RANGE_TAIL = re.compile(rf"年?\s*[-–—~～至到]+\s*{_Y}年")
_RANGE = re.compile(rf"{_Y}{_RANGE_TAIL.pattern}")
_SINCE = re.compile(rf"年?(?:{alternation(_where('time_words', 'since'))})")
_SINCE_YEAR = re.compile(rf"{_Y}{_SINCE.pattern}")
_BLANKS = re.compile(r"[ \u3000]*")
_BOUND = re.compile(r"年(?:末|底|初)?的")
_LISTED = re.compile(r"年、")
_NOT_A_PERIOD = re.compile(r"年代|年不变价|年价格")
_BY = ("到", "至", "于")
_N_YEARS = _opening(rf"(?:{alternation(_where('time_words', 'past'))})(?:的)?(?P<past>\d{{1,2}}|{_NUM}{{1,2}})年(?!代)"
                    rf"|(?P<since>\d{{1,2}}|{_NUM}{{1,2}})年来"
                    rf"|(?:{alternation(_where('time_words', 'next'))})(?P<next>\d{{1,2}}|{_NUM}{{1,2}})年",
                    _firsts(_where("time_words", "past") + _where("time_words", "next")), rf"\d{_NUM[1:-1]}")
# 两年平均增长5.7%: an average over n years (not 2023年平均, a year); looked for only in a text holding the word.
_AVERAGE_WORDS = _where("time_words", "average")
_AVERAGE_N = re.compile(rf"(?<!\d)(?<!{_NUM})(?P<n>\d{{1,2}}|{_NUM}{{1,2}})年(?:{alternation(_AVERAGE_WORDS)})")
_ESTIMATE = _Words(_where("time_status_words", "estimate"))
_CUE_WORDS = (f"(?P<no>{alternation(_where('time_status_words', 'not_target'))})"
              f"|(?P<weak>{alternation(_where('time_status_words', 'weak_target'))})"
              f"|{alternation(_where('time_status_words', 'target'))}")
_CUE_OPENERS = _firsts(_where("time_status_words", "not_target") + _where("time_status_words", "weak_target")
                       + _where("time_status_words", "target"))
# The words tried only where one class finds a character they open with (see _cue_spans)
_CUE_WORD = re.compile(_CUE_WORDS)
_CUE_AT = re.compile(f"[{re.escape(_CUE_OPENERS)}]")
_PAST = _Words(_where("time_status_words", "past"))
_CUE_FIRSTS = _firsts(_where("time_status_words", "target") + _where("time_status_words", "weak_target"))
# a sentence holding none of the first characters of the words that count as an aim has no cue to find
_CUE_GATE = re.compile(f"[{re.escape(_CUE_FIRSTS)}]")
_ANNUAL = _Words(_where("time_span_words", "annual"))
_CUMULATIVE = _Words(_where("time_span_words", "cumulative") + _where("time_span_words", "total"))
_TOTAL = _Words(_where("time_span_words", "total"))
_KEPT = _Words(_where("time_span_words", "kept"))
_REACHED = _Words(_where("time_span_words", "reached"))
_ONE_YEAR = _Words(_where("time_span_words", "one_year"))
_REACHED_MAX = max(map(len, _where("time_span_words", "reached")))
# 实现了涨幅3%左右的调控目标: an aim named right after a review's figure (的 and a few words) is what it recalls,
# and so is one named after a list the figure opens (实现…能耗降低4%左右、…减少2%的目标; 500元和300元的目标).
_AIM_AFTER = re.compile(rf"(?:[、和及与][^，,；;。：:]{{0,40}}?)?(?:{alternation(vocab.words('named_after_links', _ZH))})"
                        rf"[^，,；;。、：:]{{0,8}}?(?:{alternation(vocab.words('recalled_aim_nouns', _ZH))})")
_AIM_AFTER_MARK = common_char(vocab.words("recalled_aim_nouns", _ZH))   # 标 of 目标 (see common_char)
_CLAUSE_END = re.compile(r"[，,；;。]")
_SEMIS = "；;"
_TO_LAST_COMMA = re.compile(r".*[，,：:]", re.S)
_SEMI_END = re.compile(r"[；;。]")
# A change verb right before an amount (市内生产总值增加216亿元): the amount is the change, over the whole frame.
_CHANGE_VERB_END = re.compile(rf"(?:{alternation(w for w, _, form in vocab.rows('change_words', _ZH) if form == 'verb')})$")
# A level compared in the next clause (完成47.1亿元，是2006年的2.9倍，年均增长23.8%) is the frame's last year's.
_COMPARED_NEXT = re.compile(rf"[^，,；;。]{{0,6}}[，,](?:是|为|相当于|比|较|{alternation(_where('time_span_words', 'annual'))})")
# "from … to …": a level before the change to another (从26.6万亿元增加到51.9万亿元, 由6.1%下降到).
_FROM_WORDS = vocab.words("from_words", _ZH)
_FROM_RE = alternation(_FROM_WORDS)
_TO_WORDS = tuple(vocab.words("to_words", _ZH))
_TO_RE = alternation(_TO_WORDS)
# One character of a clause that opens no from-word: a class when every from-word is one character.
_NOT_FROM = ("[^，,；;" + re.escape("".join(sorted(_FROM_WORDS))) + "]" if all(len(w) == 1 for w in _FROM_WORDS)
             else rf"(?:(?!{_FROM_RE})[^，,；;])")
_FROM = re.compile(rf"(?:{_FROM_RE}){_NOT_FROM}{{0,20}}$")
_TO = re.compile(rf"^[^，,；;]{{0,8}}?(?:{_TO_RE})")
# …由12.5亿元到36.4亿元: the figure a level moved to, written with a bare 到 after the one it moved from.
_FROM_TO = re.compile(rf"(?:{_FROM_RE}){_NOT_FROM}{{1,30}}(?:{_TO_RE})$")
_YEAR_IN = re.compile(r"(?:19|20)\d\d年")
_FROM_TO_YEARS = re.compile(rf"(?:{_FROM_RE})(?P<y1>(?:19|20)\d\d)年[^，,；;。]*?(?:{_TO_RE})(?P<y2>(?:19|20)\d\d)年")
# 由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%; 过去三年分别增长…; 2003年、2004年、2005年分别增长…: years named
# right before 分别 that a list of figures is read over, one year each (a count of them, a list, or a range).
_RESPECTIVELY_WORDS = tuple(vocab.words("respectively_words", _ZH))
_YEARS_BEFORE = re.compile(
    rf"(?P<from>{_FROM_RE})?(?:(?:{alternation(_where('time_words', 'past') + _where('time_words', 'before'))})"
    rf"(?:的)?(?P<n>\d{{1,2}}|{_NUM}{{1,2}})年|{_Y}年(?:[、和及与]{_Y}年)+|(?P<range>{_Y}年?\s*[-–—~～至到]+\s*{_Y}年))$")
_YEAR_ALONE = re.compile(_Y)
# …，转为下降1.2%: the clause after such a list turns to the reviewed year's own figure, set against them
_TURN = re.compile(rf"[，,]\s*(?:{alternation(vocab.words('turn_words', _ZH))})")
_AFTER_MAX = 60
# 与去年增长6.2%的实际相比: a comparison opened with a base word and a year before the figure, closed after it
_COMPARED_CLOSE = re.compile(rf"[^，,；;。]{{0,8}}?(?:{alternation(vocab.words('compared_closers', _ZH))})")
_COMPARED_CLOSE_MARK = common_char(vocab.words("compared_closers", _ZH))   # 相 (see common_char)
_COMPARED_OPEN = re.compile(rf"(?:{alternation(_BASE_BEFORE)})(?:{_Y}年|(?P<rel>{alternation(_OFFSETS)}))")
_COMMA = re.compile(r"[，,：:]")
_HEAD_CLAUSE = 12   # an opening clause that is only a frame is short: 五年来, 过去五年, “十四五”时期, 2021-2025年
_FRAME_ENDS = frozenset("年来起期间里中内末”")   # and ends as a frame does (…年来, …以来, …年起, …时期, …期间, …年里)


_UNREAD = object()   # a frame not yet read (None is one read: no frame)


class _Sentence:
    """What a figure's sentence says before any figure, read once per sentence (a sentence can hold dozens
    of figures): its part, and where its cue words stand (an aim, a hedge, a look back), so that whether one
    comes before a figure is a comparison of offsets, not a scan of the text from the sentence's start."""

    __slots__ = ("doc", "index", "start", "end", "part", "semis", "_cues", "_estimates", "_pasts", "_heads")

    def __init__(self, doc: Document, si: int, parts: Mapping[str, Part]) -> None:
        sent = doc.sentences[si]
        self.doc, self.index, self.start, self.end = doc, si, sent.start, sent.end
        # whether it holds a ；: most hold none, and then none of their figures looks back for one
        text = doc.text
        self.semis = text.find(_SEMIS[0], sent.start, sent.end) >= 0 or text.find(_SEMIS[1], sent.start, sent.end) >= 0
        self.part = _part_of(doc, si, parts)
        self._cues = self._estimates = self._pasts = None
        self._heads: dict[tuple[int, int | None], _Frame | None] = {}

    def head_frame(self, at: int, year: int | None) -> "_Frame | None":
        """_head_frame of the report's text at `at`, which every figure after `at` asks for."""
        key = (at, year)
        frame = self._heads.get(key, _UNREAD)   # (one look up, not two)
        if frame is _UNREAD:
            frame = self._heads[key] = _head_frame(self.doc.text, at, year)
        return frame

    # Each read the first time a figure asks: most sentences hold one figure, and many never ask.
    def cues(self, least: int) -> tuple[tuple[int, int, bool], ...]:
        """The spans of its cue words, each flagged whether it counts as an aim at weight `least` (1: a weak
        word counts, 2: only a strong one); both flaggings made at once, not again for each figure."""
        if self._cues is None:
            found = _cue_spans(self.doc.text, self.start, self.end)
            self._cues = tuple(tuple((a, b, w >= n) for a, b, w in found) for n in (1, 2))
        return self._cues[least - 1]

    @property
    def estimates(self):
        if self._estimates is None:
            self._estimates = _spans_of(_ESTIMATE, self.doc.text, self.start, self.end)
        return self._estimates

    @property
    def pasts(self):
        if self._pasts is None:
            self._pasts = _spans_of(_PAST, self.doc.text, self.start, self.end)
        return self._pasts


def _cue_spans(text: str, a: int, b: int) -> tuple[tuple[int, int, int], ...]:
    """(start, end, _cue_weight) of each cue word in text[a:b], as a pattern opening with a look ahead at their
    first characters (_opening) reads them; none where the first character of no word that counts as an aim
    stands (its words that count for nothing, 主要, are then never asked about). Such a pattern pays a step of
    the regex engine at every character (2-3 µs over a sentence); one character class is searched for in the
    engine's fast loop, and the words are tried only where it finds one of their first characters, a few
    times a sentence."""
    if _CUE_GATE.search(text, a, b) is None:
        return ()
    found = []
    at = _CUE_AT.search(text, a, b)
    while at is not None:
        m = _CUE_WORD.match(text, at.start(), b)
        if m is None:
            at = _CUE_AT.search(text, at.start() + 1, b)
            continue
        found.append((m.start(), m.end(), _cue_weight(m)))
        at = _CUE_AT.search(text, m.end(), b)
    return tuple(found)


def _spans_of(words: "_Words", text: str, a: int, b: int) -> tuple[tuple[int, int], ...]:
    """The spans of the words in text[a:b], a sentence. Most sentences hold none of the words (though most
    hold a first character of one: 年 of 年来), which an `in` test of each over the sentence's copy tells
    at a fraction of a pattern's scan (50-70 instructions a character) or a str.find with bounds (about
    600 a call)."""
    if not _holds_any(text[a:b], words.words):
        return ()
    return tuple((m.start(), m.end(), True) for m in words.pattern.finditer(text, a, b))


def _before(spans: tuple[tuple[int, int, bool], ...], at: int) -> bool | None:
    """Whether a word of `spans` that counts ends by `at`; None where a word stands across it (a shorter one
    might then end there: the caller scans the text)."""
    for a, b, counts in spans:
        if b <= at:
            if counts:
                return True
            continue
        return None if a < at else False
    return False


def parts_by_id(doc: Document) -> Mapping[str, Part]:
    """A report's parts by id, made once per report: each sentence's part is looked up in it."""
    return MappingProxyType({p.id: p for p in doc.parts})


def sentence_reading(doc: Document, si: int, parts: Mapping[str, Part] | None = None) -> _Sentence:
    """What sentence `si` says before any of its figures, for `when` to read each of them with: the caller
    makes it once per sentence and hands it to every figure of it (`parts`: parts_by_id of the report)."""
    return _Sentence(doc, si, parts_by_id(doc) if parts is None else parts)


class _Figure:
    """The text around one figure that its years are read from, cut from the text by offsets (a sentence can
    hold dozens of figures). A class with slots, not a named tuple: made once per figure but read some thirty
    times, and a slot is read several times faster than a named tuple's field."""

    __slots__ = ("text", "first", "start", "lead", "sub", "after", "rest", "kind", "qualifier", "sentence")

    def __init__(self, doc: Document, si: int, start: int, end: int, kind: str, qualifier: str,
                 sentence: _Sentence | None = None) -> None:
        self.text = text = doc.text     # the report's text
        s_start, s_end = (sentence.start, sentence.end) if sentence else (doc.sentences[si].start, doc.sentences[si].end)
        # (comparisons, not min() and max(): a call of either costs as much as the rest of its line)
        self.first = first = s_start if s_start < start else start   # where its sentence starts
        self.start = start              # where the figure starts: its sentence before it is text[first:start]
        # the last ； by a str.rfind per character: a pattern backing off to it from the figure tries every
        # character of a long sentence in turn; the last comma is near, and one greedy pattern finds it sooner
        if sentence is not None and not sentence.semis and s_start <= start <= s_end:
            semi = -1
        else:
            semi = text.rfind(_SEMIS[0], first, start)
            other = text.rfind(_SEMIS[1], first, start)
            semi = other if other > semi else semi
        self.lead = lead = text[semi + 1 if semi >= 0 else first:start]   # its sentence before it, from the last ；
        m = _TO_LAST_COMMA.match(lead)
        self.sub = lead[m.end():] if m else lead     # its own comma clause before it
        # the text after it in its sentence, at most _AFTER_MAX characters (see _beyond), and the rest of its
        # comma clause in that
        stop = s_end if s_end > end else end
        stop = stop if stop < end + _AFTER_MAX else end + _AFTER_MAX
        self.rest = rest = text[end:stop]
        cut = _CLAUSE_END.search(rest)
        self.after = rest[:cut.start()] if cut else rest
        self.kind, self.qualifier, self.sentence = kind, qualifier, sentence


def _beyond(f: _Figure) -> str:
    """The text after the figure to the end of its ；-clause: cut only for the few figures that ask."""
    semi = _SEMI_END.search(f.rest)
    return f.rest[:semi.start()] if semi else f.rest


class _Years(NamedTuple):
    """What the years written in a figure's clause before it say."""
    named: int | None = None        # the last year of its own (2023年，…; 从2007年的; 去年)
    close: bool = False             # whether that year stands right before the figure (2007年的639亿元, 去年底的)
    base: int | None = None         # the last year it is measured against (比2020年)
    by: int | None = None           # the last year it is to be reached by (到2027年)


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text holds one of the words: an `in` test each, several times cheaper than a pattern's
    search or match (1-2k instructions a call), which a text holding none cannot match."""
    for w in words:
        if w in text:
            return True
    return False


def _ends_with_any(text: str, end: int, words) -> bool:
    return any(text.endswith(w, 0, end) for w in words)


def _years(lead: str, year: int | None, ratio: bool = False) -> _Years:
    """One pass over the years of the clause before the figure: a written year is a base (比2020年), the
    start of a range or of a 'since' (frames, read by _frame), a year to reach by (到2027年), or the figure's
    own; a relative one (今年, 去年) is its own too, unless a base (比上年). The last of each kind counts.
    Before a ratio, the year right before it is its base (为1997年的2.9倍)."""
    if _YEAR_MARK not in lead or _YEAR_DIGITS.search(lead) is None and not _holds_any(lead, _RELATIVE_WORDS):
        return _NO_YEARS
    named = base = by = None
    close = False
    skip = -1
    for m in _RELATIVE_OR_YEAR.finditer(lead):
        a, b = m.start(), m.end()
        if a < skip:
            continue
        if m.group("reset") or (m.group("rel") and _ends_with_any(lead, a, _BASE_BEFORE)):
            base = None       # 同比, 比上年: measured against the year before, not the base named earlier
            continue
        if m.group("rel"):
            if year is not None and not lead.startswith("均", b):   # 基础上年均增长: 上 and 年均, no year
                named, close = year + _OFFSETS[m.group("rel")], len(lead) - b <= 4
            continue
        y = int(m.group(1))
        b = _BLANKS.match(lead, b).end()      # "比1980 年"
        r = _RANGE_TAIL.match(lead, b)
        if r:
            skip = r.end()
        if r or not 1900 <= y <= 2099 or not lead.startswith("年", b) or _NOT_A_PERIOD.match(lead, b) \
                or _SINCE.match(lead, b):
            continue
        if _ends_with_any(lead, a, _BASE_BEFORE) or _BASE_AFTER.match(lead, b) or (ratio and len(lead) - b <= 3):
            base = y
        elif len(lead) - b <= 5:
            named, close = y, True
            by = y if _ends_with_any(lead, a, _BY) else by
        elif not (_BOUND.match(lead, b) or _LISTED.match(lead, b) or lead[a - 1:a] == "、"):
            # 由2000年的23.5平方公里扩大到48平方公里: 2000 is the first figure's; 制定2024年、2025年…清单: listed
            named, close = y, False
            by = y if _ends_with_any(lead, a, _BY) else by
    return _Years(named, close, base, by)


_NO_YEARS = _Years()


def _cue_weight(m: re.Match) -> int:
    """0 for a word that only holds a target word (主要), 1 for a weak one (争取), 2 for an aim (要, 力争)."""
    return 0 if m.group("no") is not None else 1 if m.group("weak") is not None else 2


def _has_target_cue(f: _Figure, strong: bool = False) -> bool:
    """Whether the figure's sentence speaks of an aim or the future before it (要, 将, 力争; not 主要); with
    `strong`, a weak word (争取, which a review uses for funds won) does not count."""
    least = 2 if strong else 1
    if f.sentence is not None and f.first == f.sentence.start:
        spans = f.sentence.cues(least)
        found = _before(spans, f.start) if spans else False   # (most sentences hold none: no call)
        if found is not None:
            return found
    return any(w >= least for _, _, w in _cue_spans(f.text, f.first, f.start))


def _aims(f: _Figure) -> bool:
    """Whether the sentence sets an aim before the figure: a weak word only where it does not look back (过去一年，
    …争取中央资金30亿元 won funds; 争取引进项目30个 aims)."""
    return _has_target_cue(f, _said_before(f, _PAST, "pasts"))


def _said_before(f: _Figure, words: _Words, spans_name: str) -> bool:
    """Whether a word of `words` stands in the figure's sentence before it."""
    if f.sentence is not None and f.first == f.sentence.start:
        spans = getattr(f.sentence, spans_name)
        found = _before(spans, f.start) if spans else False   # (most sentences hold none: no call)
        if found is not None:
            return found
    return words.search(f.text, f.first, f.start) is not None


def _part_of(doc: Document, si: int, parts: Mapping[str, Part]) -> Part | None:
    sid = doc.sentences[si].section
    dot = sid.find(".")
    return parts.get(sid if dot < 0 else sid[:dot])


def _reading_role(role: str, part: Part | None, f: _Figure) -> str:
    """The role a figure takes: its sentence's, or where no part was recognised, or the part both reviews and
    sets targets, what its sentence says before it (an aim or a future: targets; else results); in a part
    of this year's work whose heading names no role, a sentence that looks back and sets no aim reviews."""
    if role == "unrecognised":
        return "targets" if _aims(f) else "results"
    if part is not None and part.mixed and part.role == role:
        return role if _aims(f) else "results"
    if role == "targets" and part is not None and part.role == role and not _names_a_role(part.title) \
            and _said_before(f, _PAST, "pasts") and not _has_target_cue(f, True):
        return "results"
    return role


@lru_cache(maxsize=256)
def _names_a_role(title: str) -> bool:
    """names_a_role of a part's heading, which each figure of a targets part asks (five patterns a time)."""
    return names_a_role(title)


def when(doc: Document, sentence_index: int, start: int, end: int, kind: str, qualifier: str,
         listed: tuple[int, int] | None = None, sentence: _Sentence | None = None) -> When:
    """(status, period, period_start, span, base_period) of the figure at text[start:end] in sentence
    `sentence_index`; kind and qualifier as read for it (growth, share, …; about, at_most, …); `listed`,
    (its place, how many figures) where it stands in a list its clause reads with 分别; `sentence`, the
    sentence_reading of its sentence, which the figures of one sentence share (made here when not given)."""
    if sentence is None or sentence.doc is not doc or sentence.index != sentence_index:
        sentence = sentence_reading(doc, sentence_index)
    f = _Figure(doc, sentence_index, start, end, kind, qualifier, sentence)
    part = sentence.part
    role = _reading_role(doc.sentences[sentence_index].role, part, f)
    year = doc.year
    # (a check before a call below is the function's own first, which most figures fail: it spares them the call)
    ys = _years(f.lead, year, kind == "ratio_to_base") if _YEAR_MARK in f.lead else _NO_YEARS
    compared = _compared_year(f, year) if _COMPARED_CLOSE_MARK in f.after else None
    if compared is not None:
        ys = ys._replace(named=compared, close=True, base=None)
    annual = kind in _CHANGES and (_ANNUAL.mark in f.sub or _ANNUAL.mark in f.after) \
        and _ANNUAL.search(f.sub + f.after) is not None   # (the `in` tests are the search's first, without a copy)
    named = ys.named
    if named is None:   # its own clause's frame or an opening clause's
        frame = _own_frame(f, year)
    else:
        frame, ys = _frame_over_years(f, year, ys, annual)
    if frame is not None and frame.average:   # (most figures have no frame, and a missing one is no average)
        frame = _average_to_this_year(frame, role, named, year)
    if role in TARGET_ROLES and frame is not None and year is not None and frame.last < year \
            and not _has_target_cue(f, True):
        role = "results"   # “十五”期间，全市生产总值年均增长9.2%: a plan part looking back at the last plan
    elif role not in TARGET_ROLES and frame is not None and year is not None and ys.named is None \
            and (frame.coming or frame.first >= year):
        role = "targets"   # 今后五年，…年均增长7%; “十一五”年均增长7.5%: years still to come are aimed at
    status, period, own = _status_and_year(role, f, ys, year)
    base = (ys.base or (_plan_base(f.lead) if _PLAN_MARK in f.lead else None)) if kind in _BASE_KINDS else None
    first, period, span = _years_and_span(f, role, part, period, year, base, ys, own, frame, annual)
    moved = _moved_like_before(f) if kind not in _CHANGES and _YEAR_MARK in f.lead else None
    if moved is not None:
        first = period = moved
        span = "year"
    if listed is not None and status != "target":
        years = _respective_years(f, period, listed[1])
        if years is not None:
            first = period = years[listed[0]]
            span, base = "year", None
    if base is not None and period is not None and base >= period:
        base = None
    return _new_tuple(When, (status, period, first, span, base))   # not When(…), which runs a __new__ in Python


def _compared_year(f: _Figure, year: int | None) -> int | None:
    """The year of a figure that is itself the thing compared (今年…预期增长6.5%左右，与去年增长6.2%的实际相比略有
    提高: last year's result recalled in the targets): its comma clause opens a comparison with a base word and a
    year, and a closing word (相比) follows the figure, so that year is the figure's own. None otherwise, where a
    year after a base word is a base (与去年相比，增长5%; 比上年增长5%)."""
    if year is None or _COMPARED_CLOSE_MARK not in f.after or not f.after or not _COMPARED_CLOSE.match(f.after):
        return None
    found = None
    for found in _COMPARED_OPEN.finditer(f.sub):
        pass
    if found is None:
        return None
    return year + _OFFSETS[found.group("rel")] if found.group("rel") else int(found.group(1))


def _respective_years(f: _Figure, period: int | None, n: int) -> tuple[int, ...] | None:
    """The years, one per figure in order, that a list of n figures read with 分别 is spread over, where its
    clause names as many right before the word: written out (2003年、2004年、2005年分别, 2003-2005年分别) or
    counted (过去三年分别增长…: the n years to `period`, the reviewed year's). A count after a from-word, with
    the clause after the list turning to the reviewed year's figure (由前三年分别上升4.9%、5.5%、0.2%，转为下降
    1.2%), is of the n years before that figure's. None where the clause names no such years."""
    sub = f.sub
    at = max(sub.rfind(w) for w in _RESPECTIVELY_WORDS)
    m = _YEARS_BEFORE.search(sub, 0, at) if at > 0 and sub.find("年", 0, at) >= 0 else None
    if m is None:
        return None
    if m.group("n") is None:
        years = tuple(int(y) for y in _YEAR_ALONE.findall(m.group()))
        if m.group("range") is not None and len(years) == 2:
            years = tuple(range(years[0], years[1] + 1))   # a range names the years between
        return years if len(years) == n and all(a < b for a, b in zip(years, years[1:])) else None
    if period is None or count_of(m.group("n")) != n:
        return None
    last = period - 1 if m.group("from") and _TURN.match(_beyond(f), len(f.after)) else period
    return tuple(range(last - n + 1, last + 1))


def _frame_over_years(f: _Figure, year: int | None, ys: _Years, annual: bool) -> tuple[_Frame | None, _Years]:
    """The frame a figure reads and the years its clause names, weighed: where the clause names a year, only
    a frame of its own comma clause can outweigh it, or a yearly average's or a total's frame (“十四五”时期，…，
    到2025年研发经费投入强度达到2.5%，城镇新增就业累计300万人以上: a total counts over the plan, and the year
    an earlier clause names is that clause's figure's). Asked only of a clause naming a year (ys.named): one
    naming none reads its own frame (_own_frame), which when() asks for without this call."""
    total = _CUMULATIVE.search(f.sub + f.after) is not None
    frame = _own_frame(f, year) if annual or total else _frame(f.sub, year)
    if frame is None:
        return frame, ys
    if (total or _frame(f.sub, year) is not None) and _years(f.sub, year).named is None:
        # …2005年…，“十一五”年均增长7.5%: its own clause's frame; …，到2025年…，新增就业累计300万人: the plan's
        return frame, ys._replace(named=None, close=False, by=None if total else ys.by)
    return (frame if annual else None), ys


def _moved_like_before(f: _Figure) -> int | None:
    """The year of a level in a from-to pair written without years right after one with them
    (从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%): the first level is the
    first year's, the second the second year's."""
    if not f.sub or _YEAR_MARK not in f.lead or _YEAR_IN.search(f.sub):
        return None   # (a clause naming no year at all names no pair of years either)
    pair = None
    for pair in _FROM_TO_YEARS.finditer(f.lead, 0, len(f.lead) - len(f.sub)):
        pass
    if pair is None:
        return None
    if f.after and _TO.match(f.after) and _FROM.search(f.sub):
        return int(pair.group("y1"))
    return int(pair.group("y2")) if _FROM_TO.search(f.sub) else None


def _plan_base(lead: str) -> int | None:
    """The last year of a plan a change is measured against (比“九五”末翻了一番, 比“十三五”时期增长)."""
    if _PLAN_MARK not in lead:
        return None
    found = None
    for m in PLAN_NAME.finditer(lead):
        plan = plan_of(m) if _ends_with_any(lead, m.start(), _BASE_BEFORE) else None
        found = plan[1] if plan else found
    return found


def _status_and_year(role: str, f: _Figure, ys: _Years, year: int | None) -> tuple[str, int | None, bool]:
    """(status, the single year, whether the clause names that year itself). A target is for the report's
    year or a later one its clause names (到2027年); a result for the year before or the year named; a
    result is an estimate when a hedge comes before it in its sentence, and a target when it names the aim it
    is (实现了涨幅3%左右的调控目标: the reviewed year's target recalled). A figure of a targets part whose
    clause names an earlier year and no aim, or whose own year right before it is earlier, is a result
    (2005年与2000年相比，国内生产总值增长57.3%; 今年拟…赤字率从去年的2.1%提高到2.3%)."""
    named = ys.named
    looks_back = named is not None and year is not None and named < year and (ys.close or not _has_target_cue(f, True))
    if role in TARGET_ROLES and not looks_back:
        period = named if named is not None and year is not None and named > year else year
        return "target", period, period != year
    status = "estimate" if _said_before(f, _ESTIMATE, "estimates") else "actual"
    period = year - 1 if year else None
    if named is not None and (year is None or named <= year):
        period = named
    if (period is not None and period == year and _aims(f)) or _AIM_AFTER_MARK in f.after and f.after \
            and _AIM_AFTER.match(f.after):
        status = "target"   # 今年…要: a review's sentence turned to this year's aim; …的调控目标: an aim recalled
    return status, period, named is not None


class _Frame(NamedTuple):
    first: int
    last: int
    coming: bool = False   # the next n years (今后五年): a frame of targets only
    average: bool = False  # an average over n years (两年平均增长), read as a review reads it


def _frame(text: str, year: int | None) -> _Frame | None:
    """Several years a text names: a range (2021-2025年), the years since one (2020年以来: to the year before
    the report), a plan's period (not one compared with: 比“九五”末), the past n years, the next n years;
    an average over n years (两年平均增长: a review's way to set one year against the one before it, so the
    same years as the past two)."""
    if _YEAR_MARK in text:
        m = _RANGE.search(text)
        if m and int(m.group(1)) < int(m.group(2)) <= 2099:
            return _Frame(int(m.group(1)), int(m.group(2)))
        m = _SINCE_YEAR.search(text)
        if m and year is not None and 1900 <= int(m.group(1)) < year - 1:
            return _Frame(int(m.group(1)), year - 1)
    if _PLAN_MARK in text:
        m = PLAN_NAME.search(text)
        plan = plan_of(m) if m and not _ends_with_any(text, m.start(), _BASE_BEFORE) else None
        if plan:
            return _Frame(*plan)
    if year is None or _YEAR_MARK not in text:
        return None
    for m in _N_YEARS.finditer(text):
        n = count_of(m.group("past") or m.group("since") or m.group("next"))
        if n > 1:
            return _Frame(year, year + n - 1, True) if m.group("next") else _Frame(year - n, year - 1)
    m = _AVERAGE_N.search(text) if any(w in text for w in _AVERAGE_WORDS) else None
    n = count_of(m.group("n")) if m else 0
    return _Frame(year - n, year - 1, average=True) if n > 1 else None


def _average_to_this_year(frame: _Frame | None, role: str, named: int | None, year: int | None) -> _Frame | None:
    """An average over n years among the targets (两年平均增长5%左右) sets this year's aim together with the years
    before it, so it ends with this year, unless its sentence looks back to an earlier year (去年…增长8.6%，两年
    平均增长5.7%: last year's result and the one before)."""
    if frame is None or not frame.average or role not in TARGET_ROLES or year is None \
            or (named is not None and named < year):
        return frame
    return frame._replace(first=frame.first + 1, last=frame.last + 1)


def _for_role(frame: _Frame | None, target: bool, year: int | None) -> tuple[int, int] | None:
    """A frame as a result or a target reads it: a result covers no year from the report's on."""
    if frame is None or target:
        return (frame.first, frame.last) if frame else None
    if frame.coming:
        return None
    if year is not None and frame.last >= year:
        return (frame.first, year - 1) if frame.first < year - 1 else None
    return frame.first, frame.last


def _years_and_span(f: _Figure, role: str, part: Part | None, period: int | None, year: int | None,
                    base: int | None, ys: _Years, own: bool,
                    own_frame: _Frame | None, annual: bool = False) -> tuple[int | None, int | None, str]:
    """(period_start, period, span) of a figure whose single-year reading is `period`: a frame of several
    years from its clause, its sentence's opening or its part, unless it names its own year. A yearly
    average (年均增长) is never one year's: it takes the frame of its paragraph or of its part's heading
    where its sentence names none, and a year it names ends its frame (2000年达89404亿元，平均每年增长8.3％)."""
    target = role in TARGET_ROLES
    frame = None
    if not (ys.close or own) or annual:
        frame = _for_role(own_frame, target, year) if own_frame is not None else None
        if frame is None and part is not None:   # the years its part reviews or plans (read in place: no call)
            frame = part.years if part.role == role else part.review_years if role == "results" else None
        if frame is None and annual:
            frame = _annual_frame(f, target, part, year)
        elif frame is None and part is not None and (_TOTAL.mark in f.sub or _TOTAL.mark in f.after) \
                and _heading_frame(part.title, year) is not None and _TOTAL.search(f.sub + f.after) is not None:
            # 2010年及“十一五”工作回顾: 城镇新增就业累计达35.8万人 is the plan's total (a paragraph's 连续8年 is
            # some other figure's frame, so only the heading's counts)
            frame = _annual_frame(f, target, part, year, paragraph=False)
        if frame is not None and (ys.close or own):
            frame = (frame[0], period) if period is not None and frame[0] < period <= frame[1] else None
    by = ys.by if target and ys.by is not None and year is not None and ys.by > year else None
    # whether the figure is a change over its years: a growth or a change in points, or a multiple of a base
    # year's level (是2006年的2.9倍: the level of the last year against 2006's, a change over the years between)
    change = f.kind in _CHANGES or f.kind == "ratio_to_base" and base is not None
    if frame is None and change and base is not None and period is not None and period - base >= 2:
        frame = base + 1, period
    # (an empty rest of the clause, most figures', holds no to-word: asked before the patterns are tried)
    if not ys.close and f.kind not in _CHANGES and period is not None and _holds_any(f.after, _TO_WORDS) \
            and _TO.match(f.after) \
            and _FROM.search(f.sub) and not _TO.search(f.sub):
        # 国内生产总值从26.6万亿元增加到51.9万亿元: the level before the frame (or the year) began
        first = frame[0] if frame and frame[0] < frame[1] else period
        return first - 1, first - 1, "year"
    if frame is None or frame[0] >= frame[1]:
        return period, period, "year"
    if change and _ONE_YEAR.search(f.sub) is not None:
        return period, period, "year"          # 全市生产总值达到…，同比增长8.5%: one year's change, not the frame's
    return _span(f, role, frame, by, change)


def _annual_frame(f: _Figure, target: bool, part: Part | None, year: int | None,
                  paragraph: bool = True) -> tuple[int, int] | None:
    """The years a yearly average covers when its sentence names none: the frame its paragraph names before
    it (——这五年是…的五年。全市生产总值…年均增长12.4%), else the plan its part's heading names (2010年及
    “十一五”工作回顾); without `paragraph`, only the heading's."""
    if paragraph:
        p0 = max(f.text.rfind("\n", 0, f.first) + 1, f.first - 400)
        frame = _for_role(_frame(f.text[p0:f.first], year), target, year)
        if frame is not None:
            return frame
    return _for_role(_heading_frame(part.title, year), target, year) if part is not None else None


@lru_cache(maxsize=64)
def _heading_frame(title: str, year: int | None) -> _Frame | None:
    """The frame a part's heading names, which any figure of the part may ask for."""
    return _frame(title, year)


def _own_frame(f: _Figure, year: int | None) -> _Frame | None:
    """The frame the figure's own comma clause names, else the opening clause of its ；-clause or of its
    sentence when that clause is only a frame (五年来，…年均增长6%，…累计新增就业300万人): a frame named in
    some other clause (14年来首次在京举办，进出口总额超3.6万亿元) is not the figure's."""
    frame = _frame(f.sub, year) if _YEAR_MARK in f.sub or _PLAN_MARK in f.sub else None   # (_frame's first checks)
    if frame:
        return frame
    # the ；-clause's opening, and the sentence's, are the same for each figure after them: read once. Where the
    # figure's own comma clause is all of its ；-clause before it (no comma or colon there), no clause ends within
    # _HEAD_CLAUSE characters of the ；-clause's opening, so none is searched for
    lead_at = f.start - len(f.lead)
    opens = len(f.sub) < len(f.lead)
    if len(f.lead) <= _HEAD_CLAUSE:
        frame = _head_frame(f.lead, 0, year) if opens else None
    else:
        frame = f.sentence.head_frame(lead_at, year) if opens else None
        if lead_at == f.first:
            return frame   # a ；-clause opening the sentence: the sentence's opening is the one just read
    return frame or f.sentence.head_frame(f.first, year)


def _head_frame(text: str, at: int, year: int | None) -> _Frame | None:
    """The frame named by the clause opening at text[at] when that clause is only a frame (short, and ending
    as a frame does: 五年来，)."""
    m = _COMMA.search(text, at, at + _HEAD_CLAUSE + 1)
    if m and m.start() > at and text[m.start() - 1] in _FRAME_ENDS:
        return _frame(text[at:m.start()], year)
    return None


def _span(f: _Figure, role: str, frame: tuple[int, int], by: int | None,
          change: bool) -> tuple[int | None, int | None, str]:
    """Within a frame: a yearly average, a total, a level kept each year, or a level at the frame's end."""
    first, last = frame
    if by is not None and not change:
        return by, by, "year"                  # a level to be reached by a year
    last = by if by is not None and by > last else last
    own = f.sub + f.after
    if _ANNUAL.search(own):
        return first, last, "average_annual"
    if _CUMULATIVE.search(own) or change or _CHANGE_VERB_END.search(f.sub):
        return first, last, "cumulative"
    # a hedge that says a level was reached (突破2000亿元, 跨上3000亿元台阶) is read with the figure
    reached = _REACHED.search(f.sub + f.text[f.start:f.start + _REACHED_MAX])
    if _KEPT.search(f.sub) or (role == "plan" and f.qualifier in _CEILINGS and not reached):
        return first, last, "average_annual"   # a level or ceiling kept through the years
    if reached or _FROM_TO.search(f.sub) or f.kind in ("share", "ratio_to_base", "rank") \
            or role == "plan" \
            or _COMPARED_NEXT.match(_beyond(f)):
        return last, last, "year"              # a level at the end of the frame
    return first, last, "cumulative"           # a total over the years
