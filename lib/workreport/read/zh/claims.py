"""From the candidate mentions of a Chinese report to quantitative claims: kind, direction, subject,
indicator, and the years from when.py.

Rules work on the clause before each figure (from the last ，；： or the figure before it). The subject is
what the clause names before its verb, as written (全省地区生产总值增长5.8% -> 全省地区生产总值; 居民消费价格涨幅
2%左右 -> 居民消费价格), or for a count, the noun after its measure word (建成260个亿元以上产业项目 -> 亿元以上
产业项目). A 分别 list pairs its figures with the list's items in order; a figure joined to the one before
by 、 or 和 shares its kind; a figure with no subject of its own (…亿元、增长5%) belongs to the one before
it; and a stretch aim beside a target (增长5.5%以上，力争6%) is the target's value_stretch, not a claim.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from .. import words as vocab
from ...catalogue import Matcher, match_indicator, matcher_for
from ..claims import Claim, claim_of
from ..document import Document, Part
from ..mentions import Mention
from ..words import WordList, alternation
from .numbers import SCALES, SELF_COUNTED, measure_word
from .when import parts_by_id, sentence_reading, when

_ZH = "zh"


class _Endings:
    """Words looked up at the end of a clause: a set looked up by the few lengths its words have is far
    faster than a regex anchored with $, which Python's engine tries from every position."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.lasts = frozenset(w[-1] for w in self.words)
        # per last character, the lengths of the words ending in it, longest first: a clause is tried at the
        # two or three lengths its last character allows, not at each of the ten lengths of all the words
        self.lengths_by_last = MappingProxyType({
            ch: tuple(sorted({len(w) for w in self.words if w[-1] == ch}, reverse=True)) for ch in self.lasts})

    def last(self, s: str) -> str:
        """The longest listed word that ends s, or ''. Most clauses end in a character no word ends in, which
        one look-up tells before a slice per length."""
        lengths = self.lengths_by_last.get(s[-1:])
        if lengths is None:
            return ""
        words = self.words
        for n in lengths:
            if len(s) >= n and s[-n:] in words:
                return s[-n:]
        return ""

    def strip(self, s: str) -> str:
        """s without the listed words at its end, however many (most clauses end in no word's last character:
        told here, without a call of `last`)."""
        if s[-1:] not in self.lasts:
            return s
        while True:
            w = self.last(s)
            if not w:
                return s
            s = s[:-len(w)]


_CHANGE_ROWS = vocab.rows("change_words", _ZH)
_DIRECTION = MappingProxyType({w: d for w, d, _ in _CHANGE_ROWS})
_VERBS = alternation(w for w, _, form in _CHANGE_ROWS if form == "verb")
_NOUNS = alternation(w for w, _, form in _CHANGE_ROWS if form == "noun")
_CHANGE_END = _Endings(w for w, _, form in _CHANGE_ROWS if form in ("verb", "noun"))
_NOUN_END = _Endings(w for w, _, form in _CHANGE_ROWS if form == "noun")
_LEVEL_END = _Endings(w for w, _, form in _CHANGE_ROWS if form == "level")
_ANY_CHANGE = re.compile(rf"{_VERBS}|{_NOUNS}")
# Written right after a percentage, a change word makes it a change (7%左右的速度), and so does a change verb
# that closes the clause (保持40%以上增长); 由55%提高到60% is a level before the change that follows it.
_CHANGE_AFTER = re.compile(rf"{alternation(w for w, _, form in _CHANGE_ROWS if form == 'after')}"
                           rf"|(?:{_VERBS})(?=[，。；、,;！？\n]|$)")
# 提出8%左右的国内生产总值增长目标: a growth named after its figure, with what grows between 的 and the change word
_NAMED_LINKS = tuple(sorted(vocab.words("named_after_links", _ZH), key=lambda w: (-len(w), w)))   # 的
_NAMED_AFTER = re.compile(rf"(?:{alternation(_NAMED_LINKS)})(?P<noun>[^，,；;。、：:\n\d]{{0,10}}?)(?P<change>{_VERBS}|{_NOUNS})"
                          rf"(?:{alternation(vocab.words('aim_nouns', _ZH))})")
_SHARE = re.compile(alternation(vocab.words("share_words", _ZH)))
_STRETCH = alternation(vocab.words("stretch_words", _ZH))
_OPENERS = re.compile(rf"^(?:{alternation(vocab.words('subject_openers', _ZH))})")
_OPENER_FIRSTS = frozenset(w[0] for w in vocab.words("subject_openers", _ZH))   # a subject opening otherwise has none
_CLOSER_WORDS = vocab.words("subject_closers", _ZH)
_CLOSERS = _Endings(_CLOSER_WORDS)
_TRIM_END = _Endings(set(_CLOSER_WORDS) | set(_DIRECTION))
# A year, a month or a base written into a clause (2024年, 1—11月, 比上年, 较2020年末, 由前三年, and 到2020年
# opening it): the time goes to when.py; it is no part of what is measured (提前一年 is a way of doing, not a time
# before; 提高到2012年的 keeps its verb).
_BY_OPENING = rf"^(?:{alternation(vocab.words('to_words', _ZH))})"
_TIME = re.compile(rf"(?:{_BY_OPENING}|比|较|与|同)?(?:\d{{4}}|上|去|今|本|全)年(?:度|末|底|同期|全年)?(?:相比)?"
                   r"|\d{1,2}(?:[—－-]\d{1,2})?月(?:份|末|底)?|[一二三四]季度|前[一二三]季度|上半年|下半年"
                   r"|(?:连续|近|过去|今后|未来|(?<!提)前)?[\d一二三四五六七八九十两]{1,2}年(?:来|以来)?")
# 比城镇居民, 比全国平均水平 at a clause's end; not 比重, 比例, 比率, 占比, 对比, 评比, 类比
_COMPARED_WITH = re.compile(r"(?<![占对评类])比(?![重例率值较])[^，,比]{1,12}$")
_BOUNDARY_CHARS = "，,；;：:。！？!?\n"
# Up to the last clause boundary in a stretch (a line break inside a sentence is a soft one, no boundary:
# 国内生产总值\n之比), and up to the last boundary or line break.
_CLAUSE_CHARS = _BOUNDARY_CHARS.replace("\n", "")
_TO_LAST_CLAUSE = re.compile(f".*[{re.escape(_CLAUSE_CHARS)}]", re.S)
_TO_LAST_BREAK = re.compile(f".*[{re.escape(_BOUNDARY_CHARS)}]", re.S)
# What a soft break leaves in a clause: a line break and zero-width marks, no part of what it says.
_SOFT = str.maketrans("", "", "\n\r\u200b\u200c\u200d\ufeff")
_SOFT_CHARS = "\n\u200b\u200c\u200d\ufeff"
# one regex search tells whether a short clause holds any of them faster than an `in` test per character
_SOFT_CHAR = re.compile(f"[{_SOFT_CHARS}]")
_LIST_GAP_MAX = 2   # the most characters a gap between two listed figures spans: a longer gap joins no list
_LIST_GAP = re.compile(rf"[、和及与或]{{1,{_LIST_GAP_MAX}}}")
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_LIST_MARKS = "—－-（(0123456789０１２３４５６７８９"
_LIST_MARKER = re.compile(r"^(?:[—－-]+|[0-9０-９]{1,2}[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,2}[)）])")
_NEXT_GAP = re.compile(r"[、和及与或,，]{1,2}")
_LIST_SPLIT = re.compile(r"[、和及与]|以及")
# 分别: a word list whose search asks first for the character all its words hold (a clause without it holds none)
_RESPECTIVELY = WordList(vocab.words("respectively_words", _ZH))
_LIST_MARK = "、"
_EDGES = _LIST_MARK + "".join(vocab.words("particles", _ZH)) + " \u3000"   # never a subject's first or last character
# 财政收入是2006年的2.9倍: a multiple of a level is about the level, where a catalogue names no ratios itself
_LEVEL_OF = MappingProxyType({"ratio_to_base": "amount"})
_PAIRED = MappingProxyType({w: tuple(v.split(";")) for w, v in vocab.column("paired_words", "items", _ZH).items()})
_STRETCH_GAP = re.compile(rf"[，、,；\s]*(?:在[^，。；]{{0,12}}[，、]?)?(?:{_STRETCH})(?:达到|实现|增长|达)?")
_STRETCH_LEAST = min(map(len, vocab.words("stretch_words", _ZH)))   # a shorter gap holds no stretch word
# What ends the noun after a measure word: punctuation, a figure, or a word that starts a verb phrase.
_NP_AFTER = re.compile(r"(?:“[^“”\n]{1,12}”|[^，,；;：:。！？!?、（）()“”\n\d和与及并等得了在将被把从向对为是])"
                       r"(?:“[^“”\n]{1,12}”|[^，,；;：:。！？!?、（）()“”\n\d和与及并等得了在将被把从向对为是]){0,13}")
_NOT_A_NOUN = frozenset("向在以于对从被把将由的地得了是为而也都均达增减提降占比共约近超")
_COUNTED_TIME = "天数"
_SCALE_LAST = frozenset(w[-1] for w in SCALES)
_PHYSICAL = frozenset({"km", "km2", "mu", "ha", "m2", "jin", "ton", "kg"})


class _Reading:
    """What a sentence says about one figure: read from its own clause first; the figures of the sentence
    read together ('分别' lists, 、 lists, a bare '增长5%') may then change kind, direction and subject, each
    change a copy. A class with slots, not a named tuple: its fields are read dozens of times per figure, and a
    slot is read about twice as fast as a named tuple's field."""

    __slots__ = ("mention", "lead", "kind", "direction", "subject", "counted", "inherited", "bare", "own")

    def __init__(self, mention: Mention, lead: str, kind: str, direction: str, subject: str, counted: str,
                 inherited: bool = False, bare: bool = False, own: str = "") -> None:
        self.mention = mention
        self.lead = lead              # its clause before it, from the last boundary or the figure before it
        self.kind = kind
        self.direction = direction
        self.subject = subject
        self.counted = counted
        self.inherited = inherited
        self.bare = bare              # a number with no measure word: it counts nothing named, so it is no claim
        self.own = own                # the subject its own clause names, when a count took the noun after it instead

    def with_(self, **changes) -> "_Reading":
        """A copy with some fields changed."""
        get = changes.get
        return _Reading(get("mention", self.mention), get("lead", self.lead), get("kind", self.kind),
                        get("direction", self.direction), get("subject", self.subject), get("counted", self.counted),
                        get("inherited", self.inherited), get("bare", self.bare), get("own", self.own))


def build_claims(doc: Document, mentions: list[Mention], catalogue) -> list[Claim]:
    """Claims from the candidate mentions; a candidate that quantifies nothing nameable, and a stretch
    aim beside a target, become 'other' non-claims (the one change made to the mentions)."""
    look_up = _LookUp(catalogue if isinstance(catalogue, Matcher) else matcher_for(tuple(catalogue)))
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.nonclaim_type is None:
            by_sentence.setdefault(doc.sentence_index(m.start), []).append(m)
    claims: list[Claim] = []
    parts = parts_by_id(doc)
    for si in sorted(by_sentence):
        claims.extend(_sentence_claims(doc, si, by_sentence[si], look_up, parts))
    for i, c in enumerate(claims, 1):
        c.claim_id = i
    return claims


def _sentence_claims(doc: Document, si: int, cands: list[Mention], look_up: "_LookUp",
                     parts: Mapping[str, Part]) -> list[Claim]:
    """The claims of one sentence (a figure's clause is cut at the last boundary before it, never before its
    sentence's start); `parts`: the report's parts by id, where its sentence's part is looked up."""
    text = doc.text
    sent = doc.sentences[si]
    cands, stretch = _stretches(text, cands)
    readings = _link(text, [_read(text, sent.start, cands, k) for k in range(len(cands))])
    sentence = text[sent.start:sent.end]
    places = _places_in_lists(text, readings)
    out = []
    reading = None   # what the sentence says before its figures, read for its first claim and kept for the rest
    for i, r in enumerate(readings):
        c = r.mention
        if r.bare or r.kind == "count" and not (r.subject or r.counted):
            c.nonclaim_type = "other"   # a bare number that counts nothing we can name
            continue
        if reading is None:
            reading = sentence_reading(doc, si, parts)
        status, period, first, span, base = when(doc, si, c.start, c.end, r.kind, c.qualifier, places.get(i), reading)
        out.append(claim_of(c, r, stretch.get(id(c)), (period, first, span, base, status),
                            _indicator(look_up, r, text, sent.start), sent, sentence))
    return out


def _places_in_lists(text: str, readings: list[_Reading]) -> dict[int, tuple[int, int]]:
    """Index of a figure -> (its place, how many figures) for the figures of a list read with 分别 whose items
    are not its subjects (由前三年分别上升4.9%、5.5%、0.2%): when.py spreads such a list over the years its
    clause names, one each. A list pairing with as many subjects (城镇和农村居民收入分别增长…) is left out."""
    places: dict[int, tuple[int, int]] = {}
    if len(readings) < 2 or not any(_RESPECTIVELY.search(r.lead) is not None for r in readings):
        return places
    for run in _list_runs(text, readings):
        first = readings[run[0]]
        if len(run) > 1 and _RESPECTIVELY.search(first.lead) is not None and len({readings[k].subject for k in run}) == 1:
            places.update((k, (i, len(run))) for i, k in enumerate(run))
    return places


def _stretches(text: str, cands: list[Mention]) -> tuple[list[Mention], dict[int, float]]:
    """(the figures left, target id -> stretch value): 增长5.5%以上，力争6% is one target with a stretch aim;
    the stretch figure becomes an 'other' non-claim."""
    kept: list[Mention] = []
    stretch: dict[int, float] = {}
    for c in cands:
        prev = kept[-1] if kept else None
        if prev is not None and c.unit == prev.unit:
            gap = _STRETCH_GAP.fullmatch(text, prev.end, c.start) if c.start - prev.end >= _STRETCH_LEAST else None
            if gap is not None and id(prev) not in stretch:
                stretch[id(prev)] = c.value
                c.nonclaim_type = "other"
                continue
        kept.append(c)
    return kept, stretch


# --- one figure read from its own clause -------------------------------------------------------------

def _lead(text: str, lo: int, start: int, line_breaks: bool = False) -> str:
    """The clause before a figure: from the last boundary after `lo` (the figure before it, or the
    sentence's start) up to the figure, at most 60 characters; with `line_breaks`, a line break is a boundary
    too. A greedy pattern that backs off from the figure to the boundary costs less per figure than finding
    every boundary of the text once, and far less than a str.rfind per boundary character."""
    a = max(lo, start - 60)
    m = (_TO_LAST_BREAK if line_breaks else _TO_LAST_CLAUSE).match(text, a, start)
    return text[m.end() if m else a:start]


def _read(text: str, sent_start: int, cands: list[Mention], k: int) -> _Reading:
    """A figure's kind, direction, subject and what it counts, from its clause and the words after it."""
    c = cands[k]
    lo = cands[k - 1].end if k else sent_start
    lead = _lead(text, lo, c.start)
    if _SOFT_CHAR.search(lead):
        lead = lead.translate(_SOFT).strip(" \t\u3000")
    word = measure_word(text, c)
    plain = _timeless(lead)
    kind, direction = _kind(c, plain, text)
    counted = ""
    # 赤字率拟按2.8%安排，比去年预算高0.2个百分点: a change whose clause opens with what it is compared with names
    # no subject of its own; it is the figure's before it
    subject = "" if kind in _CHANGE_KINDS and lead[:1] in _COMPARED else _subject(plain)
    named = _NAMED_AFTER.match(text, c.end) if c.unit == "%" and text.startswith(_NAMED_LINKS, c.end) else None
    if named is not None:
        kind, direction = "growth", _DIRECTION[named.group("change")]
        subject = _subject(named.group("noun")) or subject
    if not subject and not k and lead[:1] in _FROM:
        subject = _clause_before(text, sent_start, c.start - len(lead))
    if kind in ("count", "quantity", "duration", "rank"):
        limit = cands[k + 1].start if k + 1 < len(cands) else len(text)
        # 解决18万农村居民安全饮水问题: a scaled number with the noun it counts right after it
        noun = _noun_after(text, c.end, limit) if word or c.text[-1] in _SCALE_LAST else ""
        if kind == "count" and not (word or noun) and not c.rank:
            return _Reading(c, lead, kind, direction, subject, "", bare=True)   # it counts nothing named
        if kind == "count":
            counted = noun or (word if word in SELF_COUNTED else "") or subject
        if noun and kind in ("count", "rank") or not subject and kind != "duration":
            return _Reading(c, lead, kind, direction, noun or subject, counted, own=subject)
    return _Reading(c, lead, kind, direction, subject, counted, own=subject)


def _clause_before(text: str, sent_start: int, at: int) -> str:
    """The subject of the clause before the one opening at `at` (城镇居民人均可支配收入，由…增加到…): a from-to
    clause names no subject of its own."""
    if at - 1 <= sent_start:
        return ""
    return subject_of(_lead(text, sent_start, at - 1, line_breaks=True))


def _noun_after(text: str, end: int, limit: int) -> str:
    """The noun phrase right after a count's measure word (260个亿元以上产业项目 -> 亿元以上产业项目), or ''."""
    m = _NP_AFTER.match(text, end, min(limit, end + 14))
    if m is None or m.group()[0] in _NOT_A_NOUN:
        return ""
    return m.group()


def _kind(c: Mention, lead: str, text: str) -> tuple[str, str]:
    """(kind, direction) of a figure from its unit and the words that end its clause; the words right after it
    in the report's text are read only for a percentage, the one kind they can change."""
    unit = c.unit
    if c.rank:
        return "rank", "none"
    if unit == "pp":
        return "pp_change", _direction(c, lead)
    if unit == "%":
        return ("growth", "up") if _CHANGE_AFTER.match(text, c.end) else _rate_kind(c, lead)
    if unit in ("CNY", "USD"):
        return "amount", "none"
    if unit in _PHYSICAL:
        return "quantity", "none"
    if unit in ("day", "month", "year"):
        return "duration", "none"
    if unit == "times":
        return "ratio_to_base", "none"
    return "count", "none"


def _rate_kind(c: Mention, lead: str) -> tuple[str, str]:
    """growth (增长5%, 涨幅2%, 增长1.5倍, 翻一番) or share (失业率5.5%, 占…比重43.6%, 提高到65%) for a percentage."""
    if c.text.startswith("翻"):
        return "growth", "up"
    tail = _CLOSERS.strip(lead.rstrip(_PARTICLES))
    if _CHANGE_END.last(tail):
        return "growth", _direction(c, tail)
    level = _LEVEL_END.last(tail)
    if level:
        before = tail[:-len(level)]
        if _NOUN_END.last(_CLOSERS.strip(before)):
            return "growth", _direction(c, before)
        return "share", "none"
    last_change = max((m.end() for m in _ANY_CHANGE.finditer(tail)), default=-1)
    last_share = max((m.end() for m in _SHARE.finditer(tail)), default=-1)
    if last_change > last_share:
        return "growth", _direction(c, tail)
    return "share", "none"


def _direction(c: Mention, lead: str) -> str:
    """down for a falling word nearest the figure (下降, 降幅, 回落) or a minus sign, else up."""
    if c.text.startswith(("-", "−", "－")):
        return "down"   # 增长-2.5%: a fall written as a negative growth
    found = "up"
    for m in _ANY_CHANGE.finditer(lead[-12:]):
        found = _DIRECTION[m.group()]
    return found


def _timeless(lead: str) -> str:
    """A clause without the time it names (2024年, 1—11月, 比上年, 连续4年): that goes to when.py."""
    return _TIME.sub("", lead) if ("年" in lead or "月" in lead or "季度" in lead) else lead


def subject_of(lead: str) -> str:
    """What a clause measures, as written: without the time, the opening words (预计, 其中, 完成) and the verb
    group that leads to the figure (比上年增长, 分别达到, 控制在)."""
    return _subject(_timeless(lead))


def _subject(s: str) -> str:
    """subject_of for a clause without its time."""
    s = s.strip(_EDGES)
    if s[:1] in _LIST_MARKS:
        s = _LIST_MARKER.sub("", s)   # ——地区生产总值, 1.地区生产总值: a list line's marker is no part of it
    if "比" in s:
        s = _COMPARED_WITH.sub("", s)   # 农村居民收入增速比城镇居民高: what it is compared with is no subject
    if "“" in s and "”" not in s[s.rindex("“"):]:
        s = s[:s.rindex("“")]   # 实现“两个翻番”: a quotation the figure stands in is no part of the subject
    while s[:1] in _OPENER_FIRSTS:
        m = _OPENERS.match(s)
        if m is None or m.end() == 0 or m.end() == len(s):
            break
        s = s[m.end():]
    while True:
        trimmed = _TRIM_END.strip(s).rstrip(_LIST_MARK + _PARTICLES)
        if trimmed == s:
            break
        s = trimmed
    return s if len(s) >= 2 else ""


# --- the figures of a sentence read together ---------------------------------------------------------

def _link(text: str, readings: list[_Reading]) -> list[_Reading]:
    """'、' lists share a kind, '分别' lists pair with their items, a second list pairs with the first,
    and a figure with no subject of its own takes the one before it's."""
    if len(readings) < 2:
        return _one_for_each(_days_counted(readings))
    runs = _list_runs(text, readings)
    out = _join_lists(readings, runs)
    out = _respectively(text, out, runs)
    out = _parallel(out, runs)
    return _one_for_each(_days_counted(_inherit(_shared_modifier(text, out))))


def _one_for_each(readings: list[_Reading]) -> list[_Reading]:
    """进出口总额、实际利用外资年均分别增长20%: one figure for each item of a 分别 list is a claim for each."""
    out: list[_Reading] = []
    for r in readings:
        items = _items(r.subject, 2) if _LIST_MARK in r.subject and not r.inherited \
            and _RESPECTIVELY.search(r.lead) is not None else None
        if items:
            items = _items(r.subject, len(_LIST_SPLIT.split(r.subject)), exact=True) or [r.subject]
            out.extend(r.with_(subject=item, own=item) for item in items)
        else:
            out.append(r)
    return out


def _shared_modifier(text: str, readings: list[_Reading]) -> list[_Reading]:
    """粮食播种面积4157万亩、产量1146.1万吨: a bare noun after a figure shares the first word of the subject
    before it (粮食产量)."""
    out = list(readings)
    for k in range(1, len(out)):
        r, prev = out[k], out[k - 1]
        if r.subject in _WHOLE and prev.subject and not r.inherited:
            # 总量达到…, 总量实现翻一番 (a growth after a growth), 总额突破万亿元 (after an amount): the subject's own
            out[k] = r.with_(subject=prev.subject, own=prev.subject)
            continue
        owner = _owner_before(out, k) if r.subject.startswith(_SHARE_OF) and not r.inherited else ""
        if owner:
            out[k] = r.with_(subject=owner + r.subject)   # 研发经费…3664亿元，占国内生产总值比重1.49%
            continue
        if r.subject in _SECTOR_MEASURES and prev.own and not r.inherited and r.kind != prev.kind:
            out[k] = r.with_(subject=prev.own + r.subject, own=prev.own + r.subject)   # 限上工业企业…，完成增加值
            continue
        if r.inherited or not 0 < len(r.subject) <= 2 or len(prev.subject) < 4 or r.kind == prev.kind == "growth" \
                or not _NEXT_GAP.fullmatch(text, prev.mention.end, r.mention.start - len(r.lead.lstrip("、和及与或,，"))):
            continue
        if _CJK2.match(prev.subject):
            out[k] = r.with_(subject=prev.subject[:2] + r.subject)
    return out


def _owner_before(readings: list[_Reading], k: int) -> str:
    """What the nearest figure before k that is no share names itself (its own subject), for a share of a
    whole that names no part of its own."""
    for prev in reversed(readings[:k]):
        if prev.own and prev.kind != readings[k].kind:
            return prev.own if not prev.own.startswith(_SHARE_OF) else ""
    return ""


def _days_counted(readings: list[_Reading]) -> list[_Reading]:
    """优良天数达到290天、增加19天: days that a subject counts (天数) are no time span but a quantity in days, as
    the catalogue's air_quality and the English reader's '319 days' of good air are (a count has no unit)."""
    return [r.with_(kind="quantity") if r.kind == "duration" and _COUNTED_TIME in r.subject else r
            for r in readings]


def _list_runs(text: str, readings: list[_Reading]) -> list[list[int]]:
    """The figures joined by 、 or 和 (5%、6%和7%), as runs of indexes in order."""
    runs: list[list[int]] = []
    for k, r in enumerate(readings):
        if k:
            a, b = readings[k - 1].mention.end, r.mention.start
            if 0 < b - a <= _LIST_GAP_MAX and _LIST_GAP.fullmatch(text, a, b):
                runs[-1].append(k)
                continue
        runs.append([k])
    return runs


def _join_lists(readings: list[_Reading], runs: list[list[int]]) -> list[_Reading]:
    """增长5%、6%: a figure in a list after a change, in the same unit, is a change too."""
    out = list(readings)
    for run in runs:
        first = out[run[0]]
        for k in run[1:]:
            r = out[k]
            if r.mention.unit == first.mention.unit and r.kind != first.kind and "rank" not in (r.kind, first.kind) \
                    and not r.lead.strip("、和及与或,，"):
                out[k] = r.with_(kind=first.kind, direction=first.direction)
    return out


def _respectively(text: str, readings: list[_Reading], runs: list[list[int]]) -> list[_Reading]:
    """社会消费品零售总额、固定资产投资分别增长5%、6%: each figure of a 分别 list takes its own item; without
    分别 too where the subject holds exactly as many items as the list has figures (城镇和农村居民人均可支配收入
    增长5.6%和7.4%)."""
    out = list(readings)
    for run in runs:
        first = out[run[0]]
        if len(run) < 2:
            continue
        last = None
        for last in _RESPECTIVELY.pattern.finditer(first.lead):
            pass
        if last is not None:
            window = first.lead[:last.start()]
            if not subject_of(window):   # 农民人均纯收入和城镇居民人均可支配收入，2000年分别达到…: the clause before
                window = _lead(text, 0, first.mention.start - len(first.lead) - 1, line_breaks=True)
            items = _items(window, len(run))
        else:
            items = _items(first.lead, len(run), exact=True)
        if items:
            for k, item in zip(run, items):
                out[k] = out[k].with_(subject=item, inherited=k != run[0])
    return out


def _items(window: str, n: int, exact: bool = False) -> list[str] | None:
    """n subjects from a list (A、B和C), the last item's head shared by short items before it:
    城镇和农村常住居民人均可支配收入 -> 城镇常住居民人均可支配收入, 农村常住居民人均可支配收入."""
    whole = subject_of(window)
    pieces = [p for p in _LIST_SPLIT.split(whole) if p]
    if len(pieces) == 1 and n > 1:
        return _paired(whole, n)
    if len(pieces) < n or exact and len(pieces) != n:
        return None
    pieces = pieces[-n:]
    short = {len(p) for p in pieces[:-1]}
    last = pieces[-1]
    if len(short) == 1 and min(short) <= 3 and len(last) > min(short) + 1:
        tail = last[min(short):]
        return [p + tail for p in pieces[:-1]] + [last]
    return pieces


def _paired(subject: str, n: int) -> list[str] | None:
    """城乡居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入: a word that names two things."""
    for word, parts in _PAIRED.items():
        if word in subject and len(parts) == n:
            return [subject.replace(word, part, 1) for part in parts]
    return None


def _parallel(readings: list[_Reading], runs: list[list[int]]) -> list[_Reading]:
    """…分别达到4.2万元、2.1万元，分别增长5%、7%: a list with no subjects of its own pairs with the list
    of as many figures just before it; a 分别 list, with as many figures before it that each name their own
    subject (城镇居民人均可支配收入19431元，农民人均纯收入7483元，分别增长10%和12.7%)."""
    out = list(readings)
    for prev, run in zip(runs, runs[1:]):
        if len(run) < 2 or subject_of(out[run[0]].lead):
            continue
        if len(prev) != len(run):
            lead = out[run[0]].lead
            prev = _each_named(out, run) if _RESPECTIVELY.search(lead) is not None else []
        subjects = [out[k].subject for k in prev]
        if subjects and all(subjects):
            for k, subject in zip(run, subjects):
                out[k] = out[k].with_(subject=subject, inherited=True)
    return out


def _each_named(readings: list[_Reading], run: list[int]) -> list[int]:
    """The figures right before a run, as many as it has, when each names a subject of its own, all different
    and none a change (the levels a 分别 list of changes goes with), else []."""
    before = list(range(run[0] - len(run), run[0]))
    if not before or before[0] < 0:
        return []
    picked = [readings[k] for k in before]
    if any(r.inherited or not r.own or r.kind in _CHANGE_KINDS for r in picked) \
            or len({r.own for r in picked}) < len(picked):
        return []
    return before


def _inherit(readings: list[_Reading]) -> list[_Reading]:
    """A figure with no subject of its own (…8397亿元、增长5.3%) belongs to the one before it."""
    out = list(readings)
    for k in range(1, len(out)):
        r, prev = out[k], out[k - 1]
        if not r.subject and prev.subject:
            # 地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元: after a count, its clause's subject, not its noun
            subject = prev.own if prev.kind == "count" != r.kind and prev.own else prev.subject
            out[k] = r.with_(subject=subject, counted=r.counted or (prev.counted if r.kind == prev.kind else ""),
                             inherited=True, own=subject)
    return out


@lru_cache(maxsize=8)
def matcher_kinds(matcher: Matcher) -> frozenset[str]:
    """The kinds any indicator of a catalogue admits: a claim of another kind needs no look-up."""
    return frozenset(k for inds in matcher.by_alias.values() for ind in inds for k in ind.kinds)


@lru_cache(maxsize=8)
def _any_alias(matcher: Matcher) -> re.Pattern:
    """Every alias of a catalogue as one trie pattern: a subject holding none needs no look-up, and a trie
    finds that faster than the catalogue's own pattern, which tries each alias in turn."""
    return re.compile(alternation(matcher.by_alias))


class _LookUp:
    """The indicator look-ups of one report: subjects repeat (a list's items, an inherited subject), so each
    (subject, kind) is looked up once; a subject holding no alias at all needs no look-up."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.kinds = matcher_kinds(matcher)
        self.any_alias = _any_alias(matcher)
        self.seen: dict[tuple[str, str], str] = {}

    def owner_before(self, measure: str, before: str, kind: str) -> str:
        """The indicator a bare measure names with a word written before it in its sentence (总产 after
        粮食生产…: 粮食总产), longest name first."""
        for alias in sorted(self.matcher.by_alias, key=len, reverse=True):
            if len(alias) > len(measure) and alias.endswith(measure) and alias[:-len(measure)] in before:
                found = self(alias, kind)
                if found:
                    return found
        return ""

    def __call__(self, subject: str, kind: str) -> str:
        key = (subject, kind)
        found = self.seen.get(key)
        if found is None:
            found = match_indicator(self.matcher, subject, kind) if self.any_alias.search(subject.lower()) else ""
            self.seen[key] = found
        return found


# 比去年多100万人, 比2000年增加290亿元: a count or amount written as a difference from a base is no level of
# the indicator its subject names (the level is the headline figure; the difference is a claim of its own).
_DIFFERENCE = re.compile(r"(?<![占对评类])比[^，,比]{1,12}(?:多|少|增加|减少)了?$")
_LEVEL_KINDS = frozenset({"count", "amount", "quantity"})
_GROWTH = "增长"
_WHOLE = frozenset(vocab.words("level_words", _ZH))
_SECTOR_MEASURES = frozenset(vocab.words("sector_measures", _ZH))
_SHARE_OF = tuple(vocab.words("share_of_words", _ZH))
_PARTICLES = "".join(vocab.words("particles", _ZH))
_BARE_MEASURES = vocab.words("bare_measures", _ZH)
_CHANGE_KINDS = ("growth", "pp_change")
_COMPARED = ("比", "较")
_FROM = vocab.words("from_words", _ZH)
_BARE_GROWTH = vocab.column("bare_growth_words", "means", _ZH)
_BARE_GROWTH_RE = re.compile(alternation(_BARE_GROWTH))
_SMALLER_AREA = re.compile(alternation(vocab.words("area_words", _ZH)))


def _indicator(look_up: _LookUp, r: _Reading, text: str = "", sent_start: int = 0) -> str:
    """The headline indicator of a claim: from its subject with the words after it up to the figure, which
    the subject left out (经济增长7%: 经济 and 增长), or from the words before the figure when the subject was
    read elsewhere (a noun after a count); none for a subject naming an area smaller than the place. Its
    sentence before it (text[sent_start:]) is cut out only for the few subjects that need it."""
    if r.kind in _LEVEL_KINDS and "比" in r.lead and _DIFFERENCE.search(r.lead):
        return ""
    indicator = _indicator_of(look_up, r, text, sent_start)
    # 兰州新区经济总量, 产业集聚区固定资产投资: a smaller area's figure, not the place's (asked only of a subject
    # that names an indicator: most name none; the look-up changes nothing, so asking it first gives the same)
    return "" if indicator and _SMALLER_AREA.search(r.subject) else indicator


def _indicator_of(look_up: _LookUp, r: _Reading, text: str, sent_start: int) -> str:
    """_indicator of a claim whose subject names no smaller area and no difference from a base."""
    kinds = look_up.kinds
    if r.kind == "growth" and not r.subject:
        bare = _BARE_GROWTH_RE.search(r.lead)
        if bare is not None:   # 把增长预期目标定在7.5%左右: a growth naming nothing that grows is the economy's
            return look_up(_BARE_GROWTH[bare.group()], "growth")
    kind = _LEVEL_OF.get(r.kind, r.kind) if r.kind not in kinds else r.kind
    if kind not in kinds:
        return ""
    subject = r.subject
    if _LIST_MARK in subject:
        # 进出口总额、实际利用外资年均分别增长20%: one figure for a list is read as its first item's
        for item in _LIST_SPLIT.split(subject):
            found = look_up(item, kind)
            if found:
                return found
    at = r.lead.rfind(subject) if subject and not r.inherited else -1
    if at >= 0 and _LIST_MARK not in r.lead[at:]:
        indicator = look_up(r.lead[at:], kind)
    else:
        indicator = look_up(subject, kind) if subject else ""
        if not indicator and not r.inherited and r.lead:
            indicator = look_up(f"{subject} | {r.lead[-12:]}", kind)
    if not indicator and kind == "growth" and subject:
        indicator = look_up(subject + _GROWTH, kind)   # 经济以7%左右的速度增长: the growth of 经济 is 经济增长
    if not indicator and subject in _BARE_MEASURES:
        indicator = look_up.owner_before(subject, text[sent_start:r.mention.start], kind)   # 粮食生产实现九连增，总产达700.29万吨
    return indicator
